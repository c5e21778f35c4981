// Tests for search/word_table.h and search/entry_words.h: distinct words
// numbered once, and each entry's words counted by number.
#include "search/word_table.h"

#include <catch2/catch.hpp>
#include <string>

#include "search/entry_words.h"

using namespace styrdok::search;

TEST_CASE("a word table numbers each distinct word once, in the order first added", "[search]") {
  WordTable table;
  CHECK(table.add("plats", false) == 0);
  CHECK(table.add("praktik", false) == 1);
  CHECK(table.add("plats", false) == 0);
  CHECK(table.find("praktik") == 1);
  CHECK(table.find("plat") == WordTable::kNone);
  CHECK(table.size() == 2);
  // Many words: the table grows and keeps every number.
  for (int i = 0; i < 5000; ++i) table.add("ord" + std::to_string(i), true);
  CHECK(table.size() == 5002);
  CHECK(table.find("ord4999") == 5001);
  CHECK(table.find("plats") == 0);
  CHECK(table.word(2) == "ord0");
}

TEST_CASE("a word table keeps a copy of a word added with copy", "[search]") {
  WordTable table;
  std::string buffer = "bostad";
  table.add(buffer, true);
  buffer = "xxxxxx";
  CHECK(table.word(0) == "bostad");
  CHECK(table.contains("bostad"));
  table.reserve(10000);  // room made after words were added keeps them
  CHECK(table.find("bostad") == 0);
}

TEST_CASE("entry words: each entry's words counted by the site's numbers, title and heading weighted", "[search]") {
  SearchEntries entries(2);
  entries[0].lead = true;
  entries[0].title = "Plats";
  entries[0].text = "plats och Praktik, plats";
  entries[1].heading = "Praktik";
  entries[1].text = "praktik";
  for (const unsigned jobs : {1u, 2u}) {
    const EntryWords counted = count_words(entries, {4, 2}, jobs);
    REQUIRE(counted.words.size() == 3);  // plats, och, praktik
    auto weight_of = [&](std::size_t entry, std::string_view word) {
      const auto& range = counted.ranges[0];
      const std::uint32_t begin = entry == 0 ? 0 : range.ends[entry - 1];
      for (std::uint32_t j = begin; j < range.ends[entry]; ++j)
        if (counted.words[range.counts[j].id] == word) return range.counts[j].weight;
      return 0.0f;
    };
    CHECK(weight_of(0, "plats") == 6);  // 4 in the title, 1 + 1 in the text
    CHECK(weight_of(0, "praktik") == 1);
    CHECK(weight_of(0, "och") == 1);
    CHECK(weight_of(1, "praktik") == 3);  // 2 in the heading, 1 in the text
    CHECK(weight_of(1, "plats") == 0);
    CHECK(counted.length == std::vector<double>{8, 3});
  }
}
