#include "search/tokenizer.h"

#include "core/utf8.h"

namespace styrdok::search {

using detail::lower;

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  for_each_word(text, [&](std::string_view word, std::size_t offset, std::size_t length) {
    tokens.push_back({std::string(word), offset, length});
  });
  return tokens;
}

namespace detail {

void lower_word(std::string_view text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
    } else {
      append_utf8(out, lower(next_code_point(text, i)));
    }
  }
}

}  // namespace detail

std::string lower_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) append_utf8(out, lower(next_code_point(utf8, i)));
  return out;
}

}  // namespace styrdok::search
