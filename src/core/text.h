// Small text utilities shared by every stage: UTF-8 validation and escaping
// for the output formats styrdok writes (HTML, XML, JSON).
#pragma once

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

}  // namespace styrdok
