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

namespace {

// å, ä or ö at `cp` (either case, or a or o with the combining ring or
// diaeresis that follows at `i`, which is then passed over); 0 otherwise.
std::uint32_t swedish_letter(std::uint32_t cp, std::string_view word, std::size_t& i) {
  switch (cp) {
    case 0xE5:
    case 0xC5: return 0xE5;
    case 0xE4:
    case 0xC4: return 0xE4;
    case 0xF6:
    case 0xD6: return 0xF6;
    default: break;
  }
  if (cp != 'a' && cp != 'A' && cp != 'o' && cp != 'O') return 0;
  std::size_t j = i;
  if (j >= word.size()) return 0;
  const std::uint32_t mark = next_code_point(word, j);
  const bool a = cp == 'a' || cp == 'A';
  const std::uint32_t letter = mark == 0x030A && a ? 0xE5 : mark == 0x0308 ? (a ? 0xE4 : 0xF6) : 0;
  if (letter) i = j;
  return letter;
}

bool is_swedish_letter(std::uint32_t cp) { return cp == 0xE5 || cp == 0xE4 || cp == 0xF6; }

// Whether a word may have å, ä or ö: their bytes (C3 A5, A4, B6, and C3 85,
// 84, 96 in capitals), or a combining ring or diaeresis (CC 8A, CC 88).
bool may_have_swedish_letters(std::string_view word) {
  for (std::size_t i = word.find_first_of("\xC3\xCC"); i != std::string_view::npos && i + 1 < word.size();
       i = word.find_first_of("\xC3\xCC", i + 1)) {
    const auto next = static_cast<unsigned char>(word[i + 1]);
    if (word[i] == '\xC3' ? next == 0xA5 || next == 0xA4 || next == 0xB6 || next == 0x85 || next == 0x84 || next == 0x96
                          : next == 0x8A || next == 0x88)
      return true;
  }
  return false;
}

}  // namespace

std::string fold_search_keeping(std::string_view word) {
  if (!may_have_swedish_letters(word)) return fold_search(word);
  // The letters as bytes fold_search keeps (1, 2, 3), folded, and back.
  std::string marked;
  bool any = false;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    const std::uint32_t cp = next_code_point(word, i);
    if (const std::uint32_t letter = swedish_letter(cp, word, i)) {
      if (!any) marked.assign(word.substr(0, at));
      any = true;
      marked += static_cast<char>(letter == 0xE5 ? 1 : letter == 0xE4 ? 2 : 3);
    } else if (any) {
      marked.append(word.substr(at, i - at));
    }
  }
  if (!any) return fold_search(word);
  std::string out;
  for (const char c : fold_search(marked)) {
    if (c >= 1 && c <= 3) {
      append_utf8(out, c == 1 ? 0xE5 : c == 2 ? 0xE4 : 0xF6);
    } else {
      out += c;
    }
  }
  return out;
}

std::string key_keeping(std::string_view word, std::string_view key) {
  if (!may_have_swedish_letters(word)) return std::string(key);
  std::string out;
  std::size_t at = 0;      // bytes of the folded word so far
  std::size_t copied = 0;  // of the key, into out
  for (std::size_t i = 0; i < word.size() && at < key.size();) {
    const std::uint32_t cp = next_code_point(word, i);
    if (const std::uint32_t letter = swedish_letter(cp, word, i)) {
      if (key[at] != (letter == 0xF6 ? 'o' : 'a')) return std::string(key);  // not the word's start
      out.append(key.substr(copied, at - copied));
      append_utf8(out, letter);
      copied = ++at;
    } else {
      at += folded_size(cp);
    }
  }
  if (copied == 0) return std::string(key);
  out.append(key.substr(copied));
  return out;
}

bool has_swedish_letters(std::string_view kept) {
  for (std::size_t i = kept.find('\xC3'); i != std::string_view::npos && i + 1 < kept.size();
       i = kept.find('\xC3', i + 1)) {
    const auto next = static_cast<unsigned char>(kept[i + 1]);
    if (next == 0xA5 || next == 0xA4 || next == 0xB6) return true;
  }
  return false;
}

bool keeps_letters_of(std::string_view typed, std::string_view key) {
  for (std::size_t i = 0, j = 0; i < typed.size() && j < key.size();) {
    const std::uint32_t t = next_code_point(typed, i);
    if (next_code_point(key, j) != t && is_swedish_letter(t)) return false;
  }
  return true;
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
