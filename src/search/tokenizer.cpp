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

std::string lower_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) append_utf8(out, lower(next_code_point(utf8, i)));
  return out;
}

}  // namespace styrdok::search
