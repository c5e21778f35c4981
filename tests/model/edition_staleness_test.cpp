// Tests for model/edition_staleness.h: an edition is stale exactly when the
// version it translates no longer applies, and says since when.
#include <catch2/catch.hpp>

#include "model/edition_staleness.h"

using namespace styrdok;

namespace {

Date d(const char* iso) { return *parse_date(iso); }

Version adopted(const char* id, Date decided, std::optional<Date> from = std::nullopt) {
  Version v;
  v.id = id;
  v.decision_date = decided;
  v.valid_from = from;
  return v;
}

Edition in(const char* language) {
  Edition e;
  e.language = language;
  return e;
}

// Two versions; the first has English and Arabic editions, the second Arabic only.
Document revised() {
  Document doc;
  doc.versions = {adopted("2021-05-19", d("2021-05-19")), adopted("2023-11-15", d("2023-11-15"), d("2024-01-01"))};
  doc.versions[0].editions = {in("ar"), in("en")};
  doc.versions[1].editions = {in("ar")};
  return doc;
}

}  // namespace

TEST_CASE("an edition of the version in force is not stale") {
  const Document doc = revised();
  const auto s = edition_staleness(doc, 0, 1, d("2023-12-31"));  // the revision is decided, not yet in force
  CHECK_FALSE(s.stale);
  CHECK(s.source == Standing::in_force);
  CHECK_FALSE(s.since);
  CHECK(edition_staleness(doc, 1, 0, d("2024-01-01")).stale == false);
}

TEST_CASE("an edition of a superseded version is stale from the day its successor applies") {
  const Document doc = revised();
  const auto en = edition_staleness(doc, 0, 1, d("2024-03-01"));
  CHECK(en.stale);
  CHECK(en.source == Standing::superseded);
  CHECK(en.since == d("2024-01-01"));
  CHECK(en.days == 60);
  CHECK(en.current == 1);
  CHECK(en.current_edition == -1);  // the current version has no English edition
  const auto ar = edition_staleness(doc, 0, 0, d("2024-01-01"));
  CHECK(ar.stale);
  CHECK(ar.days == 0);
  CHECK(ar.current_edition == 0);  // but an Arabic one
}

TEST_CASE("an edition of a version not yet in force, or of a proposal, is early, not stale") {
  Document doc = revised();
  CHECK_FALSE(edition_staleness(doc, 1, 0, d("2023-12-01")).stale);
  doc.versions[1].status = VersionStatus::proposal;
  CHECK_FALSE(edition_staleness(doc, 1, 0, d("2025-01-01")).stale);
}

TEST_CASE("an edition of an expired or repealed version is stale, with nothing current to point to") {
  Document doc = revised();
  doc.versions[1].valid_until = {ValidUntil::Kind::date, d("2024-12-31")};
  const auto expired = edition_staleness(doc, 1, 0, d("2025-01-10"));
  CHECK(expired.stale);
  CHECK(expired.since == d("2025-01-01"));
  CHECK(expired.days == 9);
  CHECK(expired.current == -1);
  Document gone = revised();
  gone.repeal = Repeal{d("2025-06-01"), {}, {}, {}, {}, {}, {}};
  const auto repealed = edition_staleness(gone, 1, 0, d("2025-06-02"));
  CHECK(repealed.stale);
  CHECK(repealed.source == Standing::repealed);
  CHECK(repealed.since == d("2025-06-01"));
  CHECK(repealed.current == -1);
}
