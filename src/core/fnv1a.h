// FNV-1a, 64 bits: a hash extended a byte at a time, for callers that need
// one that is the same on every machine and run (std::hash is neither
// promised), or that hash every prefix of a text as they go.
#pragma once

#include <cstdint>
#include <string_view>

namespace styrdok {

inline constexpr std::uint64_t kFnv1aStart = 0xCBF29CE484222325ull;

constexpr std::uint64_t fnv1a_extend(std::uint64_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
}

constexpr std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = kFnv1aStart;
  for (const char c : bytes) h = fnv1a_extend(h, c);
  return h;
}

}  // namespace styrdok
