// SearchIndex::query: the search page's matching and ranking, in C++ for
// tests. Keep it in step with themes/default/static/assets/search.js.
#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "search/query_parser.h"
#include "search/search_index.h"
#include "search/term_keys.h"
#include "search/tokenizer.h"

namespace styrdok::search {

namespace {

constexpr double kPrefixWeight = 0.5;  // a word that only begins with the query's last word
// A word written with å, ä or ö where the word typed without them is a word
// too ("låg" for "lag"): below every section with the word as typed (31
// score levels of 1.2 span a factor of about 285).
constexpr double kVariantWeight = 1.0 / 512;
// A word found in the title of a section's page (or its organisation's
// name) and not in the section: half the score the page's top has for it.
constexpr double kTitleWeight = 0.5;
// A section that holds every word itself ranks above every section that
// takes one from its page's title: this is added to its score.
constexpr double kWholeSection = 1e6;

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// A word typed with å, ä or ö stands only for the keys that have them where
// it does. Such keys are there where words differing only in them folded
// to one key (SearchIndex::build), and a key without them then stands for
// a word written without them ("vald", beside "våld"): it goes too. Typed
// without them, a word finds them all, those written with them after the
// word as typed where that is a key too ("lag" before "låg"). A key
// that folds them away ("malsattning") stands for all and stays.
void keep_typed_letters(std::map<std::string, double>& keys, const QueryWord& word) {
  const bool typed_with = word.kept != word.folded;
  std::vector<std::string> plain;  // the folded forms of keys written with them
  for (const auto& [k, weight] : keys)
    if (has_swedish_letters(k)) plain.push_back(fold_search(k));
  std::erase_if(keys, [&](const auto& key) {
    const std::string& k = key.first;
    return typed_with && (has_swedish_letters(k) ? !keeps_letters_of(word.kept, k)
                                                 : std::find(plain.begin(), plain.end(), k) != plain.end());
  });
  if (typed_with) return;
  for (auto& [k, weight] : keys)
    if (has_swedish_letters(k) && keys.count(fold_search(k))) weight *= kVariantWeight;
}

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
  // While typed, or when found in no form ("kommunstyrelse", whose key is
  // "kommunstyr"): also every key and form that begins with it, so that the
  // same words in another order find the same.
  if (word.prefix || (out.empty() && f.size() >= 3)) {
    for (auto it = terms.lower_bound(f); it != terms.end() && starts_with(it->first, f); ++it)
      out.emplace(it->first, kPrefixWeight);
    for (auto it = aliases.lower_bound(f); it != aliases.end() && starts_with(it->first, f); ++it)
      for (const auto& k : it->second) out.emplace(k, kPrefixWeight);
  }
  keep_typed_letters(out, word);
  return out;
}

bool contains_phrase(const SearchEntry& e, const std::vector<std::string>& phrase) {
  std::vector<std::string> words;
  for (const auto* text : {&e.heading, &e.text})
    for (const auto& t : tokenize(*text)) words.push_back(fold_search(t.word));
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

// What one query word matches: the entries that hold it, and the tops of
// pages whose title holds it (by entry number), each with its score.
struct WordMatch {
  std::unordered_map<std::uint32_t, double> own;
  std::vector<std::pair<std::uint32_t, double>> titles;

  // The score of the word for `entry` through its page's title; 0 if none.
  double through_title(const SearchIndex& index, std::uint32_t entry) const {
    auto it = std::upper_bound(titles.begin(), titles.end(), entry,
                               [](std::uint32_t e, const auto& t) { return e < t.first; });
    if (it == titles.begin()) return 0;
    --it;
    return entry - it->first <= index.sections_after(it->first) ? it->second : 0;
  }
};

WordMatch match_word(const SearchIndex& index, const QueryWord& word) {
  WordMatch m;
  std::map<std::uint32_t, double> titles;
  for (const auto& [key, match] : candidate_keys(index, word)) {
    const auto& leads = index.title_keys();
    const auto t = leads.find(key);
    for (const auto& p : index.terms().at(key)) {
      double& s = m.own[p.entry];
      s = std::max(s, match * index.weight(p.score));
      if (t != leads.end() && std::binary_search(t->second.begin(), t->second.end(), p.entry)) {
        double& ts = titles[p.entry];
        ts = std::max(ts, kTitleWeight * match * index.weight(p.score));
      }
    }
  }
  m.titles.assign(titles.begin(), titles.end());
  return m;
}

// An entry's score for all the query's words, each in the entry or in its
// page's title; none if a word is in neither.
std::optional<double> score_of(const SearchIndex& index, const std::vector<WordMatch>& matches, std::uint32_t entry) {
  double s = 0;
  bool whole = true;
  for (const auto& m : matches) {
    if (auto it = m.own.find(entry); it != m.own.end()) {
      s += it->second;
      continue;
    }
    const double t = m.through_title(index, entry);
    if (t == 0) return std::nullopt;
    s += t;
    whole = false;
  }
  return whole ? s + kWholeSection : s;
}

}  // namespace

std::vector<std::uint32_t> SearchIndex::query(std::string_view text, const QueryFilter& filter) const {
  const ParsedQuery parsed = parse_query(text);
  if (parsed.words.empty()) return {};
  // Every entry that holds at least one word, and each of the others
  // itself or in its page's title.
  std::vector<WordMatch> matches;
  for (const auto& word : parsed.words) matches.push_back(match_word(*this, word));
  std::unordered_map<std::uint32_t, double> total;
  std::unordered_set<std::uint32_t> seen;
  for (const auto& match : matches) {
    for (const auto& held : match.own) {
      const std::uint32_t entry = held.first;
      if (!seen.insert(entry).second) continue;
      if (auto s = score_of(*this, matches, entry)) total.emplace(entry, *s);
    }
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
