// Reads what a reader typed into the search box: words, and "exact
// phrases" in double quotes. The last word, when it is outside quotes, not
// followed by a space and three letters or more, also matches as a prefix
// (search as you type). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace styrdok::search {

struct QueryWord {
  std::string folded;   // lower-cased, diacritics folded: "sjalvforsorjning"
  bool prefix = false;  // matches as a prefix too
  std::string kept;     // as folded, with å, ä and ö kept: "självförsörjning" (fold_search_keeping)
};

struct ParsedQuery {
  std::vector<QueryWord> words;                   // every word, phrases' words included
  std::vector<std::vector<std::string>> phrases;  // folded words of each quoted phrase
};

ParsedQuery parse_query(std::string_view text);

}  // namespace styrdok::search
