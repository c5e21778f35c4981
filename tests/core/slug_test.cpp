// Tests for core/slug.h: folding Swedish letters, readable slugs, and ids
// made unique within a page.
#include "core/slug.h"

#include <catch2/catch.hpp>

#include <string>

using styrdok::fold_diacritics;
using styrdok::slugify;
using styrdok::UniqueIds;

TEST_CASE("fold_diacritics lower-cases and folds Swedish letters", "[slug]") {
  CHECK(fold_diacritics("Självförsörjning") == "sjalvforsorjning");
  CHECK(fold_diacritics("Språkkunskaper") == "sprakkunskaper");
  CHECK(fold_diacritics("ÅÄÖ åäö") == "aao aao");
  CHECK(fold_diacritics("Övergripande") == "overgripande");
  CHECK(fold_diacritics("LYSEKILS KOMMUN") == "lysekils kommun");
}

TEST_CASE("fold_diacritics folds other Latin letters", "[slug]") {
  CHECK(fold_diacritics("Café") == "cafe");
  CHECK(fold_diacritics("Ærø") == "aero");
  CHECK(fold_diacritics("Straße") == "strasse");
  CHECK(fold_diacritics("Ñandú") == "nandu");
  CHECK(fold_diacritics("Þórr") == "thorr");
}

TEST_CASE("fold_diacritics keeps characters it does not know", "[slug]") {
  // The en dash from "Boende – segregation" and punctuation stay as they are.
  CHECK(fold_diacritics("Boende – Segregation") == "boende – segregation");
  CHECK(fold_diacritics("FN:s barnkonvention") == "fn:s barnkonvention");
  CHECK(fold_diacritics("Ωμέγα") == "Ωμέγα");
  CHECK(fold_diacritics("") == "");
}

TEST_CASE("slugify makes readable ASCII anchors from Swedish headings", "[slug]") {
  CHECK(slugify("Språkkunskaper") == "sprakkunskaper");
  CHECK(slugify("Självförsörjning") == "sjalvforsorjning");
  CHECK(slugify("Boende – segregation eller integration") == "boende-segregation-eller-integration");
  CHECK(slugify("Några viktiga begrepp") == "nagra-viktiga-begrepp");
  CHECK(slugify("Arbete mot hedersrelaterat våld, förtryck och könsstympning") ==
        "arbete-mot-hedersrelaterat-vald-fortryck-och-konsstympning");
  CHECK(slugify("Planera verksamhet/ insatser") == "planera-verksamhet-insatser");
  CHECK(slugify("Sammanhang och kontaktytor - mötesplatser") == "sammanhang-och-kontaktytor-motesplatser");
  CHECK(slugify("FN:s barnkonvention") == "fn-s-barnkonvention");
  CHECK(slugify("Strävan i Dals-Ed") == "stravan-i-dals-ed");
}

TEST_CASE("slugify keeps digits and trims separators at both ends", "[slug]") {
  CHECK(slugify("Handlingsplan 2013–2014") == "handlingsplan-2013-2014");
  CHECK(slugify("  Syfte  ") == "syfte");
  CHECK(slugify("--Inledning--") == "inledning");
  CHECK(slugify("1. Inledning") == "1-inledning");
  CHECK(slugify("§ 63") == "63");
}

TEST_CASE("slugify of nothing readable is empty", "[slug]") {
  CHECK(slugify("") == "");
  CHECK(slugify("   ") == "");
  CHECK(slugify("–") == "");
  CHECK(slugify("?!…") == "");
  CHECK(slugify("***") == "");
  CHECK(slugify("Ωμέγα") == "");
}

TEST_CASE("slugify output only ever holds a-z, 0-9 and single inner hyphens", "[slug]") {
  for (const char* heading : {"Några viktiga begrepp", "Ansvar och roller i integrationsarbetet",
                              "En organisation med integrationsfokus – kunskap och kompetens",
                              "Stenungsunds kommun ska:", "Arbete & sysselsättning!!", "a -- b"}) {
    const std::string s = slugify(heading);
    INFO(heading << " -> " << s);
    REQUIRE_FALSE(s.empty());
    CHECK(s.front() != '-');
    CHECK(s.back() != '-');
    CHECK(s.find("--") == std::string::npos);
    for (char c : s) CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'));
  }
}

TEST_CASE("UniqueIds numbers repeated ids from 2", "[slug]") {
  UniqueIds ids;
  CHECK_FALSE(ids.contains("syfte"));
  CHECK(ids.claim("syfte") == "syfte");
  CHECK(ids.claim("syfte") == "syfte-2");
  CHECK(ids.claim("syfte") == "syfte-3");
  CHECK(ids.claim("inledning") == "inledning");
  CHECK(ids.contains("syfte"));
  CHECK(ids.contains("syfte-2"));
  CHECK(ids.contains("syfte-3"));
  CHECK_FALSE(ids.contains("syfte-4"));
}

TEST_CASE("UniqueIds never hands out an id that was claimed literally", "[slug]") {
  UniqueIds ids;
  CHECK(ids.claim("syfte-2") == "syfte-2");
  CHECK(ids.claim("syfte") == "syfte");
  CHECK(ids.claim("syfte") == "syfte-3");
  CHECK(ids.claim("syfte-2") == "syfte-2-2");
}

TEST_CASE("separate UniqueIds do not share ids", "[slug]") {
  UniqueIds page1, page2;
  CHECK(page1.claim("syfte") == "syfte");
  CHECK(page2.claim("syfte") == "syfte");
}

TEST_CASE("UniqueIds hands out 30,000 copies of one id in order, skipping ids claimed literally", "[slug]") {
  UniqueIds ids;
  CHECK(ids.claim("syfte") == "syfte");
  CHECK(ids.claim("syfte-5") == "syfte-5");
  for (int n = 2; n <= 30'000; ++n) {
    if (n == 5) continue;
    REQUIRE(ids.claim("syfte") == "syfte-" + std::to_string(n));
  }
  CHECK(ids.claim("syfte") == "syfte-30001");
  CHECK(ids.claim("syfte-5") == "syfte-5-2");
}

TEST_CASE("decomposed letters (a and a combining ring) fold and slugify as the composed ones", "[slug]") {
  const std::string decomposed = "Spra\xCC\x8Akpolicy fo\xCC\x88r a\xCC\x88ldre";  // å, ö, ä as macOS writes them
  CHECK(fold_diacritics(decomposed) == fold_diacritics("Språkpolicy för äldre"));
  CHECK(slugify(decomposed) == "sprakpolicy-for-aldre");
  CHECK(styrdok::slugify_any_script(decomposed) == "sprakpolicy-for-aldre");
}
