// End-to-end: `styrdok new` + `styrdok build`: each scaffold has every key,
// fails the check while its required placeholders are empty, and builds
// once they are filled in. Nothing is ever overwritten.
#include <catch2/catch.hpp>

#include <regex>

#include "content/version_file.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

void make_site(const TempDir& dir) {
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
}

std::string fill_in(std::string text, const std::string& key, const std::string& value) {
  return std::regex_replace(text, std::regex("\n" + key + ": *\n"), "\n" + key + ": " + value + "\n");
}

}  // namespace

TEST_CASE("new document creates a version file with every key, which builds once filled in") {
  TempDir dir;
  make_site(dir);
  const std::string site = " --source " + dir.path().string();
  const auto r = run_styrdok(
      "new document lysekil bidragsregler --title 'Regler: bidrag' --type regler --date "
      "2024-05-21" +
      site);
  REQUIRE(r.exit_code == 0);
  const auto file = dir / "content/lysekil/bidragsregler/2024-05-21.md";
  CHECK_THAT(r.output,
             Catch::StartsWith("Created " + dir.path().string() + "/content/lysekil/bidragsregler/2024-05-21.md\n"));
  const std::string text = read_text(file);
  for (const auto& key : version_keys()) CHECK_THAT(text, Catch::Contains("\n" + key + ":"));
  CHECK_THAT(text, Catch::Contains("\ntitle: \"Regler: bidrag\"\n"));
  // The text to replace, in the site's language, with how to write a footnote (not one).
  CHECK_THAT(text, Catch::Contains("---\n\n## Inledning\n\nSkriv texten här. Börja avsnitt med ## och underavsnitt "
                                   "med ###. En fotnot skrivs `[^1]` i texten och `[^1]: …` på en egen rad.\n"));

  const auto unfilled = run_styrdok("check" + site);
  CHECK(unfilled.exit_code == 1);
  CHECK_THAT(unfilled.output,
             Catch::Contains("content/lysekil/bidragsregler/2024-05-21.md:16:1: 'decided_by' is empty"));

  write_text(file, fill_in(text, "decided_by", "Kommunstyrelsen"));
  const auto built = run_styrdok("build --quiet" + site);
  INFO(built.output);
  CHECK(built.exit_code == 0);
  CHECK_THAT(read_text(dir / "public/lysekil/bidragsregler/index.html"), Catch::Contains("Regler: bidrag"));
  CHECK(run_styrdok("check" + site).output.find("warning") == std::string::npos);

  const auto again = run_styrdok("new document lysekil bidragsregler" + site);
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.output, Catch::Contains("content/lysekil/bidragsregler: the document already exists; add a "
                                           "revision with 'styrdok new version lysekil/bidragsregler'"));
}

TEST_CASE("new document on an English site starts its text in English") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml("language: en\n"));
  REQUIRE(run_styrdok("new document lysekil grants --source " + dir.path().string()).exit_code == 0);
  CHECK_THAT(
      read_text(dir / "content/lysekil/grants/utkast.md"),
      Catch::Contains("---\n\n## Introduction\n\nWrite the text here. Start sections with ## and sub-sections "
                      "with ###. A footnote is written `[^1]` in the text and `[^1]: …` on a line of its own.\n"));
}

TEST_CASE("new document without a date builds once the date is filled in and the file renamed") {
  TempDir dir;
  make_site(dir);
  const std::string site = " --source " + dir.path().string();
  REQUIRE(run_styrdok("new document lysekil policy" + site).exit_code == 0);
  const auto draft = dir / "content/lysekil/policy/utkast.md";
  std::string text = read_text(draft);
  for (const auto& [key, value] :
       {std::pair{"title", "Policy"}, {"type", "policy"}, {"decided_by", "KS"}, {"decision_date", "2024-02-01"}}) {
    text = fill_in(text, key, value);
  }
  fs::remove(draft);
  write_text(dir / "content/lysekil/policy/2024-02-01.md", text);
  const auto built = run_styrdok("build --quiet" + site);
  INFO(built.output);
  CHECK(built.exit_code == 0);
}

