#include "core/text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace styrdok {

namespace {

// Whether `c` continues a UTF-8 sequence rather than starting a character.
bool continues_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TextPosition position_of(std::string_view text, std::size_t offset) {
  TextPosition pos;
  // A byte order mark is no character anyone sees in an editor.
  const std::size_t from = text.size() - without_byte_order_mark(text).size();
  for (std::size_t i = from; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if (!continues_character(text[i])) {
      ++pos.column;
    }
  }
  return pos;
}

std::string_view without_byte_order_mark(std::string_view text) {
  return text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
}

int character_column(std::string_view line, int byte_column) {
  if (byte_column <= 0) return byte_column;
  const auto before = static_cast<std::size_t>(byte_column - 1);
  const std::string_view read = line.substr(0, before);
  int column = 1 + static_cast<int>(before - read.size());  // past the line's end: one per byte
  for (const char c : read) column += continues_character(c) ? 0 : 1;
  return column;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
    starts_.push_back(at + 1);
}

int LineIndex::character_column(int line, int byte_column) {
  const auto index = static_cast<std::size_t>(line);  // of the next line's start
  if (line < 1 || index > starts_.size() || byte_column <= 0) return byte_column;
  const std::size_t start = starts_[index - 1];
  const std::size_t end = index < starts_.size() ? starts_[index] - 1 : text_.size();
  std::string_view rest = text_.substr(start, end - start);
  int from_byte = 1, from_column = 1;
  if (line == last_line_ && byte_column >= last_byte_column_) {
    from_byte = last_byte_column_;
    from_column = last_column_;
  }
  rest.remove_prefix(std::min(rest.size(), static_cast<std::size_t>(from_byte - 1)));
  const int column = from_column - 1 + styrdok::character_column(rest, byte_column - from_byte + 1);
  last_line_ = line;
  last_byte_column_ = byte_column;
  last_column_ = column;
  return column;
}

namespace {

// The length of the valid UTF-8 sequence at s[i] (1 to 4), with its code
// point, or 0 for a byte that does not start one (stray continuation byte,
// overlong form, surrogate, beyond U+10FFFF, cut short).
std::size_t utf8_sequence(std::string_view s, std::size_t i, unsigned& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  unsigned min = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    len = 2, min = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, min = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void append_replacement(std::string& out, unsigned char /*byte*/) { out += kReplacement; }

// A new text made from `s` one code point at a time: `each(out, sequence,
// code_point)` for each well-formed UTF-8 sequence, `invalid(out, byte)` for
// each byte that starts none (by default the replacement character).
template <typename Each, typename Invalid = decltype(&append_replacement)>
std::string rewrite_utf8(std::string_view s, std::size_t room, Each each, Invalid invalid = &append_replacement) {
  std::string out;
  out.reserve(s.size() + room);
  for (std::size_t i = 0; i < s.size();) {
    unsigned cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) {
      invalid(out, static_cast<unsigned char>(s[i]));
      ++i;
    } else {
      each(out, s.substr(i, len), cp);
      i += len;
    }
  }
  return out;
}

}  // namespace

std::size_t find_control_character(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F) return i;
  }
  return std::string_view::npos;
}

std::optional<TextPosition> find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Eight ASCII bytes at a time (most of a Swedish text): none has its top bit.
    for (std::uint64_t word; i + 8 <= s.size(); i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    unsigned cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) return position_of(s, i);
    i += len;
  }
  return std::nullopt;
}

std::string valid_utf8(std::string_view s) {
  return rewrite_utf8(s, 0, [](std::string& out, std::string_view sequence, unsigned) { out.append(sequence); });
}

std::string xml_text(std::string_view s) {
  return rewrite_utf8(s, 0, [](std::string& out, std::string_view sequence, unsigned cp) {
    if (cp == 0xFFFE || cp == 0xFFFF) {
      out += kReplacement;
    } else if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
      out += ' ';
    } else {
      out.append(sequence);
    }
  });
}

std::string terminal_text(std::string_view s) {
  return rewrite_utf8(
      s, 0,
      [](std::string& out, std::string_view sequence, unsigned cp) {
        if ((cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp < 0xA0)) {
          char buf[12];
          std::snprintf(buf, sizeof buf, cp < 0x80 ? "\\x%02X" : "\\u%04X", cp);
          out += buf;
        } else {
          out.append(sequence);
        }
      },
      [](std::string& out, unsigned char byte) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02X", byte);
        out += buf;
      });
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// ASCII bytes that JSON (in a <script>) holds as they are.
constexpr auto kPlainInJson = [] {
  std::array<bool, 128> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
  return plain;
}();

void append_json_code_point(std::string& out, std::string_view sequence, unsigned cp) {
  switch (cp) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    case '<': out += "\\u003c"; break;
    case '>': out += "\\u003e"; break;
    case '&': out += "\\u0026"; break;
    default:
      // Controls, DEL, and the line separators JavaScript once refused in strings.
      if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        out += buf;
      } else {
        out.append(sequence);
      }
  }
}

}  // namespace

void append_json_escaped(std::string& out, std::string_view s) {
  // rewrite_utf8()'s walk, with runs of plain ASCII (most of any text, and
  // the search index's text files hold hundreds of MB of it) appended at once.
  for (std::size_t i = 0; i < s.size();) {
    std::size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) < 0x80 &&
           kPlainInJson[static_cast<unsigned char>(s[run])])
      ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i == s.size()) break;
    unsigned cp = 0;
    const std::size_t len = utf8_sequence(s, i, cp);
    if (len == 0) {  // invalid UTF-8 never reaches JSON: the replacement character
      append_replacement(out, static_cast<unsigned char>(s[i]));
      ++i;
    } else {
      append_json_code_point(out, s.substr(i, len), cp);
      i += len;
    }
  }
}

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  append_json_escaped(out, s);
  return out;
}

std::string byte_size(std::uintmax_t bytes) {
  constexpr std::uintmax_t kKiB = 1024, kMiB = kKiB * kKiB;
  if (bytes < kMiB) return std::to_string((bytes + kKiB - 1) / kKiB) + " KiB";
  const std::uintmax_t tenths = bytes / kMiB * 10 + (bytes % kMiB * 10 + kMiB - 1) / kMiB;
  return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") + " MiB";
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string replaced_all(std::string_view text, std::string_view from, std::string_view to) {
  if (from.empty()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (auto at = text.find(from); at != std::string_view::npos; at = text.find(from, done)) {
    out.append(text, done, at - done);
    out += to;
    done = at + from.size();
  }
  out.append(text, done);
  return out;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool is_email_address(std::string_view text) {
  const auto at = text.find('@');
  if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
  if (text.find_first_of(" \t") != std::string_view::npos) return false;
  const std::string_view domain = text.substr(at + 1);
  const auto dot = domain.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

}  // namespace styrdok
