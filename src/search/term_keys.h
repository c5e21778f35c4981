// The key under which a word is indexed and looked up: the Snowball stem of
// the lower-cased word, then folded to ASCII ("Nyanlända" -> "nyanland",
// "självförsörjning" -> "sjalvforsorjning"). Folding after stemming lets a
// query typed without å, ä, ö find the words written with them.
//
// A TermKeys owns one Snowball stemmer, which is not thread-safe: use one
// TermKeys per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/site_config.h"

struct sb_stemmer;

namespace styrdok::search {

class TermKeys {
 public:
  explicit TermKeys(Language language);
  ~TermKeys();
  TermKeys(const TermKeys&) = delete;
  TermKeys& operator=(const TermKeys&) = delete;

  // `word` is lower-cased (a Token's word). Remembers earlier answers.
  const std::string& key(const std::string& word);

  // The same without remembering: for callers that ask once per word.
  std::string key_of(std::string_view word);

 private:
  sb_stemmer* stemmer_ = nullptr;
  sb_stemmer* arabic_ = nullptr;  // made on the first Arabic word
  std::unordered_map<std::string, std::string> cache_;
};

// The Snowball algorithm's name for a language: "swedish", "english".
const char* stemmer_name(Language language);

// Endings the query script may strip from a folded word it does not find in
// the index, to approximate the stemmer without shipping it: the Snowball
// algorithm's main suffixes, folded, longest first.
const std::vector<std::string>& query_suffixes(Language language);

}  // namespace styrdok::search
