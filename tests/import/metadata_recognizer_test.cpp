// The metadata block in the forms municipalities write it, each as a small
// text file imported whole: the front matter written, and the report.
#include <catch2/catch.hpp>

#include "import/importer.h"
#include "import/version_parts.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

const std::string kBody =
    "\nInledning\n\nKommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga i "
    "vardagen, och därför finns denna text.\n";

struct Imported {
  VersionParts parts;
  std::string text;
  std::vector<std::string> report;
};

Imported import_text(const std::string& front) {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"test.txt", "lysekil/policy", ""}, front + kBody, site, diagnostics);
  REQUIRE(r);
  return {parts_of(r->file.text), r->file.text, r->report};
}

}  // namespace

TEST_CASE("label and value on one line: a tab, spaces or a colon between them") {
  const auto r = import_text(
      "Riktlinjer för bidrag\n\nFastställt av:\tKommunfullmäktige\nDatum:\t2021-05-19, § 63\n"
      "Dnr    LKS 2021-000173\nDokumentansvarig: Avdelningschef\nGiltig t.o.m.: 2023-12-31\n");
  CHECK(r.parts.front.at("title") == "Riktlinjer för bidrag");
  CHECK(r.parts.front.at("type") == "riktlinjer");
  CHECK(r.parts.front.at("decided_by") == "Kommunfullmäktige");
  CHECK(r.parts.front.at("decision_date") == "2021-05-19");
  CHECK(r.parts.front.at("paragraph") == "63");
  CHECK(r.parts.front.at("registration_number") == "LKS 2021-000173");
  CHECK(r.parts.front.at("document_owner") == "Avdelningschef");
  CHECK(r.parts.front.at("valid_until") == "2023-12-31");
}

TEST_CASE("several pairs on one line, and label and value on separate lines") {
  const auto r = import_text(
      "Plan för Ljungskile\n\nBeslutad av: KS   Datum: 2018-11-27   Dnr: KS 2018/12\n\nGäller till och med\n\n"
      "Tills vidare\n\nNästa översyn\n\n2024-06-30\n");
  CHECK(r.parts.front.at("decided_by") == "KS");
  CHECK(r.parts.front.at("decision_date") == "2018-11-27");
  CHECK(r.parts.front.at("registration_number") == "KS 2018/12");
  CHECK(r.parts.front.at("valid_until") == "until_further_notice");
  CHECK(r.parts.front.at("review_by") == "2024-06-30");
}

TEST_CASE("a decision in one value, dates in words, § on its own line") {
  const auto a = import_text("Avfallspolicy\n\nAntagen: Kommunfullmäktige den 4 juni 2018, § 45\n");
  CHECK(a.parts.front.at("decided_by") == "Kommunfullmäktige");
  CHECK(a.parts.front.at("decision_date") == "2018-06-04");
  CHECK(a.parts.front.at("paragraph") == "45");
  const auto b = import_text("Avfallspolicy\n\nBeslutsdatum: 4 juni 2018\n§ 45\nBeslutande organ: KF\n");
  CHECK(b.parts.front.at("decision_date") == "2018-06-04");
  CHECK(b.parts.front.at("paragraph") == "45");
  CHECK(b.parts.front.at("decided_by") == "KF");
  // A sentence: its full stop is no part of the body that decided.
  const auto sentence = import_text("Avfallspolicy\n\nBeslutad av kommunfullmäktige 2021-05-19, § 63.\n");
  CHECK(sentence.parts.front.at("decided_by") == "kommunfullmäktige");
  CHECK(sentence.parts.front.at("decision_date") == "2021-05-19");
  CHECK(sentence.parts.front.at("paragraph") == "63");
  const auto c = import_text("Avfallspolicy\n\nFr.o.m. 2019-01-01 och tills vidare\n");
  CHECK(c.parts.front.at("valid_from") == "2019-01-01");
  CHECK(c.parts.front.at("valid_until") == "until_further_notice");
}

TEST_CASE("a form's placeholder is no value, what is not given is unknown, never a guess") {
  const auto r = import_text("Integrationspolicy\n\nGiltighetstid\n\nFyll i tid\n\nBeslutsdatum: Ange datum\n");
  CHECK(r.parts.front.at("valid_until") == "unknown");
  CHECK(r.parts.front.at("decision_date") == "unknown");
  CHECK(r.parts.front.at("decided_by") == "unknown");
  CHECK(r.parts.front.count("registration_number") == 0);
  CHECK_THAT(r.text, Catch::Contains("\ndecided_by: unknown\ndecision_date: unknown\n"));
  const auto no_date = import_text("Integrationspolicy\n\nDatum: våren 2019\n");
  CHECK(no_date.parts.front.at("decision_date") == "unknown");
  CHECK(std::find(no_date.report.begin(), no_date.report.end(),
                  "not read, line 3: Datum: 'våren 2019' is not a date") != no_date.report.end());
}

TEST_CASE("secrecy, level and the document's dates become keys, a contact person a comment for the clerk") {
  const auto r = import_text(
      "Riktlinjer för bidrag\n\nBeslutat av: Kommunstyrelsen\nKontaktperson: Anna Andersson, 0523-61 30 00\n"
      "Eventuell sekretess: Nej\nNivå: Kommungemensamt styrdokument\nUpprättad: 2018-03-01\n"
      "Senast reviderad: den 1 mars 2020\n");
  CHECK_THAT(r.text, Catch::Contains("\nconfidentiality: Nej\nlevel: Kommungemensamt styrdokument\n"
                                     "document_date: 2018-03-01\nlast_revised: 2020-03-01\n"));
  CHECK_THAT(r.text, Catch::Contains("# --- styrdok import: as the source writes it; split it into name, role, phone "
                                     "and email under\n# 'contact:' (see docs/content-format.md) ---\n"
                                     "# contact: Anna Andersson, 0523-61 30 00\n"
                                     "# --- end ---\n"));
  CHECK(r.parts.front.count("contact") == 0);
}

