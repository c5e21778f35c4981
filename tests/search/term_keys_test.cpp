// Tests for search/term_keys.h: Snowball stems, folded, so that inflected
// and unaccented forms of a Swedish word meet under one key.
#include "search/term_keys.h"

#include <catch2/catch.hpp>

using styrdok::Language;
using styrdok::search::TermKeys;

TEST_CASE("Swedish inflections share a key", "[search]") {
  TermKeys keys(Language::sv);
  CHECK(keys.key("praktikplatser") == keys.key("praktikplatserna"));
  CHECK(keys.key("praktikplatser") == "praktikplats");
  CHECK(keys.key("nyanlända") == keys.key("nyanländ"));
  CHECK(keys.key("kommunerna") == keys.key("kommunen"));
  CHECK(keys.key("nyanlända") == "nyanland");
}

TEST_CASE("keys are folded, so a query without å, ä, ö finds the word", "[search]") {
  TermKeys keys(Language::sv);
  CHECK(keys.key("självförsörjning") == keys.key("sjalvforsorjning"));
  CHECK(keys.key("självförsörjning") == "sjalvforsorjning");
  CHECK(keys.key("kvällstid") == keys.key("kvallstid"));
}

TEST_CASE("an English site stems in English", "[search]") {
  TermKeys keys(Language::en);
  CHECK(keys.key("policies") == keys.key("policy"));
  CHECK(keys.key("integration") == keys.key("integrations"));
  TermKeys swedish(Language::sv);
  CHECK(swedish.key("policies") != swedish.key("policy"));
}
