#include "search/search_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <unordered_map>

#include "core/parallel.h"
#include "core/slug.h"
#include "core/text.h"
#include "search/compound_splitter.h"
#include "search/term_keys.h"
#include "search/tokenizer.h"

namespace styrdok::search {

namespace {

bool archived(const SearchEntry& e) { return e.status != EntryStatus::current; }

// Current versions first, then kind, organisation, type; stable within.
void sort_entries(SearchEntries& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const SearchEntry& a, const SearchEntry& b) {
    return std::tuple(archived(a), a.kind, a.organisation, a.doc_type) <
           std::tuple(archived(b), b.kind, b.organisation, b.doc_type);
  });
}

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

// A term and its weighted count in one entry; an entry's list is sorted
// by term id with each id once. Single precision: these lists hold every
// (term, entry) pair of the site at once, and the scores made from them
// are rounded to one of 31 levels.
struct Weighted {
  std::uint32_t id = 0;
  float weight = 0;
};
using WeightList = std::vector<Weighted>;

// Sorts by id and adds up the weights of equal ids, in list order.
void merge_ids(WeightList& list) {
  std::stable_sort(list.begin(), list.end(), [](const Weighted& a, const Weighted& b) { return a.id < b.id; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (out > 0 && list[out - 1].id == list[i].id) {
      list[out - 1].weight += list[i].weight;
    } else {
      list[out++] = list[i];
    }
  }
  list.resize(out);
}

std::uint32_t position_of(const std::vector<std::string>& sorted, const std::string& s) {
  return static_cast<std::uint32_t>(std::lower_bound(sorted.begin(), sorted.end(), s) - sorted.begin());
}

bool contains(const std::vector<std::string>& sorted, const std::string& s) {
  return std::binary_search(sorted.begin(), sorted.end(), s);
}

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

// The words of entries first..last-1: their distinct words (in first-seen
// order) and per entry the weighted count of each, by position in `words`.
struct TokenizedRange {
  std::vector<std::string> words;
  std::vector<WeightList> lists;
};

// Words looked up as string_views: no string is built for a lookup.
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

TokenizedRange tokenize_range(const SearchEntries& entries, std::size_t first, std::size_t last,
                              const IndexOptions& options, std::vector<double>& length) {
  TokenizedRange out;
  WordMap<std::uint32_t> ids;
  out.lists.resize(last - first);
  WeightList list;  // one entry's words, each occurrence; kept merged, at its size
  for (std::size_t i = first; i < last; ++i) {
    list.clear();
    auto add_text = [&](const std::string& text, double weight) {
      for_each_word(text, [&](std::string_view word, std::size_t, std::size_t) {
        auto it = ids.find(word);
        if (it == ids.end()) {
          it = ids.emplace(std::string(word), static_cast<std::uint32_t>(out.words.size())).first;
          out.words.push_back(it->first);
        }
        list.push_back({it->second, static_cast<float>(weight)});
        length[i] += weight;
      });
    };
    const auto& e = entries[i];
    if (e.lead) add_text(e.title, options.title_weight);
    add_text(e.heading, options.heading_weight);
    add_text(e.text, 1);
    merge_ids(list);
    out.lists[i - first].assign(list.begin(), list.end());
  }
  return out;
}

}  // namespace

