// The text of an imported document rebuilt as Markdown: headings, lists,
// paragraphs re-flowed across lines and pages, page furniture and the table
// of contents left out, tables kept. Small text files, imported whole.
#include <catch2/catch.hpp>

#include "import/body_builder.h"
#include "import/importer.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

// The body of the version file that importing `text` gives.
std::string body_of(const std::string& text, std::vector<std::string>* report = nullptr) {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"test.txt", "lysekil/policy", ""}, text, site, diagnostics);
  REQUIRE(r);
  if (report) *report = r->report;
  const auto end = r->file.text.find("\n---\n", 4);
  return r->file.text.substr(end + 5);
}

const std::string kTitle = "Policy för trygghet\n\nBeslutat av: Kommunfullmäktige\n\n";

}  // namespace

TEST_CASE("numbered headings keep their numbers and take their level from them") {
  const auto body = body_of(kTitle +
                            "1. Inledning\n\nKommunen vill att alla ska känna sig trygga, och därför finns denna "
                            "policy med mål och ansvar.\n\n2. Mål\n\nText om mål.\n\n2.1. Mål för skolan\n\n"
                            "Text om skolan.\n\n2.1.1 Förskolan\n\nText om förskolan.\n");
  CHECK(body ==
        "\n## 1. Inledning\n\nKommunen vill att alla ska känna sig trygga, och därför finns denna policy med mål och "
        "ansvar.\n\n## 2. Mål\n\nText om mål.\n\n### 2.1. Mål för skolan\n\nText om skolan.\n\n#### 2.1.1 Förskolan\n\n"
        "Text om förskolan.\n");
}

TEST_CASE("paragraphs are re-flowed across line breaks, with words hyphenated at a line's end joined") {
  const auto body = body_of(kTitle +
                            "Syfte\n\nKommunen vill att alla invånare ska kunna delta i samhällslivet och\n"
                            "känna sig trygga. Integra-\ntionsarbetet omfattar gymnasie-\noch vuxenutbildning.\n\n"
                            "Ett andra stycke.\n");
  CHECK(body ==
        "\n## Syfte\n\nKommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga. "
        "Integrationsarbetet omfattar gymnasie- och vuxenutbildning.\n\nEtt andra stycke.\n");
}

TEST_CASE("bulleted and numbered lists, also written '- 1.', with their items' further lines") {
  const auto body = body_of(kTitle +
                            "Ansvar\n\nKommunen ska:\n\n- Samordna verksamheter för att ge guidning i\n"
                            "samhällsorientering.\n• Erbjuda SFI på kvällstid.\n\n- 1. Utreda mottagandet.\n"
                            "- 2. Redovisa för kommunstyrelsen.\n");
  CHECK(body ==
        "\n## Ansvar\n\nKommunen ska:\n\n- Samordna verksamheter för att ge guidning i samhällsorientering.\n"
        "- Erbjuda SFI på kvällstid.\n\n1. Utreda mottagandet.\n2. Redovisa för kommunstyrelsen.\n");
}

TEST_CASE("repeated page headers, footers and page numbers, and the table of contents, are left out") {
  std::vector<std::string> report;
  const auto body = body_of(
      "Policy för trygghet\n\nBeslutat av: KF\n\nInnehållsförteckning\n\nInledning.......... 2\nAnsvar\t3\n"
      "\fTrygghetspolicy · Dnr KS 2020/1\n\nInledning\n\nKommunen vill att alla invånare ska kunna delta i "
      "samhällslivet och\n\nSida 2 av 3\n"
      "\fTrygghetspolicy · Dnr KS 2020/1\n\nkänna sig trygga.\n\nAnsvar\n\nText om ansvar.\n\nSida 3 av 3\n",
      &report);
  CHECK(body ==
        "\n## Inledning\n\nKommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga.\n\n"
        "## Ansvar\n\nText om ansvar.\n");
  CHECK(std::find(report.begin(), report.end(),
                  "left out, page 1, line 5 to page 1, line 8: \"Innehållsförteckning\" … (the table of contents: "
                  "styrdok makes its own)") != report.end());
  CHECK(std::find(report.begin(), report.end(), "left out, page 3, line 24: \"Sida 3 av 3\" (a page number)") !=
        report.end());
}

