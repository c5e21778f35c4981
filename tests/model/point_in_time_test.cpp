// Tests for model/point_in_time.h: a site built as of a day holds nothing
// dated after it, and what it keeps still points at the same things.
#include <catch2/catch.hpp>

#include "model/point_in_time.h"

using namespace styrdok;

namespace {

Date d(const char* iso) { return *parse_date(iso); }

Version version(const char* id, std::optional<Date> decided, VersionStatus status = VersionStatus::adopted) {
  Version v;
  v.id = id;
  v.decision_date = decided;
  v.status = status;
  return v;
}

Document document(const char* org, const char* slug, std::vector<Version> versions) {
  Document doc;
  doc.organisation_id = org;
  doc.slug = slug;
  doc.versions = std::move(versions);
  return doc;
}

Report report(const char* date, ActionStatus status, int progress) {
  Report r;
  r.date = d(date);
  r.status = status;
  r.progress = progress;
  return r;
}

}  // namespace

TEST_CASE("versions, proposals and documents dated after the day do not exist") {
  Site site;
  Version proposed = version("2016-02-10", d("2016-02-10"), VersionStatus::proposal);
  proposed.proposal_date = d("2016-01-11");
  Version undated_proposal = version("forslag", std::nullopt, VersionStatus::proposal);
  site.documents = {
      document("a", "policy",
               {version("odaterad", std::nullopt), version("2015-03-16", d("2015-03-16")), proposed, undated_proposal}),
      document("b", "riktlinjer", {version("2021-05-19", d("2021-05-19"))})};
  keep_what_existed_on(site, d("2014-03-01"));
  REQUIRE(site.documents.size() == 1);
  std::vector<std::string> ids;
  for (const auto& v : site.documents[0].versions) ids.push_back(v.id);
  CHECK(ids == std::vector<std::string>{"odaterad", "forslag"});  // undated: not known to be later
}

TEST_CASE("a repeal decided after the day does not exist") {
  Site site;
  site.documents = {document("a", "policy", {version("2015-03-16", d("2015-03-16"))})};
  site.documents[0].repeal =
      Repeal{d("2024-07-01"), d("2024-05-20"), std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}};
  Site before = site;
  keep_what_existed_on(before, d("2024-05-19"));
  CHECK_FALSE(before.documents[0].repeal.has_value());
  keep_what_existed_on(site, d("2024-05-20"));  // decided, in effect later: it exists
  CHECK(site.documents[0].repeal.has_value());
}

TEST_CASE("reports after the day go, and an action's status is the last one reported by then") {
  Site site;
  site.documents = {document("a", "policy", {version("odaterad", std::nullopt)})};
  ActionPlan plan;
  plan.organisation_id = "a";
  plan.document_slug = "policy";
  plan.version_id = "odaterad";
  Action done;
  done.id = "1";
  done.status = ActionStatus::done;
  done.progress = 100;
  done.completed = d("2014-04-10");
  done.reports = {report("2013-09-30", ActionStatus::in_progress, 40), report("2014-04-10", ActionStatus::done, 100)};
  Action unreported = done;
  unreported.id = "2";
  unreported.completed.reset();
  unreported.reports = {report("2014-05-20", ActionStatus::done, 100)};
  // A chain of sub-actions far deeper than the loader allows (20 levels,
  // core/limits.h): the walk over it must not recurse. (Deeper still, copying
  // the chain here would overflow the stack under AddressSanitizer.)
  Action* deepest = &done;
  for (int i = 0; i < 1000; ++i) {
    deepest->actions.push_back(Action{});
    deepest = &deepest->actions.back();
  }
  deepest->reports = {report("2015-01-01", ActionStatus::done, 100)};
  // Done, in the plan file, after the day, with no report: nothing was
  // reported by then, not "in progress".
  Action done_later;
  done_later.id = "3";
  done_later.status = ActionStatus::done;
  done_later.progress = 100;
  done_later.completed = d("2014-06-20");
  plan.actions = {done, unreported, done_later};
  site.plans = {plan};
  keep_what_existed_on(site, d("2014-03-01"));
  REQUIRE(site.plans.size() == 1);
  const Action& first = site.plans[0].actions[0];
  CHECK(first.reports.size() == 1);
  CHECK(first.status == ActionStatus::in_progress);
  CHECK(first.progress == 40);
  CHECK_FALSE(first.completed.has_value());
  const Action& second = site.plans[0].actions[1];
  CHECK(second.reports.empty());
  CHECK(second.status == ActionStatus::planned);
  CHECK_FALSE(second.progress.has_value());
  const Action& third = site.plans[0].actions[2];
  CHECK(third.status == ActionStatus::planned);
  CHECK_FALSE(third.progress.has_value());
  CHECK_FALSE(third.completed.has_value());
  const Action* node = &first;
  while (!node->actions.empty()) node = &node->actions.front();
  CHECK(node->reports.empty());
}

