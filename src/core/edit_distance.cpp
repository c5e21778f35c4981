#include "core/edit_distance.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace styrdok {

namespace {

// edit_distance, in three rows of `rows` (resized here, kept by the caller
// for the next pair): memory in proportion to `b`, not to both lengths.
int distance(std::string_view a, std::string_view b, std::vector<int>& rows) {
  // Optimal string alignment: insertions, deletions, substitutions and
  // swaps of two neighbouring letters ("titel" -> "title") each cost 1.
  const std::size_t n = a.size(), m = b.size();
  rows.assign(3 * (m + 1), 0);
  int* before = rows.data();          // row i - 2
  int* previous = before + (m + 1);   // row i - 1
  int* current = previous + (m + 1);  // row i
  for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);   // row i - 1 is now the one before
    std::swap(previous, current);  // row i the previous one, and the old i - 2 is free
  }
  return previous[m];
}

}  // namespace

int edit_distance(std::string_view a, std::string_view b) {
  std::vector<int> rows;
  return distance(a, b, rows);
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() > kLongestMatched) return "";
  const int limit = std::max<int>(1, static_cast<int>(word.size()) / 3);
  std::vector<int> rows;
  const std::string* best = nullptr;
  int best_distance = limit + 1;
  for (const auto& c : candidates) {
    // Lengths further apart than the limit are at least that many edits apart.
    if (std::abs(static_cast<int>(c.size()) - static_cast<int>(word.size())) > limit) continue;
    const int d = distance(word, c, rows);
    if (d < best_distance) best_distance = d, best = &c;
  }
  return best ? *best : "";
}

}  // namespace styrdok
