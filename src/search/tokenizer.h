// Splits text into words for the search index and for queries: runs of
// letters and digits in UTF-8, lower-cased (diacritics kept; folding happens
// after stemming, see term_keys.h). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace styrdok::search {

struct Token {
  std::string word;        // lower-cased: "självförsörjning"
  std::size_t offset = 0;  // byte offset of the word in the text
  std::size_t length = 0;  // byte length of the word in the text
};

std::vector<Token> tokenize(std::string_view text);

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters; keeps the rest.
std::string lower_case(std::string_view utf8);

}  // namespace styrdok::search
