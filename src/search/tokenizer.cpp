#include "search/tokenizer.h"

#include "core/utf8.h"

namespace styrdok::search {

using detail::is_word_char;
using detail::lower;

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
