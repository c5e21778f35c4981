// Action plans and progress indicators: what a governing document promises
// to do, by when and by whom, the follow-up reports that say how it went,
// and the measured values that show whether its goals are being reached.
//
// Like the rest of the model these are immutable values filled once by the
// loader. Everything that depends on a day (overdue, stale, on track) is
// derived in action_status.h, never stored.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"

namespace styrdok {

// The status a clerk records for an action.
enum class ActionStatus { planned, in_progress, done, postponed, cancelled };
const std::vector<ActionStatus>& all_action_statuses();
std::string to_key(ActionStatus status);  // "in_progress"
std::optional<ActionStatus> action_status_from_key(const std::string& key);

// A deadline as the source words it, with the exact day it ends. "innan
// januari 2014" (before the month begins) ends on 2013-12-31; "senast januari
// 2014" (by the month) ends on 2014-01-31; "2014-01-15" ends on that day.
struct Deadline {
  enum class Precision { day, month, year };
  enum class Boundary { by, before };
  std::string as_written;  // shown on pages and kept by the CSV round trip
  Precision precision = Precision::day;
  Boundary boundary = Boundary::by;
  Date last_day;  // the last day on which the action is on time

  Date late_from() const { return last_day.add_days(1); }
};

// A planned start: "2013-09-01", "2013-09" or "2013"; the first day counts.
struct PlannedStart {
  std::string as_written;
  Date first_day;
};

// One dated follow-up report. Reports stay public, period by period.
struct Report {
  Date date;
  std::optional<ActionStatus> status;
  std::optional<int> progress;  // percent, 0..100
  std::string text;
  bool example = false;  // illustrative data, labelled as such on every page
  SourceLocation where;
};

struct Action {
  std::string id;  // unique within its plan; also the URL segment (see action_slug)
  std::string title;
  std::string description;
  std::optional<std::string> responsible;  // body or unit; the plan's when not given
  std::vector<std::string> partners;
  std::optional<PlannedStart> start;
  std::optional<Deadline> deadline;
  std::optional<Date> completed;
  ActionStatus status = ActionStatus::planned;  // as recorded in the plan file
  std::optional<int> progress;                  // percent, as recorded in the plan file
  double weight = 1;                            // for weighted roll-up of a parent's progress
  std::vector<std::string> goals;               // anchors in the policy's text
  SourceLocation goals_where;                   // where the goals were written, for diagnostics
  std::vector<Report> reports;                  // oldest first
  std::vector<Action> actions;                  // sub-actions
  SourceLocation where;
};

// How a parent's progress is computed from its sub-actions.
enum class Rollup { average, weighted };

struct ActionPlan {
  std::string id;               // file stem, URL segment
  std::string organisation_id;  // the document the plan belongs to ...
  std::string document_slug;
  std::string version_id;    // ... and the version whose goals it serves
  std::string source_path;   // "content/dals-ed/integrationspolicy/handlingsplaner/handlingsplan.yaml"
  std::string actions_path;  // where the actions were read: the YAML file or the CSV beside it
  std::string title;
  std::optional<std::string> responsible;  // who owns the plan and follows it up
  std::optional<std::string> decided_by;
  std::optional<Date> decision_date;
  std::optional<std::string> summary;
  std::optional<std::string> example_note;  // shown on every page that shows the plan's example data
  Rollup rollup = Rollup::average;
  int due_soon_days = 30;      // "due soon" when the deadline is this close
  int stale_after_days = 365;  // "stale" when no report is this old
  std::vector<Action> actions;

  bool is_for(const std::string& organisation, const std::string& slug) const {
    return organisation_id == organisation && document_slug == slug;
  }
};

// The plan's actions in reading order (each followed by its sub-actions),
// with the depth of each (0 for top-level actions).
struct ActionRef {
  const Action* action;
  const Action* parent;  // null for top-level actions
  int depth;
};
std::vector<ActionRef> flatten(const ActionPlan& plan);

// The URL segment of an action id: "1.2" -> "1-2".
std::string action_slug(const std::string& id);

// The responsible body of an action: its own, else the plan's.
std::optional<std::string> responsible_for(const Action& action, const ActionPlan& plan);
// The same without a copy: null when neither names one.
const std::string* responsible_of(const Action& action, const ActionPlan& plan);

// A measured value of an indicator. A year stands for the whole year and
// counts as known from its last day.
struct Measurement {
  std::string period;  // "2014" or "2014-06-30", as written
  Date date;           // the day the value counts from (for --as-of)
  double at = 0;       // position on the time axis, in years ("2014" -> 2014.0)
  double value = 0;
  std::string value_text;  // as written, for a lossless round trip
  std::string note;
  std::string source;
  bool example = false;
  SourceLocation where;
};

struct IndicatorPoint {
  int year = 0;
  double value = 0;
};

struct Indicator {
  std::string id;  // file stem, anchor
  std::string organisation_id;
  std::string document_slug;
  std::string source_path;
  std::string measurements_path;
  std::string name;
  std::optional<std::string> description;
  std::string unit;  // "procent", "personer"
  std::string goal;  // anchor in the policy's text
  SourceLocation goal_where;
  IndicatorPoint baseline;
  IndicatorPoint target;
  std::optional<std::string> example_note;
  std::vector<Measurement> measurements;  // oldest first

  bool is_for(const std::string& organisation, const std::string& slug) const {
    return organisation_id == organisation && document_slug == slug;
  }
};

}  // namespace styrdok
