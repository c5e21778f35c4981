// Shared by the libFuzzer harnesses (fuzz/README in docs/fuzzing.md): the
// input as a string, and a path for messages. Every harness only asks that
// parsing returns (a value or diagnostics) without a crash, a sanitizer
// report, an uncaught exception or unbounded time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace styrdok::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace styrdok::fuzz
