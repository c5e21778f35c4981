// The examples in docs/content-format.md are built by the test suite, so the
// documentation a clerk follows cannot drift from what styrdok accepts.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

// The first fenced block of `language` after the line containing `after`.
std::string fenced_block(const std::string& doc, const std::string& after, const std::string& language) {
  const auto anchor = doc.find(after);
  REQUIRE(anchor != std::string::npos);
  const std::string fence = "```" + language + "\n";
  const auto start = doc.find(fence, anchor);
  REQUIRE(start != std::string::npos);
  const auto body = start + fence.size();
  const auto end = doc.find("```\n", body);
  REQUIRE(end != std::string::npos);
  return doc.substr(body, end - body);
}

}  // namespace

TEST_CASE("the site file and version in docs/content-format.md build as documented") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  TempDir site;
  write_text(site / "site.yaml", fenced_block(doc, "## `site.yaml`", "yaml"));
  write_text(site / "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md",
             fenced_block(doc, "### Front matter", "markdown"));
  copy_repository_theme(site.path());
  const auto r = run_styrdok("build --quiet --as-of 2022-01-01 --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string page = read_text(site / "public/lysekil/riktlinjer-for-integrationsarbete/index.html");
  CHECK_THAT(page, Catch::Contains("<dt>Diarienummer</dt><dd>LKS 2021-000173</dd>"));
  CHECK_THAT(page, Catch::Contains("<dt>Nästa översyn</dt><dd>30 september 2023</dd>"));
  CHECK_THAT(page, Catch::Contains("status-in_force"));
}

TEST_CASE("the error messages shown in docs/content-format.md are the ones styrdok prints") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  const std::string shown = fenced_block(doc, "## Errors", "text");
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  write_text(site / "content/lysekil/riktlinjer/2021-05-19.md",
             version_md("title: Riktlinjer\ntype: riktlinjer\ndecided_by: Kommunfullmäktige\n"
                        "decision_date: 2021-02-30\nvalid_util: 2023-12-31\n"));
  const auto r = run_styrdok("check --source " + site.path().string());
  CHECK(r.exit_code == 1);
  std::istringstream lines(shown);
  for (std::string line; std::getline(lines, line);) {
    CHECK_THAT(r.output, Catch::Contains(line));
  }
}

TEST_CASE("the action plan, spreadsheet and indicator examples in docs/content-format.md build as documented") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  TempDir site;
  write_text(site / "site.yaml", fenced_block(doc, "## `site.yaml`", "yaml"));
  copy_repository_theme(site.path());
  // The site file of the docs declares Lysekil only; the plan goes there.
  const std::string dir = "content/lysekil/integrationspolicy/";
  write_text(site / (dir + "odaterad.md"),
             version_md("title: Policy\ntype: policy\ndecided_by: unknown\ndecision_date: unknown\n",
                        "## Strävan i Dals-Ed\n\nText.\n\n## Vuxna\n\nText.\n"));
  const std::string plan_yaml = fenced_block(doc, "## Action plans", "yaml");
  write_text(site / (dir + "handlingsplaner/handlingsplan.yaml"), plan_yaml);
  write_text(site / (dir + "indikatorer/sfi.yaml"), fenced_block(doc, "## Indicators", "yaml"));
  write_text(site / (dir + "indikatorer/sfi.csv"), fenced_block(doc, "## Indicators", "text"));
  const std::string build = "build --quiet --as-of 2015-01-01 --source " + site.path().string();
  auto r = run_styrdok(build);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const fs::path page = site / "public/lysekil/integrationspolicy/handlingsplaner/handlingsplan/index.html";
  CHECK_THAT(read_text(page), Catch::Contains("<td>innan januari 2014</td>"));
  CHECK_THAT(read_text(page), Catch::Contains("Klar efter tidsgränsen"));
  CHECK_THAT(read_text(site / "public/lysekil/integrationspolicy/indikatorer/index.html"),
             Catch::Contains("<th scope=\"row\">2014</th><td>66</td>"));

  // The spreadsheet example in place of the inline actions.
  write_text(site / (dir + "handlingsplaner/handlingsplan.yaml"), plan_yaml.substr(0, plan_yaml.find("actions:")));
  write_text(site / (dir + "handlingsplaner/handlingsplan.csv"), fenced_block(doc, "**Spreadsheets.**", "text"));
  r = run_styrdok(build);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(read_text(page), Catch::Contains("Utred hur mottagandet kan samlas"));
}

TEST_CASE("the meeting file in docs/content-format.md builds a meeting page and its handout") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  TempDir site;
  write_text(site / "site.yaml", fenced_block(doc, "## `site.yaml`", "yaml"));
  write_text(site / "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md",
             fenced_block(doc, "### Front matter", "markdown"));
  write_text(site / "meetings/2022-02-14-kommunstyrelsen.yaml",
             fenced_block(doc, "## Meetings and their handouts", "yaml"));
  copy_repository_theme(site.path());
  const auto r = run_styrdok("build --quiet --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string page = read_text(site / "public/moten/2022-02-14-kommunstyrelsen/index.html");
  CHECK_THAT(page, Catch::Contains("<dd>Stadshuset, Lysekil</dd>"));
  const std::string handout = read_text(site / "public/moten/2022-02-14-kommunstyrelsen/utskrift/index.html");
  CHECK_THAT(handout, Catch::Contains("Punkt 1. Riktlinjer för integrationsarbete, uppföljning</h2>"));
  CHECK_THAT(read_text(site / "public/lysekil/index.html"),
             Catch::Contains("<a href=\"../moten/2022-02-14-kommunstyrelsen/index.html\">"));
}

TEST_CASE("the plan agenda item in docs/content-format.md names the example site's plan, as its meeting does") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  const std::string item = fenced_block(doc, "An item with `plan:`", "yaml");
  const auto plan_line = item.substr(item.find("    plan: "));
  REQUIRE(plan_line.size() > 10);
  // The example meeting builds (example_site_test), so the reference the docs show resolves.
  CHECK_THAT(read_text(fs::path(STYRDOK_SOURCE_DIR) / "meetings/2016-01-20-kommunstyrelsen.yaml"),
             Catch::Contains(plan_line));
}

TEST_CASE("the links shown in docs/content-format.md build into relative links") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  TempDir site;
  write_text(site / "site.yaml", fenced_block(doc, "## `site.yaml`", "yaml"));
  write_text(site / "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md",
             fenced_block(doc, "### Front matter", "markdown") + "\n" +
                 fenced_block(doc, "### Links to other documents and sections", "markdown"));
  copy_repository_theme(site.path());
  const auto r = run_styrdok("build --quiet --as-of 2022-01-01 --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string page = read_text(site / "public/lysekil/riktlinjer-for-integrationsarbete/2021-05-19/index.html");
  CHECK_THAT(page,
             Catch::Contains("<a href=\"../../../lysekil/riktlinjer-for-integrationsarbete/index.html#inledning\">"));
  CHECK_THAT(page, Catch::Contains("<a href=\"#inledning\">Inledning</a>"));
}

TEST_CASE("the message for a link out of the site in docs/content-format.md is the one styrdok prints") {
  const std::string doc = read_text(fs::path(STYRDOK_SOURCE_DIR) / "docs/content-format.md");
  const std::string shown = fenced_block(doc, "**Only the site's own files.**", "text");
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  fs::remove(site / "themes/default/static/assets/logo.svg");
  fs::create_symlink("/srv/gemensamt/logo.svg", site / "themes/default/static/assets/logo.svg");
  const auto r = run_styrdok("check --source " + site.path().string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == shown + "styrdok: 1 error; nothing was written.\n");
}
