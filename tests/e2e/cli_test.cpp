// End-to-end: the command line as a user meets it.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

TEST_CASE("the help flag explains the commands") {
  const auto r = run_styrdok("--help");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("build"));
  CHECK_THAT(r.output, Catch::Contains("check"));
  const auto b = run_styrdok("build --help");
  CHECK(b.exit_code == 0);
  for (const char* flag : {"--source", "--out", "--as-of", "--base-url", "--jobs"})
    CHECK_THAT(b.output, Catch::Contains(flag));
}

TEST_CASE("the version flag prints the version") {
  const auto r = run_styrdok("--version");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::StartsWith("styrdok 0."));
}

TEST_CASE("usage errors exit with status 2") {
  CHECK(run_styrdok("").exit_code == 2);
  CHECK(run_styrdok("build --no-such-flag").exit_code == 2);
  CHECK(run_styrdok("frobnicate").exit_code == 2);
  const auto r = run_styrdok("build --as-of 2021-02-30 --source " + std::string(STYRDOK_SOURCE_DIR));
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.output, Catch::Contains("--as-of '2021-02-30' is not a date (February 2021 has 28 days)"));
  const auto url = run_styrdok("build --base-url notaurl --source " + std::string(STYRDOK_SOURCE_DIR));
  CHECK(url.exit_code == 2);
  CHECK(url.output ==
        "styrdok: --base-url: 'notaurl' is not an absolute web address such as https://example.org/styrdokument/\n");
  const auto jobs = run_styrdok("check -j x --source " + std::string(STYRDOK_SOURCE_DIR));
  CHECK(jobs.exit_code == 2);
  CHECK_THAT(jobs.output,
             Catch::StartsWith("--jobs: 'x' is not a number; give how many threads to use, from 1 to 256\n"));
  const auto zero = run_styrdok("check -j 0 --source " + std::string(STYRDOK_SOURCE_DIR));
  CHECK(zero.exit_code == 2);
  CHECK_THAT(zero.output, Catch::StartsWith("--jobs: Value 0 not in range 1 to 256\n"));
  // A --source that is no folder is named as such, not looked in for a site file.
  TempDir dir;
  for (const std::string command : {"build", "check"}) {
    const auto missing = run_styrdok(command + " --source " + (dir / "finns-inte").string());
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.output, Catch::Contains("styrdok: --source '" + (dir / "finns-inte").string() +
                                               "' is no folder; give the site's folder, the one holding site.yaml"));
  }
}

TEST_CASE("a folder without a site file is a content error that says what to do") {
  TempDir empty;
  const auto r = run_styrdok("build --source " + empty.path().string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output,
             Catch::Contains("site.yaml: no site file here; run styrdok in a site's folder, or pass --source DIR"));
  CHECK_FALSE(fs::exists(empty / "public"));
}

TEST_CASE("check validates and writes nothing") {
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  write_text(site / "content/lysekil/plan/2020-01-01.md",
             version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  const auto ok = run_styrdok("check --source " + site.path().string());
  INFO(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK_THAT(ok.output, Catch::Contains("Checked: no errors"));
  CHECK_FALSE(fs::exists(site / "public"));
  write_text(site / "content/lysekil/plan/2020-01-01.md", version_md("title: Plan\ntype: plann\n"));
  const auto bad = run_styrdok("check --source " + site.path().string());
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.output, Catch::Contains("'type' is 'plann', but must be one of: strategi, program, plan, policy, "
                                         "riktlinjer, regler, handlingsplan; did you mean 'plan'?"));
  CHECK_FALSE(fs::exists(site / "public"));
}

TEST_CASE("the output may not replace the site's own folder") {
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  const auto r = run_styrdok("build --source " + site.path().string() + " --out " + site.path().string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == site.path().string() +
                        ": is the site's own folder: the output would replace the site's own files; choose a folder "
                        "outside the site, or the default public/\n"
                        "styrdok: 1 error; nothing was written, the previous output is unchanged.\n");
  CHECK(fs::exists(site / "site.yaml"));
}

TEST_CASE("build --timings says how long each stage took") {
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  write_text(site / "content/lysekil/plan/2020-01-01.md",
             version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  const auto r = run_styrdok("build --quiet --timings --source " + site.path().string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("Time per stage:"));
  for (const char* stage : {"loading", "rendering", "static files", "search index", "swapping in"})
    CHECK_THAT(r.output, Catch::Matches("(.|\\n)*\\n  " + std::string(stage) + " +[0-9]+\\.[0-9]{3} s\\n(.|\\n)*"));
  CHECK_THAT(run_styrdok("build --quiet --source " + site.path().string()).output, !Catch::Contains("Time per stage:"));
}

TEST_CASE("a section left open in a site's template is named at its line in that file") {
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  write_text(site / "templates/organisation.mustache",
             "{{> _header}}\n{{#qr_svg}}<figure>\n  {{#unclosed}}\n</figure>{{/qr_svg}}\n{{> _footer}}\n");
  const auto r = run_styrdok("check --source " + site.path().string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("templates/organisation.mustache:3:3: the section 'unclosed' that starts here "
                                       "is never closed; add {{/unclosed}} where it ends\n"));
  CHECK_THAT(r.output, !Catch::Contains("qr_svg"));
}

TEST_CASE("an organisation id that is the address of one of the site's own pages is told it is taken") {
  for (const std::string id : {"sok", "nytt", "ansvariga"}) {
    TempDir site;
    std::string yaml = site_yaml();
    yaml.replace(yaml.find("id: lysekil"), 11, "id: " + id);
    write_text(site / "site.yaml", yaml);
    write_text(site / ("content/" + id + "/plan/2020-01-01.md"),
               version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
    const auto r = run_styrdok("check --source " + site.path().string());
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::StartsWith("site.yaml: the organisation id '" + id +
                                           "' is the address of a page the site has of its own ('" + id +
                                           "/'); give the organisation another id, and its folder under content/ "
                                           "the same name\n"));
  }
}
