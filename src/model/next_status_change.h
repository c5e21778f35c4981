// When what a built site states stops being true by the calendar alone: a
// version comes into force or expires, a document's repeal takes effect, an
// action starts or becomes due soon, overdue or stale. A static site states
// each status as of the day it was built; from the day returned here a
// status on it is out of date until it is built again. The build says so (a
// nightly build keeps every status true), and each page carries the day, so
// that a reader who opens it later is told (a page built before a version
// expired must not go on saying it applies).
//
// What the files add later (a report, a version dated after the day) is
// not here: a build as of a day holds nothing dated after it
// (model/point_in_time.h), so it changes only by being built again. Nor is
// the list of documents due for revision, which is the clerks' planning,
// not a status the site states of a document. Pure functions of the model;
// thread-safe.
#pragma once

#include <optional>
#include <vector>

#include "core/date.h"
#include "model/site_config.h"

namespace styrdok {

struct StatusChanges {
  std::vector<std::optional<Date>> documents;  // per Site::documents: what its pages state (its plans' actions too)
  std::optional<Date> first;                   // the first of all: what the pages that list many state
};

// The first day after `day` on which a status the site states on `day`
// changes, per document (its plans' and indicators' too) and for the whole
// site; nullopt where none does. Standings come from model/standing.h and
// model/action_status.h, the one place each is decided; this only finds the
// days on which they differ.
StatusChanges next_status_changes(const Site& site, Date day);

// The same for one document (its own versions only) and one plan.
std::optional<Date> next_document_change(const Document& doc, Date day);
std::optional<Date> next_plan_change(const ActionPlan& plan, Date day);

}  // namespace styrdok
