// Tests for search/compound_splitter.h: Swedish compounds split against a
// site's own vocabulary, with the linking -s-.
#include "search/compound_splitter.h"

#include <catch2/catch.hpp>

using styrdok::search::CompoundSplitter;
using Parts = std::vector<std::string>;

TEST_CASE("compounds split into known parts", "[search]") {
  const CompoundSplitter splitter({"praktik", "plats", "forsorjning", "plan", "mote", "text", "kommun"});
  CHECK(splitter.split("praktikplats") == Parts{"praktik", "plats"});
  CHECK(splitter.split("motesplats") == Parts{"mote", "plats"});
  // The head need not occur alone; the linking s is read as such.
  CHECK(splitter.split("bostadsforsorjningsplan") == Parts{"bostad", "forsorjning", "plan"});
}

TEST_CASE("words that are not compounds stay whole", "[search]") {
  const CompoundSplitter splitter({"plan", "plats", "integration", "kommun"});
  CHECK(splitter.split("integration").empty());  // no known part after a head
  CHECK(splitter.split("planer").empty());       // too short to be a compound
  CHECK(splitter.split("kommunen").empty());     // "en" is no part
  CHECK(splitter.split("xyplats").empty());      // head shorter than three letters
}

TEST_CASE("a known head may carry an unknown tail", "[search]") {
  const CompoundSplitter splitter({"praktik", "plan"});
  CHECK(splitter.split("praktikplats") == Parts{"praktik", "plats"});
  CHECK(splitter.split("planera").empty());  // tail shorter than four letters
}

TEST_CASE("keys longer than longest_compound are not split", "[search]") {
  const CompoundSplitter splitter({"praktik", "plats"}, 12);
  CHECK(splitter.split("praktikplats") == Parts{"praktik", "plats"});  // 12 letters
  CHECK(splitter.split("praktikplatsplats").empty());                  // 17
  // The default: 64 letters.
  const CompoundSplitter by_default({"plats"});
  CHECK(by_default.split(std::string(59, 'x') + "plats") == Parts{std::string(59, 'x'), "plats"});  // 64 letters
  CHECK(by_default.split(std::string(60, 'x') + "plats").empty());                                  // 65
}

TEST_CASE("a splitter over tables finds parts in any of them", "[search]") {
  styrdok::search::WordTable keys, forms;
  for (const char* k : {"praktik", "bostad", "forsorjning"}) keys.add(k, false);
  for (const char* f : {"platser", "plan", "planering"}) forms.add(f, false);
  const auto splitter = CompoundSplitter::over({&keys, &forms});
  CHECK(splitter.split("praktikplatser") == Parts{"praktik", "platser"});
  CHECK(splitter.split("bostadsforsorjningsplan") == Parts{"bostad", "forsorjning", "plan"});
  // "plan" begins the longer known "planering": the search for parts
  // starting there goes on past it.
  CHECK(splitter.split("motesplanering") == Parts{"mote", "planering"});
  CHECK(splitter.is_known("planering"));
  CHECK_FALSE(splitter.is_known("planer"));
}

TEST_CASE("parts are found among many words that share their beginnings", "[search]") {
  // Thousands of words, so that the filters' false "perhaps" occur, and
  // words that begin alike: each split is what the table alone gives.
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("ord" + std::to_string(i * 7919 % 100000));
  std::vector<std::string_view> vocabulary(words.begin(), words.end());
  vocabulary.push_back("plats");
  const CompoundSplitter splitter(vocabulary);
  for (int i = 0; i < 5000; i += 97) {
    const std::string word = "ord" + std::to_string(i * 7919 % 100000);
    CHECK(splitter.split("kommun" + word + "plats") == Parts{"kommun", word, "plats"});
    CHECK(splitter.is_known(word));
    CHECK_FALSE(splitter.is_known(word + "x"));
  }
}
