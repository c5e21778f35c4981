#include "search/search_index.h"

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <stdexcept>

#include "core/parallel.h"
#include "search/compound_splitter.h"
#include "search/entry_words.h"
#include "search/term_keys.h"
#include "search/word_table.h"

namespace styrdok::search {

namespace {

// The score of a section without text is this much of what BM25 gives it:
// at most about that of a word once in an ordinary section's text.
constexpr double kEmptySectionWeight = 0.5;

bool archived(const SearchEntry& e) { return e.status != EntryStatus::current; }

}  // namespace

// Stable: equal places keep the entries' order. Each entry's place is one
// number, sorted beside the entry's index (the organisations' and types'
// ranks among the site's few distinct ones are found once); each entry is
// then moved once.
void order_entries(SearchEntries& entries) {
  std::map<std::string_view, std::uint64_t> organisations, types;
  for (const auto& e : entries) {
    organisations.emplace(e.organisation, 0);
    types.emplace(e.doc_type, 0);
  }
  std::uint64_t rank = 0;
  for (auto& [name, r] : organisations) r = rank++;
  rank = 0;
  for (auto& [name, r] : types) r = rank++;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(entries.size());  // the order's number, then the entry's
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const SearchEntry& e = entries[i];
    // Bit 63 archived, 58-62 the kind, 29-57 and 0-28 the ranks (fewer
    // than Posting::kMaxEntries, 2^27, as the entries are).
    order[i] = {std::uint64_t{archived(e)} << 63 | static_cast<std::uint64_t>(e.kind) << 58 |
                    organisations[e.organisation] << 29 | types[e.doc_type],
                i};
  }
  std::sort(order.begin(), order.end());  // stable: equal numbers keep the entries' order
  // Moved in place, a cycle of the permutation at a time: no second list
  // of entries to make room for, and none moved at all when they are in
  // order already (a site without proposals, of one organisation).
  std::vector<char> placed(entries.size(), 0);
  for (std::uint32_t start = 0; start < entries.size(); ++start) {
    if (placed[start] || order[start].second == start) continue;
    SearchEntry first = std::move(entries[start]);
    std::uint32_t to = start;
    for (std::uint32_t from = order[to].second; from != start; to = from, from = order[to].second) {
      entries[to] = std::move(entries[from]);
      placed[to] = 1;
    }
    entries[to] = std::move(first);
    placed[to] = 1;
  }
}

namespace {

std::vector<EntryGroup> group_entries(const SearchEntries& entries) {
  std::vector<EntryGroup> groups;
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    if (!groups.empty()) {
      const auto& g = groups.back();
      if (g.archived == archived(e) && g.kind == e.kind && g.organisation == e.organisation && g.doc_type == e.doc_type)
        continue;
    }
    groups.push_back({i, archived(e), e.kind, e.organisation, e.doc_type});
  }
  return groups;
}

// An entry of query_suffixes() less any replacement: "ies>i" -> 3.
std::size_t ending_size(std::string_view suffix) { return suffix.substr(0, suffix.find('>')).size(); }

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Contiguous ranges of [0, n) of a fixed size, for parallel_for: fixed, so
// that the work and its result do not depend on the number of threads.
struct Ranges {
  std::size_t size, count;
  Ranges(std::size_t n, std::size_t range_size) : size(range_size), count((n + range_size - 1) / range_size) {}
  std::size_t first(std::size_t r) const { return r * size; }
  std::size_t last(std::size_t r, std::size_t n) const { return std::min(n, (r + 1) * size); }
};

// Strings in byte order, each once: `table`'s words sorted, and per id of
// the table its position in that order.
struct Sorted {
  std::vector<std::string_view> words;
  std::vector<std::uint32_t> rank;
};

// A word's first eight bytes as a number that orders as the bytes do
// (shorter words padded with zero bytes, which words do not hold).
std::uint64_t leading_bytes(std::string_view word) {
  std::uint64_t n = 0;
  for (std::size_t i = 0; i < 8; ++i) n = n << 8 | (i < word.size() ? static_cast<unsigned char>(word[i]) : 0u);
  return n;
}

Sorted sort_table(const WordTable& table, unsigned jobs) {
  Sorted out;
  // Sorted by their leading bytes, held beside the ids, and only words that
  // begin alike are compared whole: fewer reads of the words' bytes. The
  // words are distinct, so the order is the same on any number of threads.
  struct Item {
    std::uint64_t leading;
    std::uint32_t id;
  };
  std::vector<Item> items(table.size());
  const Ranges ranges(items.size(), 4096);
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    for (auto id = static_cast<std::uint32_t>(ranges.first(r)); id < ranges.last(r, items.size()); ++id)
      items[id] = {leading_bytes(table.word(id)), id};
  });
  parallel_sort(items.begin(), items.end(), jobs, [&](const Item& a, const Item& b) {
    return a.leading != b.leading ? a.leading < b.leading : table.word(a.id) < table.word(b.id);
  });
  out.words.resize(items.size());
  out.rank.resize(items.size());
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    for (std::size_t i = ranges.first(r); i < ranges.last(r, items.size()); ++i) {
      out.words[i] = table.word(items[i].id);
      out.rank[items[i].id] = static_cast<std::uint32_t>(i);
    }
  });
  return out;
}