TEST_CASE("columns separated by tabs become a table") {
  const auto body = body_of(kTitle + "Mått\n\nMått\tMål\tUtfall\nAndel i SFI\t80\t62\nAndel i arbete\t50\t41\n");
  CHECK(body ==
        "\n## Mått\n\n| Mått | Mål | Utfall |\n| --- | --- | --- |\n| Andel i SFI | 80 | 62 |\n"
        "| Andel i arbete | 50 | 41 |\n");
}

TEST_CASE("joining a line keeps a hyphen before 'och' and in a web address") {
  std::string a = "gymnasie-";
  join_line(a, "och vuxenutbildning");
  CHECK(a == "gymnasie- och vuxenutbildning");
  std::string b = "integra-";
  join_line(b, "tion");
  CHECK(b == "integration");
  std::string c = "se https://example.org/mal-";
  join_line(c, "for-nyanlanda/");
  CHECK(c == "se https://example.org/mal-for-nyanlanda/");
  std::string d = "*Handbok för*";
  join_line(d, "*arbete*");
  CHECK(d == "*Handbok för arbete*");
}

TEST_CASE("joining a line keeps the hyphen of a compound of an abbreviation, a letter or a number") {
  // Before, "AME-" + "chefen" became "AMEchefen" and "Covid-" + "19-pandemin" "Covid- 19-pandemin".
  struct Case {
    std::string line, next, joined;
  };
  for (const auto& [line, next, joined] : std::vector<Case>{{"AME-", "chefen", "AME-chefen"},
                                                            {"(SFI-", "lärarna)", "(SFI-lärarna)"},
                                                            {"ÅVC-", "personalen", "ÅVC-personalen"},
                                                            {"e-", "tjänster", "e-tjänster"},
                                                            {"2020-", "talet", "2020-talet"},
                                                            {"Covid-", "19-pandemin", "Covid-19-pandemin"},
                                                            {"avdel-", "ningen", "avdelningen"},
                                                            {"Förvalt-", "ningen", "Förvaltningen"}}) {
    std::string text = "till " + line;
    join_line(text, next);
    CHECK(text == "till " + joined);
  }
}

TEST_CASE("soft hyphens are taken out of words, and one broken at a line's end is joined") {
  // Before, "samv\u00ADerkan" stayed in the text, and search found "samv" rather than "samverkan".
  std::string a = "i samv\u00AD\u2010";
  join_line(a, "erkan med");
  CHECK(a == "i samverkan med");
  const auto body = body_of(kTitle +
                            "Syfte\n\nMiljöarbetet förutsätter samv\u00ADerkan mellan förvaltningar och "
                            "bolag, och genomförandet beskrivs i handli\u00AD\nngsplaner.\n");
  CHECK(body ==
        "\n## Syfte\n\nMiljöarbetet förutsätter samverkan mellan förvaltningar och bolag, och genomförandet "
        "beskrivs i handlingsplaner.\n");
}

TEST_CASE("heading levels that no heading has are skipped, so that h2 is never followed by h4") {
  const auto body =
      body_of(kTitle +
              "1. Inledning\n\nKommunen vill att alla ska känna sig trygga, och därför finns denna "
              "policy med mål och ansvar.\n\n1.1.1 Skolan\n\nText om skolan.\n\n2. Mål\n\nText om mål.\n");
  CHECK(body ==
        "\n## 1. Inledning\n\nKommunen vill att alla ska känna sig trygga, och därför finns denna policy med "
        "mål och ansvar.\n\n### 1.1.1 Skolan\n\nText om skolan.\n\n## 2. Mål\n\nText om mål.\n");
}
