// How an action and an indicator stand on a given day: the build date, or
// the day given with --as-of. Reports and measurements dated after that day
// are left out, so a plan is shown exactly as it stood then.
#pragma once

#include <optional>
#include <vector>

#include "model/action_plan.h"

namespace styrdok {

// The status derived on a day, for readers: what is late, what is due.
enum class ActionState {
  not_started,   // planned, start (if any) not reached
  in_progress,   // planned or under way, deadline neither passed nor close
  due_soon,      // not done, deadline within the plan's due_soon_days
  overdue,       // not done, deadline passed
  done_on_time,  // done on or before the deadline's last day (or no deadline)
  done_late,     // done after it
  postponed,
  cancelled
};
const std::vector<ActionState>& all_action_states();
std::string to_key(ActionState state);  // "done_late"

struct ActionStanding {
  ActionState state = ActionState::not_started;
  ActionStatus recorded = ActionStatus::planned;  // the clerk's status on the day
  std::optional<int> progress;                    // percent; rolled up for parents
  std::optional<Date> completed;                  // when it was done, if it was by then
  std::optional<Date> last_report;                // newest report on or before the day
  bool stale = false;                             // no report for longer than the plan allows
  std::size_t visible_reports = 0;                // reports dated on or before the day (oldest first)
};

// `day` is the day to judge on. Rules (docs/content-format.md states them):
// - the newest report on or before `day` gives the status and progress; an
//   action without any reports uses the status and progress of the plan file;
// - an action is done from its `completed` date, or else from the first
//   report that says done;
// - a parent's progress is rolled up from its sub-actions (average or
//   weighted by `weight`), cancelled ones left out.
ActionStanding standing_on(const Action& action, const ActionPlan& plan, Date day);

// Counts of each state among all actions of a plan (sub-actions included).
struct StateCounts {
  std::vector<std::pair<ActionState, std::size_t>> counts;  // in all_action_states() order, zeros included
  std::size_t total = 0;
};
StateCounts count_states(const ActionPlan& plan, Date day);

// The measurements known on `day`, oldest first.
std::vector<const Measurement*> measurements_on(const Indicator& indicator, Date day);

enum class Track { no_data, on_track, off_track };
std::string to_key(Track track);

struct IndicatorStanding {
  Track track = Track::no_data;
  const Measurement* latest = nullptr;
  double expected = 0;  // on the straight line from baseline to target, at the latest measurement
};

// Compares the latest known value with the straight line from the baseline
// to the target (beyond the target year, with the target itself). On track
// when the value is at or past the line in the target's direction.
IndicatorStanding indicator_standing(const Indicator& indicator, Date day);

// The value expected on the line at time `at` (in years).
double expected_value(const Indicator& indicator, double at);

}  // namespace styrdok
