// Tests for render/change_log.h: each version compared with the one it
// revises, and comparisons taken over from an earlier build (serve).
#include "render/change_log.h"

#include <catch2/catch.hpp>

#include "model/site_config.h"

using namespace styrdok;

namespace {

Version version(const std::string& id, const std::string& text) {
  Version v;
  v.id = id;
  Block b;
  b.kind = Block::Kind::paragraph;
  b.text = text;
  Body body;
  body.blocks.push_back(b);
  v.body = std::make_shared<const Body>(std::move(body));
  return v;
}

Site two_documents() {
  Site site;
  for (const char* folder : {"content/a/plan", "content/a/policy"}) {
    Document doc;
    doc.source_dir = folder;
    doc.versions = {version("2020-01-01", "Kommunen ska erbjuda praktik."),
                    version("2021-01-01", "Kommunen ska erbjuda praktik och språkstöd.")};
    site.documents.push_back(doc);
  }
  return site;
}

}  // namespace

TEST_CASE("each version is compared with the one it revises") {
  const Site site = two_documents();
  const auto log = ChangeLog::compute(site, 2);
  CHECK(log.previous(0, 0) == -1);
  CHECK(log.previous(0, 1) == 0);
  CHECK(log.previous(1, 1) == 0);
  CHECK_FALSE(log.change(0, 0));
  REQUIRE(log.change(0, 1));
  CHECK_FALSE(log.change(0, 1)->identical());
  REQUIRE(log.change(1, 1));
  CHECK(log.change(1, 1) != log.change(0, 1));
  REQUIRE(log.folders);
  CHECK(*log.folders == std::vector<std::string>{"content/a/plan", "content/a/policy"});
}

TEST_CASE("a later build takes over the comparisons of documents that did not change") {
  Site site = two_documents();
  const auto first = std::make_shared<const ChangeLog>(ChangeLog::compute(site, 1));
  // Nothing changed: every comparison is taken over (each document at its index).
  const auto same = ChangeLog::compute(site, 1, {first, [](const Document&) { return true; }});
  CHECK(same.change(0, 1) == first->change(0, 1));
  CHECK(same.change(1, 1) == first->change(1, 1));
  CHECK(same.folders == first->folders);  // the same documents: their folders are not copied again
  // The policy changed; a new document came first, so the indices moved.
  site.documents[1].versions[1] = version("2021-01-01", "Kommunen ska erbjuda språkstöd.");
  Document added;
  added.source_dir = "content/a/annan";
  added.versions = {version("2019-01-01", "Ny."), version("2019-06-01", "Nyare.")};
  site.documents.insert(site.documents.begin(), added);
  const auto unchanged = [](const Document& doc) { return doc.source_dir == "content/a/plan"; };
  const auto second = ChangeLog::compute(site, 2, {first, unchanged});
  CHECK(second.change(1, 1) == first->change(0, 1));  // the plan's: the same object, not compared again
  REQUIRE(second.change(2, 1));
  CHECK(second.change(2, 1) != first->change(1, 1));  // the policy's: compared again
  REQUIRE(second.change(0, 1));
  // A document that gained a version is compared again even if told it is unchanged.
  site.documents[1].versions.push_back(version("2022-01-01", "Kommunen ska erbjuda praktik."));
  const auto third = ChangeLog::compute(site, 1, {first, [](const Document&) { return true; }});
  CHECK(third.change(1, 1) != first->change(0, 1));
  CHECK(third.change(1, 2));
}

TEST_CASE("a proposal without a date of its own is listed by the day it is to be decided, not last") {
  Site site;
  Document doc;
  doc.source_dir = "content/a/policy";
  Version old = version("2015-03-16", "Gammal.");
  old.decision_date = Date{2015, 3, 16};
  Version proposal = version("forslag", "Ny.");
  proposal.status = VersionStatus::proposal;
  proposal.decision_date = Date{2025, 10, 1};  // to be decided then; no proposal_date
  Version undated = version("odaterad", "Odaterad.");
  doc.versions = {undated, old, proposal};
  site.documents.push_back(doc);
  const auto order = newest_first(site);
  REQUIRE(order.size() == 3);
  CHECK(order[0].version == 2);  // the proposal, before the 2015 decision
  CHECK(order[1].version == 1);
  CHECK(order[2].version == 0);  // what has no date at all stays last
}
