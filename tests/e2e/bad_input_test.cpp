// End-to-end: each kind of bad input gives `path:line:column: message`, exit
// status 1, and leaves the previously built output exactly as it was.
#include <catch2/catch.hpp>

#include "support/protected_site.h"

using namespace styrdok::test;

namespace {}  // namespace

TEST_CASE("malformed YAML in front matter") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md("title: [Riktlinjer\ntype: riktlinjer\n"));
  // At the '[' (line 2 of the file), not where yaml-cpp noticed (line 3), and what to do.
  CHECK_THAT(r.output, Catch::StartsWith(kGuidelinesPath +
                                         ":2:8: invalid YAML: a '[' at the start of a value is never closed with "
                                         "']'; if the value is text, put it in quotes\n"));
}

TEST_CASE("an unknown or misspelt metadata key") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md(kGuidelinesFront + "valid_util: 2024-01-01\n"));
  CHECK_THAT(r.output,
             Catch::Contains(kGuidelinesPath + ":8:1: unknown key 'valid_util'; did you mean 'valid_until'?"));
}

TEST_CASE("a missing required field") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md("type: riktlinjer\ndecided_by: Kommunfullmäktige\n"
                                                             "decision_date: 2021-05-19\n"));
  CHECK_THAT(r.output, Catch::Contains(kGuidelinesPath + ":2:1: missing required key 'title'"));
}

TEST_CASE("an impossible date") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md(kGuidelinesFront + "review_by: 2021-02-30\n"));
  CHECK_THAT(r.output,
             Catch::Contains(kGuidelinesPath + ":8:12: '2021-02-30' is not a date (February 2021 has 28 days)"));
}

TEST_CASE("valid until before valid from") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md(kGuidelinesFront + "valid_from: 2024-01-01\n"));
  CHECK_THAT(r.output,
             Catch::Contains(kGuidelinesPath + ":7:14: valid_until 2023-12-31 is before valid_from 2024-01-01"));
}

TEST_CASE("two documents with the same address") {
  GuidelinesSite site;
  const auto r = site.fails_with("content/lysekil/Riktlinjer/2021-05-19.md", version_md(kGuidelinesFront));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/riktlinjer: two documents have the same address "
                                       "'lysekil/riktlinjer/': this folder and 'content/lysekil/Riktlinjer'"));
}

TEST_CASE("a version file whose name disagrees with its decision date") {
  GuidelinesSite site;
  fs::remove(site.dir / kGuidelinesPath);
  const std::string wrong = "content/lysekil/riktlinjer/2021-05-18.md";
  const auto r = site.fails_with(wrong, version_md(kGuidelinesFront));
  CHECK_THAT(r.output, Catch::Contains(wrong + ":5:16: the file is named '2021-05-18.md' but decision_date is "
                                               "2021-05-19; name the file '2021-05-19.md'"));
}

TEST_CASE("text that is not UTF-8") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md(kGuidelinesFront, "## Syfte\n\nKommunens m\xe5l.\n"));
  CHECK_THAT(r.output, Catch::Contains(kGuidelinesPath + ":11:12: the file is not valid UTF-8; save it as UTF-8"));
}

TEST_CASE("a '#' heading in the text") {
  GuidelinesSite site;
  const auto r = site.fails_with(kGuidelinesPath, version_md(kGuidelinesFront, "\n# Riktlinjer\n\nText.\n"));
  CHECK_THAT(r.output, Catch::Contains(kGuidelinesPath + ":10:1: a '#' heading in the text"));
}

TEST_CASE("an error in the site file") {
  GuidelinesSite site;
  const auto r = site.fails_with("site.yaml", site_yaml("language: sw\n"));
  CHECK_THAT(r.output,
             Catch::Contains("site.yaml:3:11: 'language' is 'sw', but must be one of: sv, en; did you mean 'sv'?"));
}