TEST_CASE("the type from a 'Typ av dokument' line, the marked kind, or the title") {
  CHECK(import_text("Riktlinjer för bidrag\n\nTyp av dokument: Policy\n").parts.front.at("type") == "policy");
  CHECK(import_text("Strategi\nProgram\nPlan\n>> Policy\nRiktlinjer\nRegler\n\nOm integration\n")
            .parts.front.at("type") == "policy");
  CHECK(import_text("Handlingsplan för trygghet\n").parts.front.at("type") == "handlingsplan");
  const auto none = import_text("Om integration\n\nBeslutat av: KF\n");
  CHECK(none.parts.front.count("type") == 0);
  CHECK(std::find(none.report.begin(), none.report.end(),
                  "type: not found; write it in the file before 'styrdok check' passes") != none.report.end());
}

TEST_CASE("a proposal's metadata, as the print edition words it, makes a proposal") {
  const auto r = import_text(
      "Policy för bidrag\n\nFörslag daterat: 11 januari 2016\nFramlagt av: Kommunstyrelsens förvaltning\n"
      "Ska behandlas av: Kommunfullmäktige\nPlanerat beslutsdatum: 10 februari 2016\n"
      "Föreslås gälla från: 1 mars 2016\n");
  CHECK(r.parts.front.at("status") == "proposal");
  CHECK(r.parts.front.at("proposal_date") == "2016-01-11");
  CHECK(r.parts.front.at("proposed_by") == "Kommunstyrelsens förvaltning");
  CHECK(r.parts.front.at("decided_by") == "Kommunfullmäktige");
  CHECK(r.parts.front.at("decision_date") == "2016-02-10");
  CHECK(r.parts.front.at("valid_from") == "2016-03-01");
  // Named only as unknown, a proposal's label still says what the version is.
  const auto unknown =
      import_text("Policy för bidrag\n\nBeslutsdatum: 10 februari 2016\n\nUppgift saknas: framlagt av.\n");
  CHECK(unknown.parts.front.at("status") == "proposal");
  // A decided version is not one.
  CHECK(import_text("Policy för bidrag\n\nBeslutat av: KF\n").parts.front.count("status") == 0);
}

TEST_CASE("a period the print edition states as it turned out is read as the decision gave it") {
  CHECK(import_text("Policy\n\nBeslutsdatum: 2015-01-01\nGäller till och med: 30 juni 2022 (enligt beslutet: tills "
                    "vidare)\n")
            .parts.front.at("valid_until") == "until_further_notice");
  CHECK(import_text("Policy\n\nBeslutsdatum: 2015-01-01\nGäller till och med: 31 mars 2015 (enligt beslutet: "
                    "uppgift saknas)\n")
            .parts.front.at("valid_until") == "unknown");
  CHECK(import_text("Policy\n\nDecision date: 2015-01-01\nValid until: 31 March 2015 (as decided: 31 December 2016)\n")
            .parts.front.at("valid_until") == "2016-12-31");
}

TEST_CASE("a text revised after the decision it is named after is pointed out") {
  // Before, the revision's date was kept quietly, and the page said the text applied from the first decision.
  const auto r = import_text(
      "Riktlinjer för representation\n\nAntagen av kommunfullmäktige 2019-04-25, § 58\n"
      "Reviderad av kommunfullmäktige 2023-02-23, § 14\nDnr: KS 2019/77\n");
  REQUIRE(!r.report.empty());
  CHECK(r.report.front() ==
        "warning: the text was revised on 2023-02-23 (line 4), after the decision of 2019-04-25 that this version is "
        "named after; if the revision was a decision, the text in force is its: write its date and § as decision_date "
        "and paragraph, and name the file after it");
  const auto same_day = import_text(
      "Riktlinjer för representation\n\nAntagen av kommunfullmäktige 2019-04-25\n"
      "Reviderad: 2019-04-25\n");
  CHECK_THAT(same_day.report.front(), !Catch::StartsWith("warning"));
}

TEST_CASE("a front page naming another municipality than the organisation it goes to is pointed out") {
  // Before, Stenungsund's policy went into Lysekil's documents without a word.
  const auto other = import_text("STENUNGSUNDS KOMMUN\n\nIntegrationspolicy\n\nBeslutad av: Kommunfullmäktige\n");
  REQUIRE(!other.report.empty());
  CHECK(other.report.front() ==
        "warning: the front page names STENUNGSUNDS KOMMUN (line 1), but the file goes to the organisation Lysekils "
        "kommun; if it is another's, import it again with --org and that one's id from site.yaml");
  const auto own = import_text("LYSEKILS KOMMUN\n\nIntegrationspolicy\n\nBeslutad av: Kommunfullmäktige\n");
  CHECK_THAT(own.report.front(), !Catch::StartsWith("warning"));
  const auto committee =
      import_text("Kommunstyrelsen i Stenungsunds kommun\n\nIntegrationspolicy\n\nBeslutad av: Kommunfullmäktige\n");
  CHECK_THAT(committee.report.front(), !Catch::StartsWith("warning"));
}
