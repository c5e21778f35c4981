#include "search/tokenizer.h"

#include "core/utf8.h"

namespace styrdok::search {

namespace {

std::uint32_t lower(std::uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130 && cp != 0x138) return cp + 1;
  return cp;
}

// Letters and digits; punctuation, symbols and spaces separate words.
bool is_word_char(std::uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows, boxes
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE00 && cp <= 0xFE6F) return false;
  return cp != 0xFEFF && cp != 0xFFFD;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  Token current;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const auto cp = next_code_point(text, i);
    if (is_word_char(cp)) {
      if (!in_word) current = Token{"", start, 0};
      in_word = true;
      append_utf8(current.word, lower(cp));
      current.length = i - current.offset;
    } else if (in_word) {
      tokens.push_back(std::move(current));
      in_word = false;
    }
  }
  if (in_word) tokens.push_back(std::move(current));
  return tokens;
}

std::string lower_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) append_utf8(out, lower(next_code_point(utf8, i)));
  return out;
}

}  // namespace styrdok::search
