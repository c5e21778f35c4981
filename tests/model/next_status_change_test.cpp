// Tests for model/next_status_change.h: the first day on which a status a
// page states changes by the calendar alone, checked against every day one
// by one for many generated documents and actions, and for a site.
#include <catch2/catch.hpp>

#include <random>

#include "model/action_status.h"
#include "model/next_status_change.h"
#include "model/standing.h"

using namespace styrdok;

namespace {

Date d(const char* iso) { return *parse_date(iso); }

const Date kFirst = d("2020-01-01");
constexpr int kDays = 6 * 365;  // the dates generated lie within these days from kFirst

Date some_day(std::mt19937& random) { return kFirst.add_days(std::uniform_int_distribution<int>(0, kDays)(random)); }

std::string iso(const std::optional<Date>& day) { return day ? day->iso() : "none"; }

bool chance(std::mt19937& random, int percent) { return std::uniform_int_distribution<int>(1, 100)(random) <= percent; }

// What each version of `doc` states on `day`; of a proposal also whether
// the day it was to be decided has passed ("ska" or "skulle behandlas").
std::vector<std::tuple<Standing, int, int, bool>> statements(const Document& doc, Date day) {
  std::vector<std::tuple<Standing, int, int, bool>> out;
  for (std::size_t i = 0; i < doc.versions.size(); ++i) {
    const Version& v = doc.versions[i];
    const VersionStanding s = standing_of(doc, i, day);
    out.emplace_back(s.kind, s.successor, s.current,
                     v.status == VersionStatus::proposal && v.decision_date && *v.decision_date < day);
  }
  return out;
}

// The first day after `day` on which `same(day, that day)` is false, looked
// for one day at a time past every generated date.
template <typename Same>
std::optional<Date> first_change_by_days(Date day, Same same) {
  for (Date next = day.add_days(1); next < kFirst.add_days(kDays + 2500); next = next.add_days(1))
    if (!same(day, next)) return next;
  return std::nullopt;
}

// One to four versions, dated in order, some proposals, some with a day
// they start from or end on, sometimes repealed.
Document some_document(std::mt19937& random) {
  Document doc;
  const int count = std::uniform_int_distribution<int>(1, 4)(random);
  std::vector<Date> decided;
  for (int i = 0; i < count; ++i) decided.push_back(some_day(random));
  std::sort(decided.begin(), decided.end());
  for (const Date& date : decided) {
    Version v;
    v.id = date.iso();
    v.decision_date = date;
    if (chance(random, 20)) v.status = VersionStatus::proposal;
    if (chance(random, 40)) v.valid_from = date.add_days(std::uniform_int_distribution<int>(0, 200)(random));
    if (chance(random, 50)) {
      v.valid_until = {ValidUntil::Kind::date, date.add_days(std::uniform_int_distribution<int>(30, 1500)(random))};
    } else if (chance(random, 50)) {
      v.valid_until = {ValidUntil::Kind::until_further_notice, {}};
    }
    doc.versions.push_back(std::move(v));
  }
  if (chance(random, 20)) {
    Repeal repeal;
    repeal.date = decided.back().add_days(std::uniform_int_distribution<int>(1, 900)(random));
    doc.repeal = repeal;
  }
  return doc;
}

Action some_action(std::mt19937& random) {
  Action a;
  a.id = "1";
  if (chance(random, 60)) a.start = PlannedStart{"", some_day(random)};
  if (chance(random, 80)) {
    const Date last = some_day(random);
    a.deadline = Deadline{"", Deadline::Precision::day, Deadline::Boundary::by, last};
  }
  const int reports = std::uniform_int_distribution<int>(0, 3)(random);
  std::vector<Date> dates;
  for (int i = 0; i < reports; ++i) dates.push_back(some_day(random));
  std::sort(dates.begin(), dates.end());
  for (const Date& date : dates) {
    Report r;
    r.date = date;
    r.text = "x";
    if (chance(random, 70)) r.status = chance(random, 30) ? ActionStatus::done : ActionStatus::in_progress;
    a.reports.push_back(std::move(r));
  }
  if (chance(random, 15)) a.completed = some_day(random);
  if (chance(random, 10)) a.status = ActionStatus::postponed;
  return a;
}

}  // namespace

TEST_CASE("a document's statuses change first on the day found, and on no day before it") {
  std::mt19937 random(20261205);
  for (int n = 0; n < 400; ++n) {
    const Document doc = some_document(random);
    const Date day = some_day(random);
    const auto expected =
        first_change_by_days(day, [&](Date a, Date b) { return statements(doc, a) == statements(doc, b); });
    std::string described;
    for (const auto& v : doc.versions)
      described += v.id + (v.status == VersionStatus::proposal ? " proposal" : "") +
                   (v.valid_from ? " from " + v.valid_from->iso() : "") +
                   (v.valid_until.kind == ValidUntil::Kind::date ? " until " + v.valid_until.date.iso() : "") + "; ";
    if (doc.repeal) described += "repealed " + doc.repeal->date.iso();
    INFO("document " << n << ", day " << day.iso() << ": " << described);
    CHECK(iso(next_document_change(doc, day)) == iso(expected));
  }
}

