// The first step of building the search index: the entries' text cut into
// words, each distinct word of the site numbered once, and per entry the
// weighted count of each of its words by that number. The work per word
// occurrence is a hash look-up in a flat table and an addition; everything
// else (stemming, folding, compound splitting) is left to be done once per
// distinct word.
//
// Entries are counted in fixed ranges on several threads, each range with a
// table of its own; a few ranges at a time, whose words are then merged into
// the site's by hash partition, also in parallel, before the next are
// counted. The numbers depend only on the entries, not on the number of
// threads. Pure function; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "search/search_entry.h"
#include "search/word_table.h"

namespace styrdok::search {

// A word and its weighted count in one entry (a title word counts
// title_weight, a heading word heading_weight, a body word and a word of
// the organisation's name 1). Single precision: the index holds every
// (word, entry) pair of the site at once.
struct WordCount {
  std::uint32_t id = 0;
  float weight = 0;
};

// Entries first .. first + ends.size() - 1 and their words' counts.
struct EntryRange {
  std::size_t first = 0;
  std::vector<WordCount> counts;    // entry by entry, in no particular order within one
  std::vector<std::uint32_t> ends;  // where each entry's counts end in `counts`
  // The words of the top of a page's title and organisation name (which
  // count for the page's other sections too), entry by entry, each once.
  std::vector<std::uint32_t> title_words;
  std::vector<std::uint32_t> title_ends;  // where each entry's end in `title_words`
};

struct EntryWords {
  // The site's distinct words, lower-cased; ids index this. A word of an
  // entry in stemming group g > 0 (see count_words) is held as the byte g
  // followed by the word, so that the same letters in two languages are two
  // words, each stemmed in its own language.
  std::vector<std::string_view> words;
  std::vector<EntryRange> ranges;         // their counts by those ids
  std::vector<double> length;             // per entry: the weighted number of its words
  std::vector<WordTable> storage;         // holds the words' bytes
  std::vector<std::uint32_t> part_first;  // per table of storage, the id of its first word

  // The id of `word` (with its group byte, if any); WordTable::kNone if the
  // site does not write it.
  std::uint32_t find(std::string_view word) const;
};

struct WordWeights {
  double title = 4;    // in the top entry of a page (SearchEntry::lead)
  double heading = 2;  // in the section heading
};

// `group`: per entry, the stemming group its words belong to (0, the site's
// language, up to 31); empty when all are 0.
EntryWords count_words(const SearchEntries& entries, const WordWeights& weights, unsigned jobs,
                       const std::vector<std::uint8_t>& group = {});

// A word of `words` without its group byte, and that group.
inline std::uint8_t word_group(std::string_view word) {
  return !word.empty() && static_cast<unsigned char>(word[0]) < 32 ? static_cast<std::uint8_t>(word[0]) : 0;
}
inline std::string_view word_letters(std::string_view word) { return word_group(word) ? word.substr(1) : word; }

}  // namespace styrdok::search