TEST_CASE("every error of a build is reported, not just the first") {
  GuidelinesSite site;
  write_text(site.dir / "content/lysekil/annan/2020-01-01.md",
             version_md("title: Annan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\nowner: x\n"));
  const auto r = site.fails_with(kGuidelinesPath, version_md(kGuidelinesFront + "review_by: 2021-13-01\n"));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/annan/2020-01-01.md:6:1: unknown key 'owner'"));
  CHECK_THAT(r.output, Catch::Contains(kGuidelinesPath + ":8:12: '2021-13-01' is not a date (there is no month 13)"));
  CHECK_THAT(r.output, Catch::Contains("styrdok: 2 errors; nothing was written"));
}

TEST_CASE("raw HTML is not passed through and metadata is escaped") {
  GuidelinesSite site;
  write_text(site.dir / kGuidelinesPath,
             version_md("title: <script>alert(1)</script> & \"citat\"\ntype: riktlinjer\ndecided_by: KF\n"
                        "decision_date: 2021-05-19\n",
                        "## Syfte\n\n<script>alert(2)</script>\n\nText med <b onclick=\"x\">fet</b> stil.\n"));
  const auto r = site.build();
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string html = read_text(site.dir / "public/lysekil/riktlinjer/index.html");
  CHECK_THAT(html, Catch::Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;</h1>"));
  CHECK_THAT(html, !Catch::Contains("alert(2)"));
  CHECK_THAT(html, !Catch::Contains("onclick"));
  CHECK_THAT(html, Catch::Contains("Text med fet stil."));
}

TEST_CASE("a version whose 'replaces' names no version") {
  GuidelinesSite site;
  const auto r = site.fails_with("content/lysekil/riktlinjer/2023-02-01.md",
                                 version_md("title: R\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2023-02-01\n"
                                            "replaces: 2021-05-20\n"));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/riktlinjer/2023-02-01.md:6:11: replaces '2021-05-20', but this "
                                       "document has no other version with that name; its versions are: 2021-05-19"));
}

TEST_CASE("a proposal dated before the version it revises") {
  GuidelinesSite site;
  const auto r = site.fails_with("content/lysekil/riktlinjer/2020-01-10.md",
                                 version_md("title: R\ntype: riktlinjer\nstatus: proposal\ndecided_by: KF\n"
                                            "decision_date: 2020-01-10\nreplaces: 2021-05-19\n"));
  CHECK_THAT(r.output,
             Catch::Contains("content/lysekil/riktlinjer/2020-01-10.md:7:11: the proposal is dated 2020-01-10, "
                             "before the version it revises ('2021-05-19', decided 2021-05-19)"));
}

TEST_CASE("two versions that come into force on the same day") {
  GuidelinesSite site;
  const auto r = site.fails_with("content/lysekil/riktlinjer/2021-06-01.md",
                                 version_md("title: R\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-06-01\n"
                                            "valid_from: 2021-05-19\n"));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/riktlinjer/2021-06-01.md: this version and '2021-05-19' both "
                                       "come into force on 2021-05-19; set valid_from so that one follows the other"));
}

TEST_CASE("a version that comes into force before the one before it") {
  GuidelinesSite site;  // 2021-05-19 applies from its decision day
  const auto r = site.fails_with("content/lysekil/riktlinjer/2021-06-01.md",
                                 version_md("title: R\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-06-01\n"
                                            "valid_from: 2021-03-01\n"));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/riktlinjer/2021-06-01.md: this version comes into force on "
                                       "2021-03-01, before '2021-05-19', which comes before it (decided earlier, or "
                                       "the version it revises) and comes into force on 2021-05-19"));
}