TEST_CASE("meetings after the day that hand out what was not yet go, the others point at the same content") {
  Site site;
  site.documents = {document("a", "gone", {version("2020-01-01", d("2020-01-01"))}),
                    document("a", "policy",
                             {version("2013-01-01", d("2013-01-01")), version("2019-01-01", d("2019-01-01")),
                              version("2014-01-01", d("2014-01-01"))}),
                    document("a", "stilla", {version("2012-01-01", d("2012-01-01"))})};  // nothing after the day
  ActionPlan late, kept;
  late.organisation_id = kept.organisation_id = "a";
  late.document_slug = kept.document_slug = "policy";
  late.version_id = kept.version_id = "2013-01-01";
  late.id = "late";
  late.decision_date = d("2018-01-01");
  kept.id = "kept";
  site.plans = {late, kept};
  Meeting early;
  early.date = d("2014-06-01");
  AgendaItem item;
  item.document = 1;
  item.version = 2;  // "2014-01-01", index 1 once "2019-01-01" is gone
  item.older = 0;
  AgendaItem plan_item;
  plan_item.kind = AgendaItemKind::plan;
  plan_item.plan = 1;  // "kept", index 0 once "late" is gone
  AgendaItem unchanged;
  unchanged.document = 2;  // "stilla", index 1 once "gone" is gone; its version stays
  unchanged.version = 0;
  early.items = {item, plan_item, unchanged};
  Meeting coming = early;  // still to come, handing out what exists: its papers go out before it
  coming.date = d("2016-01-01");
  Meeting later = coming;  // handing out a version decided after the day: not called yet
  later.items[0].version = 1;
  Meeting later_plan = coming;
  later_plan.items[1].plan = 0;
  site.meetings = {early, later, coming, later_plan};
  keep_what_existed_on(site, d("2015-01-01"));
  REQUIRE(site.meetings.size() == 2);
  CHECK(site.meetings[1].date == d("2016-01-01"));
  CHECK(site.meetings[1].items.size() == 3);
  REQUIRE(site.documents.size() == 2);
  const auto& items = site.meetings[0].items;
  REQUIRE(items.size() == 3);
  CHECK(items[2].document == 1);
  CHECK(site.documents[items[2].document].slug == "stilla");
  CHECK(items[2].version == 0);
  CHECK(items[0].document == 0);
  CHECK(site.documents[0].versions[items[0].version].id == "2014-01-01");
  CHECK(site.documents[0].versions[*items[0].older].id == "2013-01-01");
  REQUIRE(site.plans.size() == 1);
  CHECK(site.plans[items[1].plan].id == "kept");
}

TEST_CASE("an edition translated after the day does not exist, an undated one does") {
  Site site;
  Version v = version("2015-03-16", d("2015-03-16"));
  Edition early, late, undated;
  early.language = "ar";
  early.translated_on = d("2015-06-01");
  late.language = "en";
  late.translated_on = d("2020-01-01");
  undated.language = "lattlast";
  v.editions = {early, late, undated};
  site.documents = {document("a", "policy", {v})};
  keep_what_existed_on(site, d("2016-01-01"));
  std::vector<std::string> languages;
  for (const auto& e : site.documents[0].versions[0].editions) languages.push_back(e.language);
  CHECK(languages == std::vector<std::string>{"ar", "lattlast"});
}
