#include "search/compound_splitter.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace styrdok::search {

namespace {

// Best split of s[from..] into known parts (each optionally after a linking
// 's'), fewest parts first, the first found among equals (parts starting at
// `from` before those after a linking s, longer first parts first).
// Memoised per position as the first part and the count; the rest of the
// parts is the best split after that part.
struct Tail {
  static constexpr int kUnknown = -2, kNone = -1;
  struct Best {
    int count = kUnknown;            // parts; kNone if s[from..] does not split
    std::size_t start = 0, end = 0;  // the first part
  };
  const std::string& s;
  const CompoundSplitter& splitter;
  std::vector<Best> memo;
  std::vector<std::size_t> ends;  // a stack: each count() pushes its own and pops them before it returns

  int count(std::size_t from) {
    if (from == s.size()) return 0;
    Best& slot = memo[from];
    if (slot.count != kUnknown) return slot.count;
    Best result{kNone};
    for (std::size_t start : {from, from + 1}) {
      if (start > from && s[from] != 's') continue;  // only 's' may link
      // The known parts starting here, shortest first; tried longest first.
      const std::size_t base = ends.size();
      std::uint64_t h = CompoundSplitter::kStart;
      const std::size_t last = std::min(s.size(), start + splitter.longest());
      for (std::size_t end = start + 1; end <= last; ++end) {
        h = CompoundSplitter::extend(h, s[end - 1]);
        if (end < start + CompoundSplitter::kMinPart) continue;
        if (!splitter.may_begin(h)) break;  // no known part is longer
        if (splitter.is_known(std::string_view(s).substr(start, end - start), h)) ends.push_back(end);
      }
      for (std::size_t k = ends.size(); k-- > base;) {
        const std::size_t end = ends[k];
        const int rest = count(end);
        if (rest == kNone) continue;
        if (result.count == kNone || rest + 1 < result.count) result = {rest + 1, start, end};
      }
      ends.resize(base);
    }
    memo[from] = result;
    return result.count;
  }

  // The parts count(from) found, appended to `out`.
  void parts(std::size_t from, std::vector<std::string>& out) const {
    while (from < s.size()) {
      const Best& b = memo[from];
      out.push_back(s.substr(b.start, b.end - b.start));
      from = b.end;
    }
  }
};

std::uint64_t hash_of(std::string_view s) {
  std::uint64_t h = CompoundSplitter::kStart;
  for (const char c : s) h = CompoundSplitter::extend(h, c);
  return h;
}

std::size_t word_count(const std::vector<const WordTable*>& tables) {
  std::size_t n = 0;
  for (const auto* table : tables) n += table->size();
  return n;
}

// The vocabulary's beginnings of kMinPart letters or more, once per word.
std::size_t beginning_count(const std::vector<const WordTable*>& tables) {
  std::size_t n = 0;
  for (const auto* table : tables)
    for (const auto word : table->words())
      n += word.size() >= CompoundSplitter::kMinPart ? word.size() + 1 - CompoundSplitter::kMinPart : 0;
  return n;
}

std::unique_ptr<WordTable> table_of(const std::vector<std::string_view>& words) {
  auto table = std::make_unique<WordTable>();
  for (const auto word : words) table->add(word, true);
  return table;
}

}  // namespace

// `bits_per_hash` bits per hash added, rounded up to a power of two; at most
// one of them is set per hash.
CompoundSplitter::HashBits::HashBits(std::size_t expected, unsigned bits_per_hash) {
  unsigned log2 = 12;
  while (log2 < 40 && (std::size_t{1} << log2) < bits_per_hash * expected) ++log2;
  bits_.assign((std::size_t{1} << log2) / 64, 0);
  shift_ = 64 - log2;
}

CompoundSplitter::CompoundSplitter(const std::vector<std::string_view>& vocabulary, std::size_t longest_compound)
    : CompoundSplitter(table_of(vocabulary), {}, longest_compound) {}

CompoundSplitter CompoundSplitter::over(std::vector<const WordTable*> vocabulary, std::size_t longest_compound) {
  return CompoundSplitter(nullptr, std::move(vocabulary), longest_compound);
}

