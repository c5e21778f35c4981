#include "model/next_status_change.h"

#include <algorithm>

#include "model/action_status.h"
#include "model/standing.h"

namespace styrdok {

namespace {

// The earlier of `best` and `candidate`, counting only days after `day`.
void keep_first(std::optional<Date>& best, Date candidate, Date day) {
  if (day < candidate && (!best || candidate < *best)) best = candidate;
}

std::optional<Date> earlier(std::optional<Date> a, std::optional<Date> b) {
  if (!a) return b;
  if (!b) return a;
  return std::min(*a, *b);
}

// Whether an action reads the same on both days: its state and whether it is stale.
bool same_on(const Action& action, const ActionPlan& plan, Date a, Date b) {
  const ActionStanding x = standing_on(action, plan, a);
  const ActionStanding y = standing_on(action, plan, b);
  return x.state == y.state && x.stale == y.stale;
}

}  // namespace

// standing_of() compares the day with: the start of each version (which
// version is current, and whether the current one has started), the last
// day of the current version (unless repealed by then), and the repeal's
// date. Nothing else it states depends on the day: a version before the
// current one stays superseded and one after it not yet in force until it
// starts.
std::optional<Date> next_document_change(const Document& doc, Date day) {
  std::optional<Date> best;
  const int current = current_version_index(doc, day);
  const bool repealed = doc.repeal && !(day < doc.repeal->date);  // the current version's end no longer shows
  for (std::size_t i = 0; i < doc.versions.size(); ++i) {
    const Version& v = doc.versions[i];
    // A proposal is to be decided on its decision_date, and the day after
    // it was to have been (render/status_wording.cpp proposal_statement).
    if (v.status == VersionStatus::proposal && v.decision_date) keep_first(best, v.decision_date->add_days(1), day);
    if (v.status != VersionStatus::adopted || static_cast<int>(i) < current) continue;
    if (const auto start = start_of(v)) keep_first(best, *start, day);
    if (static_cast<int>(i) == current && v.valid_until.kind == ValidUntil::Kind::date && !repealed)
      keep_first(best, v.valid_until.date.add_days(1), day);
  }
  if (doc.repeal && current >= 0) keep_first(best, doc.repeal->date, day);
  return best;
}

// standing_on() compares the day with an action's start, its deadline (less
// the plan's days of "due soon", and the day after it), its reports' and
// completion's dates and, for staleness, with its last report or its start;
// the days are found from those, and the first on which the action reads
// otherwise is kept (an action reads the same until one of them).
std::optional<Date> next_plan_change(const ActionPlan& plan, Date day) {
  std::optional<Date> best;
  std::vector<Date> days;  // per action; one vector for all of them (a site has tens of thousands)
  for (const ActionRef& ref : flatten(plan)) {
    const Action& a = *ref.action;
    // Staleness counts from the last report, or from the start: from each
    // that can be that, the day it would become stale. Of the reports up to
    // the day only the last counts (a plan may hold thousands), and each
    // one dated later from its own day.
    const auto stale_from = [&](Date since) { return since.add_days(plan.stale_after_days + 1); };
    days.clear();
    const Report* last = nullptr;
    for (const Report& r : a.reports) {
      if (!(day < r.date)) {
        last = &r;
      } else {
        days.push_back(r.date);
        days.push_back(stale_from(r.date));
      }
    }
    if (last) days.push_back(stale_from(last->date));
    if (a.completed) days.push_back(*a.completed);
    if (a.start) {
      days.push_back(a.start->first_day);
      days.push_back(stale_from(a.start->first_day));
    }
    if (a.deadline) {
      days.push_back(a.deadline->last_day.add_days(1 - plan.due_soon_days));
      days.push_back(a.deadline->late_from());
    }
    std::sort(days.begin(), days.end());
    for (const Date& d : days) {
      if (!(day < d) || (best && !(d < *best))) continue;
      if (!same_on(a, plan, day, d)) {
        best = d;
        break;
      }
    }
  }
  return best;
}

StatusChanges next_status_changes(const Site& site, Date day) {
  StatusChanges out;
  std::vector<std::optional<Date>> plans;
  plans.reserve(site.plans.size());
  for (const ActionPlan& plan : site.plans) {
    plans.push_back(next_plan_change(plan, day));
    out.first = earlier(out.first, plans.back());
  }
  out.documents.reserve(site.documents.size());
  for (const Document& doc : site.documents) {
    std::optional<Date> next = next_document_change(doc, day);
    // A measurement dated later counts from its day.
    for (const Indicator& indicator : site.indicators_of(doc))
      for (const Measurement& m : indicator.measurements) keep_first(next, m.date, day);
    // A document's pages show its plans' actions under its goals.
    for (const ActionPlan& plan : site.plans_of(doc))
      next = earlier(next, plans[static_cast<std::size_t>(&plan - site.plans.data())]);
    out.documents.push_back(next);
    out.first = earlier(out.first, next);
  }
  return out;
}

}  // namespace styrdok
