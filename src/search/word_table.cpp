#include "search/word_table.h"

#include <algorithm>

namespace styrdok::search {

namespace {

constexpr std::size_t kBlockBytes = 64 * 1024;

}  // namespace

std::uint32_t WordTable::insert(std::size_t slot, std::string_view word, std::uint64_t hash, bool copy) {
  const auto id = static_cast<std::uint32_t>(words_.size());
  words_.push_back(copy ? keep(word) : word);
  hashes_.push_back(hash);
  slots_[slot] = {id, upper(hash)};
  if (words_.size() * 2 > slots_.size()) grow();  // at most half full: short probes
  return id;
}

std::string_view WordTable::keep(std::string_view word) {
  if (word.size() > block_left_) {
    const std::size_t size = std::max(kBlockBytes, word.size());
    blocks_.push_back(std::make_unique<char[]>(size));
    block_at_ = blocks_.back().get();
    block_left_ = size;
  }
  char* at = block_at_;
  std::memcpy(at, word.data(), word.size());
  block_at_ += word.size();
  block_left_ -= word.size();
  return {at, word.size()};
}

void WordTable::reserve(std::size_t n) {
  words_.reserve(n);
  hashes_.reserve(n);
  std::size_t slots = slots_.size();
  while (slots < 2 * n) slots *= 2;
  if (slots > slots_.size()) rehash(slots);
}

void WordTable::grow() { rehash(slots_.size() * 2); }

void WordTable::rehash(std::size_t size) {
  std::vector<Slot> slots(size);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < words_.size(); ++id) {
    std::size_t i = hashes_[id] & mask;
    while (slots[i].id != kNone) i = (i + 1) & mask;
    slots[i] = {id, upper(hashes_[id])};
  }
  slots_.swap(slots);
}

}  // namespace styrdok::search