// The vocabulary is `own` if given, else `tables`. Small filters: making
// them (zeroing and first touching their memory) costs more than the
// look-ups they would save when larger. The words' lets through about one
// word in nine that is not in the vocabulary; a word's beginnings are
// counted once per word that has them, so theirs gets one bit per count,
// two or three per distinct beginning in Swedish text. (Single corpus,
// 10,000 documents: 4 and 16 bits, 1.4 s in all; 1 and 8, 1.1 s.)
CompoundSplitter::CompoundSplitter(std::unique_ptr<WordTable> own, std::vector<const WordTable*> tables,
                                   std::size_t longest_compound)
    : own_(std::move(own)),
      tables_(own_ ? std::vector<const WordTable*>{own_.get()} : std::move(tables)),
      words_(word_count(tables_), 8),
      prefixes_(beginning_count(tables_), 1),
      longest_compound_(longest_compound) {
  for (const auto* table : tables_) {
    for (const auto word : table->words()) {
      std::uint64_t h = kStart;
      for (std::size_t i = 0; i < word.size(); ++i) {
        h = extend(h, word[i]);
        if (i + 1 >= kMinPart) prefixes_.add(finish(h));
      }
      words_.add(finish(h));
      longest_ = std::max(longest_, word.size());
    }
  }
}

bool CompoundSplitter::in_vocabulary(std::string_view part) const {
  const std::uint64_t hash = hash_word(part);
  for (const auto* table : tables_)
    if (table->find(part, hash) != WordTable::kNone) return true;
  return false;
}

bool CompoundSplitter::is_known(std::string_view part) const { return is_known(part, hash_of(part)); }

std::vector<std::string> CompoundSplitter::split(const std::string& key) const {
  if (key.size() < kMinCompound || key.size() > longest_compound_) return {};
  Tail tail{key, *this, std::vector<Tail::Best>(key.size() + 1), {}};
  // Rank: known head, fewest parts, linking s read as such, longest head.
  using Rank = std::tuple<bool, std::size_t, bool, std::size_t>;
  std::optional<Rank> best_rank;
  std::size_t best_head = 0, best_from = 0;
  bool best_unknown_tail = false;
  std::uint64_t head_hash = kStart;
  for (std::size_t k = 0; k + 1 < kMinHead; ++k) head_hash = extend(head_hash, key[k]);
  for (std::size_t head = kMinHead; head + kMinPart <= key.size(); ++head) {
    head_hash = extend(head_hash, key[head - 1]);
    const std::string_view h = std::string_view(key).substr(0, head);
    const bool known_head = is_known(h, head_hash);
    for (bool linked : {false, true}) {
      const std::size_t rest_from = head + (linked ? 1 : 0);
      if (linked && key[head] != 's') continue;
      if (rest_from + kMinPart > key.size()) continue;
      int rest = tail.count(rest_from);
      bool unknown_tail = false;
      if (rest == Tail::kNone && known_head && head >= kMinPart) {
        rest = 1;
        unknown_tail = true;
      }
      if (rest == Tail::kNone) continue;
      const Rank rank{!known_head || unknown_tail, static_cast<std::size_t>(rest), !linked, key.size() - head};
      if (best_rank && !(rank < *best_rank)) continue;
      best_rank = rank;
      best_head = head;
      best_from = rest_from;
      best_unknown_tail = unknown_tail;
    }
  }
  if (!best_rank) return {};
  std::vector<std::string> best{key.substr(0, best_head)};
  if (best_unknown_tail) {
    best.push_back(key.substr(best_from));
  } else {
    tail.parts(best_from, best);
  }
  // An unknown head may be a compound itself: "bostadsforsorjning|s|plan".
  if (!is_known(best.front())) {
    auto head_parts = split(best.front());
    if (!head_parts.empty()) {
      best.erase(best.begin());
      best.insert(best.begin(), head_parts.begin(), head_parts.end());
    }
  }
  return best;
}

}  // namespace styrdok::search
