// Small text utilities shared by every stage: UTF-8 validation and escaping
// for the output formats styrdok writes (HTML, XML, JSON).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

// A place in a text as a clerk's editor shows it: the column counts
// characters, not bytes (each of "åäö" is two bytes in UTF-8, one column).
struct TextPosition {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in characters
};

// Returns the position of the first byte that is not valid UTF-8, or nullopt
// if the whole text is valid.
std::optional<TextPosition> find_invalid_utf8(std::string_view text);

// The offset of the first control character other than tab, newline and
// carriage return (NUL, form feed, ESC, DEL...), or npos. YAML allows none.
std::size_t find_control_character(std::string_view text);

// Whether `text` reads as an e-mail address: a name, one '@', a domain with
// a dot in it, and no space ("webb@lysekil.se").
bool is_email_address(std::string_view text);

// The text after the byte order mark that some editors (Windows Notepad)
// write first in a UTF-8 file; the text itself when it has none. The mark
// is no character of the text: parsers (yaml-cpp) count from after it, and
// editors do not show it.
std::string_view without_byte_order_mark(std::string_view text);

// Line and column of byte `offset` in `text`.
TextPosition position_of(std::string_view text, std::size_t offset);

// The 1-based column, in characters, of the 1-based byte column
// `byte_column` of `line` (a line's text from its start): the column an
// editor shows for a place a parser (yaml-cpp, cmark-gfm) gives in bytes.
// 0, for a column not known, stays 0.
int character_column(std::string_view line, int byte_column);

// Where each line of a text starts, found once: for turning the many places
// a parser gives as line and byte column into columns in characters.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // `character_column` of `byte_column` on 1-based `line`; a line the text
  // does not have keeps `byte_column`. Counts on from the place asked for
  // last when it is before this one on the same line, so that the places of
  // a line asked for in order (its links) cost one reading of the line.
  int character_column(int line, int byte_column);

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
  // The place asked for last: its line, byte column and column.
  int last_line_ = 0;
  int last_byte_column_ = 0;
  int last_column_ = 0;
};

std::string html_escape(std::string_view text);  // & < > " '
// Contents of a JSON string: every control character escaped, '<' too (for
// <script>), and each byte that is not valid UTF-8 replaced by U+FFFD.
std::string json_escape(std::string_view text);
// The same, appended to `out`.
void append_json_escaped(std::string& out, std::string_view text);

// The text with each byte that is not valid UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view text);

// The text with only characters XML 1.0 allows: a control character other
// than tab, newline and carriage return (a form feed, a vertical tab) cannot
// even be escaped there, so it becomes a space; invalid UTF-8, U+FFFE and
// U+FFFF become U+FFFD. For whole documents (feeds, the sitemap).
std::string xml_text(std::string_view text);

// The text as it may be printed to a terminal: control characters (other
// than newline and tab, ESC included, so no ANSI escape sequence) and bytes
// that are not UTF-8 shown as \xHH or \uHHHH.
std::string terminal_text(std::string_view text);

std::string trim(std::string_view text);

// `text` with every `from` replaced by `to`, in one pass (replacing in place
// moves the rest of the text at each one, which a text of many made slow).
std::string replaced_all(std::string_view text, std::string_view from, std::string_view to);

// "1 error", "2 errors": a number and the word that goes with it, for a
// message in English (the catalogue translates each form whole).
std::string counted(std::size_t n, std::string_view one, std::string_view many);

// A size for a message: "12 KiB" below one MiB, else "2.1 MiB" ("64 MiB"
// when whole); rounded up, so that a size just past a limit never reads as
// the limit itself.
std::string byte_size(std::uintmax_t bytes);

// The value of a hexadecimal digit, '0'..'9', 'a'..'f' or 'A'..'F'; -1 for any other character.
constexpr int hex_digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Hashes std::string and std::string_view alike: with std::equal_to<>, an
// unordered container of strings can be searched with a string_view without
// building a string for each lookup.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

}  // namespace styrdok
