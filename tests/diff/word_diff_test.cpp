// Tests for diff/word_diff.h: tokens, and the redline of one piece of text.
// Marks are asserted as exact strings; a replacement is always <del> first,
// then <ins>.
#include "diff/word_diff.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using styrdok::count_words;
using styrdok::diff_words;
using styrdok::tokenize_words;
using styrdok::WordDiff;
using Kind = styrdok::WordToken::Kind;

TEST_CASE("tokenize_words keeps Swedish letters inside words and splits punctuation off", "[word_diff]") {
  const std::string text = "Självförsörjande inom 2,5 år – så snart\u00a0som möjligt!";
  const auto tokens = tokenize_words(text);
  std::vector<std::string> words, all;
  std::string joined;
  for (const auto& t : tokens) {
    if (t.kind == Kind::word) words.emplace_back(t.text);
    all.emplace_back(t.text);
    joined += t.text;
  }
  CHECK(joined == text);
  CHECK(words == std::vector<std::string>{"Självförsörjande", "inom", "2", "5", "år", "så", "snart", "som", "möjligt"});
  CHECK(all ==
        std::vector<std::string>{
            "Självförsörjande", " ",   "inom", " ",       "2", ",", "5", " ", "år", " ", "–", " ", "så", " ", "snart",
            "\u00a0",           "som", " ",    "möjligt", "!"});
  CHECK(tokens[10].kind == Kind::punctuation);  // the en dash
  CHECK(tokens[15].kind == Kind::space);        // the non-breaking space
}

TEST_CASE("count_words counts words, not spaces or punctuation", "[word_diff]") {
  CHECK(count_words("") == 0);
  CHECK(count_words(" – ") == 0);
  CHECK(count_words("Det övergripande målet med integrationen är att alla ska vara självförsörjande inom 2,5 år.") ==
        15);
}

TEST_CASE("diff_words marks a replaced word as deletion then insertion", "[word_diff]") {
  const WordDiff d = diff_words("Klart innan januari 2014.", "Klart innan juni 2014.");
  CHECK(d.inline_html == "Klart innan <del>januari</del><ins>juni</ins> 2014.");
  CHECK(d.old_html == "Klart innan <del>januari</del> 2014.");
  CHECK(d.new_html == "Klart innan <ins>juni</ins> 2014.");
  CHECK(d.words_added == 1);
  CHECK(d.words_removed == 1);
}

TEST_CASE("diff_words marks inserted words, leaving the space before them unmarked", "[word_diff]") {
  const WordDiff d = diff_words("Erbjuder SFI på kvällstid.", "Erbjuder SFI på kvällstid och helger.");
  CHECK(d.inline_html == "Erbjuder SFI på kvällstid <ins>och helger</ins>.");
  CHECK(d.old_html == "Erbjuder SFI på kvällstid.");
  CHECK(d.new_html == "Erbjuder SFI på kvällstid <ins>och helger</ins>.");
  CHECK(d.words_added == 2);
  CHECK(d.words_removed == 0);
}

TEST_CASE("diff_words marks deleted words as one deletion", "[word_diff]") {
  const WordDiff d = diff_words("Söka efter boenden i hela kommunen för nyanlända för att motverka segregation.",
                                "Söka efter boenden för nyanlända för att motverka segregation.");
  CHECK(d.inline_html == "Söka efter boenden <del>i hela kommunen</del> för nyanlända för att motverka segregation.");
  CHECK(d.old_html == d.inline_html);
  CHECK(d.new_html == "Söka efter boenden för nyanlända för att motverka segregation.");
  CHECK(d.words_added == 0);
  CHECK(d.words_removed == 3);
}

TEST_CASE("diff_words puts the space between two changed words inside one mark", "[word_diff]") {
  const WordDiff d = diff_words("Klart innan januari 2014.", "Klart före juni 2014.");
  CHECK(d.inline_html == "Klart <del>innan januari</del><ins>före juni</ins> 2014.");
  CHECK(d.old_html == "Klart <del>innan januari</del> 2014.");
  CHECK(d.new_html == "Klart <ins>före juni</ins> 2014.");
  CHECK(d.words_added == 2);
  CHECK(d.words_removed == 2);
}

TEST_CASE("diff_words keeps a word between two one-word changes unmarked", "[word_diff]") {
  const WordDiff d = diff_words("Klart innan januari 2014.", "Klart före januari 2015.");
  CHECK(d.inline_html == "Klart <del>innan</del><ins>före</ins> januari <del>2014</del><ins>2015</ins>.");
  CHECK(d.words_added == 2);
  CHECK(d.words_removed == 2);
}

