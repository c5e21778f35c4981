// End-to-end: `styrdok check` on a site seeded with broken links, anchors,
// images and a misspelt key; every one is reported at its place, in text
// and in JSON.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const char* const kFront = "title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n";

// Line 7 is the first line of the body (4 lines of front matter between '---' lines).
void make_seeded_site(const TempDir& dir) {
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/plan/2019-05-01.md",
             version_md("title: Plan\ntype: plan\ndecided_by: KF\ndecision_date: 2019-05-01\n",
                        "## Mål\n\nText.\n\n## Uppföljning\n\nText.\n"));
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md(kFront,
                        "## Syfte\n"                                                                           // 7
                        "\n"                                                                                   // 8
                        "Se [planen](/lysekil/plan/), [målen](/lysekil/plan/#mal), [data](/documents.csv).\n"  // 9
                        "Se [versionen](/lysekil/plan/2019-05-01/#uppfoljning).\n"                             // 10
                        "Se [syftet](#syfte) och [stycket](#p-syfte-1).\n"                                     // 11
                        "Se [fel dokument](/lysekil/planen/).\n"                                               // 12
                        "Se [fel ankare](/lysekil/plan/#malen).\n"                                             // 13
                        "Se [fel version](/lysekil/plan/2019-05-02/).\n"                                       // 14
                        "Se [fel avsnitt](#syftet) och [relativ](../plan/).\n"                                 // 15
                        "Se [fel ankare i version](/lysekil/plan/2019-05-01/#uppfoljningen).\n"                // 16
                        "![Karta](karta.png) och [webb](https://example.org/x).\n"                             // 17
                        "![Logga](/assets/finns-inte.svg)\n"));                                                // 18
}

}  // namespace

TEST_CASE("check reports every broken link, anchor and image where it is written") {
  TempDir dir;
  make_seeded_site(dir);
  const auto r = run_styrdok("check --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  const std::string p = "content/lysekil/policy/2020-01-01.md:";
  std::string expected;
  for (const std::string line : {
           "12:4: link to '/lysekil/planen/': no page has the address '/lysekil/planen/'; did you mean "
           "'/lysekil/plan/'?",
           "13:4: link to '/lysekil/plan/#malen': '/lysekil/plan/' has no heading or paragraph with the anchor "
           "'malen'",
           "14:4: link to '/lysekil/plan/2019-05-02/': no page has the address '/lysekil/plan/2019-05-02/'; did "
           "you mean '/lysekil/plan/2019-05-01/'?",
           "15:4: link to '#syftet': the text has no heading or paragraph with the anchor 'syftet'; did you mean "
           "'syfte'?",
           "15:31: link to '../plan/' is relative; write links within the site as site addresses starting with "
           "'/', e.g. '/lysekil/policy/'",
           "16:4: link to '/lysekil/plan/2019-05-01/#uppfoljningen': '/lysekil/plan/2019-05-01/' has no heading "
           "or paragraph with the anchor 'uppfoljningen'; did you mean 'uppfoljning'?",
           "17:1: image 'karta.png' does not exist: no file content/lysekil/policy/karta.png",
           "18:1: image '/assets/finns-inte.svg' does not exist: no file of the site has this address",
       }) {
    expected += p + line + "\n";
  }
  expected += "styrdok: 8 errors; nothing was written.\n";
  CHECK(r.output == expected);
}

TEST_CASE("check --format json reports the same problems for CI") {
  TempDir dir;
  make_seeded_site(dir);
  const auto r = run_styrdok("check --format json --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::StartsWith("{\n  \"format_version\": 1,\n  \"ok\": false,\n  \"errors\": 8,\n"));
  CHECK_THAT(r.output,
             Catch::Contains("{\"severity\": \"error\", \"path\": \"content/lysekil/policy/2020-01-01.md\", "
                             "\"line\": 12, \"column\": 4, \"message\": \"link to '/lysekil/planen/': no page has "
                             "the address '/lysekil/planen/'; did you mean '/lysekil/plan/'?\""));
}

TEST_CASE("check lists at most 100 problems of one file, says how many more, and counts them all") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  std::string body = "## Syfte\n\n";
  for (int i = 1; i <= 130; ++i) body += "[stycke " + std::to_string(i) + "](#syftee)\n\n";
  write_text(dir / "content/lysekil/policy/2020-01-01.md", version_md(kFront, body));
  write_text(dir / "content/lysekil/plan/2019-05-01.md",
             version_md("title: Plan\ntype: plan\ndecided_by: KF\ndecision_date: 2019-05-01\n", "[x](#saknas)\n"));
  const auto r = run_styrdok("check --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  const std::string p = "content/lysekil/policy/2020-01-01.md";
  std::size_t listed = 0;
  for (std::size_t at = r.output.find(p + ":"); at != std::string::npos; at = r.output.find(p + ":", at + 1)) ++listed;
  CHECK(listed == 100 + 1);
  CHECK_THAT(r.output, Catch::Contains(p + ":207:1: link to '#syftee': the text has no heading or paragraph with the "
                                           "anchor 'syftee'; did you mean 'syfte'?\n"));
  CHECK_THAT(r.output, Catch::Contains(p + ": 30 more problems in this file are not listed; fix the ones above first, "
                                           "then check again\n"));
  CHECK(r.output.find(p + ":209:1:") == std::string::npos);  // the 101st
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/plan/2019-05-01.md:7:1: link to '#saknas'"));
  CHECK_THAT(r.output, Catch::EndsWith("styrdok: 131 errors; nothing was written.\n"));
  // JSON, for programs, has every one; only the first 100 of a file (those
  // a person is shown) have a suggestion, each compared with every anchor.
  const auto json = run_styrdok("check --format json --source " + dir.path().string());
  CHECK_THAT(json.output, Catch::Contains("\"errors\": 131,"));
  CHECK_THAT(json.output, Catch::Contains("\"line\": 267, \"column\": 1, \"message\": \"link to '#syftee': the text "
                                          "has no heading or paragraph with the anchor 'syftee'\""));
  std::size_t suggested = 0;
  for (std::size_t at = json.output.find("did you mean 'syfte'?\", \"text\""); at != std::string::npos;
       at = json.output.find("did you mean 'syfte'?\", \"text\"", at + 1))
    ++suggested;
  CHECK(suggested == 100);
}

// Links are checked once every file has loaded: a link to a document whose
// only version failed to load would otherwise be reported as broken too.
TEST_CASE("check reports a misspelt metadata key with a suggestion") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md(std::string(kFront) + "valid_utnil: 2022-01-01\n"));
  const auto r = run_styrdok("check --format json --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("\"line\": 6, \"column\": 1, \"message\": \"unknown key 'valid_utnil'; did you "
                                       "mean 'valid_until'?\""));
}

