// Tests for core/edit_distance.h: Levenshtein distance and "did you mean".
#include "core/edit_distance.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using styrdok::closest_match;
using styrdok::edit_distance;
using styrdok::kLongestMatched;

namespace {

const std::vector<std::string> kVersionKeys = {
    "title",       "type",        "decided_by",     "decision_date",    "paragraph",  "registration_number",
    "valid_from",  "valid_until", "document_owner", "responsible_unit", "revised_by", "applies_to",
    "prepared_by", "review_by",   "summary"};

}  // namespace

TEST_CASE("edit_distance counts insertions, deletions and substitutions", "[edit_distance]") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("policy", "policy") == 0);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("valid_util", "valid_until") == 1);  // insertion
  CHECK(edit_distance("valid_until", "valid_util") == 1);  // deletion
  CHECK(edit_distance("riktlinjer", "riktlinjor") == 1);   // substitution
  CHECK(edit_distance("plan", "program") == 5);
  CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("edit_distance is symmetric", "[edit_distance]") {
  const std::vector<std::string> words = {"", "strategi", "program", "plan", "policy", "riktlinjer", "regler"};
  for (const auto& a : words) {
    for (const auto& b : words) {
      INFO(a << " / " << b);
      CHECK(edit_distance(a, b) == edit_distance(b, a));
    }
  }
}

TEST_CASE("edit_distance counts bytes, so a Swedish letter is two edits", "[edit_distance]") {
  CHECK(edit_distance("å", "a") == 2);
  CHECK(edit_distance("språk", "sprak") == 2);
  CHECK(edit_distance("språk", "språk") == 0);
}

TEST_CASE("closest_match suggests the key a clerk meant", "[edit_distance]") {
  CHECK(closest_match("valid_util", kVersionKeys) == "valid_until");
  CHECK(closest_match("tittle", kVersionKeys) == "title");
  CHECK(closest_match("paragraf", kVersionKeys) == "paragraph");
  CHECK(closest_match("decison_date", kVersionKeys) == "decision_date");
  CHECK(closest_match("reveiw_by", kVersionKeys) == "review_by");
  CHECK(closest_match("riktlinje", {"strategi", "program", "plan", "policy", "riktlinjer", "regler"}) == "riktlinjer");
  CHECK(closest_match("lysekill", {"lysekil", "stenungsund", "dals-ed"}) == "lysekil");
}

TEST_CASE("closest_match suggests nothing for a word far from every candidate", "[edit_distance]") {
  CHECK(closest_match("beslutsdatum", kVersionKeys) == "");
  CHECK(closest_match("diarienummer", kVersionKeys) == "");
  CHECK(closest_match("giltighetstid", kVersionKeys) == "");
  CHECK(closest_match("tanum", {"lysekil", "stenungsund", "dals-ed"}) == "");
  CHECK(closest_match("anything", {}) == "");
}

TEST_CASE("closest_match allows a third of the word's length, at least one edit", "[edit_distance]") {
  // 9 letters: up to 3 edits.
  CHECK(closest_match("abcdefghi", {"abcdefxyz"}) == "abcdefxyz");
  CHECK(closest_match("abcdefghi", {"abcdewxyz"}) == "");
  // 2 letters: a third rounds to 0, but one edit is always allowed.
  CHECK(closest_match("sw", {"sv", "en"}) == "sv");
  CHECK(closest_match("de", {"sv", "en"}) == "");
}

TEST_CASE("closest_match picks the closest of several candidates", "[edit_distance]") {
  CHECK(closest_match("valid_fro", kVersionKeys) == "valid_from");
  CHECK(closest_match("plann", {"program", "plan", "policy"}) == "plan");
}

TEST_CASE("closest_match gives no suggestion for a word longer than a name", "[edit_distance]") {
  const std::string heading(kLongestMatched, 'a');
  CHECK(closest_match(heading + "b", {heading}) == "");
  CHECK(closest_match(heading.substr(1) + "b", {heading}) == heading);
}

TEST_CASE("closest_match skips candidates whose length alone puts them too far, and keeps the first of the closest",
          "[edit_distance]") {
  // "syftee" allows 2 edits: "syfte" (1) and "syften" (1) are both in reach,
  // the long ones are not even compared.
  CHECK(closest_match("syftee", {std::string(5000, 's'), "syfte", "syften", "s"}) == "syfte");
  CHECK(closest_match("syftee", {"syften", "syfte"}) == "syften");
}

TEST_CASE("edit_distance of long texts", "[edit_distance]") {
  const std::string a(3000, 'a');
  CHECK(edit_distance(a, std::string(3000, 'b')) == 3000);
  CHECK(edit_distance(a, a + "xy") == 2);
  CHECK(edit_distance("ab" + a, "ba" + a) == 1);  // a swap, at the start
}
