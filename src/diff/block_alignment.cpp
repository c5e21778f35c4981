#include "diff/block_alignment.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "diff/myers_diff.h"
#include "diff/word_diff.h"

namespace styrdok {
namespace {

constexpr std::size_t kMaxGapCells = 100 * 100;

bool pairable(const Block& a, const Block& b) { return a.kind == b.kind && a.level == b.level; }

std::vector<std::string_view> word_set(const Block& b) {
  std::vector<std::string_view> words;
  append_words(b.text, words);
  sort_unique(words);
  return words;
}

// Jaccard index of two sorted word sets in thousandths (0 when both are empty).
std::int64_t similarity(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const std::int64_t common = count_common(a, b);
  const auto all = static_cast<std::int64_t>(a.size() + b.size()) - common;
  return all == 0 ? 0 : 1000 * common / all;
}

// Collects one gap's steps, flushing pending deletions before insertions
// whenever a pair (or the end of the gap) is reached.
class GapWriter {
 public:
  explicit GapWriter(std::vector<BlockStep>& out) : out_(out) {}
  void removed(int i) { removed_.push_back(i); }
  void inserted(int j) { inserted_.push_back(j); }
  void paired(int i, int j) {
    flush();
    out_.push_back({i, j, false});
  }
  void flush() {
    for (int i : removed_) out_.push_back({i, -1, false});
    for (int j : inserted_) out_.push_back({-1, j, false});
    removed_.clear();
    inserted_.clear();
  }

 private:
  std::vector<BlockStep>& out_;
  std::vector<int> removed_, inserted_;
};

void pair_in_order(std::span<const Block> older, std::span<const Block> newer, int i0, int i1, int j0, int j1,
                   GapWriter& gap) {
  int i = i0, j = j0;
  for (; i < i1 && j < j1; ++i, ++j) {
    if (pairable(older[static_cast<std::size_t>(i)], newer[static_cast<std::size_t>(j)])) {
      gap.paired(i, j);
    } else {
      gap.removed(i);
      gap.inserted(j);
    }
  }
  for (; i < i1; ++i) gap.removed(i);
  for (; j < j1; ++j) gap.inserted(j);
}

// Older blocks [i0, i1) and newer blocks [j0, j1), none equal to another.
void pair_gap(std::span<const Block> older, std::span<const Block> newer, int i0, int i1, int j0, int j1,
              std::vector<BlockStep>& out) {
  GapWriter gap(out);
  const auto rows = static_cast<std::size_t>(i1 - i0), cols = static_cast<std::size_t>(j1 - j0);
  bool all_pairable = rows == cols;
  for (std::size_t k = 0; all_pairable && k < rows; ++k) all_pairable = pairable(older[i0 + k], newer[j0 + k]);
  if (all_pairable || rows == 0 || cols == 0 || rows * cols > kMaxGapCells) {
    pair_in_order(older, newer, i0, i1, j0, j1, gap);
    gap.flush();
    return;
  }

  // score[r][c]: best (pairs, similarity) for older[i0+r..i1) against newer[j0+c..j1),
  // one number with pairs dominating.
  constexpr std::int64_t kPair = 1'000'000'000;
  std::vector<std::vector<std::string_view>> old_words(rows), new_words(cols);
  for (std::size_t r = 0; r < rows; ++r) old_words[r] = word_set(older[i0 + r]);
  for (std::size_t c = 0; c < cols; ++c) new_words[c] = word_set(newer[j0 + c]);
  std::vector<std::int64_t> score((rows + 1) * (cols + 1), 0);
  auto at = [&](std::size_t r, std::size_t c) -> std::int64_t& { return score[r * (cols + 1) + c]; };
  auto pair_score = [&](std::size_t r, std::size_t c) -> std::int64_t {
    if (!pairable(older[i0 + r], newer[j0 + c])) return -1;
    return kPair + similarity(old_words[r], new_words[c]);
  };
  for (std::size_t r = rows; r-- > 0;) {
    for (std::size_t c = cols; c-- > 0;) {
      const std::int64_t pair = pair_score(r, c);
      std::int64_t best = std::max(at(r + 1, c), at(r, c + 1));
      if (pair >= 0) best = std::max(best, pair + at(r + 1, c + 1));
      at(r, c) = best;
    }
  }
  std::size_t r = 0, c = 0;
  while (r < rows && c < cols) {
    const std::int64_t pair = pair_score(r, c);
    if (pair >= 0 && at(r, c) == pair + at(r + 1, c + 1)) {
      gap.paired(i0 + static_cast<int>(r++), j0 + static_cast<int>(c++));
    } else if (at(r, c) == at(r + 1, c)) {
      gap.removed(i0 + static_cast<int>(r++));
    } else {
      gap.inserted(j0 + static_cast<int>(c++));
    }
  }
  for (; r < rows; ++r) gap.removed(i0 + static_cast<int>(r));
  for (; c < cols; ++c) gap.inserted(j0 + static_cast<int>(c));
  gap.flush();
}

}  // namespace

std::vector<BlockStep> align_blocks(std::span<const Block> older, std::span<const Block> newer) {
  std::unordered_map<std::string, int> ids;
  auto intern = [&ids](std::span<const Block> blocks) {
    std::vector<int> out;
    out.reserve(blocks.size());
    for (const Block& b : blocks) {
      std::string key = std::to_string(static_cast<int>(b.kind)) + ' ' + std::to_string(b.level) + ' ' + b.text;
      out.push_back(ids.try_emplace(std::move(key), static_cast<int>(ids.size())).first->second);
    }
    return out;
  };
  const std::vector<int> a = intern(older);
  const std::vector<int> b = intern(newer);
  const std::vector<Edit> script = shortest_edit_script(a, b);

  std::vector<BlockStep> steps;
  steps.reserve(older.size() + newer.size());
  int i = 0, j = 0;
  for (std::size_t k = 0; k < script.size();) {
    if (script[k] == Edit::keep) {
      steps.push_back({i++, j++, true});
      ++k;
      continue;
    }
    const int i0 = i, j0 = j;
    for (; k < script.size() && script[k] != Edit::keep; ++k) (script[k] == Edit::remove ? i : j) += 1;
    pair_gap(older, newer, i0, i, j0, j, steps);
  }
  return steps;
}

}  // namespace styrdok
