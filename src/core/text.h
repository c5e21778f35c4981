// Small text utilities shared by every stage: UTF-8 validation and escaping
// for the output formats styrdok writes (HTML, XML, JSON).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in bytes
};

// Returns the position of the first byte that is not valid UTF-8, or nullopt
// if the whole text is valid.
std::optional<TextPosition> find_invalid_utf8(std::string_view text);

// Line and column of byte `offset` in `text`.
TextPosition position_of(std::string_view text, std::size_t offset);

std::string html_escape(std::string_view text);  // & < > " '
std::string json_escape(std::string_view text);  // contents of a JSON string; also escapes '<' for <script>

std::string trim(std::string_view text);

// Hashes std::string and std::string_view alike: with std::equal_to<>, an
// unordered container of strings can be searched with a string_view without
// building a string for each lookup.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

}  // namespace styrdok
