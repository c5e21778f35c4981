// The inverted index of a site's search entries: for each term key, the
// entries that contain it with a precomputed BM25 score (title and headings
// weigh more than body text; compound parts less than whole words), and for
// each written form whose key differs, the keys it stands for.
//
// Each entry's words are stemmed in the entry's language: the site's, or an
// edition's (SearchEntry::language). The keys of all languages share one
// index, so a written form may stand for several keys ("informations":
// Swedish "information", English "inform"), and a word of one language
// stands also for the key another language gives it, where that is a key of
// the other language's words ("policy" in Swedish text: English "polici").
//
// Entries are numbered in a fixed order (order_entries), so that equal
// scores rank by number and filters are ranges of numbers. Built once,
// read-only afterwards; thread-safe to read.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"
#include "model/site_config.h"
#include "search/search_entry.h"

namespace styrdok::search {

struct IndexOptions {
  Language language = Language::sv;
  double title_weight = 4;    // a word of the title counts as four of the body
  double heading_weight = 2;  // a word of a section heading as two
  double part_weight = 0.3;   // a compound's part as a third of a whole word
  double k1 = 1.2;            // BM25 term-frequency saturation
  double b = 0.75;            // BM25 length normalisation
  double score_step = 1.2;    // scores are stored as levels 1..31 of this ratio, the best as 31
  unsigned jobs = 1;          // threads to build with; the index is the same for any number
  std::size_t longest_compound = InputLimits{}.compound_letters;  // longer keys are not split into parts
  // Whether entries() keeps each entry's heading and text, which query()
  // reads for phrases. The search page reads them from the text files
  // (index_files.h), which are written before the index is built: without
  // them, what the build holds at its largest is less by as much again.
  bool keep_text = true;
  // Called as each step of the build ends, with the step's name: for
  // timing the steps (bench/search_index_bench --steps). May be empty.
  std::function<void(const char* step)> step_done = {};
};

// Four bytes: the index holds one for every (term, entry) pair of the site,
// and all of them at once while it is built.
struct Posting {
  static constexpr std::uint32_t kMaxEntries = std::uint32_t{1} << 27;  // entries 0 .. kMaxEntries - 1
  std::uint32_t entry : 27 = 0;
  std::uint32_t score : 5 = 0;  // BM25 contribution as a level 1..31: score_step^level (one digit in the files)
  bool operator==(const Posting&) const = default;
};

// A run of entries with the same filter values; runs follow each other.
struct EntryGroup {
  std::uint32_t first = 0;
  bool archived = false;  // an older version or a proposal
  EntryKind kind = EntryKind::document;
  std::string organisation;
  std::string doc_type;
};

struct QueryFilter {
  bool all_versions = false;  // false: current versions only
  std::string organisation;   // "" for any
  std::string doc_type;       // "" for any
  std::string kind;           // "" for any, else "document" or "action"
};

// Puts `entries` in the order the index numbers them: current versions
// first, then by kind, organisation, type, and their order in the input.
void order_entries(SearchEntries& entries);

class SearchIndex {
 public:
  // `entries` in any order (they are put in order_entries's).
  // Throws std::length_error for Posting::kMaxEntries entries or more.
  static SearchIndex build(SearchEntries entries, const IndexOptions& options);

  // Entry numbers, best first: the same answer the search page's script
  // gives (see themes/default/static/assets/search.js).
  std::vector<std::uint32_t> query(std::string_view text, const QueryFilter& filter = {}) const;

  // The first of `folded` less one of query_suffixes() that is a term key,
  // as the query script tries them; "" if there is none.
  std::string strip_ending(const std::string& folded) const;
  // The same with the endings of the editions' other languages
  // (other_suffixes()), which the query tries beside the site's.
  std::string strip_other_ending(const std::string& folded) const;

  const SearchEntries& entries() const { return entries_; }
  const std::map<std::string, std::vector<Posting>>& terms() const { return terms_; }
  // Folded written form -> the keys it stands for, in byte order.
  const std::map<std::string, std::vector<std::string>>& aliases() const { return aliases_; }
  // The query endings of the languages of editions whose stemmer is not the
  // site's (query_suffixes()), longest first: English on a Swedish site.
  const std::vector<std::string>& other_suffixes() const { return other_suffixes_; }
  // Key -> the tops of pages (SearchEntry::lead) whose title or
  // organisation name holds it, a whole word or a compound's part, by entry
  // number: a word found there counts for the page's sections too.
  const std::map<std::string, std::vector<std::uint32_t>>& title_keys() const { return title_keys_; }
  // For the top of a page, how many entries after it are its sections (a
  // version's sections are numbered together, after its top); 0 otherwise.
  std::uint32_t sections_after(std::uint32_t entry) const { return sections_after_[entry]; }
  const std::vector<EntryGroup>& groups() const { return groups_; }
  Language language() const { return language_; }
  double score_step() const { return score_step_; }
  double weight(std::uint32_t level) const;  // score_step^level

 private:
  SearchEntries entries_;
  std::map<std::string, std::vector<Posting>> terms_;        // key -> postings by entry number
  std::map<std::string, std::vector<std::string>> aliases_;  // folded word -> its keys, where they differ
  std::map<std::string, std::vector<std::uint32_t>> title_keys_;
  std::vector<std::uint32_t> sections_after_;
  std::vector<std::string> other_suffixes_;
  std::vector<EntryGroup> groups_;
  Language language_ = Language::sv;
  double score_step_ = 1.2;
};

}  // namespace styrdok::search
