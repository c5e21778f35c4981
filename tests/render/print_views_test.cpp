// Tests for render/print_views.h: the running header and footer of a print
// page, the page numbers' stylesheet, and the helpers that let several print blocks share one handout.
#include "render/print_views.h"

#include <catch2/catch.hpp>

#include <map>

using namespace styrdok;

namespace {

Strings swedish() {
  Diagnostics d;
  return *Strings::parse(
      "unknown: Uppgift saknas\nregistration_abbreviation: dnr\nversion_decided: beslutad {date}\n"
      "print_footer_version: \"Versionen {version}\"\nprint_page_of: \"Sida {page} av {pages}\"\n"
      "month_5: maj\nstatus_proposal: Förslag\ncompare_title: \"Jämförelse: {title}\"\n",
      "sv.yaml", d);
}

Site lysekil_site() {
  Site site;
  site.config.base_url = "https://example.org/";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  Document doc;
  doc.organisation_id = "lysekil";
  doc.slug = "riktlinjer";
  Version v;
  v.id = "2021-05-19";
  v.title = "Riktlinjer \"för\" integration";
  v.decision_date = Date{2021, 5, 19};
  v.registration_number = "LKS 2021-000173";
  doc.versions.push_back(v);
  site.documents.push_back(doc);
  return site;
}

}  // namespace

TEST_CASE("a print page's running header names organisation, title and dnr, its footer the version") {
  const Site site = lysekil_site();
  const Strings s = swedish();
  const RenderContext ctx{site, s, Date{2022, 1, 1}};
  Page page;
  page.kind = PageKind::version;
  const auto view = running_header_view(page, ctx);
  CHECK(view.get("left")->string_value() == "Lysekils kommun · Riktlinjer \"för\" integration");
  CHECK(view.get("right")->string_value() == "dnr LKS 2021-000173");
  CHECK(view.get("footer")->string_value() == "Versionen beslutad 19 maj 2021");
  page.kind = PageKind::comparison;
  const auto comparison = running_header_view(page, ctx);
  CHECK(comparison.get("left")->string_value() == "Lysekils kommun · Jämförelse: Riktlinjer \"för\" integration");
  CHECK(comparison.get("footer")->string_value() == "beslutad 19 maj 2021 → beslutad 19 maj 2021");
}

TEST_CASE("the page numbers' stylesheet words them in the site's language and names a page per edition language") {
  const Site site = lysekil_site();
  const Strings s = swedish();
  Diagnostics d;
  const std::map<std::string, Strings> editions = {
      {"ar", *Strings::parse("print_page_of: \"صفحة {page} من {pages}\"\n", "ar.yaml", d)},
      {"en", *Strings::parse("print_page_of: \"Page {page} of {pages}\"\n", "en.yaml", d)},
      {"not a name", *Strings::parse("print_page_of: \"x\"\n", "x.yaml", d)}};
  const RenderContext ctx{site, s, Date{2022, 1, 1}, nullptr, &editions};
  const auto view = print_stylesheet_view(ctx);
  CHECK(view.get("page_counter")->string_value() == R"("Sida " counter(page) " av " counter(pages))");
  const auto& languages = view.get("languages")->list_value();
  REQUIRE(languages.size() == 2);  // a code that is not a CSS name is left out
  CHECK(languages[0].get("code")->string_value() == "ar");
  CHECK(languages[0].get("page_counter")->string_value() == R"("صفحة " counter(page) " من " counter(pages))");
  CHECK(languages[1].get("code")->string_value() == "en");
  CHECK(languages[1].get("page_counter")->string_value() == R"("Page " counter(page) " of " counter(pages))");
}

TEST_CASE("CSS strings escape quotes and backslashes and keep to one line") {
  CHECK(css_string("a \"b\" \\ c\nd") == R"("a \"b\" \\ c d")");
  CHECK(css_string("") == "\"\"");
}

TEST_CASE("CSS strings escape every control character, so that a title cannot break out") {
  // A form feed ended the string in a print edition's running header before.
  CHECK(css_string("Titel\f\"} body { display: none } x { content: \"") ==
        R"("Titel \"} body { display: none } x { content: \"")");
  CHECK(css_string("a\vb\tc\rd") == R"("a b c d")");
  CHECK(css_string(std::string("a\x01"
                               "b\x1b[31mc\x7f",
                               10)) == R"("a\1 b\1b [31mc\7f ")");
  CHECK(css_string(std::string("a\0b", 3)) == R"("a\fffd b")");
  CHECK(css_string("</style>") == R"("\3c /style>")");
  CHECK(css_string("\xFFx") == "\"\xEF\xBF\xBDx\"");
  for (int c = 0; c < 0x20; ++c) {
    const std::string s = css_string(std::string(1, static_cast<char>(c)));
    for (std::size_t i = 1; i + 1 < s.size(); ++i) CHECK(static_cast<unsigned char>(s[i]) >= 0x20);
  }
}

TEST_CASE("a block's ids and in-page links get its prefix, other links do not") {
  const std::string html =
      "<h2 id=\"syfte\"><a class=\"heading-link\" href=\"#syfte\">Syfte</a></h2>"
      "<p id=\"p-syfte-1\">Se <a href=\"https://example.org/#x\">x</a>.</p>"
      "<figure aria-labelledby=\"t1\"></figure>";
  CHECK(prefix_anchors(html, "punkt-1-") ==
        "<h2 id=\"punkt-1-syfte\"><a class=\"heading-link\" href=\"#punkt-1-syfte\">Syfte</a></h2>"
        "<p id=\"punkt-1-p-syfte-1\">Se <a href=\"https://example.org/#x\">x</a>.</p>"
        "<figure aria-labelledby=\"punkt-1-t1\"></figure>");
  CHECK(prefix_anchors(html, "") == html);
}

TEST_CASE("headings move down inside a handout, never below h6") {
  CHECK(shift_headings("<h2 id=\"a\">A</h2><h3>B</h3><h5>C</h5><hr><header>", 2) ==
        "<h4 id=\"a\">A</h4><h5>B</h5><h6>C</h6><hr><header>");
  CHECK(shift_headings("<h2>A</h2>", 0) == "<h2>A</h2>");
}

TEST_CASE("an edition's page runs its printed header and footer in the edition's language") {
  Site site = lysekil_site();
  Edition ar;
  ar.language = "ar";
  ar.title = "مبادئ توجيهية للاندماج";
  site.documents[0].versions[0].editions.push_back(ar);
  Diagnostics d;
  const std::map<std::string, Strings> editions = {
      {"ar", *Strings::parse("unknown: غير معروف\nregistration_abbreviation: رقم القيد\nversion_decided: "
                             "\"اعتُمدت في {date}\"\nprint_footer_version: \"النسخة {version}\"\nprint_page_of: "
                             "\"صفحة {page} من {pages}\"\nmonth_5: مايو\n",
                             "ar.yaml", d)}};
  // The edition's view runs its header with the edition's strings.
  const RenderContext edition_ctx{site, editions.at("ar"), Date{2022, 1, 1}, nullptr, &editions};
  Page page;
  page.kind = PageKind::edition;
  page.edition = 0;
  const auto view = running_header_view(page, edition_ctx);
  // The Swedish name and the diarienummer in first-strong isolates (U+2068 … U+2069).
  CHECK(view.get("left")->string_value() == "\u2068Lysekils kommun\u2069 · مبادئ توجيهية للاندماج");
  CHECK(view.get("right")->string_value() == "رقم القيد \u2068LKS 2021-000173\u2069");
  CHECK(view.get("footer")->string_value() == "النسخة اعتُمدت في 19 مايو 2021");
}
