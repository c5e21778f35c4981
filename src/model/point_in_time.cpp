#include "model/point_in_time.h"

#include <algorithm>

namespace styrdok {

namespace {

bool dated_after(const std::optional<Date>& date, Date day) { return date && *date > day; }

// The status and progress the action's reports give, the last one that
// says each winning; "planned" (nothing reported) when none does.
void status_from_reports(Action& a) {
  a.status = ActionStatus::planned;
  a.progress.reset();
  for (const Report& r : a.reports) {
    if (r.status) a.status = *r.status;
    if (r.status || r.progress) a.progress = r.progress;
  }
}

// Reports, completions and measurements known on `day` only. Iterative over
// the tree of sub-actions, so that its depth costs no stack.
void keep_reports_until(std::vector<Action>& actions, Date day) {
  std::vector<std::vector<Action>*> pending{&actions};
  while (!pending.empty()) {
    auto* list = pending.back();
    pending.pop_back();
    for (Action& a : *list) {
      const std::size_t reported = a.reports.size();
      std::erase_if(a.reports, [&](const Report& r) { return r.date > day; });
      if (a.reports.size() < reported) {
        // The plan file's status and progress are those of a later report:
        // take them from the last report made by the day, if any.
        status_from_reports(a);
      }
      if (dated_after(a.completed, day)) {
        // Done according to the plan file, but after the day: then it was
        // not. What it was is what the reports made by then said, else
        // nothing was reported (not "in progress", which no one wrote).
        a.completed.reset();
        if (a.status == ActionStatus::done) status_from_reports(a);
      }
      pending.push_back(&a.actions);
    }
  }
}

// Whether the document's repeal was decided after `day`.
bool repealed_after(const Document& doc, Date day) {
  return doc.repeal && doc.repeal->decision_date.value_or(doc.repeal->date) > day;
}

// Whether anything of the document is dated after `day`: a version, an
// edition or its repeal.
bool changed_after(const Document& doc, Date day) {
  if (repealed_after(doc, day)) return true;
  return std::any_of(doc.versions.begin(), doc.versions.end(), [&](const Version& v) {
    return dated_after(event_date(v), day) || std::any_of(v.editions.begin(), v.editions.end(), [&](const Edition& e) {
             return dated_after(e.translated_on, day);
           });
  });
}

}  // namespace

void keep_what_existed_on(Site& site, Date day) {
  // Documents and their versions; old index -> new index (-1: removed). Only
  // a document with something dated after the day is filtered (its
  // version_index then filled; empty means every version stays), and the
  // documents are moved only to close the gap a removed one leaves: on a
  // usual day none is.
  std::vector<int> document_index(site.documents.size(), -1);
  std::vector<std::vector<int>> version_index(site.documents.size());
  std::size_t kept = 0;
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    Document& doc = site.documents[d];
    if (changed_after(doc, day)) {
      version_index[d].assign(doc.versions.size(), -1);
      std::vector<Version> versions;
      for (std::size_t v = 0; v < doc.versions.size(); ++v) {
        if (dated_after(event_date(doc.versions[v]), day)) continue;
        std::erase_if(doc.versions[v].editions, [&](const Edition& e) { return dated_after(e.translated_on, day); });
        version_index[d][v] = static_cast<int>(versions.size());
        versions.push_back(std::move(doc.versions[v]));
      }
      doc.versions = std::move(versions);
      if (repealed_after(doc, day)) doc.repeal.reset();
    }
    if (doc.versions.empty()) continue;
    document_index[d] = static_cast<int>(kept);
    if (kept != d) site.documents[kept] = std::move(doc);
    ++kept;
  }
  site.documents.erase(site.documents.begin() + static_cast<std::ptrdiff_t>(kept), site.documents.end());
  const auto new_version = [&](std::size_t d, std::size_t v) {
    return version_index[d].empty() ? static_cast<int>(v) : version_index[d][v];
  };

  // A plan exists once decided, and only with the version whose goals it serves.
  std::vector<int> plan_index(site.plans.size(), -1);
  std::vector<ActionPlan> plans;
  for (std::size_t p = 0; p < site.plans.size(); ++p) {
    ActionPlan& plan = site.plans[p];
    if (dated_after(plan.decision_date, day)) continue;
    const int d = site.find_document(plan.organisation_id, plan.document_slug);
    if (d < 0) continue;
    const auto& versions = site.documents[static_cast<std::size_t>(d)].versions;
    if (std::none_of(versions.begin(), versions.end(), [&](const Version& v) { return v.id == plan.version_id; }))
      continue;
    keep_reports_until(plan.actions, day);
    plan_index[p] = static_cast<int>(plans.size());
    plans.push_back(std::move(plan));
  }
  site.plans = std::move(plans);

  std::erase_if(site.indicators,
                [&](const Indicator& ind) { return site.find_document(ind.organisation_id, ind.document_slug) < 0; });
  for (Indicator& ind : site.indicators)
    std::erase_if(ind.measurements, [&](const Measurement& m) { return m.date > day; });

  // Meetings, their items pointing at the same content as before. One still
  // to come stays, since its papers are handed out before it (they state
  // their status on the day, meeting_views.cpp), unless it hands out what
  // did not exist yet: then it was not called yet either.
  std::erase_if(site.meetings, [&](const Meeting& meeting) {
    return meeting.date > day && std::any_of(meeting.items.begin(), meeting.items.end(), [&](const AgendaItem& item) {
             if (item.kind == AgendaItemKind::plan) return plan_index[item.plan] < 0;
             return document_index[item.document] < 0 || new_version(item.document, item.version) < 0;
           });
  });
  for (Meeting& meeting : site.meetings) {
    std::erase_if(meeting.items, [&](AgendaItem& item) {
      if (item.kind == AgendaItemKind::plan) {
        if (plan_index[item.plan] < 0) return true;
        item.plan = static_cast<std::size_t>(plan_index[item.plan]);
        return false;
      }
      const int d = document_index[item.document];
      if (d < 0) return true;
      const int v = new_version(item.document, item.version);
      if (v < 0) return true;
      if (item.older) {
        const int older = new_version(item.document, *item.older);
        if (older < 0) {
          item.older.reset();
        } else {
          item.older = static_cast<std::size_t>(older);
        }
      }
      item.document = static_cast<std::size_t>(d);
      item.version = static_cast<std::size_t>(v);
      return false;
    });
  }
}

}  // namespace styrdok
