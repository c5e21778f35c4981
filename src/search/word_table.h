// A table of distinct words for building the search index: each word gets a
// number (0, 1, 2, ... in the order first added), found again by a hash of
// its bytes, so that work can be done once per distinct word and counted by
// number per occurrence. Open addressing over a flat array; no allocation per
// look-up, and none per word when the caller keeps the words' bytes alive.
//
// Not thread-safe to add to; safe to read from several threads once filled.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace styrdok::search {

// A fast hash of a word's bytes (8 at a time, multiply and shift); the same
// bytes give the same value on every run, so it may decide an order.
inline std::uint64_t hash_word(std::string_view s) {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull, k3 = 0x94D049BB133111EBull;
  std::uint64_t h = k1 ^ (s.size() * k2);
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * k2;
    h ^= h >> 29;
  }
  std::uint64_t v = 0;
  std::memcpy(&v, p, n);
  h = (h ^ v) * k3;
  h ^= h >> 32;
  h *= k2;
  return h ^ (h >> 29);
}

class WordTable {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;

  WordTable() { slots_.resize(kInitialSlots); }

  // The number of `word` (whose hash_word() is `hash`), adding it if new.
  // With copy false the table keeps a view: the caller keeps the bytes alive
  // for as long as the table is used; with copy true it keeps a copy.
  std::uint32_t add(std::string_view word, std::uint64_t hash, bool copy) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    for (;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) break;
      if (slot.check == upper(hash) && same(words_[slot.id], word)) return slot.id;
    }
    return insert(i, word, hash, copy);
  }
  std::uint32_t add(std::string_view word, bool copy) { return add(word, hash_word(word), copy); }

  // The number of `word`, or kNone.
  std::uint32_t find(std::string_view word, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kNone) return kNone;
      if (slot.check == upper(hash) && same(words_[slot.id], word)) return slot.id;
    }
  }
  std::uint32_t find(std::string_view word) const { return find(word, hash_word(word)); }
  bool contains(std::string_view word) const { return find(word) != kNone; }

  // Room for `n` words without growing on the way.
  void reserve(std::size_t n);

  std::size_t size() const { return words_.size(); }
  std::string_view word(std::uint32_t id) const { return words_[id]; }
  std::uint64_t hash(std::uint32_t id) const { return hashes_[id]; }
  const std::vector<std::string_view>& words() const { return words_; }

 private:
  static constexpr std::size_t kInitialSlots = 64;  // a power of two
  struct Slot {
    std::uint32_t id = kNone;
    std::uint32_t check = 0;  // the hash's upper half: most mismatches end here
  };
  static std::uint32_t upper(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }
  static bool same(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size()) == 0;
  }
  std::uint32_t insert(std::size_t slot, std::string_view word, std::uint64_t hash, bool copy);
  std::string_view keep(std::string_view word);
  void grow();
  void rehash(std::size_t slots);

  std::vector<Slot> slots_;
  std::vector<std::string_view> words_;
  std::vector<std::uint64_t> hashes_;
  std::vector<std::unique_ptr<char[]>> blocks_;  // copies of words, in blocks
  char* block_at_ = nullptr;
  std::size_t block_left_ = 0;
};

}  // namespace styrdok::search
