// Reading and writing UTF-8 one code point at a time, for the code that
// folds, slugs and tokenises text. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace styrdok {

// Decodes one UTF-8 code point at s[i]; advances i. Invalid bytes map to U+FFFD.
std::uint32_t next_code_point(std::string_view s, std::size_t& i);

void append_utf8(std::string& out, std::uint32_t cp);

}  // namespace styrdok
