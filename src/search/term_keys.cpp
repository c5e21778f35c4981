#include "search/term_keys.h"

#include <libstemmer.h>

#include <utility>

#include "core/slug.h"
#include "core/utf8.h"

namespace styrdok::search {

const char* stemmer_name(Language language) { return language == Language::en ? "english" : "swedish"; }

const char* stemmer_for_tag(std::string_view tag) {
  // Snowball's algorithms for the languages editions may be in
  // (model/edition.h); the others have none in libstemmer.
  static constexpr std::pair<std::string_view, const char*> kAlgorithms[] = {
      {"ar", "arabic"}, {"de", "german"},  {"en", "english"}, {"es", "spanish"}, {"fi", "finnish"},
      {"fr", "french"}, {"ru", "russian"}, {"sv", "swedish"}, {"tr", "turkish"}, {"yi", "yiddish"}};
  for (const auto& [t, algorithm] : kAlgorithms)
    if (t == tag) return algorithm;
  return nullptr;
}

TermKeys::TermKeys(Language language) : TermKeys(stemmer_name(language), true) {}

TermKeys::TermKeys(const char* algorithm, bool arabic_script_words)
    : stemmer_(algorithm ? sb_stemmer_new(algorithm, "UTF_8") : nullptr), arabic_script_words_(arabic_script_words) {}

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

// The Arabic letter a form folds to, or the letter itself: alef with hamza
// or madda, and alef wasla, as alef; alef maqsura and yeh with hamza as yeh;
// waw with hamza as waw; teh marbuta as heh (as Lucene's Arabic normaliser
// does; readers type them either way).
std::uint32_t fold_arabic_letter(std::uint32_t cp) {
  switch (cp) {
    case 0x0622:
    case 0x0623:
    case 0x0625:
    case 0x0671: return 0x0627;
    case 0x0649:
    case 0x0626: return 0x064A;
    case 0x0624: return 0x0648;
    case 0x0629: return 0x0647;
    default: return cp;
  }
}

}  // namespace

std::string fold_search(std::string_view word) {
  std::string folded = fold_diacritics(word);
  if (!arabic_script(folded)) return folded;
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) append_utf8(out, fold_arabic_letter(next_code_point(folded, i)));
  return out;
}

const std::string& TermKeys::key(const std::string& word) {
  auto it = cache_.find(word);
  if (it != cache_.end()) return it->second;
  return cache_.emplace(word, key_of(word)).first->second;
}

std::string TermKeys::key_of(std::string_view word) {
  // A word in Arabic script in the site's own text takes Snowball's Arabic
  // stemmer (it normalises the forms of alef and hamza too); an edition's
  // words take its language's stemmer, which for an Arabic edition is the
  // Arabic one.
  sb_stemmer* stemmer = stemmer_;
  std::string unmarked;  // an Arabic word without its vowel marks, which the stemmer does not expect
  if (arabic_script(word)) {
    if (arabic_script_words_) {
      if (!arabic_) arabic_ = sb_stemmer_new("arabic", "UTF_8");
      stemmer = arabic_;
    }
    unmarked = fold_diacritics(word);
    word = unmarked;
  }
  if (!stemmer) return fold_search(word);
  const sb_symbol* s =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (!s) return fold_search(word);
  return fold_search(
      std::string_view(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer))));
}

const std::vector<std::string>& query_suffixes(Language language) {
  // Snowball's Swedish step 1 and 2 suffixes and its English plural and
  // verb endings, folded (å, ä, ö -> a, o), longest first.
  static const std::vector<std::string> kSwedish = {
      "heterna", "hetens", "anden", "andes", "andet", "arens", "arnas", "ernas", "heten", "heter", "ornas", "ades",
      "ande",    "aren",   "arna",  "arne",  "aste",  "erna",  "erns",  "orna",  "ast",   "are",   "ens",   "ern",
      "het",     "ad",     "ar",    "as",    "at",    "en",    "er",    "es",    "or",    "a",     "e",     "s"};
  // "ies>y" after "ies>i": a plural whose singular is a written form of
  // another key ("municipalities" -> "municipality" -> "municip").
  static const std::vector<std::string> kEnglish = {"ational", "ations", "ation", "ness", "ment",  "ings",
                                                    "edly",    "ies>i",  "ies>y", "ing",  "ied>i", "ers",
                                                    "es",      "ed",     "er",    "ly",   "y>i",   "s"};
  return language == Language::en ? kEnglish : kSwedish;
}

const std::vector<std::string>& query_suffixes(const char* algorithm) {
  static const std::vector<std::string> kNone;
  const std::string_view name = algorithm ? algorithm : "";
  if (name == "english") return query_suffixes(Language::en);
  if (name == "swedish") return query_suffixes(Language::sv);
  // Snowball's Arabic noun suffixes, as fold_search() writes them (ة -> ه),
  // and the pairs it removes one after the other ("خلفية" -> "خلف"), longest
  // first: plurals, duals, possessive pronouns, teh marbuta and nisba yeh.
  static const std::vector<std::string> kArabic = {"يات", "كما", "هما", "يه", "ات", "ون", "ين", "ان", "ها", "هم",
                                                   "هن",  "كم",  "كن",  "نا", "ه",  "ي",  "ت",  "ك",  "ن"};
  if (name == "arabic") return kArabic;
  return kNone;
}

std::string cut_ending(std::string_view folded, std::string_view suffix) {
  std::string out;
  cut_ending(folded, suffix, out);
  return out;
}

bool cut_ending(std::string_view folded, std::string_view suffix, std::string& out) {
  const auto arrow = suffix.find('>');
  const std::string_view ending = suffix.substr(0, arrow);
  if (folded.size() < ending.size() + 3 || !folded.ends_with(ending)) return false;
  out.assign(folded.substr(0, folded.size() - ending.size()));
  if (arrow != std::string_view::npos) out += suffix.substr(arrow + 1);
  return true;
}

}  // namespace styrdok::search
