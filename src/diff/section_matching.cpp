#include "diff/section_matching.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>

#include "core/slug.h"
#include "diff/word_diff.h"

namespace styrdok {
namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

void match(SectionMatching& m, int old_index, int new_index) {
  m.old_of_new[static_cast<std::size_t>(new_index)] = old_index;
  m.new_of_old[static_cast<std::size_t>(old_index)] = new_index;
}

void match_by_anchor(std::span<const Section> older, std::span<const Section> newer, SectionMatching& m) {
  std::unordered_map<std::string_view, int> old_by_anchor;
  for (std::size_t i = 0; i < older.size(); ++i) old_by_anchor.try_emplace(older[i].anchor, static_cast<int>(i));
  for (std::size_t j = 0; j < newer.size(); ++j) {
    const auto found = old_by_anchor.find(newer[j].anchor);
    if (found == old_by_anchor.end()) continue;
    if (older[static_cast<std::size_t>(found->second)].preamble() != newer[j].preamble()) continue;
    if (m.new_of_old[static_cast<std::size_t>(found->second)] != -1) continue;
    match(m, found->second, static_cast<int>(j));
  }
}

std::string heading_key(const Section& s) { return s.preamble() ? "" : slugify(strip_numbering(s.heading)); }

void match_by_heading(std::span<const Section> older, std::span<const Section> newer, SectionMatching& m) {
  std::map<std::string, std::vector<int>> old_by_key;  // older sections in order, per key
  for (std::size_t i = 0; i < older.size(); ++i) {
    if (m.new_of_old[i] != -1) continue;
    std::string key = heading_key(older[i]);
    if (!key.empty()) old_by_key[std::move(key)].push_back(static_cast<int>(i));
  }
  std::map<std::string, std::size_t> taken;  // how many of each key's older sections are used
  for (std::size_t j = 0; j < newer.size(); ++j) {
    if (m.old_of_new[j] != -1) continue;
    const std::string key = heading_key(newer[j]);
    const auto found = old_by_key.find(key);
    if (key.empty() || found == old_by_key.end()) continue;
    std::size_t& next = taken[key];
    if (next < found->second.size()) match(m, found->second[next++], static_cast<int>(j));
  }
}

// The distinct words of the section's blocks after its heading, sorted.
std::vector<std::string_view> word_set(const Section& s) {
  std::vector<std::string_view> words;
  for (const Block& b : s.blocks) {
    if (b.kind != Block::Kind::heading) append_words(b.text, words);
  }
  sort_unique(words);
  return words;
}

void match_by_content(std::span<const Section> older, std::span<const Section> newer, SectionMatching& m) {
  struct Candidate {
    std::int64_t common, all;  // Jaccard index = common / all
    int old_index, new_index;
  };
  auto unmatched = [](std::span<const Section> sections, const std::vector<int>& partner) {
    std::vector<std::pair<int, std::vector<std::string_view>>> out;
    for (std::size_t i = 0; i < sections.size(); ++i) {
      if (partner[i] != -1 || sections[i].preamble()) continue;
      std::vector<std::string_view> words = word_set(sections[i]);
      if (!words.empty()) out.emplace_back(static_cast<int>(i), std::move(words));
    }
    return out;
  };
  const auto old_sets = unmatched(older, m.new_of_old);
  const auto new_sets = unmatched(newer, m.old_of_new);
  std::vector<Candidate> candidates;
  for (const auto& [i, old_words] : old_sets) {
    for (const auto& [j, new_words] : new_sets) {
      const std::int64_t common = count_common(old_words, new_words);
      const std::int64_t all = static_cast<std::int64_t>(old_words.size() + new_words.size()) - common;
      if (2 * common >= all) candidates.push_back({common, all, i, j});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    const std::int64_t lhs = x.common * y.all, rhs = y.common * x.all;
    if (lhs != rhs) return lhs > rhs;
    if (x.new_index != y.new_index) return x.new_index < y.new_index;
    return x.old_index < y.old_index;
  });
  for (const Candidate& c : candidates) {
    if (m.new_of_old[static_cast<std::size_t>(c.old_index)] != -1) continue;
    if (m.old_of_new[static_cast<std::size_t>(c.new_index)] != -1) continue;
    match(m, c.old_index, c.new_index);
  }
}

// Marks as moved the matched sections off a longest increasing subsequence of
// older positions, taken in newer order (patience sorting, O(n log n)).
void mark_moved(SectionMatching& m) {
  std::vector<int> order;  // newer indices of matched sections
  for (std::size_t j = 0; j < m.old_of_new.size(); ++j) {
    if (m.old_of_new[j] != -1) order.push_back(static_cast<int>(j));
  }
  auto old_at = [&](int k) { return m.old_of_new[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])]; };
  std::vector<int> tails;  // tails[l]: position in `order` ending the best subsequence of length l + 1
  std::vector<int> previous(order.size(), -1);
  for (int k = 0; k < static_cast<int>(order.size()); ++k) {
    const auto at = std::lower_bound(tails.begin(), tails.end(), old_at(k),
                                     [&](int tail, int value) { return old_at(tail) < value; });
    if (at != tails.begin()) previous[static_cast<std::size_t>(k)] = *(at - 1);
    if (at == tails.end()) {
      tails.push_back(k);
    } else {
      *at = k;
    }
  }
  for (int j : order) m.moved[static_cast<std::size_t>(j)] = true;
  for (int k = tails.empty() ? -1 : tails.back(); k != -1; k = previous[static_cast<std::size_t>(k)]) {
    m.moved[static_cast<std::size_t>(order[static_cast<std::size_t>(k)])] = false;
  }
}

}  // namespace

std::string_view strip_numbering(std::string_view heading) {
  std::size_t i = 0;
  while (i < heading.size() && is_space(heading[i])) ++i;
  const std::size_t start = i;
  while (i < heading.size() && (is_digit(heading[i]) || (i > start && heading[i] == '.'))) ++i;
  if (i == start) return heading;
  if (i < heading.size() && heading[i] == ')') ++i;
  if (i < heading.size() && !is_space(heading[i])) return heading;  // "3D-skrivare", "2,5 år"
  while (i < heading.size() && is_space(heading[i])) ++i;
  return i == heading.size() ? heading : heading.substr(i);
}

SectionMatching match_sections(std::span<const Section> older, std::span<const Section> newer) {
  SectionMatching m;
  m.old_of_new.assign(newer.size(), -1);
  m.new_of_old.assign(older.size(), -1);
  m.moved.assign(newer.size(), false);
  match_by_anchor(older, newer, m);
  match_by_heading(older, newer, m);
  match_by_content(older, newer, m);
  mark_moved(m);
  return m;
}

}  // namespace styrdok
