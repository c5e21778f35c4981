#include "model/action_status.h"

#include <algorithm>
#include <cmath>

namespace styrdok {

const std::vector<ActionState>& all_action_states() {
  static const std::vector<ActionState> kAll = {
      ActionState::overdue,      ActionState::due_soon,  ActionState::in_progress, ActionState::not_started,
      ActionState::done_on_time, ActionState::done_late, ActionState::postponed,   ActionState::cancelled};
  return kAll;
}

std::string to_key(ActionState state) {
  switch (state) {
    case ActionState::not_started: return "not_started";
    case ActionState::in_progress: return "in_progress";
    case ActionState::due_soon: return "due_soon";
    case ActionState::overdue: return "overdue";
    case ActionState::done_on_time: return "done_on_time";
    case ActionState::done_late: return "done_late";
    case ActionState::postponed: return "postponed";
    case ActionState::cancelled: return "cancelled";
  }
  return "not_started";
}

std::string to_key(Track track) {
  switch (track) {
    case Track::no_data: return "no_data";
    case Track::on_track: return "on_track";
    case Track::off_track: return "off_track";
  }
  return "no_data";
}

namespace {

// When the action was done, as far as is known on `day`.
std::optional<Date> completion_on(const Action& a, Date day) {
  if (a.completed) {
    if (*a.completed <= day) return a.completed;
    return std::nullopt;
  }
  for (const Report& r : a.reports) {
    if (r.date > day) break;
    if (r.status == ActionStatus::done) return r.date;
  }
  return std::nullopt;
}

std::optional<int> rolled_up(const Action& a, const ActionPlan& plan, Date day) {
  double sum = 0;
  double weights = 0;
  for (const Action& child : a.actions) {
    const ActionStanding s = standing_on(child, plan, day);
    if (s.state == ActionState::cancelled) continue;
    const double w = plan.rollup == Rollup::weighted ? child.weight : 1.0;
    sum += w * s.progress.value_or(0);
    weights += w;
  }
  if (weights <= 0) return std::nullopt;
  return static_cast<int>(std::lround(sum / weights));
}

}  // namespace

ActionStanding standing_on(const Action& a, const ActionPlan& plan, Date day) {
  ActionStanding s;
  const Report* latest = nullptr;
  for (const Report& r : a.reports) {
    if (r.date > day) break;
    ++s.visible_reports;
    if (r.status || r.progress) latest = &r;
    s.last_report = r.date;
  }
  if (a.reports.empty()) {
    s.recorded = a.status;
    s.progress = a.progress;
  } else if (latest) {
    s.recorded = latest->status.value_or(ActionStatus::in_progress);
    s.progress = latest->progress;
  }
  s.completed = completion_on(a, day);
  if (s.completed) {
    s.recorded = ActionStatus::done;
    s.progress = 100;
  } else if (s.recorded == ActionStatus::done) {
    // Done in the plan file but not yet on `day` (its completion date is later).
    s.recorded = ActionStatus::in_progress;
    s.progress = std::nullopt;
  }
  if (!a.actions.empty() && !s.completed) s.progress = rolled_up(a, plan, day);

  if (s.recorded == ActionStatus::cancelled) {
    s.state = ActionState::cancelled;
  } else if (s.recorded == ActionStatus::postponed) {
    s.state = ActionState::postponed;
  } else if (s.completed) {
    s.state = a.deadline && *s.completed > a.deadline->last_day ? ActionState::done_late : ActionState::done_on_time;
  } else if (a.deadline && day >= a.deadline->late_from()) {
    s.state = ActionState::overdue;
  } else if (a.deadline && a.deadline->last_day.days_since_epoch() - day.days_since_epoch() < plan.due_soon_days) {
    s.state = ActionState::due_soon;
  } else if (s.recorded == ActionStatus::in_progress || (a.start && a.start->first_day <= day)) {
    s.state = ActionState::in_progress;
  } else {
    s.state = ActionState::not_started;
  }

  // Stale: under way (or due) without a report for too long.
  const bool open = !s.completed && s.recorded != ActionStatus::cancelled && s.recorded != ActionStatus::postponed;
  if (open) {
    std::optional<Date> since = s.last_report;
    if (!since && a.start && a.start->first_day <= day) since = a.start->first_day;
    s.stale = since && day.days_since_epoch() - since->days_since_epoch() > plan.stale_after_days;
  }
  return s;
}

StateCounts count_states(const ActionPlan& plan, Date day) {
  StateCounts c;
  for (auto state : all_action_states()) c.counts.push_back({state, 0});
  for (const ActionRef& ref : flatten(plan)) {
    const auto state = standing_on(*ref.action, plan, day).state;
    for (auto& [s, n] : c.counts) {
      if (s == state) ++n;
    }
    ++c.total;
  }
  return c;
}

std::vector<const Measurement*> measurements_on(const Indicator& indicator, Date day) {
  std::vector<const Measurement*> out;
  for (const Measurement& m : indicator.measurements) {
    if (m.date <= day) out.push_back(&m);
  }
  return out;
}

double expected_value(const Indicator& ind, double at) {
  const double x0 = ind.baseline.year;
  const double x1 = ind.target.year;
  if (x1 <= x0 || at >= x1) return ind.target.value;
  if (at <= x0) return ind.baseline.value;
  return ind.baseline.value + (ind.target.value - ind.baseline.value) * (at - x0) / (x1 - x0);
}

IndicatorStanding indicator_standing(const Indicator& ind, Date day) {
  IndicatorStanding s;
  const auto known = measurements_on(ind, day);
  if (known.empty()) return s;
  s.latest = known.back();
  s.expected = expected_value(ind, s.latest->at);
  const bool increase = ind.target.value >= ind.baseline.value;
  const bool ok = increase ? s.latest->value >= s.expected : s.latest->value <= s.expected;
  s.track = ok ? Track::on_track : Track::off_track;
  return s;
}

}  // namespace styrdok
