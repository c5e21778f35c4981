#include "render/plan_cache.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

const Date kDay{2024, 1, 1};  // the build's day

Document document(const std::string& slug) {
  Document doc;
  doc.organisation_id = "lysekil";
  doc.slug = slug;
  doc.source_dir = "content/lysekil/" + slug;
  Version a, b;
  a.id = "2021-05-19";
  b.id = "2023-02-01";
  a.source_path = doc.source_dir + "/2021-05-19.md";
  b.source_path = doc.source_dir + "/2023-02-01.md";
  doc.versions = {a, b};
  return doc;
}

// Three documents; the second has an action plan of two actions.
Site three_documents() {
  Site site;
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  for (const char* slug : {"avfall", "bostader", "cykel"}) site.documents.push_back(document(slug));
  ActionPlan plan;
  plan.id = "handlingsplan";
  plan.organisation_id = "lysekil";
  plan.document_slug = "bostader";
  plan.version_id = "2023-02-01";
  plan.source_path = "content/lysekil/bostader/handlingsplaner/handlingsplan.yaml";
  for (const char* id : {"1", "2"}) {
    Action action;
    action.id = id;
    plan.actions.push_back(action);
  }
  site.plans.push_back(plan);
  return site;
}

// What a page is, in one comparable string: every field a page is made from.
std::string describe(const Page& p) {
  return std::to_string(static_cast<int>(p.kind)) + " " + p.url + " " + p.output + " " + p.source + " " + p.target +
         " " + p.key + " o" + std::to_string(p.organisation) + " d" + std::to_string(p.document) + " v" +
         std::to_string(p.version) + " old" + std::to_string(p.older) + " p" + std::to_string(p.plan) + " a" +
         std::to_string(p.action) + " e" + std::to_string(p.edition) + " part" + std::to_string(p.part);
}

std::vector<std::string> described(const std::vector<Page>& pages) {
  std::vector<std::string> out;
  for (const auto& p : pages) out.push_back(describe(p));
  return out;
}

// The outputs of the pages of `plan` that were taken from `cache`.
std::vector<std::string> carried(const std::vector<Page>& plan, const PlanCache& cache) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < plan.size(); ++i)
    if (cache.carried(i)) out.push_back(plan[i].output);
  return out;
}

// Plans `site` with `cache` and checks that it is the plan made whole.
std::vector<Page> plan_with(const Site& site, PlanCache& cache) {
  Diagnostics whole_found, found;
  const auto whole = plan_pages(site, kDay, whole_found);
  auto pages = plan_pages(site, kDay, found, &cache);
  CHECK(described(pages) == described(whole));
  CHECK(found.items().size() == whole_found.items().size());
  return pages;
}

bool under(const std::string& output, const std::string& prefix) { return output.starts_with(prefix); }

}  // namespace

TEST_CASE("a plan made with a cache is the plan made whole, and keeps a document's pages until its folder changes") {
  Site site = three_documents();
  PlanCache cache;
  auto pages = plan_with(site, cache);
  CHECK(carried(pages, cache).empty());  // nothing kept yet
  cache.store(std::move(pages));

  pages = plan_with(site, cache);
  const auto all = carried(pages, cache);
  // Every page of each document and of the plan, and nothing else: the lists
  // and feeds are planned on every build.
  std::size_t expected = 0;
  for (const auto& p : pages)
    expected +=
        under(p.output, "lysekil/") && !under(p.output, "lysekil/index.html") && !under(p.output, "lysekil/feed.xml");
  CHECK(all.size() == expected);
  CHECK(std::find(all.begin(), all.end(), "lysekil/bostader/handlingsplaner/handlingsplan/1/index.html") != all.end());
  CHECK(std::find(all.begin(), all.end(), "index.html") == all.end());
  cache.store(std::move(pages));

  SECTION("a document forgotten is planned again, with its plan") {
    cache.forget("content/lysekil/bostader");
    pages = plan_with(site, cache);
    const auto kept = carried(pages, cache);
    CHECK(std::none_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/bostader/"); }));
    CHECK(std::any_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/avfall/"); }));
    CHECK(std::any_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/cykel/"); }));
    cache.store(std::move(pages));
    // …and is kept again by the build after.
    pages = plan_with(site, cache);
    CHECK(carried(pages, cache).size() == all.size());
  }
  SECTION("a document added before the others numbers their kept pages anew") {
    site.documents.insert(site.documents.begin() + 1, document("badplatser"));
    cache.forget("content/lysekil/badplatser");
    pages = plan_with(site, cache);  // bostader's pages are now document 2's, its plan's too
    CHECK(carried(pages, cache).size() == all.size());
    const auto planned_now = pages.size() - all.size();
    cache.store(std::move(pages));
    // The next build keeps the added document's pages as well, in the new order.
    pages = plan_with(site, cache);
    const auto kept = carried(pages, cache);
    CHECK(std::any_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/badplatser/"); }));
    CHECK(kept.size() > all.size());
    CHECK(pages.size() - kept.size() < planned_now);
  }
  SECTION("a removed document's pages go") {
    site.documents.erase(site.documents.begin());
    pages = plan_with(site, cache);
    const auto kept = carried(pages, cache);
    CHECK(std::none_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/avfall/"); }));
    // The others' pages are kept, though each now comes one place earlier than it was.
    CHECK(std::any_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/bostader/"); }));
    CHECK(std::any_of(kept.begin(), kept.end(), [](const auto& o) { return under(o, "lysekil/cykel/"); }));
  }
  SECTION("forgetting everything plans everything") {
    cache.forget_all();
    pages = plan_with(site, cache);
    CHECK(carried(pages, cache).empty());
  }
  SECTION("a failed build keeps nothing") {
    cache.store({});
    pages = plan_with(site, cache);
    CHECK(carried(pages, cache).empty());
  }
}

TEST_CASE("a page planned now at the address of a kept page is an error, as in a plan made whole") {
  // The organisation "moten" has a document whose folder is named as a
  // meeting is: the meeting's page, planned anew on every build, takes the
  // address of the document's page, which the cache keeps.
  Site site;
  site.config.organisations = {{"moten", "Mötesnämnden", ""}};
  Document doc = document("2016-01-20-ks");
  doc.organisation_id = "moten";
  doc.source_dir = "content/moten/2016-01-20-ks";
  site.documents.push_back(doc);
  PlanCache cache;
  cache.store(plan_with(site, cache));

  Meeting meeting;
  meeting.id = "2016-01-20-ks";
  meeting.source_path = "meetings/2016-01-20-ks.yaml";
  site.meetings.push_back(meeting);
  Diagnostics whole, found;
  plan_pages(site, kDay, whole);
  const auto pages = plan_pages(site, kDay, found, &cache);
  REQUIRE(carried(pages, cache).size() > 1);  // the document's page among them
  REQUIRE(whole.error_count() == 1);
  REQUIRE(found.error_count() == 1);
  CHECK(found.items()[0].to_string() == whole.items()[0].to_string());
  CHECK(found.items()[0].to_string() ==
        "meetings/2016-01-20-ks.yaml: two pages would have the same address 'moten/2016-01-20-ks/': this one and "
        "the one from content/moten/2016-01-20-ks; rename one of them");
}

TEST_CASE("the plan after the first one kept is made in memory of its size, which the cache already holds") {
  Site site = three_documents();
  PlanCache cache;
  auto pages = plan_with(site, cache);
  const std::size_t count = pages.size();
  cache.store(std::move(pages));
  const auto next = cache.start();  // what the next plan_pages plans into
  CHECK(next.empty());
  CHECK(next.capacity() >= count);
}