// hash_word() of each of `words` (strings or views) for which `wanted`
// holds, on every thread: reading the words' bytes, scattered over memory,
// is most of the cost of adding them to a table, which one thread fills.
template <class Words, class Wanted = bool (*)(std::size_t)>
std::vector<std::uint64_t> hashes_of(
    const Words& words, unsigned jobs, Wanted wanted = [](std::size_t) { return true; }) {
  std::vector<std::uint64_t> hashes(words.size(), 0);
  const Ranges ranges(words.size(), 4096);
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    for (std::size_t i = ranges.first(r); i < ranges.last(r, words.size()); ++i)
      if (wanted(i)) hashes[i] = hash_word(words[i]);
  });
  return hashes;
}

// The word less a definite ending -n or -ns after a vowel ("förskolan",
// "förskolans", "policyn" -> "förskola", "policy"), or "" when it has none.
// Six letters at least, so that short words ("man", "ben") stay as they are.
std::string less_definite_ending(std::string_view word) {
  const std::size_t cut = word.ends_with("ns") ? 2 : word.ends_with('n') ? 1 : 0;
  if (cut == 0 || word.size() < 6) return "";
  const std::string_view rest = word.substr(0, word.size() - cut);
  static constexpr std::string_view kVowels[] = {"a", "e", "i", "o", "u", "y", "å", "ä", "ö", "é"};
  for (const auto v : kVowels)
    if (rest.ends_with(v)) return std::string(rest);
  return "";
}

// Each Swedish word for which `base_of` gives a form the site also writes
// (its letters, without the ending Snowball keeps) takes that form's key, so
// that each finds the other; `wanted` may pass over a word. Words of other
// languages are left alone.
template <class BaseOf, class Wanted>
void take_keys_of_bases(const EntryWords& counted, const std::vector<const char*>& algorithms,
                        std::vector<std::string>& key_of, unsigned jobs, BaseOf base_of, Wanted wanted) {
  const auto& words = counted.words;
  std::vector<char> swedish(algorithms.size(), 0);
  for (std::size_t g = 0; g < algorithms.size(); ++g)
    swedish[g] = algorithms[g] && std::string_view(algorithms[g]) == "swedish";
  const Ranges ranges(words.size(), 4096);
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    std::string base;
    for (std::size_t w = ranges.first(r); w < ranges.last(r, words.size()); ++w) {
      const std::uint8_t g = word_group(words[w]);
      if (!swedish[g] || !wanted(w)) continue;
      const std::string rest = base_of(word_letters(words[w]));
      if (rest.empty()) continue;
      base.assign(g ? 1 : 0, static_cast<char>(g));
      base += rest;
      const std::uint32_t id = counted.find(base);
      if (id != WordTable::kNone) key_of[w] = key_of[id];
    }
  });
}

// Snowball's Swedish stemmer keeps the definite -n of a noun in -a and of
// "policy" ("förskolan" -> "forskolan", "förskola" -> "forskol"). A word so
// ended is never the form without the ending of another (which ends in a
// vowel): the keys read here are not the ones written.
void definite_forms(const EntryWords& counted, const std::vector<const char*>& algorithms,
                    std::vector<std::string>& key_of, unsigned jobs) {
  take_keys_of_bases(counted, algorithms, key_of, jobs, less_definite_ending, [](std::size_t) { return true; });
}

// The word less a genitive -s after a consonant ("eds", "års" -> "ed",
// "år"), or "" when it has none. After a vowel the two are often different
// words ("sås"/"så", "gås"/"gå", "is"/"i"), as are "ens" ("inte ens") and "en".
std::string less_short_genitive(std::string_view word) {
  if (word.size() < 3 || !word.ends_with('s') || word == "ens") return "";
  const char before = word[word.size() - 2];
  if (before == 's' || std::string_view("bcdfghjklmnpqrtvwxz").find(before) == std::string_view::npos) return "";
  return std::string(word.substr(0, word.size() - 1));
}

// Snowball's Swedish stemmer leaves the final s of a word too short for
// its rules ("Eds", "års": the s is not in its R1), so that "Dals-Eds"
// and "Dals-Ed" were two keys. Such a word, kept whole, whose form without
// the s the site also writes, takes that form's key. Run after the other
// rules: the form without the s (no s at its end) is never changed here.
void short_genitives(const EntryWords& counted, const std::vector<const char*>& algorithms,
                     const std::vector<std::string>& folded, std::vector<std::string>& key_of, unsigned jobs) {
  take_keys_of_bases(counted, algorithms, key_of, jobs, less_short_genitive,
                     [&](std::size_t w) { return key_of[w] == folded[w]; });
}

