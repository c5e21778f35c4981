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
  // The site's own language: its stemmer, and Snowball's Arabic one for a
  // word in Arabic script (a name quoted in Arabic in Swedish text).
  explicit TermKeys(Language language);
  // An edition's language: Snowball's algorithm of that name ("english"),
  // or folding alone when `algorithm` is nullptr or unknown to libstemmer.
  explicit TermKeys(const char* algorithm, bool arabic_script_words = false);
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
  bool arabic_script_words_ = false;
  std::unordered_map<std::string, std::string> cache_;
};

// A word as the search folds it, its written forms and queries alike:
// fold_diacritics (core/slug.h), then the Arabic letters readers type in
// several forms as one (أ إ آ ٱ -> ا, ى ئ -> ي, ؤ -> و, ة -> ه), as
// search.js fold() does. Not for anchors, which keep the letters.
std::string fold_search(std::string_view word);

// fold_search, keeping å, ä and ö (lower-cased, and made one code point
// where written as a letter and a combining mark): "Våld" -> "våld",
// "Résumé" -> "resume". Swedish tells them from a and o ("år" is a year,
// "är" is "is"), where folding them makes two words one key.
std::string fold_search_keeping(std::string_view word);

// `key`, the start of fold_search(word) (a word's key), with the å, ä and
// ö the word has there: ("året", "ar") -> "år". `key` where it has none.
std::string key_keeping(std::string_view word, std::string_view key);

// Whether a word folded so (fold_search_keeping) has å, ä or ö.
bool has_swedish_letters(std::string_view kept);

// Whether `key` has å, ä or ö wherever `typed` (a query word folded by
// fold_search_keeping) has them, letter by letter, as far as both go: a
// word typed with them does not find a key written without them ("år",
// not "är"; a key that folds them away is not asked, see SearchIndex).
bool keeps_letters_of(std::string_view typed, std::string_view key);

// The Snowball algorithm's name for a language: "swedish", "english".
const char* stemmer_name(Language language);
// The Snowball algorithm for an edition's BCP 47 tag ("en" -> "english",
// "sv" -> "swedish"), or nullptr for a language Snowball has no stemmer
// for: its words are folded only.
const char* stemmer_for_tag(std::string_view tag);

// Endings the query script may strip from a folded word it does not find in
// the index, to approximate the stemmer without shipping it: the Snowball
// algorithm's main suffixes, folded, longest first. "ies>i" is an ending
// replaced, not cut: "policies" -> "polici", as English stems it.
const std::vector<std::string>& query_suffixes(Language language);
// The same by algorithm name; empty for the languages without a list.
const std::vector<std::string>& query_suffixes(const char* algorithm);

// `folded` less `suffix` (an entry of query_suffixes()), or "" when it does
// not end so or too little would be left (fewer than three letters).
std::string cut_ending(std::string_view folded, std::string_view suffix);
// The same into `out`, whose room is reused; false (and `out` as it was)
// where cut_ending() gives "".
bool cut_ending(std::string_view folded, std::string_view suffix, std::string& out);

}  // namespace styrdok::search
