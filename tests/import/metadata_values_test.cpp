#include "import/metadata_values.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("dates are read as written in numbers or in words, and only whole days") {
  auto iso = [](const std::string& text) {
    const auto d = find_date(text);
    return d ? d->value.iso() : std::string("none");
  };
  CHECK(iso("2018-11-27") == "2018-11-27");
  CHECK(iso("Kommunfullmäktige 2021-05-19, § 63") == "2021-05-19");
  CHECK(iso("den 4 juni 2018") == "2018-06-04");
  CHECK(iso("Beslutad 14 december 2023 § 198") == "2023-12-14");
  CHECK(iso("4 June 2018") == "2018-06-04");
  CHECK(iso("1:a maj 2020") == "2020-05-01");
  CHECK(iso("LKS 2021-000173") == "none");
  CHECK(iso("juni 2018") == "none");
  CHECK(iso("2018") == "none");
  CHECK(iso("2021-02-30") == "none");
  CHECK(iso("31 april 2020") == "none");
  const auto words = find_date("Antagen den 4 juni 2018 av KF");
  REQUIRE(words);
  CHECK(std::string("Antagen den 4 juni 2018 av KF").substr(words->begin, words->end - words->begin) ==
        "den 4 juni 2018");
}

TEST_CASE("paragraphs, 'tills vidare' and placeholders") {
  CHECK(find_paragraph("§ 63")->value == "63");
  CHECK(find_paragraph("2023-12-14 §198")->value == "198");
  CHECK(find_paragraph("§§ 12")->value == "12");
  CHECK_FALSE(find_paragraph("63"));
  CHECK(find_until_further_notice("Tills vidare"));
  CHECK(find_until_further_notice("2021-05-19 och tills vidare")->value == "until_further_notice");
  CHECK(find_until_further_notice("tillsvidare"));
  CHECK_FALSE(find_until_further_notice("2023-12-31"));
  for (const char* p : {"Fyll i tid", "Ange datum", "Klicka här för att ange text.", "Uppgift saknas", "-", "XX",
                        "ÅÅÅÅ-MM-DD", "[Datum]"}) {
    INFO(p);
    CHECK(is_placeholder(p));
  }
  for (const char* v : {"Kommunfullmäktige", "2023/873", "Nej", "Tills vidare"}) {
    INFO(v);
    CHECK_FALSE(is_placeholder(v));
  }
  const std::string decision = "Kommunfullmäktige 2021-05-19, § 63";
  const auto date = find_date(decision);
  REQUIRE(date);
  CHECK(without(decision, date->begin, date->end) == "Kommunfullmäktige, § 63");
  // The full stop that ended the sentence goes with the piece taken, not with the rest.
  const std::string sentence = "kommunfullmäktige 2021-05-19, § 63.";
  const auto paragraph = find_paragraph(sentence);
  REQUIRE(paragraph);
  const std::string without_paragraph = without(sentence, paragraph->begin, paragraph->end);
  CHECK(without_paragraph == "kommunfullmäktige 2021-05-19");
  const auto day = find_date(without_paragraph);
  REQUIRE(day);
  CHECK(without(without_paragraph, day->begin, day->end) == "kommunfullmäktige");
  CHECK(without("Kommunstyrelsen m.fl. 2021-05-19", 22, 32) == "Kommunstyrelsen m.fl.");
  CHECK(trim_separators(" – Kommunfullmäktige, ") == "Kommunfullmäktige");
}

TEST_CASE("document types from their words, definite forms and compounds") {
  CHECK(document_type_of_word("Riktlinjer") == "riktlinjer");
  CHECK(document_type_of_word("Integrationspolicy") == "policy");
  CHECK(document_type_of_word("policyn") == "policy");
  CHECK(document_type_of_word("Handlingsplanen") == "handlingsplan");
  CHECK(document_type_of_word("Avfallsplan") == "plan");
  CHECK(document_type_of_word("Programmet") == "program");
  CHECK(document_type_of_word("Kommunen") == "");
  CHECK(document_type_in("Policy för integrationsarbetet I Dals-Eds Kommun") == "policy");
  CHECK(document_type_in("Lysekils kommuns riktlinjer för integrationsarbete") == "riktlinjer");
}