// Where words that differ in å, ä or ö fold to one key ("år" and "är";
// "våld" and "vald"), each word written with them takes a key with them
// (key_keeping). A word whose key does not start its folded form (a rule
// made it) keeps the folded key.
// `hashes` are key_of's (hash_word), and stay so.
void keep_swedish_letters(const std::vector<std::string_view>& words, const std::vector<std::string>& folded,
                          std::vector<std::string>& key_of, std::vector<std::uint64_t>& hashes, unsigned jobs) {
  // The key with its letters, for the words that have them in it.
  std::vector<std::string> kept(key_of.size());
  const Ranges ranges(key_of.size(), 4096);
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    for (std::size_t w = ranges.first(r); w < ranges.last(r, key_of.size()); ++w) {
      if (!folded[w].starts_with(key_of[w])) continue;
      std::string key = key_keeping(word_letters(words[w]), key_of[w]);
      if (key != key_of[w]) kept[w] = std::move(key);
    }
  });
  // Their folded keys, and per key the first key with letters met and
  // whether another word's differs; a word written without them whose key
  // is such a key differs too. The keys are shared among tables by their
  // hashes, each filled on a thread of its own in the words' order, so that
  // the first met is the same for any number of threads.
  constexpr unsigned kPartBits = 6;
  constexpr std::size_t kParts = std::size_t{1} << kPartBits;
  auto part_of = [&](std::size_t w) { return static_cast<std::size_t>(hashes[w] >> (64 - kPartBits)); };
  std::vector<std::uint32_t> part_ends(kParts + 1, 0);  // the words with letters kept, by part, in order
  for (std::size_t w = 0; w < key_of.size(); ++w)
    if (!kept[w].empty()) ++part_ends[part_of(w) + 1];
  std::partial_sum(part_ends.begin(), part_ends.end(), part_ends.begin());
  if (part_ends[kParts] == 0) return;
  std::vector<std::uint32_t> by_part(part_ends[kParts]);
  {
    std::vector<std::uint32_t> at(part_ends.begin(), part_ends.end() - 1);
    for (std::size_t w = 0; w < key_of.size(); ++w)
      if (!kept[w].empty()) by_part[at[part_of(w)]++] = static_cast<std::uint32_t>(w);
  }
  std::vector<WordTable> keys(kParts);  // views of key_of, which does not change while they live
  std::vector<std::vector<std::string_view>> first(kParts);
  std::vector<std::vector<char>> differ(kParts);
  parallel_for(kParts, jobs, [&](std::size_t p) {
    keys[p].reserve(part_ends[p + 1] - part_ends[p]);
    for (std::uint32_t i = part_ends[p]; i < part_ends[p + 1]; ++i) {
      const std::uint32_t w = by_part[i];
      const std::uint32_t k = keys[p].add(key_of[w], hashes[w], false);
      if (k == first[p].size()) {
        first[p].push_back(kept[w]);
        differ[p].push_back(0);
      } else if (first[p][k] != kept[w]) {
        differ[p][k] = 1;
      }
    }
  });
  std::vector<std::uint32_t> id(key_of.size());  // in the table of the word's part
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    for (std::size_t w = ranges.first(r); w < ranges.last(r, key_of.size()); ++w)
      id[w] = keys[part_of(w)].find(key_of[w], hashes[w]);
  });
  for (std::size_t w = 0; w < key_of.size(); ++w)
    if (id[w] != WordTable::kNone && kept[w].empty()) differ[part_of(w)][id[w]] = 1;
  std::vector<WordTable>().swap(keys);  // their words are views of key_of, which changes now
  for (std::size_t w = 0; w < key_of.size(); ++w)
    if (!kept[w].empty() && differ[part_of(w)][id[w]]) {
      key_of[w] = std::move(kept[w]);
      hashes[w] = hash_word(key_of[w]);
    }
}

}  // namespace

