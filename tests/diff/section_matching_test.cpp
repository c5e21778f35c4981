// Tests for diff/section_matching.h: the three rounds of matching and the
// detection of moved sections.
#include "diff/section_matching.h"

#include <catch2/catch.hpp>

#include <vector>

#include "diff/body_builder.h"

using styrdok::Body;
using styrdok::match_sections;
using styrdok::split_sections;
using styrdok::strip_numbering;
using styrdok::testing::BodyBuilder;

namespace {

const char* const kOvergripande = "Aktivt motverka utanförskap och i stället främja integration i alla verksamheter.";
const char* const kUtbildning =
    "Lyfta fram bibliotekens betydelse för bildning och integration och dess möjlighet att vara en mötesplats samt "
    "medverka till ökad kunskap i det svenska språket.";
const char* const kArbetsmarknad =
    "Ta vara på nyanländas utbildningar och kompetenser genom att snabbt validera deras kunskaper eller hänvisa dem "
    "till rätt instans.";
const char* const kCivilsamhallet =
    "Informera om vikten av att engagera sig i civilsamhället samt uppmuntra nyanlända att söka sig till föreningar i "
    "kommunen.";

std::vector<int> old_of_new(const Body& older, const Body& newer) {
  const auto a = split_sections(older);
  const auto b = split_sections(newer);
  return match_sections(a, b).old_of_new;
}

}  // namespace

TEST_CASE("strip_numbering removes leading section numbers only", "[section_matching]") {
  CHECK(strip_numbering("3. Arbete") == "Arbete");
  CHECK(strip_numbering("3.2 Boende") == "Boende");
  CHECK(strip_numbering("  3.2.1. Boende") == "Boende");
  CHECK(strip_numbering("4) Mål") == "Mål");
  CHECK(strip_numbering("Arbete") == "Arbete");
  CHECK(strip_numbering("2,5 år till egen försörjning") == "2,5 år till egen försörjning");
  CHECK(strip_numbering("3D-skrivare") == "3D-skrivare");
  CHECK(strip_numbering("2014") == "2014");
}

TEST_CASE("match_sections matches identical anchors first", "[section_matching]") {
  const Body older = BodyBuilder().heading("Övergripande").item(kOvergripande).heading("Utbildning").build();
  const Body newer = BodyBuilder().heading("Utbildning").heading("Övergripande").item("Annan text.").build();
  const auto a = split_sections(older);
  const auto b = split_sections(newer);
  const auto m = match_sections(a, b);
  CHECK(m.old_of_new == std::vector<int>{1, 0});
  CHECK(m.new_of_old == std::vector<int>{1, 0});
}

TEST_CASE("match_sections matches renumbered headings", "[section_matching]") {
  const Body older = BodyBuilder()
                         .heading("1. Övergripande")
                         .item(kOvergripande)
                         .heading("2. Utbildning")
                         .item(kUtbildning)
                         .heading("2.1 Arbetsmarknad", 3)
                         .item(kArbetsmarknad)
                         .build();
  const Body newer = BodyBuilder()
                         .heading("1. Övergripande")
                         .item(kOvergripande)
                         .heading("2. Boende")
                         .item("Söka efter boenden i hela kommunen för nyanlända.")
                         .heading("3. Utbildning")
                         .item(kUtbildning)
                         .heading("3.1 Arbetsmarknad", 3)
                         .item(kArbetsmarknad)
                         .build();
  CHECK(old_of_new(older, newer) == std::vector<int>{0, -1, 1, 2});
}

TEST_CASE("match_sections matches a renamed section by its content", "[section_matching]") {
  const Body older = BodyBuilder()
                         .heading("Arbetsmarknad")
                         .item(kArbetsmarknad)
                         .heading("Civilsamhället")
                         .item(kCivilsamhallet)
                         .build();
  const Body newer = BodyBuilder()
                         .heading("Arbetsmarknad")
                         .item(kArbetsmarknad)
                         .heading("Föreningsliv")
                         .item(
                             "Informera om vikten av att engagera sig i föreningslivet samt uppmuntra nyanlända att "
                             "söka sig till föreningar i kommunen.")
                         .build();
  CHECK(old_of_new(older, newer) == std::vector<int>{0, 1});
}

TEST_CASE("match_sections leaves sections with too little in common unmatched", "[section_matching]") {
  const Body older = BodyBuilder().heading("Utbildning").item(kUtbildning).build();
  const Body newer = BodyBuilder().heading("Civilsamhället").item(kCivilsamhallet).build();
  CHECK(old_of_new(older, newer) == std::vector<int>{-1});
}

TEST_CASE("match_sections matches the preamble only with the preamble", "[section_matching]") {
  const Body older = BodyBuilder().paragraph(kOvergripande).heading("Utbildning").item(kUtbildning).build();
  const Body newer = BodyBuilder().heading("Inledning").paragraph(kOvergripande).heading("Utbildning").build();
  CHECK(old_of_new(older, newer) == std::vector<int>{-1, 1});
}

TEST_CASE("match_sections pairs duplicate headings in order", "[section_matching]") {
  const Body older = BodyBuilder().heading("1. Mål").heading("2. Mål").build();
  const Body newer = BodyBuilder().heading("3. Mål").heading("4. Mål").build();
  CHECK(old_of_new(older, newer) == std::vector<int>{0, 1});
}

TEST_CASE("match_sections marks as moved only the sections off the longest kept order", "[section_matching]") {
  const Body older = BodyBuilder()
                         .heading("Övergripande")
                         .heading("Utbildning")
                         .heading("Arbetsmarknad")
                         .heading("Civilsamhället")
                         .build();
  const Body newer = BodyBuilder()
                         .heading("Övergripande")
                         .heading("Arbetsmarknad")
                         .heading("Civilsamhället")
                         .heading("Utbildning")
                         .build();
  const auto a = split_sections(older);
  const auto b = split_sections(newer);
  const auto m = match_sections(a, b);
  CHECK(m.old_of_new == std::vector<int>{0, 2, 3, 1});
  CHECK(m.moved == std::vector<bool>{false, false, false, true});
}

TEST_CASE("match_sections marks nothing moved when sections are only added and removed", "[section_matching]") {
  const Body older = BodyBuilder().heading("Övergripande").heading("Utbildning").heading("Arbetsmarknad").build();
  const Body newer = BodyBuilder().heading("Boende").heading("Övergripande").heading("Arbetsmarknad").build();
  const auto a = split_sections(older);
  const auto b = split_sections(newer);
  const auto m = match_sections(a, b);
  CHECK(m.old_of_new == std::vector<int>{-1, 0, 2});
  CHECK(m.new_of_old == std::vector<int>{1, -1, 2});
  CHECK(m.moved == std::vector<bool>{false, false, false});
}