SearchIndex SearchIndex::build(SearchEntries entries, const IndexOptions& options) {
  SearchIndex index;
  index.language_ = options.language;
  sort_entries(entries);
  index.groups_ = group_entries(entries);
  const unsigned jobs = std::max(1u, options.jobs);

  // 1. Weighted words per entry, tokenized in ranges of entries in
  // parallel; then the site's distinct words, sorted, and each entry's
  // words by their position in that list.
  std::vector<double> length(entries.size(), 0);
  const Ranges ranges(entries.size(), 256);
  std::vector<TokenizedRange> tokenized(ranges.count);
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    tokenized[r] = tokenize_range(entries, ranges.first(r), ranges.last(r, entries.size()), options, length);
  });
  WordMap<std::uint32_t> word_id;  // every distinct word -> its position in `words`
  for (const auto& t : tokenized)
    for (const auto& w : t.words) word_id.try_emplace(w, 0);
  std::vector<std::string> words;
  words.reserve(word_id.size());
  for (const auto& [w, id] : word_id) words.push_back(w);
  std::sort(words.begin(), words.end());
  for (std::uint32_t w = 0; w < words.size(); ++w) word_id.find(words[w])->second = w;
  // Each range's words by their position in `words`; the ranges' own copies go.
  std::vector<std::vector<std::uint32_t>> global_word(ranges.count);
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    for (const auto& w : tokenized[r].words) global_word[r].push_back(word_id.find(w)->second);
    std::vector<std::string>().swap(tokenized[r].words);
  });
  word_id.clear();

  // 2. Each word's key (one stemmer per range of words), then the rule
  // below, then the sorted list of keys. Snowball reads a final s as a
  // genitive ("plats" -> "plat") while the plural keeps it ("platser" ->
  // "plats"): where the word itself is a key, it stays whole, so that
  // singular and plural meet.
  std::vector<std::string> key_of(words.size()), folded(words.size());
  const Ranges word_ranges(words.size(), 4096);
  parallel_for(word_ranges.count, jobs, [&](std::size_t r) {
    TermKeys keys(options.language);
    for (std::size_t w = word_ranges.first(r); w < word_ranges.last(r, words.size()); ++w) {
      key_of[w] = keys.key(words[w]);
      folded[w] = fold_diacritics(words[w]);
    }
  });
  std::vector<std::string> keys = key_of;
  sort_unique(keys);
  for (std::size_t w = 0; w < words.size(); ++w) {
    const std::string& f = folded[w];
    if (f.size() == key_of[w].size() + 1 && f.back() == 's' && contains(keys, f)) key_of[w] = f;
  }
  keys = key_of;
  sort_unique(keys);
  for (std::size_t w = 0; w < words.size(); ++w)
    if (folded[w] != key_of[w]) index.aliases_.emplace(folded[w], key_of[w]);

  // 3. Compound parts, split once per key against the site's vocabulary
  // (keys and written forms); a part that is a written form ("platser")
  // stands for its key ("plats"). A part may be a word the site never
  // writes alone: the terms are the keys and all parts.
  std::set<std::string> vocabulary(keys.begin(), keys.end());
  for (const auto& [f, key] : index.aliases_) vocabulary.insert(f);
  const CompoundSplitter splitter(vocabulary);
  std::vector<std::vector<std::string>> parts_of(keys.size());
  parallel_for(keys.size(), jobs, [&](std::size_t k) {
    auto parts = splitter.split(keys[k]);
    for (auto& p : parts) {
      auto alias = index.aliases_.find(p);
      if (!contains(keys, p) && alias != index.aliases_.end()) p = alias->second;
    }
    sort_unique(parts);
    parts.erase(std::remove(parts.begin(), parts.end(), keys[k]), parts.end());
    parts_of[k] = std::move(parts);
  });
  std::vector<std::string> terms = keys;
  for (const auto& parts : parts_of) terms.insert(terms.end(), parts.begin(), parts.end());
  sort_unique(terms);
  std::vector<std::uint32_t> term_of_key(keys.size());
  std::vector<std::vector<std::uint32_t>> parts_of_term(terms.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    term_of_key[k] = position_of(terms, keys[k]);
    for (const auto& p : parts_of[k]) parts_of_term[term_of_key[k]].push_back(position_of(terms, p));
  }
  std::vector<std::uint32_t> term_of_word(words.size());
  for (std::size_t w = 0; w < words.size(); ++w) term_of_word[w] = term_of_key[position_of(keys, key_of[w])];

  // 4. Each entry's terms: its words' keys, plus a fraction of a whole word
  // for each part of a compound it holds.
  std::vector<WeightList> combined(entries.size());
  parallel_for(ranges.count, jobs, [&](std::size_t r) {
    auto& range = tokenized[r];
    for (std::size_t j = 0; j < range.lists.size(); ++j) {
      WeightList whole;
      for (const auto& [word, w] : range.lists[j]) whole.push_back({term_of_word[global_word[r][word]], w});
      WeightList().swap(range.lists[j]);
      merge_ids(whole);
      WeightList list = whole;
      for (const auto& [term, w] : whole)
        for (const auto part : parts_of_term[term]) list.push_back({part, static_cast<float>(w * options.part_weight)});
      merge_ids(list);
      list.shrink_to_fit();  // held for every entry until the postings are made
      combined[ranges.first(r) + j] = std::move(list);
    }
  });
  tokenized.clear();

  // 5. BM25 per (term, entry), postings in entry order.
  std::vector<std::uint32_t> count(terms.size(), 0);
  for (const auto& list : combined)
    for (const auto& [term, w] : list) ++count[term];
  std::vector<std::vector<std::pair<std::uint32_t, float>>> tf(terms.size());  // see Weighted
  for (std::size_t t = 0; t < terms.size(); ++t) tf[t].reserve(count[t]);
  // Each entry's list is freed as soon as it is moved over, so that the two
  // forms of the same numbers are never both whole in memory.
  for (std::uint32_t i = 0; i < combined.size(); ++i) {
    for (const auto& [term, w] : combined[i]) tf[term].emplace_back(i, w);
    WeightList().swap(combined[i]);
  }
  combined.clear();
  const double n = static_cast<double>(entries.size());
  const double average = n > 0 ? std::accumulate(length.begin(), length.end(), 0.0) / n : 1;
  std::vector<double> best_of(terms.size(), 0);
  parallel_for(terms.size(), jobs, [&](std::size_t t) {
    const double df = static_cast<double>(tf[t].size());
    const double idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
    for (auto& [entry, f] : tf[t]) {
      const double norm = options.k1 * (1 - options.b + options.b * length[entry] / std::max(average, 1.0));
      f = static_cast<float>(idf * f * (options.k1 + 1) / (f + norm));
      best_of[t] = std::max(best_of[t], static_cast<double>(f));
    }
  });
  const double best = best_of.empty() ? 0 : *std::max_element(best_of.begin(), best_of.end());
  // Quantised on a log scale relative to the best score: one digit per
  // score in the files, the same precision for any size of site.
  index.score_step_ = options.score_step;
  const double log_step = std::log(options.score_step);
  std::vector<std::vector<Posting>> postings(terms.size());
  parallel_for(terms.size(), jobs, [&](std::size_t t) {
    postings[t].reserve(tf[t].size());
    for (const auto& [entry, score] : tf[t]) {
      const double level = best > 0 ? 31 + std::round(std::log(score / best) / log_step) : 31;
      postings[t].push_back({entry, static_cast<std::uint32_t>(std::clamp(level, 1.0, 31.0))});
    }
    decltype(tf)::value_type().swap(tf[t]);
  });
  for (std::size_t t = 0; t < terms.size(); ++t)
    index.terms_.emplace_hint(index.terms_.end(), std::move(terms[t]), std::move(postings[t]));

  // 6. A written form the query script reaches by cutting a common ending
  // ("kommunerna" - "erna") needs no alias of its own.
  for (auto it = index.aliases_.begin(); it != index.aliases_.end();) {
    const std::string& f = it->first;
    const std::string reached = index.terms_.count(f) ? "" : index.strip_ending(f);
    it = reached == it->second ? index.aliases_.erase(it) : std::next(it);
  }
  index.entries_ = std::move(entries);
  return index;
}

double SearchIndex::weight(std::uint32_t level) const { return std::pow(score_step_, level); }

std::string SearchIndex::strip_ending(const std::string& folded) const {
  for (const auto& suffix : query_suffixes(language_)) {
    if (folded.size() < suffix.size() + 3) continue;
    if (folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    std::string stem = folded.substr(0, folded.size() - suffix.size());
    if (terms_.count(stem)) return stem;
  }
  return "";
}

}  // namespace styrdok::search
