#include "search/compound_splitter.h"

#include <optional>
#include <tuple>

namespace styrdok::search {

namespace {

// Best split of s[from..] into known parts (each optionally after a linking
// 's'), fewest parts first; nullopt if there is none. memo[i] caches results.
using Parts = std::vector<std::string>;

struct Tail {
  const std::string& s;
  const CompoundSplitter& splitter;
  std::vector<std::optional<std::optional<Parts>>> memo;

  std::optional<Parts> best(std::size_t from) {
    if (from == s.size()) return Parts{};
    auto& slot = memo[from];
    if (slot) return *slot;
    std::optional<Parts> result;
    for (std::size_t start : {from, from + 1}) {
      if (start > from && s[from] != 's') continue;  // only 's' may link
      for (std::size_t end = s.size(); end >= start + CompoundSplitter::kMinPart; --end) {
        const std::string_view part = std::string_view(s).substr(start, end - start);
        if (!splitter.is_known(part)) continue;
        auto rest = best(end);
        if (!rest) continue;
        rest->insert(rest->begin(), std::string(part));
        if (!result || rest->size() < result->size()) result = std::move(rest);
      }
    }
    slot = result;
    return result;
  }
};

}  // namespace

std::vector<std::string> CompoundSplitter::split(const std::string& key) const {
  if (key.size() < kMinCompound) return {};
  Tail tail{key, *this, std::vector<std::optional<std::optional<Parts>>>(key.size() + 1)};
  // Rank: known head, fewest parts, linking s read as such, longest head.
  using Rank = std::tuple<bool, std::size_t, bool, std::size_t>;
  std::optional<Rank> best_rank;
  Parts best;
  for (std::size_t head = kMinHead; head + kMinPart <= key.size(); ++head) {
    for (bool linked : {false, true}) {
      const std::size_t rest_from = head + (linked ? 1 : 0);
      if (linked && key[head] != 's') continue;
      if (rest_from + kMinPart > key.size()) continue;
      const std::string_view h = std::string_view(key).substr(0, head);
      const bool known_head = is_known(h);
      auto rest = tail.best(rest_from);
      bool unknown_tail = false;
      if (!rest && known_head && head >= kMinPart) {
        rest = Parts{key.substr(rest_from)};
        unknown_tail = true;
      }
      if (!rest) continue;
      const Rank rank{!known_head || unknown_tail, rest->size(), !linked, key.size() - head};
      if (best_rank && !(rank < *best_rank)) continue;
      best_rank = rank;
      best = *rest;
      best.insert(best.begin(), std::string(h));
    }
  }
  // An unknown head may be a compound itself: "bostadsforsorjning|s|plan".
  if (!best.empty() && !is_known(best.front())) {
    auto head_parts = split(best.front());
    if (!head_parts.empty()) {
      best.erase(best.begin());
      best.insert(best.begin(), head_parts.begin(), head_parts.end());
    }
  }
  return best;
}

}  // namespace styrdok::search
