// SearchIndex::query: the search page's matching and ranking, in C++ for
// tests. Keep it in step with themes/default/static/assets/search.js.
#include <algorithm>
#include <unordered_map>

#include "core/slug.h"
#include "search/query_parser.h"
#include "search/search_index.h"
#include "search/tokenizer.h"

namespace styrdok::search {

namespace {

constexpr double kPrefixWeight = 0.5;  // a word that only begins with the query's last word

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Keys a folded query word stands for, with the weight of the match.
std::map<std::string, double> candidate_keys(const SearchIndex& index, const QueryWord& word) {
  std::map<std::string, double> out;
  const std::string& f = word.folded;
  const auto& terms = index.terms();
  const auto& aliases = index.aliases();
  if (terms.count(f)) out[f] = 1;
  if (auto a = aliases.find(f); a != aliases.end())
    for (const auto& k : a->second) out[k] = 1;
  // A word the index does not know: less an ending of the site's language,
  // and less one of the editions' other languages (English "policy" ->
  // "polici", the key of "policies").
  if (out.empty()) {
    if (auto stem = index.strip_ending(f); !stem.empty()) out[stem] = 1;
    if (auto stem = index.strip_other_ending(f); !stem.empty()) out[stem] = 1;
  }
  if (word.prefix) {
    for (auto it = terms.lower_bound(f); it != terms.end() && starts_with(it->first, f); ++it)
      out.emplace(it->first, kPrefixWeight);
    for (auto it = aliases.lower_bound(f); it != aliases.end() && starts_with(it->first, f); ++it)
      for (const auto& k : it->second) out.emplace(k, kPrefixWeight);
  }
  return out;
}

bool contains_phrase(const SearchEntry& e, const std::vector<std::string>& phrase) {
  std::vector<std::string> words;
  for (const auto* text : {&e.heading, &e.text})
    for (const auto& t : tokenize(*text)) words.push_back(fold_diacritics(t.word));
  if (phrase.empty() || words.size() < phrase.size()) return phrase.empty();
  for (std::size_t i = 0; i + phrase.size() <= words.size(); ++i)
    if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  return false;
}

bool passes(const SearchIndex& index, std::uint32_t entry, const QueryFilter& filter) {
  const auto& groups = index.groups();
  auto g = std::upper_bound(groups.begin(), groups.end(), entry,
                            [](std::uint32_t e, const EntryGroup& group) { return e < group.first; });
  const EntryGroup& group = *(g - 1);
  if (group.archived && !filter.all_versions) return false;
  if (!filter.organisation.empty() && group.organisation != filter.organisation) return false;
  if (!filter.doc_type.empty() && group.doc_type != filter.doc_type) return false;
  if (!filter.kind.empty() && to_key(group.kind) != filter.kind) return false;
  return true;
}

}  // namespace

std::vector<std::uint32_t> SearchIndex::query(std::string_view text, const QueryFilter& filter) const {
  const ParsedQuery parsed = parse_query(text);
  if (parsed.words.empty()) return {};
  std::unordered_map<std::uint32_t, double> total;
  for (std::size_t w = 0; w < parsed.words.size(); ++w) {
    std::unordered_map<std::uint32_t, double> best;
    for (const auto& [key, match] : candidate_keys(*this, parsed.words[w])) {
      for (const auto& p : terms_.at(key)) {
        double& s = best[p.entry];
        s = std::max(s, match * weight(p.score));
      }
    }
    if (w == 0) {
      total = std::move(best);
      continue;
    }
    std::unordered_map<std::uint32_t, double> kept;
    for (const auto& [entry, s] : best)
      if (auto it = total.find(entry); it != total.end()) kept[entry] = it->second + s;
    total = std::move(kept);
  }
  std::vector<std::pair<double, std::uint32_t>> ranked;
  for (const auto& [entry, s] : total) {
    if (!passes(*this, entry, filter)) continue;
    const auto& entry_text = entries_[entry];
    if (!std::all_of(parsed.phrases.begin(), parsed.phrases.end(),
                     [&](const auto& phrase) { return contains_phrase(entry_text, phrase); }))
      continue;
    ranked.emplace_back(-s, entry);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::uint32_t> out;
  out.reserve(ranked.size());
  for (const auto& [s, entry] : ranked) out.push_back(entry);
  return out;
}

}  // namespace styrdok::search
