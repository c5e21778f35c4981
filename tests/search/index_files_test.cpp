// Tests for search/index_files.h: the files the search page loads.
#include "search/index_files.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <mutex>

#include <set>

#include "search/deflate_text.h"

using namespace styrdok::search;

TEST_CASE("postings round-trip through their text form", "[search]") {
  // Scores are levels 1..31 (one digit); entry numbers up to the largest a posting holds.
  const std::vector<Posting> postings = {{0, 1},     {3, 31},    {40, 2},
                                         {1000, 17}, {70000, 7}, {Posting::kMaxEntries - 1, 31}};
  const auto text = encode_postings(postings);
  CHECK(text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") ==
        std::string::npos);
  const auto back = decode_postings(text);
  REQUIRE(back.size() == postings.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    CHECK(back[i].entry == postings[i].entry);
    CHECK(back[i].score == postings[i].score);
  }
}

TEST_CASE("no shard is larger than the limit, and every key is in one", "[search]") {
  SearchEntries entries;
  for (int i = 0; i < 300; ++i) {
    SearchEntry e;
    e.url = "d" + std::to_string(i) + "/";
    e.organisation = "org";
    e.text = "kommunen praktikplatser nyanlända ord" + std::to_string(i) + " självförsörjning";
    entries.push_back(e);
  }
  IndexFileOptions options;
  options.shard_bytes = 512;
  options.entries_per_text_file = 10;
  const auto files = index_files(entries, {}, options);
  std::size_t shards = 0, texts = 0;
  bool meta = false;
  for (const auto& f : files) {
    if (f.path.rfind("sok/index/s", 0) == 0) {
      ++shards;
      CHECK(f.bytes.size() <= 512);
      CHECK(f.bytes.rfind("styrdokSearch.shard(", 0) == 0);
    } else if (f.path.rfind("sok/index/t", 0) == 0) {
      ++texts;
      CHECK(f.bytes.rfind("styrdokSearch.text(", 0) == 0);
    } else {
      CHECK(f.path == "sok/index/meta.js");
      meta = true;
    }
  }
  CHECK(meta);
  CHECK(texts == 30);
  CHECK(shards > 3);
  // "kommun" is in all 300 entries: its postings span several shards.
  std::size_t with_kommun = 0;
  for (const auto& f : files)
    if (f.bytes.find("\"kommun\":\"") != std::string::npos) ++with_kommun;
  CHECK(with_kommun > 1);
}

TEST_CASE("the same index gives the same bytes", "[search]") {
  SearchEntries entries(3);
  for (auto& e : entries) e.text = "Skapa praktikplatser inom kommunen.";
  const auto a = index_files(entries, {}, {});
  const auto b = index_files(entries, {}, {});
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].bytes == b[i].bytes);
}

TEST_CASE("the index and its files are the same for any number of threads", "[search]") {
  // Enough entries for several ranges of work, with compounds, shared words
  // and a plural whose singular is a key of its own; and terms enough (over
  // 10,000) that their sort is shared among threads.
  SearchEntries entries(700);
  const char* texts[] = {"Skapa praktikplatser inom kommunen.", "Bostadsförsörjningsplan för nyanlända.",
                         "Praktik och plats för alla; platser i förskolan.", "Kommunerna samverkar om SFI."};
  for (std::size_t i = 0; i < entries.size(); ++i) {
    entries[i].url = "d" + std::to_string(i / 7) + "/";
    entries[i].title = "Dokument " + std::to_string(i / 7);
    entries[i].lead = i % 7 == 0;
    entries[i].heading = "Avsnitt " + std::to_string(i % 7);
    entries[i].text = std::string(texts[i % 4]) + " ord" + std::to_string(i % 50);
    for (std::size_t j = 0; j < 15; ++j) entries[i].text += " ting" + std::to_string(i * 15 + j);
  }
  const auto one = index_files(entries, {.jobs = 1}, {.jobs = 1});
  const auto four = index_files(entries, {.jobs = 4}, {.jobs = 4});
  REQUIRE(one.size() == four.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(one[i].path == four[i].path);
    CHECK(one[i].bytes == four[i].bytes);
  }
  const auto index = SearchIndex::build(entries, {.jobs = 3});
  CHECK(index.terms().count("praktik") == 1);  // a compound's part
  CHECK(index.terms().at("ord7").size() == 14);
}

TEST_CASE("the files written as they are made are the files collected", "[search]") {
  // write_index_files writes the text files before the index is built (and
  // builds it without the text); index_files after.
  SearchEntries entries(120);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    entries[i].url = "d" + std::to_string(i / 6) + "/";
    entries[i].title = "Plan " + std::to_string(i / 6);
    entries[i].lead = i % 6 == 0;
    entries[i].heading = i % 6 == 3 ? "Rubrik utan text" : "Avsnitt " + std::to_string(i % 6);
    entries[i].text = i % 6 == 3 ? "" : "Praktikplatser inom kommunen för nyanlända " + std::to_string(i % 9);
    entries[i].status = i % 5 == 0 ? EntryStatus::older : EntryStatus::current;  // not in the index's order
  }
  const auto collected = index_files(entries, {.jobs = 2}, {.shard_bytes = 1024, .jobs = 2});
  std::mutex mutex;
  styrdok::OutputFiles written;
  write_index_files(entries, {.jobs = 2}, {.shard_bytes = 1024, .jobs = 2}, [&](styrdok::OutputFile&& file) {
    std::lock_guard lock(mutex);
    written.push_back(std::move(file));
  });
  std::sort(written.begin(), written.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  REQUIRE(written.size() == collected.size());
  CHECK(written.size() > 10);
  for (std::size_t i = 0; i < written.size(); ++i) {
    CHECK(written[i].path == collected[i].path);
    CHECK(written[i].bytes == collected[i].bytes);
  }
}