TEST_CASE("diff_words folds a lone common word between longer changes into one rewrite", "[word_diff]") {
  const WordDiff d = diff_words("Skapa praktikplatser inom kommunen.",
                                "Erbjuda lärlingsplatser inom näringslivet och föreningslivet.");
  CHECK(d.inline_html ==
        "<del>Skapa praktikplatser inom kommunen</del><ins>Erbjuda lärlingsplatser inom näringslivet och "
        "föreningslivet</ins>.");
  CHECK(d.words_removed == 4);  // "inom" is inside both marks, so it counts on both sides
  CHECK(d.words_added == 6);
}

TEST_CASE("diff_words compares whole words that contain å, ä and ö", "[word_diff]") {
  // Were 'ö' a separator, only "jlighet" -> "jligheter" would be marked.
  const WordDiff d = diff_words("ha möjlighet till eget boende", "ha möjligheter till eget boende");
  CHECK(d.inline_html == "ha <del>möjlighet</del><ins>möjligheter</ins> till eget boende");

  const WordDiff e = diff_words("Erbjuder SFI på kvällstid och/eller digitalt för att säkerställa möjligheten.",
                                "Erbjuda SFI på dagtid och/eller digitalt för att säkerställa möjligheten.");
  CHECK(e.inline_html ==
        "<del>Erbjuder</del><ins>Erbjuda</ins> SFI på <del>kvällstid</del><ins>dagtid</ins> och/eller digitalt för att "
        "säkerställa möjligheten.");
  CHECK(e.words_added == 2);
  CHECK(e.words_removed == 2);

  const WordDiff f = diff_words("självförsörjande inom 2,5 år", "självförsörjande inom två år");
  CHECK(f.inline_html == "självförsörjande inom <del>2,5</del><ins>två</ins> år");
  CHECK(f.words_removed == 2);
  CHECK(f.words_added == 1);
}

TEST_CASE("diff_words marks changed punctuation without counting words", "[word_diff]") {
  const WordDiff d = diff_words("Klart innan januari 2014.", "Klart innan januari 2014!");
  CHECK(d.inline_html == "Klart innan januari 2014<del>.</del><ins>!</ins>");
  CHECK(d.words_added == 0);
  CHECK(d.words_removed == 0);
}

TEST_CASE("diff_words escapes text inside and outside marks", "[word_diff]") {
  const WordDiff d = diff_words("Barn < 18 år & \"unga\"", "Barn < 16 år & \"unga\"");
  CHECK(d.inline_html == "Barn &lt; <del>18</del><ins>16</ins> år &amp; &quot;unga&quot;");
  const WordDiff e = diff_words("A & B", "A & <B>");
  CHECK(e.inline_html == "A &amp; <ins>&lt;</ins>B<ins>&gt;</ins>");
}

TEST_CASE("diff_words of equal or empty texts", "[word_diff]") {
  const WordDiff same = diff_words("Ta vara på nyanländas utbildningar.", "Ta vara på nyanländas utbildningar.");
  CHECK(same.inline_html == "Ta vara på nyanländas utbildningar.");
  CHECK(same.old_html == same.inline_html);
  CHECK(same.new_html == same.inline_html);
  CHECK(same.words_added == 0);
  CHECK(same.words_removed == 0);

  const WordDiff added = diff_words("", "Ny text.");
  CHECK(added.inline_html == "<ins>Ny text.</ins>");
  CHECK(added.old_html.empty());
  CHECK(added.words_added == 2);

  const WordDiff removed = diff_words("Gammal text.", "");
  CHECK(removed.inline_html == "<del>Gammal text.</del>");
  CHECK(removed.new_html.empty());
  CHECK(removed.words_removed == 2);

  CHECK(diff_words("", "").inline_html.empty());
}

TEST_CASE("diff_words shows a changed middle past max_tokens removed and added whole", "[word_diff]") {
  const std::string older = "Start ett två tre slut.", newer = "Start fyra två fem slut.";
  // Searched word by word, "två" stays between the two changes.
  CHECK_THAT(styrdok::diff_words(older, newer).inline_html, Catch::Contains("</ins> två <del>"));
  // "ett två tre" against "fyra två fem" is 10 tokens with their spaces: past 4, whole.
  const auto bounded = styrdok::diff_words(older, newer, 4);
  CHECK(bounded.inline_html == "Start <del>ett två tre</del><ins>fyra två fem</ins> slut.");
  CHECK(bounded.words_removed == 3);
  CHECK(bounded.words_added == 3);
}