TEST_CASE("new version starts from the newest version and revises it") {
  TempDir dir;
  make_site(dir);
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n"
                        "document_owner: Kanslichef\n",
                        "## Syfte\n\nGammal text.\n"));
  const std::string site = " --source " + dir.path().string();
  const auto r = run_styrdok("new version lysekil/policy --date 2024-03-01" + site);
  REQUIRE(r.exit_code == 0);
  const std::string text = read_text(dir / "content/lysekil/policy/2024-03-01.md");
  CHECK_THAT(text, Catch::Contains("\nreplaces: \"2020-01-01\"\n"));
  CHECK_THAT(text, Catch::Contains("\ndocument_owner: Kanslichef\n"));
  CHECK_THAT(text, Catch::Contains("\ndecision_date: 2024-03-01\n"));
  CHECK_THAT(text, Catch::Contains("\n---\n## Syfte\n\nGammal text.\n"));
  const auto built = run_styrdok("build --quiet" + site);
  INFO(built.output);
  CHECK(built.exit_code == 0);
  CHECK(fs::exists(dir / "public/lysekil/policy/jamfor/2020-01-01/2024-03-01/index.html"));

  const auto again = run_styrdok("new version lysekil/policy --date 2024-03-01" + site);
  CHECK(again.exit_code == 1);
  CHECK_THAT(again.output, Catch::Contains("content/lysekil/policy/2024-03-01.md: the file already exists; nothing "
                                           "was changed"));
  const auto missing = run_styrdok("new version lysekil/finns-inte" + site);
  CHECK(missing.exit_code == 1);
}

TEST_CASE("new meeting creates a meeting file that builds once its agenda item is filled in") {
  TempDir dir;
  make_site(dir);
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  const std::string site = " --source " + dir.path().string();
  const auto r = run_styrdok("new meeting lysekil Kommunstyrelsen --date 2025-03-10 --title 'KS: mars'" + site);
  REQUIRE(r.exit_code == 0);
  const auto file = dir / "meetings/2025-03-10-kommunstyrelsen.yaml";
  std::string text = read_text(file);
  CHECK_THAT(text, Catch::Contains("\ntitle: \"KS: mars\"\n"));
  const auto unfilled = run_styrdok("check" + site);
  CHECK(unfilled.exit_code == 1);
  CHECK_THAT(unfilled.output, Catch::Contains("meetings/2025-03-10-kommunstyrelsen.yaml:24:5: 'document' is empty"));
  text = std::regex_replace(text, std::regex("\n  - title:\n"), "\n  - title: Policyn\n");
  text = std::regex_replace(text, std::regex("\n    document:\n"), "\n    document: lysekil/policy\n");
  write_text(file, text);
  const auto built = run_styrdok("build --quiet" + site);
  INFO(built.output);
  CHECK(built.exit_code == 0);
  CHECK(fs::exists(dir / "public/moten/2025-03-10-kommunstyrelsen/index.html"));
  CHECK(run_styrdok("new meeting lysekil Kommunstyrelsen --date 2025-03-10" + site).exit_code == 1);
}

TEST_CASE("new writes a value given with a line break or a terminal's control codes on one line, as YAML reads it") {
  TempDir dir;
  make_site(dir);
  const std::string site = " --source " + dir.path().string();
  const auto r = run_styrdok(
      "new document lysekil bidrag --title \"$(printf 'Rad1\\nRad2\\033[31m')\" --type regler "
      "--date 2024-05-21" +
      site);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string text = read_text(dir / "content/lysekil/bidrag/2024-05-21.md");
  CHECK_THAT(text, Catch::Contains("\ntitle: \"Rad1 Rad2[31m\"\n"));
  const auto check = run_styrdok("check" + site);
  CHECK_THAT(check.output, !Catch::Contains("invalid YAML") && !Catch::Contains("control character"));
}

TEST_CASE("new version of a document whose version has an error says so, not that the document is missing") {
  TempDir dir;
  make_site(dir);
  const std::string site = " --source " + dir.path().string();
  REQUIRE(run_styrdok("new document lysekil avfallsplan --title Avfallsplan --type plan --date 2024-05-21" + site)
              .exit_code == 0);
  // decided_by is left empty, as new writes it: the version does not read yet.
  const auto r = run_styrdok("new version lysekil/avfallsplan --date 2026-02-10" + site);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/avfallsplan/2024-05-21.md:"));
  CHECK_THAT(r.output, Catch::Contains("'decided_by' is empty"));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/avfallsplan: no version of the document can be read (see "
                                       "above); correct it, then add the new version"));
  CHECK_THAT(r.output, !Catch::Contains("start one with 'styrdok new document'"));
}