TEST_CASE("an action's state and staleness change first on the day found") {
  std::mt19937 random(5122026);
  for (int n = 0; n < 400; ++n) {
    ActionPlan plan;
    plan.due_soon_days = std::uniform_int_distribution<int>(1, 90)(random);
    plan.stale_after_days = std::uniform_int_distribution<int>(30, 500)(random);
    plan.actions = {some_action(random)};
    if (chance(random, 30)) plan.actions[0].actions = {some_action(random)};  // a sub-action counts too
    const Date day = some_day(random);
    const auto expected = first_change_by_days(day, [&](Date a, Date b) {
      for (const ActionRef& ref : flatten(plan)) {
        const ActionStanding x = standing_on(*ref.action, plan, a), y = standing_on(*ref.action, plan, b);
        if (x.state != y.state || x.stale != y.stale) return false;
      }
      return true;
    });
    std::string described =
        "due soon " + std::to_string(plan.due_soon_days) + ", stale " + std::to_string(plan.stale_after_days) + ": ";
    for (const ActionRef& ref : flatten(plan)) {
      const Action& a = *ref.action;
      described += std::string(ref.parent ? "sub-action" : "action") +
                   (a.start ? " start " + a.start->first_day.iso() : "") +
                   (a.deadline ? " deadline " + a.deadline->last_day.iso() : "") +
                   (a.completed ? " completed " + a.completed->iso() : "") +
                   (a.status == ActionStatus::postponed ? " postponed" : "");
      for (const Report& r : a.reports)
        described +=
            " report " + r.date.iso() + (r.status ? (*r.status == ActionStatus::done ? " done" : " in progress") : "");
      described += "; ";
    }
    INFO("plan " << n << ", day " << day.iso() << ": " << described);
    CHECK(iso(next_plan_change(plan, day)) == iso(expected));
  }
}

TEST_CASE("a site's pages change on their own document's day, the lists on the first of all") {
  Site site;
  Organisation lysekil;
  lysekil.id = "lysekil";
  lysekil.name = "Lysekils kommun";
  site.config.organisations = {lysekil};
  Document policy;
  policy.organisation_id = "lysekil";
  policy.slug = "policy";
  Version v;
  v.id = "2021-05-19";
  v.decision_date = d("2021-05-19");
  v.valid_until = {ValidUntil::Kind::date, d("2026-12-31")};
  policy.versions = {v};
  Document rules = policy;
  rules.slug = "regler";
  rules.versions[0].valid_until = {ValidUntil::Kind::until_further_notice, {}};
  site.documents = {policy, rules};
  ActionPlan plan;
  plan.organisation_id = "lysekil";
  plan.document_slug = "regler";
  plan.due_soon_days = 30;
  Action a;
  a.id = "1";
  a.deadline = Deadline{"", Deadline::Precision::day, Deadline::Boundary::by, d("2027-03-31")};
  plan.actions = {a};
  site.plans = {plan};

  const StatusChanges changes = next_status_changes(site, d("2026-12-05"));
  REQUIRE(changes.documents.size() == 2);
  CHECK(changes.documents[0] == d("2027-01-01"));  // the policy expires after its last day
  CHECK(changes.documents[1] ==
        d("2027-03-02"));  // the rules apply until further notice; their plan's action comes due
  CHECK(next_plan_change(site.plans[0], d("2026-12-05")) == d("2027-03-02"));
  CHECK(changes.first == d("2027-01-01"));
  // Nothing left to change by the calendar: no day.
  CHECK(next_status_changes(site, d("2027-06-01")).documents[0] == std::nullopt);
  CHECK(next_status_changes(site, d("2027-06-01")).first == std::nullopt);
}

TEST_CASE("an action with many reports is judged on a few days, not on one per report") {
  // 20,000 weekly reports of an action that was cancelled: it never changes,
  // so every day found would be judged, each by reading every report.
  ActionPlan plan;
  plan.stale_after_days = 400'000;  // each report's day of staleness lies ahead
  Action a;
  a.id = "1";
  for (int i = 0; i < 20'000; ++i) {
    Report r;
    r.date = d("1100-01-01").add_days(7L * i);
    r.status = ActionStatus::cancelled;
    r.text = "x";
    a.reports.push_back(std::move(r));
  }
  plan.actions = {a};
  CHECK_FALSE(next_plan_change(plan, d("2026-12-05")));
}
