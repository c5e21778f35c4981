// Splits text into words for the search index and for queries: runs of
// letters and digits in UTF-8, lower-cased (diacritics kept; folding happens
// after stemming, see term_keys.h). Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace styrdok::search {

struct Token {
  std::string word;        // lower-cased: "självförsörjning"
  std::size_t offset = 0;  // byte offset of the word in the text
  std::size_t length = 0;  // byte length of the word in the text
};

std::vector<Token> tokenize(std::string_view text);

// Calls fn(word, offset, length) for each word of `text`: the word
// lower-cased, and the byte offset and length it has in `text`. `word` is
// valid only during the call: a view into `text` where the word is already
// lower-cased, else into one buffer that is reused, so that no word is
// allocated on its own. tokenize() is this, collected.
template <typename Fn>
void for_each_word(std::string_view text, Fn&& fn);

namespace detail {

inline std::uint32_t lower(std::uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130 && cp != 0x138) return cp + 1;
  return cp;
}

// Letters and digits; punctuation, symbols and spaces separate words.
inline bool is_word_char(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, boxes
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE00 && cp <= 0xFE6F) return false;
  // Arabic punctuation: comma, semicolon, question mark, percent and decimal signs, full stop.
  if (cp == 0x060C || cp == 0x061B || cp == 0x061F || (cp >= 0x066A && cp <= 0x066D) || cp == 0x06D4) return false;
  return cp != 0xFEFF && cp != 0xFFFD;
}

}  // namespace detail

namespace detail {

// A word as for_each_word() gives it: each code point lower-cased.
void lower_word(std::string_view text, std::string& out);

// Whether the code point just read, text[at, end), is written as
// append_utf8(lower(cp)) would write it (lower case, well-formed UTF-8).
inline bool written_lower(std::string_view text, std::size_t at, std::size_t end, std::uint32_t cp) {
  if (lower(cp) != cp) return false;
  const std::size_t size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  if (end - at != size) return false;
  for (std::size_t k = at + 1; k < end; ++k)
    if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) return false;
  return true;
}

}  // namespace detail

namespace detail {

// ASCII characters: 0 separates words, 1 is a letter or digit as a word
// holds it, 2 an upper-case letter.
inline constexpr auto kAsciiKind = [] {
  std::array<std::uint8_t, 128> kind{};
  for (int c = '0'; c <= '9'; ++c) kind[c] = 1;
  for (int c = 'a'; c <= 'z'; ++c) kind[c] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) kind[c] = 2;
  return kind;
}();

}  // namespace detail

template <typename Fn>
void for_each_word(std::string_view text, Fn&& fn) {
  std::string buffer;  // for the words that need lower-casing
  const std::size_t n = text.size();
  auto emit = [&](std::size_t start, std::size_t end, bool as_written) {
    const std::string_view written = text.substr(start, end - start);
    if (as_written) {
      fn(written, start, end - start);
    } else {
      detail::lower_word(written, buffer);
      fn(std::string_view(buffer), start, end - start);
    }
  };
  std::size_t i = 0;
  while (i < n) {
    // Between words: up to the first letter or digit.
    std::size_t start = 0;
    bool as_written = true;
    for (;;) {
      if (i >= n) return;
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        const std::uint8_t kind = detail::kAsciiKind[c];
        if (kind != 0) {
          start = i++;
          as_written = kind == 1;
          break;
        }
        ++i;
      } else {
        const std::size_t at = i;
        const std::uint32_t cp = next_code_point(text, i);
        if (detail::is_word_char(cp)) {
          start = at;
          as_written = detail::written_lower(text, at, i, cp);
          break;
        }
      }
    }
    // In a word: up to the first character that is not a letter or digit.
    for (;;) {
      if (i >= n) {
        emit(start, n, as_written);
        return;
      }
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        const std::uint8_t kind = detail::kAsciiKind[c];
        if (kind == 0) {
          emit(start, i++, as_written);
          break;
        }
        as_written = as_written && kind == 1;
        ++i;
      } else {
        const std::size_t at = i;
        const std::uint32_t cp = next_code_point(text, i);
        if (!detail::is_word_char(cp)) {
          emit(start, at, as_written);
          break;
        }
        as_written = as_written && detail::written_lower(text, at, i, cp);
      }
    }
  }
}

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters; keeps the rest.
std::string lower_case(std::string_view utf8);

}  // namespace styrdok::search
