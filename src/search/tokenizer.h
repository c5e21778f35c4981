// Splits text into words for the search index and for queries: runs of
// letters and digits in UTF-8, lower-cased (diacritics kept; folding happens
// after stemming, see term_keys.h). Pure functions; thread-safe.
#pragma once

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
// valid only during the call (one buffer is reused, so no word is allocated
// on its own). tokenize() is this, collected.
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
  return cp != 0xFEFF && cp != 0xFFFD;
}

}  // namespace detail

template <typename Fn>
void for_each_word(std::string_view text, Fn&& fn) {
  std::string word;
  std::size_t start = 0, end = 0;  // of the word in `text`
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    std::uint32_t cp = c;
    if (c < 0x80) {
      ++i;
    } else {
      cp = next_code_point(text, i);
    }
    if (detail::is_word_char(cp)) {
      if (word.empty()) start = at;
      if (cp < 0x80) {
        word += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
      } else {
        append_utf8(word, detail::lower(cp));
      }
      end = i;
    } else if (!word.empty()) {
      fn(std::string_view(word), start, end - start);
      word.clear();
    }
  }
  if (!word.empty()) fn(std::string_view(word), start, end - start);
}

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters; keeps the rest.
std::string lower_case(std::string_view utf8);

}  // namespace styrdok::search
