// Tests for model/standing.h: what a version is on a day, in each case a
// page has to state (the gap, repeal and proposal cases included).
#include <catch2/catch.hpp>

#include "model/standing.h"

using namespace styrdok;

namespace {

Date d(const char* iso) { return *parse_date(iso); }

Version adopted(const char* id, std::optional<Date> decided, std::optional<Date> from = std::nullopt,
                std::optional<Date> until = std::nullopt) {
  Version v;
  v.id = id;
  v.decision_date = decided;
  v.valid_from = from;
  if (until) v.valid_until = {ValidUntil::Kind::date, *until};
  return v;
}

Version proposal(const char* id, std::optional<Date> planned) {
  Version v = adopted(id, planned);
  v.status = VersionStatus::proposal;
  return v;
}

// The gap: expired 2022-12-31, revised 2023-03-20, applies from 2023-04-01.
Document gap() {
  Document doc;
  doc.versions = {adopted("2020-01-15", d("2020-01-15"), std::nullopt, d("2022-12-31")),
                  adopted("2023-03-20", d("2023-03-20"), d("2023-04-01"))};
  return doc;
}

}  // namespace

TEST_CASE("a version in force says from when, and until when as far as known") {
  Document doc;
  doc.versions = {adopted("2021-05-19", d("2021-05-19"), std::nullopt, d("2023-12-31"))};
  const auto st = standing_of(doc, 0, d("2022-01-01"));
  CHECK(st.kind == Standing::in_force);
  CHECK(st.from == d("2021-05-19"));
  CHECK(st.from_decision);
  CHECK(st.until == d("2023-12-31"));
  CHECK(st.successor == -1);
  CHECK(in_force_on(doc, 0, d("2023-12-31")));  // the last day counts
  CHECK(standing_of(doc, 0, d("2024-01-01")).kind == Standing::expired);
  CHECK(standing_of(doc, 0, d("2021-05-18")).kind == Standing::not_yet_in_force);
}

TEST_CASE("a gap between versions: expired, with the successor decided but not yet in force") {
  const Document doc = gap();
  const auto first = standing_of(doc, 0, d("2023-03-25"));
  CHECK(first.kind == Standing::expired_successor);
  CHECK(first.until == d("2022-12-31"));
  CHECK(first.successor == 1);
  CHECK(std::string(badge_key(first.kind)) == "expired");
  const auto second = standing_of(doc, 1, d("2023-03-25"));
  CHECK(second.kind == Standing::not_yet_in_force);
  CHECK(second.from == d("2023-04-01"));
  CHECK_FALSE(second.from_decision);
  // (Before the revision was decided, a site built for the day does not hold
  // it, model/point_in_time.h, so the first is then plain "expired".)
  // Once the revision applies, the first is superseded; it ended on its own last day.
  const auto later = standing_of(doc, 0, d("2023-05-01"));
  CHECK(later.kind == Standing::superseded);
  CHECK(later.until == d("2022-12-31"));
  CHECK(later.successor == 1);
  CHECK(standing_of(doc, 1, d("2023-05-01")).kind == Standing::in_force);
}

TEST_CASE("a version superseded before its own end ends the day before its successor starts") {
  Document doc;
  doc.versions = {adopted("2015-03-16", d("2015-03-16"), d("2015-04-01"), d("2025-12-31")),
                  adopted("2020-06-01", d("2020-06-01"), d("2020-07-01"))};
  const auto st = standing_of(doc, 0, d("2021-01-01"));
  CHECK(st.kind == Standing::superseded);
  CHECK(st.until == d("2020-06-30"));
  // While the successor is not yet in force, the one in force says when it ends.
  const auto before = standing_of(doc, 0, d("2020-06-15"));
  CHECK(before.kind == Standing::in_force);
  CHECK(before.until == d("2020-06-30"));
  CHECK(before.successor == 1);
}

TEST_CASE("a repealed document: repealed from the day, until then in force and saying so") {
  Document doc;
  doc.versions = {adopted("2015-03-16", d("2015-03-16")), adopted("2020-06-01", d("2020-06-01"))};
  doc.versions[1].valid_until.kind = ValidUntil::Kind::until_further_notice;
  doc.repeal = Repeal{d("2024-07-01"), d("2024-05-20"), "Kommunfullmäktige", "88", std::nullopt, std::nullopt, {}};
  const auto before = standing_of(doc, 1, d("2024-06-01"));
  CHECK(before.kind == Standing::in_force);
  CHECK(before.until == d("2024-06-30"));
  REQUIRE(before.repeal != nullptr);
  const auto after = standing_of(doc, 1, d("2024-07-01"));
  CHECK(after.kind == Standing::repealed);
  CHECK(document_standing(doc, d("2024-07-01"))->kind == Standing::repealed);
  // An older version stays superseded: it ended before the repeal.
  CHECK(standing_of(doc, 0, d("2024-07-01")).kind == Standing::superseded);
  // A repealed document is not due for revision.
  doc.versions[1].review_by = d("2024-01-01");
  CHECK(revision_due(doc, d("2024-06-01"), 6).has_value());
  CHECK_FALSE(revision_due(doc, d("2024-07-01"), 6).has_value());
}

TEST_CASE("a proposal is a proposal on every day, and pending for the document") {
  Document doc;
  doc.versions = {adopted("2015-03-16", d("2015-03-16")), proposal("2016-02-10", d("2016-02-10"))};
  for (const char* day : {"2015-01-01", "2016-01-15", "2016-03-01"}) {
    INFO(day);
    CHECK(standing_of(doc, 1, d(day)).kind == Standing::proposal);
  }
  CHECK(current_version_index(doc, d("2016-03-01")) == 0);  // never the version shown
  CHECK(pending_proposals(doc) == std::vector<std::size_t>{1});
  CHECK(event_date(doc.versions[1]) == std::nullopt);  // a proposal is dated by its own date, not the planned one
  doc.versions[1].proposal_date = d("2016-01-11");
  CHECK(event_date(doc.versions[1]) == d("2016-01-11"));
}

TEST_CASE("unknown dates: an undated version applies once it exists, and is superseded by a dated one") {
  Document doc;
  doc.versions = {adopted("odaterad", std::nullopt), adopted("2015-03-16", d("2015-03-16"), d("2015-04-01"))};
  const auto early = standing_of(doc, 0, d("2014-01-01"));
  CHECK(early.kind == Standing::in_force);
  CHECK_FALSE(early.from.has_value());
  CHECK(early.until == d("2015-03-31"));
  CHECK(standing_of(doc, 0, d("2016-01-01")).kind == Standing::superseded);
}

TEST_CASE("due for revision: review date passed, period ending or ended, unless a later version is adopted") {
  const Document doc = gap();
  Document single = doc;  // as built before the revision was decided (model/point_in_time.h)
  single.versions.pop_back();
  CHECK(revision_due(single, d("2022-10-01"), 6)->why == RevisionDue::Why::ends);
  CHECK(revision_due(single, d("2023-01-15"), 6)->why == RevisionDue::Why::ended);
  CHECK_FALSE(revision_due(single, d("2022-01-01"), 6).has_value());
  CHECK_FALSE(revision_due(doc, d("2023-03-25"), 6).has_value());  // the revision is adopted
}
