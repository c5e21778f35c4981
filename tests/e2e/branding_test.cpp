// End-to-end: a municipality makes the site its own in site.yaml: logo,
// colour, favicon and links, with nothing inline, and a colour that white
// text would not stand out on refused with the ratio measured.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const std::string kLogo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>\n";

RunResult build_branded(const TempDir& site, const std::string& branding) {
  write_text(site / "site.yaml", site_yaml() + branding);
  write_text(site / "bilder/logo.svg", kLogo);
  write_text(site / "content/lysekil/policy/2020-01-01.md",
             version_md("title: Policy\ntype: policy\ndecided_by: KF\ndecision_date: 2020-01-01\n"));
  return run_styrdok("build --quiet --source " + site.path().string());
}

}  // namespace

TEST_CASE("the logo, colour, favicon and the municipality's own links are on every page, nothing inline") {
  TempDir site;
  const auto r = build_branded(site,
                               "branding:\n  logo: bilder/logo.svg\n  logo_alt: Lysekils kommun\n"
                               "  colour: \"#005c8a\"\n  favicon: bilder/logo.svg\n"
                               "  website: https://www.lysekil.se/\n  contact_page: https://www.lysekil.se/kontakt\n");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const fs::path out = site / "public";
  CHECK(read_text(out / "assets/brand/logo.svg") == kLogo);
  CHECK(read_text(out / "assets/brand/favicon.svg") == kLogo);
  CHECK_THAT(read_text(out / "assets/brand.css"), Catch::Contains("--header-bg: #005c8a;"));
  const std::string page = read_text(out / "lysekil/policy/index.html");
  // The document page prints itself: its screen stylesheets are for the screen.
  CHECK_THAT(page, Catch::Contains("<link rel=\"stylesheet\" href=\"../../assets/brand.css\" media=\"screen\">"));
  CHECK_THAT(read_text(out / "lysekil/index.html"),
             Catch::Contains("<link rel=\"stylesheet\" href=\"../assets/brand.css\">"));
  CHECK_THAT(page, Catch::Contains("<link rel=\"icon\" href=\"../../assets/brand/favicon.svg\">"));
  CHECK_THAT(page,
             Catch::Contains("<img class=\"site-logo\" src=\"../../assets/brand/logo.svg\" alt=\"Lysekils kommun\">"));
  CHECK_THAT(page,
             Catch::Contains("<nav class=\"site-owner\" aria-label=\"Kommunens webbplats\"><div class=\"wrap\"><a "
                             "href=\"https://www.lysekil.se/\">Till lysekil.se</a></div></nav>"));
  CHECK_THAT(page, Catch::Contains("<li><a href=\"https://www.lysekil.se/kontakt\">Kontakta oss</a></li>"));
  CHECK_THAT(page, !Catch::Contains("style=") && !Catch::Contains("<style"));
  // The version, which prints itself, carries the favicon too.
  CHECK_THAT(read_text(out / "lysekil/policy/2020-01-01/index.html"),
             Catch::Contains("<link rel=\"icon\" href=\"../../../assets/brand/favicon.svg\">"));
}

TEST_CASE("a site without a favicon of its own links the theme's on every page") {
  TempDir site;
  const auto r = build_branded(site, "");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const fs::path out = site / "public";
  CHECK_THAT(read_text(out / "assets/favicon.svg"), Catch::StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK_FALSE(fs::exists(out / "assets/brand"));
  CHECK_THAT(read_text(out / "index.html"), Catch::Contains("<link rel=\"icon\" href=\"assets/favicon.svg\">"));
  CHECK_THAT(read_text(out / "lysekil/policy/2020-01-01/index.html"),
             Catch::Contains("<link rel=\"icon\" href=\"../../../assets/favicon.svg\">"));
}

TEST_CASE("a branding colour white text cannot be read on is refused with the ratio measured") {
  TempDir site;
  const auto r = build_branded(site, "branding:\n  colour: \"#77aaff\"\n");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("site.yaml:13:11: white text on #77aaff has a contrast of 2.34:1, below the "
                                       "4.5:1 that WCAG 1.4.3 requires; choose a darker colour"));
  CHECK_FALSE(fs::exists(site / "public"));
}

TEST_CASE("branding's files must be in the site, of a kind a browser shows, and its links web addresses") {
  TempDir site;
  const auto r = build_branded(site,
                               "branding:\n  logo: bilder/saknas.svg\n  logo_alt: L\n  favicon: bilder/logo.gif\n"
                               "  website: www.lysekil.se\n");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("site.yaml:16:12: 'www.lysekil.se' is not a web address; write it in full, "
                                       "starting with https://"));
  const auto files =
      build_branded(site, "branding:\n  logo: bilder/saknas.svg\n  logo_alt: L\n  favicon: bilder/logo.gif\n");
  CHECK_THAT(files.output, Catch::Contains("site.yaml:13:9: the logo 'bilder/saknas.svg' is not in the site's folder"));
  CHECK_THAT(files.output,
             Catch::Contains("site.yaml:15:12: the favicon 'bilder/logo.gif' must be an SVG, PNG or ICO file"));
  const auto no_alt = build_branded(site, "branding:\n  logo: bilder/logo.svg\n");
  CHECK_THAT(no_alt.output, Catch::Contains("missing required key 'logo_alt'"));
}
