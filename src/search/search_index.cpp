#include "search/search_index.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <unordered_map>

#include "core/slug.h"
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

// Weighted occurrences of each key in one entry.
using TermWeights = std::unordered_map<std::string, double>;

}  // namespace

SearchIndex SearchIndex::build(SearchEntries entries, const IndexOptions& options) {
  SearchIndex index;
  index.language_ = options.language;
  sort_entries(entries);
  index.groups_ = group_entries(entries);

  // 1. Weighted words per entry, then each distinct word's key.
  std::vector<TermWeights> words(entries.size());
  std::vector<double> length(entries.size(), 0);
  auto add_text = [&](std::size_t i, const std::string& text, double weight) {
    for (auto& token : tokenize(text)) {
      words[i][token.word] += weight;
      length[i] += weight;
    }
  };
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    if (e.lead) add_text(i, e.title, options.title_weight);
    add_text(i, e.heading, options.heading_weight);
    add_text(i, e.text, 1);
  }
  TermKeys keys(options.language);
  std::map<std::string, std::string> key_of;  // word -> key, in word order for determinism
  for (const auto& tw : words)
    for (const auto& [word, w] : tw) key_of.emplace(word, "");
  for (auto& [word, key] : key_of) key = keys.key(word);
  std::set<std::string> key_set;
  for (const auto& [word, key] : key_of) key_set.insert(key);
  // Snowball reads a final s as a genitive ("plats" -> "plat") while the
  // plural keeps it ("platser" -> "plats"): where the word itself is a key,
  // it stays whole, so that singular and plural meet.
  for (auto& [word, key] : key_of) {
    const std::string folded = fold_diacritics(word);
    if (folded.size() == key.size() + 1 && folded.back() == 's' && key_set.count(folded)) key = folded;
  }
  key_set.clear();
  for (const auto& [word, key] : key_of) {
    key_set.insert(key);
    const std::string folded = fold_diacritics(word);
    if (folded != key) index.aliases_.emplace(folded, key);
  }
  std::vector<TermWeights> whole(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i)
    for (const auto& [word, w] : words[i]) whole[i][key_of.at(word)] += w;
  words.clear();
  std::set<std::string> vocabulary = key_set;
  for (const auto& [folded, key] : index.aliases_) vocabulary.insert(folded);

  // 2. Compound parts, split once per key against the site's vocabulary; a
  // part that is a written form ("platser") stands for its key ("plats").
  const CompoundSplitter splitter(std::move(vocabulary));
  std::map<std::string, std::vector<std::string>> parts_of;
  for (const auto& key : key_set) {
    auto parts = splitter.split(key);
    for (auto& p : parts) {
      auto alias = index.aliases_.find(p);
      if (!key_set.count(p) && alias != index.aliases_.end()) p = alias->second;
    }
    if (!parts.empty()) parts_of.emplace(key, std::move(parts));
  }

  // 3. BM25 per (key, entry); compound parts add a fraction of a whole word.
  std::map<std::string, std::vector<std::pair<std::uint32_t, double>>> tf;  // key -> (entry, tf)
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    TermWeights combined = whole[i];
    for (const auto& [key, w] : whole[i]) {
      auto it = parts_of.find(key);
      if (it == parts_of.end()) continue;
      for (const auto& part : std::set<std::string>(it->second.begin(), it->second.end()))
        if (part != key) combined[part] += w * options.part_weight;
    }
    for (const auto& [key, w] : combined) tf[key].emplace_back(i, w);
  }
  const double n = static_cast<double>(entries.size());
  const double average = n > 0 ? std::accumulate(length.begin(), length.end(), 0.0) / n : 1;
  double best = 0;
  for (auto& [key, list] : tf) {
    std::sort(list.begin(), list.end());
    const double df = static_cast<double>(list.size());
    const double idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
    for (auto& [entry, f] : list) {
      const double norm = options.k1 * (1 - options.b + options.b * length[entry] / std::max(average, 1.0));
      f = idf * f * (options.k1 + 1) / (f + norm);
      best = std::max(best, f);
    }
  }
  // Quantised on a log scale relative to the best score: one digit per
  // score in the files, the same precision for any size of site.
  index.score_step_ = options.score_step;
  const double log_step = std::log(options.score_step);
  for (const auto& [key, list] : tf) {
    auto& postings = index.terms_[key];
    postings.reserve(list.size());
    for (const auto& [entry, score] : list) {
      const double level = best > 0 ? 31 + std::round(std::log(score / best) / log_step) : 31;
      postings.push_back({entry, static_cast<std::uint32_t>(std::clamp(level, 1.0, 31.0))});
    }
  }
  // 4. A written form the query script reaches by cutting a common ending
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
