#include "model/action_status.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

Deadline deadline(Date last_day, std::string text = "") {
  return {std::move(text), Deadline::Precision::day, Deadline::Boundary::by, last_day};
}

Report report(Date date, std::optional<ActionStatus> status, std::optional<int> progress) {
  Report r;
  r.date = date;
  r.status = status;
  r.progress = progress;
  r.text = "x";
  return r;
}

ActionState state(const Action& a, Date day, const ActionPlan& plan = {}) { return standing_on(a, plan, day).state; }

}  // namespace

TEST_CASE("an action not done by its deadline's last day is overdue from the next day") {
  Action a;
  a.deadline = deadline({2013, 12, 31});
  CHECK(state(a, {2013, 6, 1}) == ActionState::not_started);
  CHECK(state(a, {2013, 12, 15}) == ActionState::due_soon);
  CHECK(state(a, {2013, 12, 31}) == ActionState::due_soon);
  CHECK(state(a, {2014, 1, 1}) == ActionState::overdue);
}

TEST_CASE("'due soon' looks as far ahead as the plan says") {
  Action a;
  a.deadline = deadline({2014, 3, 31});
  ActionPlan plan;
  plan.due_soon_days = 30;
  CHECK(state(a, {2014, 3, 1}, plan) == ActionState::not_started);
  CHECK(state(a, {2014, 3, 2}, plan) == ActionState::due_soon);
  plan.due_soon_days = 60;
  CHECK(state(a, {2014, 2, 1}, plan) == ActionState::due_soon);
}

TEST_CASE("reports dated after the day are left out, as the plan stood then") {
  Action a;
  a.deadline = deadline({2013, 12, 31});
  a.status = ActionStatus::done;
  a.reports = {report({2013, 9, 30}, ActionStatus::in_progress, 40), report({2014, 4, 10}, ActionStatus::done, 100)};
  auto before = standing_on(a, {}, {2013, 6, 1});
  CHECK(before.state == ActionState::not_started);
  CHECK(before.visible_reports == 0);
  auto autumn = standing_on(a, {}, {2013, 10, 1});
  CHECK(autumn.recorded == ActionStatus::in_progress);
  CHECK(autumn.progress == 40);
  CHECK(autumn.visible_reports == 1);
  CHECK(state(a, {2014, 3, 1}) == ActionState::overdue);
  auto after = standing_on(a, {}, {2014, 5, 1});
  CHECK(after.state == ActionState::done_late);
  CHECK(after.completed == Date{2014, 4, 10});
  CHECK(after.progress == 100);
}

TEST_CASE("done on or before the deadline's last day is on time, the completion date wins over reports") {
  Action a;
  a.deadline = deadline({2014, 5, 31});
  a.status = ActionStatus::done;
  a.completed = Date{2014, 5, 31};
  CHECK(state(a, {2014, 6, 1}) == ActionState::done_on_time);
  CHECK(state(a, {2014, 5, 30}) == ActionState::due_soon);
  a.completed = Date{2014, 6, 1};
  CHECK(state(a, {2014, 7, 1}) == ActionState::done_late);
}

TEST_CASE("postponed and cancelled actions are shown as such, never as overdue") {
  Action a;
  a.deadline = deadline({2013, 12, 31});
  a.status = ActionStatus::postponed;
  CHECK(state(a, {2015, 1, 1}) == ActionState::postponed);
  a.reports = {report({2014, 2, 1}, ActionStatus::cancelled, std::nullopt)};
  CHECK(state(a, {2015, 1, 1}) == ActionState::cancelled);
  CHECK(state(a, {2014, 1, 15}) == ActionState::overdue);
}

TEST_CASE("an open action without a report for longer than the plan allows is stale") {
  ActionPlan plan;
  plan.stale_after_days = 100;
  Action a;
  a.deadline = deadline({2016, 12, 31});
  a.reports = {report({2014, 1, 1}, ActionStatus::in_progress, 10)};
  CHECK_FALSE(standing_on(a, plan, {2014, 4, 10}).stale);
  CHECK(standing_on(a, plan, {2014, 4, 12}).stale);
  a.completed = Date{2014, 3, 1};
  a.status = ActionStatus::done;
  CHECK_FALSE(standing_on(a, plan, {2014, 6, 1}).stale);
}

TEST_CASE("a parent's progress is rolled up from its sub-actions, average or weighted, cancelled left out") {
  Action parent;
  Action a;
  a.progress = 100;
  a.status = ActionStatus::in_progress;
  a.weight = 3;
  Action b;
  b.progress = 20;
  b.status = ActionStatus::in_progress;
  Action c;
  c.status = ActionStatus::cancelled;
  c.progress = 0;
  parent.actions = {a, b, c};
  ActionPlan plan;
  CHECK(standing_on(parent, plan, {2014, 1, 1}).progress == 60);
  plan.rollup = Rollup::weighted;
  CHECK(standing_on(parent, plan, {2014, 1, 1}).progress == 80);
  plan.actions = {parent};
  const auto counts = count_states(plan, {2014, 1, 1});
  CHECK(counts.total == 4);
}

TEST_CASE("an indicator is on track when its latest value is at or past the straight line to the target") {
  Indicator ind;
  ind.baseline = {2012, 55};
  ind.target = {2016, 80};
  auto m = [](int year, double value) {
    Measurement x;
    x.at = year;
    x.date = Date{year, 12, 31};
    x.value = value;
    x.period = year == 2013 ? "2013" : year == 2014 ? "2014" : "2015";
    return x;
  };
  CHECK(expected_value(ind, 2014) == Approx(67.5));
  CHECK(indicator_standing(ind, {2014, 1, 1}).track == Track::no_data);
  ind.measurements = {m(2013, 62), m(2014, 66), m(2015, 74)};
  CHECK(indicator_standing(ind, {2014, 1, 1}).track == Track::on_track);   // 62 >= 61.25
  CHECK(indicator_standing(ind, {2015, 1, 1}).track == Track::off_track);  // 66 < 67.5
  auto latest = indicator_standing(ind, {2016, 1, 1});
  CHECK(latest.track == Track::on_track);  // 74 >= 73.75
  CHECK(latest.latest->period == "2015");
  // A falling target: on track when at or below the line.
  ind.baseline = {2012, 20};
  ind.target = {2016, 10};
  ind.measurements = {m(2014, 14)};
  CHECK(indicator_standing(ind, {2015, 1, 1}).track == Track::on_track);
}
