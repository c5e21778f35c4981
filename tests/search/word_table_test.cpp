// Tests for search/word_table.h and search/entry_words.h: distinct words
// numbered once, and each entry's words counted by number.
#include "search/word_table.h"

#include <algorithm>
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

TEST_CASE("entry words: many ranges, counted a few at a time, number the words alike for any threads", "[search]") {
  // 9,000 entries: 18 ranges of work, merged 16 per thread at a time, so
  // one thread merges them in two groups (the second from entry 8,192) and
  // two or four threads in one.
  SearchEntries entries(9000);
  for (std::size_t i = 0; i < entries.size(); ++i)
    entries[i].text =
        "gemensam ord" + std::to_string(i) + " del" + std::to_string(i % 100) + " Stor" + std::to_string(i % 7);
  auto words_of = [](const EntryWords& counted, std::size_t entry) {
    std::vector<std::string> out;
    for (const auto& range : counted.ranges) {
      if (entry < range.first || entry >= range.first + range.ends.size()) continue;
      const std::size_t i = entry - range.first;
      for (std::uint32_t j = i == 0 ? 0 : range.ends[i - 1]; j < range.ends[i]; ++j)
        out.emplace_back(counted.words[range.counts[j].id]);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const EntryWords one = count_words(entries, {4, 2}, 1);
  CHECK(one.words.size() == 1 + 9000 + 100 + 7);
  for (const std::size_t entry : {0u, 511u, 512u, 4100u, 8191u, 8192u, 8999u}) {
    std::vector<std::string> expected = {"gemensam", "ord" + std::to_string(entry), "del" + std::to_string(entry % 100),
                                         "stor" + std::to_string(entry % 7)};
    std::sort(expected.begin(), expected.end());
    CHECK(words_of(one, entry) == expected);
  }
  for (const unsigned jobs : {2u, 4u}) {
    const EntryWords many = count_words(entries, {4, 2}, jobs);
    CHECK(many.words == one.words);
    REQUIRE(many.ranges.size() == one.ranges.size());
    for (std::size_t r = 0; r < one.ranges.size(); ++r) {
      CHECK(many.ranges[r].ends == one.ranges[r].ends);
      REQUIRE(many.ranges[r].counts.size() == one.ranges[r].counts.size());
      for (std::size_t j = 0; j < one.ranges[r].counts.size(); ++j)
        CHECK(many.ranges[r].counts[j].id == one.ranges[r].counts[j].id);
    }
  }
}
