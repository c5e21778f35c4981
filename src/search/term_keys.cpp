#include "search/term_keys.h"

#include <libstemmer.h>

#include "core/slug.h"

namespace styrdok::search {

const char* stemmer_name(Language language) { return language == Language::en ? "english" : "swedish"; }

TermKeys::TermKeys(Language language) : stemmer_(sb_stemmer_new(stemmer_name(language), "UTF_8")) {}

TermKeys::~TermKeys() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
  if (arabic_) sb_stemmer_delete(arabic_);
}

namespace {

// Whether a word is written in Arabic script (U+0600–U+06FF, UTF-8 lead bytes D8–DB).
bool arabic_script(std::string_view word) {
  for (char c : word) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xD8 && b <= 0xDB) return true;
  }
  return false;
}

}  // namespace

const std::string& TermKeys::key(const std::string& word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  return cache_.emplace(word, key_of(word)).first->second;
}

std::string TermKeys::key_of(std::string_view word) {
  // A word in Arabic script is an Arabic edition's: Snowball's Arabic
  // stemmer, whatever the site's language (it normalises the forms of alef
  // and hamza too). Other scripts take the site's stemmer.
  sb_stemmer* stemmer = stemmer_;
  std::string unmarked;  // an Arabic word without its vowel marks, which the stemmer does not expect
  if (arabic_script(word)) {
    if (!arabic_) arabic_ = sb_stemmer_new("arabic", "UTF_8");
    stemmer = arabic_;
    unmarked = fold_diacritics(word);
    word = unmarked;
  }
  if (!stemmer) return fold_diacritics(word);
  const sb_symbol* s =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!s) return fold_diacritics(word);
  return fold_diacritics(
      std::string_view(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer))));
}

const std::vector<std::string>& query_suffixes(Language language) {
  // Snowball's Swedish step 1 and 2 suffixes and its English plural and
  // verb endings, folded (å, ä, ö -> a, o), longest first.
  static const std::vector<std::string> kSwedish = {
      "heterna", "hetens", "anden", "andes", "andet", "arens", "arnas", "ernas", "heten", "heter", "ornas", "ades",
      "ande",    "aren",   "arna",  "arne",  "aste",  "erna",  "erns",  "orna",  "ast",   "are",   "ens",   "ern",
      "het",     "ad",     "ar",    "as",    "at",    "en",    "er",    "es",    "or",    "a",     "e",     "s"};
  static const std::vector<std::string> kEnglish = {"ational", "ations", "ation", "ness", "ment", "ings", "edly", "ies",
                                                    "ing",     "ied",    "ers",   "es",   "ed",   "er",   "ly",   "s"};
  return language == Language::en ? kEnglish : kSwedish;
}

}  // namespace styrdok::search
