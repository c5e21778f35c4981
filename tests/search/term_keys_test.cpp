// Tests for search/term_keys.h: Snowball stems, folded, so that inflected
// and unaccented forms of a Swedish word meet under one key.
#include "search/term_keys.h"

#include <catch2/catch.hpp>

using styrdok::Language;
using styrdok::search::fold_search_keeping;
using styrdok::search::has_swedish_letters;
using styrdok::search::keeps_letters_of;
using styrdok::search::key_keeping;
using styrdok::search::TermKeys;

TEST_CASE("Swedish inflections share a key", "[search]") {
  TermKeys keys(Language::sv);
  CHECK(keys.key("praktikplatser") == keys.key("praktikplatserna"));
  CHECK(keys.key("praktikplatser") == "praktikplats");
  CHECK(keys.key("nyanlända") == keys.key("nyanländ"));
  CHECK(keys.key("kommunerna") == keys.key("kommunen"));
  CHECK(keys.key("nyanlända") == "nyanland");
}

TEST_CASE("keys are folded, so a query without å, ä, ö finds the word", "[search]") {
  TermKeys keys(Language::sv);
  CHECK(keys.key("självförsörjning") == keys.key("sjalvforsorjning"));
  CHECK(keys.key("självförsörjning") == "sjalvforsorjning");
  CHECK(keys.key("kvällstid") == keys.key("kvallstid"));
}

TEST_CASE("a word folded keeping å, ä and ö, and whether a key keeps those a query word has", "[search]") {
  CHECK(fold_search_keeping("Våld") == "våld");
  CHECK(fold_search_keeping("ÅRSREDOVISNING") == "årsredovisning");
  CHECK(fold_search_keeping("Re\u0301sume\u0301") == "resume");
  CHECK(fold_search_keeping("a\u030Ar och o\u0308") == "år och ö");  // a letter and its combining mark
  CHECK(fold_search_keeping("plain") == "plain");
  CHECK(has_swedish_letters("år"));
  CHECK(!has_swedish_letters("ar"));
  CHECK(keeps_letters_of("år", "år"));
  CHECK(!keeps_letters_of("år", "är"));
  CHECK(!keeps_letters_of("våld", "vald"));
  CHECK(keeps_letters_of("vald", "våld"));        // typed without them: any
  CHECK(keeps_letters_of("mål", "målsättning"));  // as far as both go
  CHECK(keeps_letters_of("målen", "mål"));
  // A key with the word's letters where it has them.
  CHECK(key_keeping("året", "ar") == "år");
  CHECK(key_keeping("högskolorna", "hogskol") == "högskol");
  CHECK(key_keeping("a\u030Arets", "ar") == "år");     // a letter and its combining mark
  CHECK(key_keeping("ærligt", "aerlig") == "aerlig");  // a letter folded to two
  CHECK(key_keeping("nyanlända", "nyanland") == "nyanländ");
  CHECK(key_keeping("platser", "plats") == "plats");  // none
  CHECK(key_keeping("städer", "stad") == "städ");
  CHECK(key_keeping("kärnan", "karn") == "kärn");
  CHECK(key_keeping("vårdförbundet", "vard") == "vård");  // only as far as the key goes
}

TEST_CASE("an English site stems in English", "[search]") {
  TermKeys keys(Language::en);
  CHECK(keys.key("policies") == keys.key("policy"));
  CHECK(keys.key("integration") == keys.key("integrations"));
  TermKeys swedish(Language::sv);
  CHECK(swedish.key("policies") != swedish.key("policy"));
}

TEST_CASE("an edition's language picks its Snowball stemmer, or none", "[search]") {
  CHECK(std::string(styrdok::search::stemmer_for_tag("en")) == "english");
  CHECK(std::string(styrdok::search::stemmer_for_tag("sv")) == "swedish");  // easy-read Swedish
  CHECK(styrdok::search::stemmer_for_tag("so") == nullptr);
  TermKeys english("english");
  CHECK(english.key("policies") == "polici");
  TermKeys somali(nullptr);
  CHECK(somali.key("dugsiyada") == "dugsiyada");
}

TEST_CASE("a query ending is cut, or replaced as English stems it", "[search]") {
  using styrdok::search::cut_ending;
  CHECK(cut_ending("kommunerna", "erna") == "kommun");
  CHECK(cut_ending("policy", "y>i") == "polici");
  CHECK(cut_ending("policies", "ies>i") == "polici");
  CHECK(cut_ending("bry", "y>i").empty());  // fewer than three letters would be left
  CHECK(cut_ending("policy", "s").empty());
}

TEST_CASE("the search folds the Arabic letters typed in several forms as one", "[search]") {
  using styrdok::search::fold_search;
  CHECK(fold_search("الأجانب") == "الاجانب");
  CHECK(fold_search("إدارة") == "اداره");
  CHECK(fold_search("مؤتمر") == "موتمر");
  CHECK(fold_search("مستشفى") == "مستشفي");
  CHECK(fold_search("رئيس") == "رييس");
  CHECK(fold_search("Förskolan") == "forskolan");  // otherwise as fold_diacritics
}