TEST_CASE("check warns of documents due for revision but succeeds") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md", version_md(std::string(kFront) + "review_by: 2024-06-30\n"));
  const auto r = run_styrdok("check --as-of 2025-01-01 --source " + dir.path().string());
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/policy/2020-01-01.md: warning: due for revision: the review "
                                       "date 2024-06-30 has passed\n"));
  CHECK_THAT(r.output, Catch::Contains("Checked: no errors, 1 warning"));
  const auto json = run_styrdok("check --format json --as-of 2025-01-01 --source " + dir.path().string());
  CHECK(json.exit_code == 0);
  CHECK_THAT(json.output, Catch::Contains("\"ok\": true,\n  \"errors\": 0,\n  \"warnings\": 1,"));
}

TEST_CASE("check warns of a version without text but succeeds") {
  // An import that could read no text wrote a version with an empty body, which check passed and build
  // published as an empty document in force.
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md", version_md(kFront, ""));
  const auto r = run_styrdok("check --source " + dir.path().string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/policy/2020-01-01.md: warning: the version has no text; write "
                                       "it after the front matter (below the second '---'), or import its source "
                                       "again once the text can be read\n"));
}

TEST_CASE("internal links are built as relative links that work at any depth") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/plan/2019-05-01.md",
             version_md("title: Plan\ntype: plan\ndecided_by: KF\ndecision_date: 2019-05-01\n", "## Mål\n\nText.\n"));
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md(kFront, "## Syfte\n\nSe [målen](/lysekil/plan/#mal) och [webb](//example.org/).\n"));
  const auto r = run_styrdok("build --quiet --source " + dir.path().string());
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(read_text(dir / "public/lysekil/policy/index.html"),
             Catch::Contains("<a href=\"../../lysekil/plan/index.html#mal\">målen</a> och <a "
                             "href=\"//example.org/\">webb</a>"));
  CHECK_THAT(read_text(dir / "public/lysekil/policy/2020-01-01/index.html"),
             Catch::Contains("<a href=\"../../../lysekil/plan/index.html#mal\">målen</a>"));
}
