// Tests for search/tokenizer.h: words of Swedish text, lower-cased, with
// their places in the text.
#include "search/tokenizer.h"

#include <catch2/catch.hpp>

using styrdok::search::for_each_word;
using styrdok::search::lower_case;
using styrdok::search::tokenize;

namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : tokenize(text)) out.push_back(t.word);
  return out;
}

}  // namespace

TEST_CASE("tokenize splits Swedish text into lower-cased words", "[search]") {
  CHECK(words("Erbjuder SFI på kvällstid och/eller digitalt.") ==
        std::vector<std::string>{"erbjuder", "sfi", "på", "kvällstid", "och", "eller", "digitalt"});
  CHECK(words("Självförsörjning – ÅTGÄRDER 2021") == std::vector<std::string>{"självförsörjning", "åtgärder", "2021"});
  CHECK(words("skapandet/utvecklandet av utanförskapsområden.") ==
        std::vector<std::string>{"skapandet", "utvecklandet", "av", "utanförskapsområden"});
  CHECK(words("  \u201Ccitat\u201D § 63, dnr LKS\u00A02021") ==
        std::vector<std::string>{"citat", "63", "dnr", "lks", "2021"});
  CHECK(words("").empty());
}

TEST_CASE("tokenize gives each word's place in the original text", "[search]") {
  const std::string text = "Skapa praktikplatser inom kommunen";
  const auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 4);
  CHECK(text.substr(tokens[1].offset, tokens[1].length) == "praktikplatser");
  const std::string swedish = "Öppna förskolan";
  const auto t2 = tokenize(swedish);
  REQUIRE(t2.size() == 2);
  CHECK(swedish.substr(t2[0].offset, t2[0].length) == "Öppna");
  CHECK(t2[0].word == "öppna");
}

TEST_CASE("lower_case keeps diacritics", "[search]") {
  CHECK(lower_case("ÅÄÖ Éé") == "åäö éé");
  CHECK(lower_case("Nyanlända") == "nyanlända");
}

TEST_CASE("for_each_word finds the words tokenize finds", "[search]") {
  for (const std::string text : {"Erbjuder SFI på kvällstid och/eller digitalt.", "Självförsörjning – ÅTGÄRDER 2021",
                                 "  \u201Ccitat\u201D § 63, dnr LKS\u00A02021 ", "ÉN Ægir ÿ", "", "..."}) {
    std::vector<std::string> seen;
    for_each_word(text, [&](std::string_view w, std::size_t, std::size_t) { seen.emplace_back(w); });
    CHECK(seen == words(text));
  }
}

TEST_CASE("for_each_word gives a word as written only when it is written in lower case", "[search]") {
  // A view into the text where the word is already lower-cased, well-formed
  // UTF-8; else the lower-cased copy.
  const std::string text =
      "plats Plats åtgärd Åtgärd x\xC3\x41y \xC1\xA1z ok\xE2\x80\x93slut";  // C3 41: a broken two-byte letter; C1 A1:
                                                                            // overlong 'a'
  std::vector<std::string> seen;
  std::vector<bool> viewed;
  for_each_word(text, [&](std::string_view w, std::size_t offset, std::size_t) {
    seen.emplace_back(w);
    viewed.push_back(w.data() == text.data() + offset);
  });
  CHECK(seen == std::vector<std::string>{"plats", "plats", "åtgärd", "åtgärd", "x\xC3\xA1y", "az", "ok", "slut"});
  CHECK(viewed == std::vector<bool>{true, false, true, false, false, false, true, true});
}