SearchIndex SearchIndex::build(SearchEntries entries, const IndexOptions& options) {
  if (entries.size() >= Posting::kMaxEntries) {
    throw std::length_error("the search index holds at most " + std::to_string(Posting::kMaxEntries - 1) +
                            " sections and actions; this site has " + std::to_string(entries.size()));
  }
  SearchIndex index;
  index.language_ = options.language;
  order_entries(entries);
  index.groups_ = group_entries(entries);
  const unsigned jobs = std::max(1u, options.jobs);
  auto done = [&](const char* step) {
    if (options.step_done) options.step_done(step);
  };
  done("sort entries");

  // 0. Each entry's stemmer: the site's language (group 0), or an
  // edition's language whose stemmer differs (English on a Swedish site;
  // easy-read Swedish is the site's). A language Snowball has no stemmer
  // for is a group of its own whose words are folded only.
  std::vector<const char*> algorithms = {stemmer_name(options.language)};
  std::vector<std::uint8_t> group(entries.size(), 0);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].language.empty()) continue;
    const char* algorithm = stemmer_for_tag(entries[i].language);
    auto same = [&](const char* a) { return a == algorithm || (a && algorithm && std::string_view(a) == algorithm); };
    auto g = std::find_if(algorithms.begin(), algorithms.end(), same);
    if (g == algorithms.end()) g = algorithms.insert(g, algorithm);
    group[i] = static_cast<std::uint8_t>(g - algorithms.begin());
  }
  for (std::size_t g = 1; g < algorithms.size(); ++g)
    for (const auto& s : query_suffixes(algorithms[g]))
      if (std::find(index.other_suffixes_.begin(), index.other_suffixes_.end(), s) == index.other_suffixes_.end())
        index.other_suffixes_.push_back(s);
  std::stable_sort(index.other_suffixes_.begin(), index.other_suffixes_.end(),
                   [](const std::string& a, const std::string& b) { return ending_size(a) > ending_size(b); });
  done("languages");

  // 1. The site's distinct words, and per entry the weighted count of each
  // (entry_words.h): the only work done per word occurrence.
  EntryWords counted = count_words(entries, {options.title_weight, options.heading_weight}, jobs, group);
  const std::vector<std::string_view>& words = counted.words;
  // A section without text of its own (a heading that only opens
  // subsections) ranks lower (step 7). The words are counted (copies of
  // them in `counted`): the headings and text go before the rest of the
  // index is built, if not kept, and their pages are handed back, since
  // the threads that build it would not reuse them.
  std::vector<char> without_text(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    without_text[i] = !entries[i].lead && entries[i].text.empty();
    if (!options.keep_text) {
      std::string().swap(entries[i].heading);
      std::string().swap(entries[i].text);
    }
  }
  if (!options.keep_text) ::malloc_trim(0);
  done("count words");

  // 2. Each word's key, once per distinct word (one stemmer per range of
  // words and group), then the rule below, then the distinct keys. Snowball
  // reads a final s as a genitive ("plats" -> "plat") while the plural keeps it
  // ("platser" -> "plats"): where the word itself is a key, it stays whole,
  // so that singular and plural meet.
  std::vector<std::string> key_of(words.size()), folded(words.size());
  const Ranges word_ranges(words.size(), 4096);
  parallel_for(word_ranges.count, jobs, [&](std::size_t r) {
    std::vector<std::unique_ptr<TermKeys>> keys(algorithms.size());
    for (std::size_t w = word_ranges.first(r); w < word_ranges.last(r, words.size()); ++w) {
      const std::uint8_t g = word_group(words[w]);
      if (!keys[g]) {
        keys[g] = g == 0 ? std::make_unique<TermKeys>(options.language) : std::make_unique<TermKeys>(algorithms[g]);
      }
      const std::string_view letters = word_letters(words[w]);
      key_of[w] = keys[g]->key_of(letters);
      folded[w] = fold_search(letters);
    }
  });
  done("keys");
  std::vector<char> whole(words.size(), 0);  // the word's folded form is its key
  {
    // Only a key ending in s can be such a word's folded form.
    WordTable stems;  // views of key_of, which does not change while this lives
    for (const auto& k : key_of)
      if (!k.empty() && k.back() == 's') stems.add(k, false);
    parallel_for(word_ranges.count, jobs, [&](std::size_t r) {
      for (std::size_t w = word_ranges.first(r); w < word_ranges.last(r, words.size()); ++w) {
        const std::string& f = folded[w];
        whole[w] = f.size() == key_of[w].size() + 1 && f.back() == 's' && stems.contains(f);
      }
    });
  }
  for (std::size_t w = 0; w < words.size(); ++w)
    if (whole[w]) key_of[w] = folded[w];
  done("s rule");
  definite_forms(counted, algorithms, key_of, jobs);
  done("definite forms");
  short_genitives(counted, algorithms, folded, key_of, jobs);
  done("short genitives");
  // å, ä and ö are letters of their own in Swedish, folded only so that a
  // query typed without them finds the words written with them. Where that
  // makes two words one key, each keeps them in its key, so that a query
  // typed with them finds its own word (SearchIndex::query, search.js);
  // typed without them, the folded form stands for both (a written form
  // whose keys differ from it: the forms below).
  std::vector<std::uint64_t> key_hashes = hashes_of(key_of, jobs);
  keep_swedish_letters(words, folded, key_of, key_hashes, jobs);
  done("Swedish letters");
  WordTable key_table;  // views of key_of, final from here on
  key_table.reserve(words.size());
  std::vector<std::uint32_t> key_id(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) key_id[w] = key_table.add(key_of[w], key_hashes[w], false);
  std::vector<std::uint64_t>().swap(key_hashes);
  done("keys' table");
  const std::vector<std::string_view>& keys = key_table.words();  // in no particular order

  // Written forms whose key differs: folded form -> the keys of the words
  // written so, per key the first such word in byte order. A form stands
  // for several keys where it is written in several groups ("informations"
  // in Swedish and English text) or where words that differ in å, ä or ö
  // took keys of their own ("ar": "år" and "är").
  WordTable form_table;  // views of folded
  form_table.reserve(words.size());
  std::vector<std::uint32_t> form_word;                             // a word written so
  std::map<std::uint32_t, std::vector<std::uint32_t>> other_words;  // and those of other keys, if any
  auto keep_first = [&](std::uint32_t& kept, std::uint32_t w) {
    if (words[w] < words[kept]) kept = w;
  };
  std::vector<char> is_form(words.size(), 0);  // the word's folded form is not its key
  const auto form_hashes = hashes_of(folded, jobs, [&](std::size_t w) {
    is_form[w] = folded[w] != key_of[w];  // found on the way, on every thread
    return is_form[w] != 0;
  });
  for (std::uint32_t w = 0; w < words.size(); ++w) {
    if (!is_form[w]) continue;
    const std::uint32_t f = form_table.add(folded[w], form_hashes[w], false);
    if (f == form_word.size()) {
      form_word.push_back(w);
      continue;
    }
    if (key_of[form_word[f]] == key_of[w]) {
      keep_first(form_word[f], w);
      continue;
    }
    auto& others = other_words[f];
    auto same = std::find_if(others.begin(), others.end(), [&](std::uint32_t o) { return key_of[o] == key_of[w]; });
    if (same == others.end()) {
      others.push_back(w);
    } else {
      keep_first(*same, w);
    }
  }
  done("forms' table");
  auto keys_of_form = [&](std::uint32_t f) {
    std::vector<std::string> out = {key_of[form_word[f]]};
    if (auto o = other_words.find(f); o != other_words.end())
      for (const auto w : o->second) out.push_back(key_of[w]);
    sort_unique(out);
    return out;
  };
  auto key_of_form = [&](std::string_view form) -> const std::string* {
    const std::uint32_t f = form_table.find(form);
    return f == WordTable::kNone ? nullptr : &key_of[form_word[f]];
  };

  // 3. Compound parts, split once per key against the site's vocabulary
  // (keys and written forms); a part that is a written form ("platser")
  // stands for its key ("plats"). A part may be a word the site never
  // writes alone: the terms are the keys and all parts.
  // The splitter reads the keys' and forms' tables; its filters (a few
  // bits per word) go once the parts are found.
  std::vector<std::vector<std::string>> parts_of(keys.size());
  {
    const auto splitter = CompoundSplitter::over({&key_table, &form_table}, options.longest_compound);
    const Ranges key_ranges(keys.size(), 256);
    parallel_for(key_ranges.count, jobs, [&](std::size_t r) {
      for (std::size_t k = key_ranges.first(r); k < key_ranges.last(r, keys.size()); ++k) {
        const std::string key(keys[k]);
        auto parts = splitter.split(key);
        for (auto& p : parts) {
          const std::string* alias = key_table.contains(p) ? nullptr : key_of_form(p);
          if (alias) p = *alias;
        }
        sort_unique(parts);
        parts.erase(std::remove(parts.begin(), parts.end(), key), parts.end());
        parts_of[k] = std::move(parts);
      }
    });
  }
  done("compound parts");
  // The keys are distinct: the k-th is term k of the table, before the parts.
  WordTable term_table;  // views of key_of and parts_of
  term_table.reserve(keys.size() * 2);
  for (std::uint32_t k = 0; k < keys.size(); ++k) term_table.add(keys[k], key_table.hash(k), false);
  std::vector<std::uint32_t> part_ids;  // every key's parts in turn
  for (const auto& parts : parts_of)
    for (const auto& p : parts) part_ids.push_back(term_table.add(p, false));
  done("terms' table");
  Sorted terms = sort_table(term_table, jobs);
  // Key k is term terms.rank[k]; term t's parts, in byte order, are
  // term_parts[part_first[t] .. part_first[t + 1]): one list for all terms.
  std::vector<std::uint32_t> part_first(terms.words.size() + 1, 0);
  for (std::size_t k = 0; k < keys.size(); ++k)
    part_first[terms.rank[k] + 1] = static_cast<std::uint32_t>(parts_of[k].size());
  std::partial_sum(part_first.begin(), part_first.end(), part_first.begin());
  std::vector<std::uint32_t> term_parts(part_ids.size());
  for (std::size_t k = 0, next_part = 0; k < keys.size(); ++k)
    for (std::uint32_t i = 0, at = part_first[terms.rank[k]]; i < parts_of[k].size(); ++i)
      term_parts[at + i] = terms.rank[part_ids[next_part++]];
  std::vector<std::uint32_t> term_of_word(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) term_of_word[w] = terms.rank[key_id[w]];
  // The keys' table is not read from here on: its room goes before the
  // entries' terms and postings are made (`keys` is empty from here on).
  key_table = WordTable();
  std::vector<std::uint32_t>().swap(key_id);
  done("terms' order");

  // 4. A written form the query script reaches by cutting a common ending
  // ("kommunerna" - "erna") needs no alias of its own, when that is its one
  // key.
  std::vector<char> needed(form_table.size(), 0);
  const auto& suffixes = query_suffixes(options.language);
  const Ranges form_ranges(form_table.size(), 1024);
  parallel_for(form_ranges.count, jobs, [&](std::size_t r) {
    std::string stem;  // a form less an ending
    for (std::size_t k = form_ranges.first(r); k < form_ranges.last(r, form_table.size()); ++k) {
      const std::string_view f = form_table.word(static_cast<std::uint32_t>(k));
      const std::string& own = key_of[form_word[k]];  // a term: found without a look-up
      std::string_view reached;
      if (!term_table.contains(f)) {
        for (const auto& suffix : suffixes) {
          if (cut_ending(f, suffix, stem) && (stem == own || term_table.contains(stem))) {
            reached = stem;
            break;
          }
        }
      }
      const auto id = static_cast<std::uint32_t>(k);
      needed[k] = reached != own || (other_words.count(id) && keys_of_form(id).size() > 1);
    }
  });
  std::vector<std::uint32_t> kept;
  for (std::uint32_t k = 0; k < form_table.size(); ++k)
    if (needed[k]) kept.push_back(k);
  std::sort(kept.begin(), kept.end(),
            [&](std::uint32_t a, std::uint32_t b) { return form_table.word(a) < form_table.word(b); });
  for (const auto k : kept)
    index.aliases_.emplace_hint(index.aliases_.end(), std::string(form_table.word(k)), keys_of_form(k));
  done("aliases");

  // 5. A word of one language that another language of the index stems to
  // a key of its own words ("policy" in Swedish text: English "polici", the
  // key of the English edition's "policies") stands for that key too, so
  // that the query finds the text of both. A form given such keys keeps
  // its own too, since the query cuts no ending from a form it finds.
  if (algorithms.size() > 1) {
    std::vector<WordTable> keys_in(algorithms.size());  // each group's keys: views of key_of
    for (std::size_t w = 0; w < words.size(); ++w) keys_in[word_group(words[w])].add(key_of[w], false);
    std::vector<std::vector<std::string>> other_keys(words.size());
    parallel_for(word_ranges.count, jobs, [&](std::size_t r) {
      std::vector<std::unique_ptr<TermKeys>> stemmers(algorithms.size());
      for (std::size_t w = word_ranges.first(r); w < word_ranges.last(r, words.size()); ++w) {
        const std::uint8_t own = word_group(words[w]);
        for (std::size_t g = 0; g < algorithms.size(); ++g) {
          if (g == own) continue;
          if (!stemmers[g]) {
            stemmers[g] =
                g == 0 ? std::make_unique<TermKeys>(options.language) : std::make_unique<TermKeys>(algorithms[g]);
          }
          std::string k = stemmers[g]->key_of(word_letters(words[w]));
          if (k != folded[w] && k != key_of[w] && keys_in[g].contains(k)) other_keys[w].push_back(std::move(k));
        }
      }
    });
    std::map<std::string, std::vector<std::string>> more;  // folded word -> keys of other languages
    for (std::size_t w = 0; w < words.size(); ++w)
      for (auto& k : other_keys[w]) more[folded[w]].push_back(std::move(k));
    for (auto& [form, extra] : more) {
      std::vector<std::string>& all = index.aliases_[form];
      all.insert(all.end(), extra.begin(), extra.end());
      if (const std::uint32_t f = form_table.find(form); f != WordTable::kNone) {
        const auto own = keys_of_form(f);
        all.insert(all.end(), own.begin(), own.end());
      }
      sort_unique(all);
    }
  }
  done("other languages");

  // The words, keys and forms are not read from here on: their tables go
  // before the entries' terms and postings are made, each term's name kept.
  std::vector<std::string> term_names(terms.words.begin(), terms.words.end());
  std::vector<std::string_view>().swap(terms.words);
  term_table = WordTable();
  form_table = WordTable();
  std::vector<std::vector<std::string>>().swap(parts_of);
  std::vector<std::uint32_t>().swap(part_ids);
  std::vector<std::string>().swap(key_of);
  std::vector<std::string>().swap(folded);
  std::vector<std::uint32_t>().swap(form_word);
  other_words.clear();
  counted.words.clear();
  counted.words.shrink_to_fit();
  std::vector<WordTable>().swap(counted.storage);
  done("words' tables freed");

  // 6. Each entry's terms: its words' keys, plus a fraction of a whole word
  // for each part of a compound it holds; in place of its words' counts.
  // A part's weight adds up as merge_ids() would add the list of whole
  // terms followed by the parts of each, in term order.
  constexpr std::size_t kRangesPerTask = 8;  // one set of per-term scratch arrays per task
  parallel_for((counted.ranges.size() + kRangesPerTask - 1) / kRangesPerTask, jobs, [&](std::size_t task) {
    std::vector<float> weight(term_names.size(), 0);
    std::vector<std::uint32_t> seen(term_names.size(), 0);  // 1 + the entry a term was last seen in
    std::vector<std::uint32_t> touched;
    std::vector<WordCount> whole;
    for (std::size_t r = task * kRangesPerTask; r < std::min(counted.ranges.size(), (task + 1) * kRangesPerTask); ++r) {
      EntryRange& range = counted.ranges[r];
      std::vector<WordCount> out;
      out.reserve(range.counts.size() + range.counts.size() / 2);
      std::uint32_t begin = 0, title_begin = 0;
      std::vector<std::uint32_t> titles;
      for (std::size_t i = 0; i < range.ends.size(); ++i) {
        const auto stamp = static_cast<std::uint32_t>(range.first + i + 1);
        touched.clear();
        auto add = [&](std::uint32_t term, float w) {
          if (seen[term] != stamp) {
            seen[term] = stamp;
            weight[term] = 0;
            touched.push_back(term);
          }
          weight[term] += w;
        };
        for (std::uint32_t j = begin; j < range.ends[i]; ++j)
          add(term_of_word[range.counts[j].id], range.counts[j].weight);
        std::sort(touched.begin(), touched.end());
        whole.clear();
        for (const auto term : touched) whole.push_back({term, weight[term]});
        for (const auto& [term, w] : whole)
          for (std::uint32_t p = part_first[term]; p < part_first[term + 1]; ++p)
            add(term_parts[p], static_cast<float>(w * options.part_weight));
        std::sort(touched.begin(), touched.end());
        for (const auto term : touched) out.push_back({term, weight[term]});
        begin = range.ends[i];
        range.ends[i] = static_cast<std::uint32_t>(out.size());
        // The title's and organisation name's terms, their parts too.
        const std::size_t first_title = titles.size();
        for (std::uint32_t j = title_begin; j < range.title_ends[i]; ++j) {
          const std::uint32_t term = term_of_word[range.title_words[j]];
          titles.push_back(term);
          for (std::uint32_t p = part_first[term]; p < part_first[term + 1]; ++p) titles.push_back(term_parts[p]);
        }
        std::sort(titles.begin() + static_cast<std::ptrdiff_t>(first_title), titles.end());
        titles.erase(std::unique(titles.begin() + static_cast<std::ptrdiff_t>(first_title), titles.end()),
                     titles.end());
        title_begin = range.title_ends[i];
        range.title_ends[i] = static_cast<std::uint32_t>(titles.size());
      }
      out.shrink_to_fit();  // held for every entry until the postings are made
      range.counts = std::move(out);
      range.title_words = std::move(titles);
    }
  });
  done("entries' terms");

  // 7. BM25 per (term, entry), quantised on a log scale relative to the
  // best score: one digit per score in the files, the same precision for
  // any size of site; then postings in entry order.
  std::vector<std::uint32_t> df(term_names.size(), 0);
  for (const auto& range : counted.ranges)
    for (const auto& c : range.counts) ++df[c.id];
  const double n = static_cast<double>(entries.size());
  const std::vector<double>& length = counted.length;
  const double average = n > 0 ? std::accumulate(length.begin(), length.end(), 0.0) / n : 1;
  std::vector<double> idf(term_names.size());
  for (std::size_t t = 0; t < idf.size(); ++t) {
    const double d = static_cast<double>(df[t]);
    idf[t] = std::log(1 + (n - d + 0.5) / (d + 0.5));
  }
  std::vector<double> best_of(counted.ranges.size(), 0);
  parallel_for(counted.ranges.size(), jobs, [&](std::size_t r) {
    EntryRange& range = counted.ranges[r];
    std::uint32_t begin = 0;
    for (std::size_t i = 0; i < range.ends.size(); ++i) {
      const double norm = options.k1 * (1 - options.b + options.b * length[range.first + i] / std::max(average, 1.0));
      // A heading with no text under it (one that only opens subsections)
      // is the shortest of entries, so BM25 would rank it first for its
      // heading's words, with an empty snippet: below one with text.
      const double empty = without_text[range.first + i] ? kEmptySectionWeight : 1;
      for (std::uint32_t j = begin; j < range.ends[i]; ++j) {
        float& f = range.counts[j].weight;
        f = static_cast<float>(empty * idf[range.counts[j].id] * f * (options.k1 + 1) / (f + norm));
        best_of[r] = std::max(best_of[r], static_cast<double>(f));
      }
      begin = range.ends[i];
    }
  });
  const double best = best_of.empty() ? 0 : *std::max_element(best_of.begin(), best_of.end());
  done("scores");
  index.score_step_ = options.score_step;
  const double log_step = std::log(options.score_step);
  // Each thread fills the postings of its own share of the terms, reading
  // every count of a group of ranges; a term's postings are in entry order
  // however the terms are shared. The ranges' counts are freed a group at a
  // time: the two forms are never both whole.
  std::vector<std::vector<Posting>> postings(term_names.size());
  const std::size_t shares = std::min<std::size_t>(jobs, std::max<std::size_t>(1, term_names.size()));
  auto share_first = [&](std::size_t s) { return static_cast<std::uint32_t>(term_names.size() * s / shares); };
  parallel_for(shares, jobs, [&](std::size_t s) {
    for (std::uint32_t t = share_first(s); t < share_first(s + 1); ++t) postings[t].reserve(df[t]);
  });
  constexpr std::size_t kRangesPerGroup = 32;
  for (std::size_t first = 0; first < counted.ranges.size(); first += kRangesPerGroup) {
    const std::size_t last = std::min(counted.ranges.size(), first + kRangesPerGroup);
    parallel_for(shares, jobs, [&](std::size_t s) {
      const std::uint32_t low = share_first(s), high = share_first(s + 1);
      for (std::size_t r = first; r < last; ++r) {
        const EntryRange& range = counted.ranges[r];
        std::uint32_t begin = 0;
        for (std::size_t i = 0; i < range.ends.size(); ++i) {
          const auto entry = static_cast<std::uint32_t>(range.first + i);
          for (std::uint32_t j = begin; j < range.ends[i]; ++j) {
            const std::uint32_t term = range.counts[j].id;
            if (term < low || term >= high) continue;
            const double score = range.counts[j].weight;
            const double level = best > 0 ? 31 + std::round(std::log(score / best) / log_step) : 31;
            postings[term].push_back({entry, static_cast<std::uint32_t>(std::clamp(level, 1.0, 31.0))});
          }
          begin = range.ends[i];
        }
      }
    });
    for (std::size_t r = first; r < last; ++r) EntryRange().counts.swap(counted.ranges[r].counts);
  }
  done("postings");
  // The tops of pages by the terms of their titles, and the sections of
  // each top: the entries after it at the same address.
  {
    std::vector<std::vector<std::uint32_t>> leads(term_names.size());
    for (const auto& range : counted.ranges) {
      std::uint32_t begin = 0;
      for (std::size_t i = 0; i < range.title_ends.size(); ++i) {
        for (std::uint32_t j = begin; j < range.title_ends[i]; ++j)
          leads[range.title_words[j]].push_back(static_cast<std::uint32_t>(range.first + i));
        begin = range.title_ends[i];
      }
    }
    for (std::size_t t = 0; t < leads.size(); ++t)
      if (!leads[t].empty())
        index.title_keys_.emplace_hint(index.title_keys_.end(), term_names[t], std::move(leads[t]));
    index.sections_after_.assign(entries.size(), 0);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!entries[i].lead) continue;
      std::size_t j = i + 1;
      while (j < entries.size() && !entries[j].lead && entries[j].url == entries[i].url) ++j;
      index.sections_after_[i] = static_cast<std::uint32_t>(j - i - 1);
    }
  }
  done("title keys");
  for (std::size_t t = 0; t < term_names.size(); ++t)
    index.terms_.emplace_hint(index.terms_.end(), std::move(term_names[t]), std::move(postings[t]));
  done("terms' map");
  index.entries_ = std::move(entries);
  return index;
}

double SearchIndex::weight(std::uint32_t level) const { return std::pow(score_step_, level); }

namespace {

std::string first_cut(const std::string& folded, const std::vector<std::string>& suffixes,
                      const std::map<std::string, std::vector<Posting>>& terms) {
  for (const auto& suffix : suffixes) {
    std::string stem = cut_ending(folded, suffix);
    if (!stem.empty() && terms.count(stem)) return stem;
  }
  return "";
}

}  // namespace

std::string SearchIndex::strip_ending(const std::string& folded) const {
  return first_cut(folded, query_suffixes(language_), terms_);
}

std::string SearchIndex::strip_other_ending(const std::string& folded) const {
  return first_cut(folded, other_suffixes_, terms_);
}

}  // namespace styrdok::search