TEST_CASE("text files hold the entries' text, deflated", "[search]") {
  SearchEntries entries(2);
  entries[0].url = "a/";
  entries[0].title = "Integrationspolicy";
  entries[0].heading = "Utbildning";
  entries[0].anchor = "utbildning";
  entries[0].text = "Erbjuder SFI på kvällstid.";
  entries[0].standing = "expired";  // what a result says of itself
  entries[1] = entries[0];
  entries[1].anchor = "arbete";
  const auto files = index_files(entries, {}, {});
  const auto t0_at =
      std::find_if(files.begin(), files.end(), [](const auto& f) { return f.path == "sok/index/t0.js"; });
  REQUIRE(t0_at != files.end());
  const auto& t0 = *t0_at;
  const std::string prefix = "styrdokSearch.text(0,\"";
  REQUIRE(t0.bytes.rfind(prefix, 0) == 0);
  const auto json = inflate_base64(t0.bytes.substr(prefix.size(), t0.bytes.size() - prefix.size() - 4));
  CHECK(json == R"({"pages":[["a/","Integrationspolicy","","","expired","document",""]],)"
                R"("entries":[[0,"utbildning","Utbildning","Erbjuder SFI på kvällstid."],)"
                R"([0,"arbete","Utbildning","Erbjuder SFI på kvällstid."]]})");
}

TEST_CASE("an action plan's own page is a plan in its text file, its actions actions", "[search]") {
  SearchEntries entries(2);
  for (auto& e : entries) {
    e.kind = EntryKind::action;
    e.lead = true;
    e.doc_type = "handlingsplan";
  }
  entries[0].url = "p/";
  entries[0].title = "Handlingsplan";
  entries[0].action_plan = true;
  entries[1].url = "p/1/";
  entries[1].title = "1 Åtgärd";
  const auto files = index_files(entries, {}, {});
  const auto t0 = std::find_if(files.begin(), files.end(), [](const auto& f) { return f.path == "sok/index/t0.js"; });
  REQUIRE(t0 != files.end());
  const std::string prefix = "styrdokSearch.text(0,\"";
  const auto json = inflate_base64(t0->bytes.substr(prefix.size(), t0->bytes.size() - prefix.size() - 4));
  CHECK_THAT(json, Catch::Contains(R"(["p/","Handlingsplan","","handlingsplan","","plan",""])"));
  CHECK_THAT(json, Catch::Contains(R"(["p/1/","1 Åtgärd","","handlingsplan","","action",""])"));
}

TEST_CASE("a title word's postings in the shards count the page's sections", "[search]") {
  // A page whose title holds the word: its top entry's second number is 32
  // times one more than its sections (which the word then counts for), plus
  // its score; in another page's text the word has its score alone.
  SearchEntries entries(6);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    entries[i].url = i < 4 ? "policy/" : "plan/";
    entries[i].title = i < 4 ? "Integrationspolicy" : "Handlingsplan";
    entries[i].lead = i == 0 || i == 4;
    entries[i].heading = "Avsnitt " + std::to_string(i);
    entries[i].text = "Text om samverkan " + std::to_string(i);
  }
  entries[5].text = "Planen följer integrationspolicy och samverkan.";
  const SearchIndex index = SearchIndex::build(entries, {});
  std::string key;
  for (const auto& [k, leads] : index.title_keys())
    if (k.starts_with("integrationspolic")) key = k;
  REQUIRE(!key.empty());
  const auto files = index_files(entries, {}, {});
  std::string value;
  for (const auto& f : files) {
    const std::size_t at = f.bytes.find("\"" + key + "\":\"");
    if (f.path.rfind("sok/index/s", 0) != 0 || at == std::string::npos) continue;
    const std::size_t first = at + key.size() + 4;
    value = f.bytes.substr(first, f.bytes.find('"', first) - first);
  }
  INFO(key << ": " << value);
  // The numbers in pairs (entry distance, second number), five bits a digit
  // (decode_postings keeps scores only).
  const std::string_view digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::vector<std::uint32_t> numbers;
  std::uint32_t n = 0, shift = 0;
  for (const char c : value) {
    const auto d = static_cast<std::uint32_t>(digits.find(c));
    n |= (d & 31) << shift;
    shift += 5;
    if (d >= 32) continue;
    numbers.push_back(n);
    n = shift = 0;
  }
  REQUIRE(numbers.size() == 4);
  const std::uint32_t lead = index.title_keys().at(key).at(0);
  CHECK(index.sections_after(lead) == 3);
  int titled = 0;
  for (std::size_t i = 0, entry = 0; i < numbers.size(); i += 2) {
    entry += numbers[i];
    const std::uint32_t second = numbers[i + 1];
    if (entry == lead) {
      ++titled;
      CHECK(second / 32 == index.sections_after(lead) + 1);
    } else {
      CHECK(second < 32);
    }
    CHECK(second % 32 > 0);  // a score level
  }
  CHECK(titled == 1);
}