TEST_CASE("two undated versions, neither naming the other, and versions that replace each other") {
  GuidelinesSite site;
  write_text(site.dir / "content/lysekil/policy/gammal.md",
             version_md("title: P\ntype: policy\ndecided_by: KF\ndecision_date: unknown\n"));
  const auto r = site.fails_with("content/lysekil/policy/ny.md",
                                 version_md("title: P\ntype: policy\ndecided_by: KF\ndecision_date: unknown\n"));
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/policy/ny.md: neither this version nor 'gammal' has a "
                                       "decision_date or valid_from, so which one is newer is not known; give the "
                                       "newer one its dates, or 'replaces: gammal'"));
  write_text(site.dir / "content/lysekil/policy/gammal.md",
             version_md("title: P\ntype: policy\ndecided_by: KF\ndecision_date: unknown\nreplaces: ny\n"));
  const auto cycle =
      site.fails_with("content/lysekil/policy/ny.md",
                      version_md("title: P\ntype: policy\ndecided_by: KF\ndecision_date: unknown\nreplaces: gammal\n"));
  CHECK_THAT(cycle.output, Catch::Contains("content/lysekil/policy/ny.md:6:11: replaces 'gammal', which in turn comes "
                                           "back to this version through 'replaces'"));
  // Named, the undated version is the newer one, and it is in force.
  write_text(site.dir / "content/lysekil/policy/gammal.md",
             version_md("title: P\ntype: policy\ndecided_by: KF\ndecision_date: unknown\n"));
  write_text(site.dir / "content/lysekil/policy/a-ny.md",
             version_md("title: P\ntype: policy\ndecided_by: KF\ndecision_date: unknown\nreplaces: gammal\n"));
  std::filesystem::remove(site.dir / "content/lysekil/policy/ny.md");
  const auto built = site.build();
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  CHECK_THAT(read_text(site.dir / "public/lysekil/policy/gammal/index.html"),
             Catch::Contains("data-status=\"superseded\""));
}

TEST_CASE("a new version, meeting or plan file whose name misses its extension is an error, not passed over") {
  GuidelinesSite site;
  const auto r = site.fails_with("content/lysekil/riktlinjer/2022-01-10.MD",
                                 version_md("title: R\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2022-01-10\n"));
  CHECK_THAT(r.output,
             Catch::Contains("content/lysekil/riktlinjer/2022-01-10.MD: this file is not read, since its name "
                             "does not end in '.md'; rename it '2022-01-10.md'"));
  std::filesystem::remove(site.dir / "content/lysekil/riktlinjer/2022-01-10.MD");
  const auto meeting = site.fails_with("meetings/2024-01-20-ks.yml", "title: KS\n");
  CHECK_THAT(meeting.output, Catch::Contains("meetings/2024-01-20-ks.yml: this file is not read, since its name does "
                                             "not end in '.yaml'; rename it '2024-01-20-ks.yaml'"));
}

TEST_CASE("a meeting whose agenda names a missing document or version") {
  GuidelinesSite site;
  const std::string meeting =
      "title: Kommunstyrelsen\n"
      "body: Kommunstyrelsen\n"
      "organisation: lysekil\n"
      "date: 2024-01-20\n"
      "items:\n"
      "  - title: Riktlinjer\n"
      "    document: lysekil/riktlinje\n"
      "  - title: Riktlinjer igen\n"
      "    document: lysekil/riktlinjer\n"
      "    version: 2021-05-20\n"
      "    agenda: 1\n";
  const auto r = site.fails_with("meetings/2024-01-20-ks.yaml", meeting);
  CHECK(r.output ==
        "meetings/2024-01-20-ks.yaml:7:15: there is no document 'lysekil/riktlinje' (write it as "
        "<organisation>/<document folder>); did you mean 'lysekil/riktlinjer'?\n"
        "meetings/2024-01-20-ks.yaml:10:14: the document 'lysekil/riktlinjer' has no version '2021-05-20'; its "
        "versions are: 2021-05-19\n"
        "meetings/2024-01-20-ks.yaml:11:5: unknown key 'agenda'\n"
        "styrdok: 3 errors; nothing was written, the previous output is unchanged.\n");
}
