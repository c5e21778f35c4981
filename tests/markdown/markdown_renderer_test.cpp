// Tests for markdown/markdown_renderer.h: anchors, ¶ links, table of
// contents, plain-text blocks, tables, escaping and the safety rules (no raw
// HTML, no script links).
#include "markdown/markdown_renderer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using styrdok::Block;
using styrdok::Body;
using styrdok::Diagnostics;
using styrdok::full_attachment_addresses;
using styrdok::Heading;
using styrdok::MarkdownOptions;
using styrdok::relative_site_links;
using styrdok::render_markdown;

namespace {

struct Rendered {
  Body body;
  Diagnostics diagnostics;
};

Rendered render(const std::string& markdown, MarkdownOptions options = {}) {
  if (options.source_path.empty()) options.source_path = "content/lysekil/riktlinjer/2021-05-19.md";
  Rendered r;
  r.body = render_markdown(markdown, options, r.diagnostics);
  return r;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::vector<std::string> anchors(const Body& body) {
  std::vector<std::string> out;
  for (const auto& h : body.toc) out.push_back(h.anchor);
  return out;
}

std::vector<std::string> block_ids(const Body& body) {
  std::vector<std::string> out;
  for (const auto& b : body.blocks) out.push_back(b.id);
  return out;
}

const Block* find_block(const Body& body, const std::string& id) {
  for (const auto& b : body.blocks) {
    if (b.id == id) return &b;
  }
  return nullptr;
}

// Every href="..." value in `html`, with HTML entities for quotes and
// ampersands decoded.
std::vector<std::string> hrefs(const std::string& html) {
  std::vector<std::string> out;
  const std::string key = "href=\"";
  for (auto at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) {
    const auto start = at + key.size();
    out.push_back(html.substr(start, html.find('"', start) - start));
  }
  return out;
}

// What a browser makes of an href before looking at its scheme (WHATWG URL
// parsing): leading and trailing C0 controls and spaces are stripped, tabs and
// newlines anywhere are removed, and the scheme is case-insensitive.
std::string as_browser_sees(const std::string& href) {
  std::string s;
  for (char c : href) {
    if (c != '\t' && c != '\n' && c != '\r') s += c;
  }
  std::size_t b = 0;
  while (b < s.size() && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  s = s.substr(b);
  for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return s;
}

bool has_script_href(const std::string& html) {
  for (const auto& h : hrefs(html)) {
    const std::string seen = as_browser_sees(h);
    if (seen.rfind("javascript:", 0) == 0 || seen.rfind("vbscript:", 0) == 0 || seen.rfind("data:", 0) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("headings get folded anchors and link to themselves", "[markdown]") {
  const auto r = render(
      "## Språkkunskaper\n\n"
      "## Boende – segregation eller integration\n\n"
      "### Självförsörjning\n");
  CHECK(r.diagnostics.items().empty());
  CHECK(anchors(r.body) ==
        std::vector<std::string>{"sprakkunskaper", "boende-segregation-eller-integration", "sjalvforsorjning"});
  CHECK(
      contains(r.body.html,
               "<h2 id=\"sprakkunskaper\"><a class=\"heading-link\" href=\"#sprakkunskaper\">Språkkunskaper</a></h2>"));
  CHECK(contains(r.body.html,
                 "<h2 id=\"boende-segregation-eller-integration\"><a class=\"heading-link\" "
                 "href=\"#boende-segregation-eller-integration\">Boende – segregation eller "
                 "integration</a></h2>"));
  CHECK(contains(r.body.html, "<h3 id=\"sjalvforsorjning\">"));
}

TEST_CASE("repeated headings get numbered anchors", "[markdown]") {
  // Stenungsund's policy repeats "Stenungsunds kommun ska:" under every theme.
  const auto r = render(
      "## Syfte\n\nA\n\n## Syfte\n\nB\n\n## Syfte\n\nC\n\n"
      "### Stenungsunds kommun ska:\n\n### Stenungsunds kommun ska:\n");
  CHECK(anchors(r.body) == std::vector<std::string>{"syfte", "syfte-2", "syfte-3", "stenungsunds-kommun-ska",
                                                    "stenungsunds-kommun-ska-2"});
  CHECK(contains(r.body.html, "<h2 id=\"syfte-2\">"));
  CHECK(contains(r.body.html, "<h2 id=\"syfte-3\">"));
  // Paragraphs are numbered within the section they belong to.
  CHECK(contains(r.body.html, "<p id=\"p-syfte-1\">A"));
  CHECK(contains(r.body.html, "<p id=\"p-syfte-2-1\">B"));
  CHECK(contains(r.body.html, "<p id=\"p-syfte-3-1\">C"));
}

TEST_CASE("every id in the page is unique", "[markdown]") {
  const auto r =
      render("Inledande text.\n\n## P\n\nEtt\n\n## P 1\n\nTvå\n\n## Syfte\n\n- a\n- b\n\n## Syfte\n\n> citat\n");
  std::vector<std::string> ids = block_ids(r.body);
  std::sort(ids.begin(), ids.end());
  CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
  for (const auto& id : ids) CHECK(count(r.body.html, "id=\"" + id + "\"") == 1);
}

TEST_CASE("headings take their anchor from the plain text, without markup", "[markdown]") {
  const auto r = render("## Arbete *och* **sysselsättning**\n");
  REQUIRE(r.body.toc.size() == 1);
  CHECK(r.body.toc[0].text == "Arbete och sysselsättning");
  CHECK(r.body.toc[0].anchor == "arbete-och-sysselsattning");
  CHECK(contains(r.body.html, "Arbete <em>och</em> <strong>sysselsättning</strong></a></h2>"));
}

TEST_CASE("a '#' heading is an error at its line in the file", "[markdown]") {
  MarkdownOptions options;
  options.source_path = "content/lysekil/riktlinjer/2021-05-19.md";
  options.first_line = 18;  // the body starts after 17 lines of front matter
  const auto r = render("## Inledning\n\nText.\n\n# Riktlinjer för integrationsarbete\n\nMer text.\n", options);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.has_errors());
  CHECK(r.diagnostics.items()[0].to_string() ==
        "content/lysekil/riktlinjer/2021-05-19.md:22:1: a '#' heading in the text; the title comes from the front "
        "matter, so start sections at '##'");
  // Rendering still completes.
  CHECK(contains(r.body.html, "Mer text."));
}

TEST_CASE("a '#' heading on the first line of the body is reported at first_line", "[markdown]") {
  MarkdownOptions options;
  options.source_path = "x.md";
  options.first_line = 5;
  const auto r = render("# Integrationspolicy\n", options);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].where.line == 5);
  CHECK(r.diagnostics.items()[0].where.column == 1);
}

TEST_CASE("a setext level-1 heading is an error too", "[markdown]") {
  MarkdownOptions options;
  options.first_line = 3;
  const auto r = render("Text.\n\nIntegrationspolicy\n==================\n", options);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].where.line == 5);
}

TEST_CASE("'##' and deeper headings are not errors", "[markdown]") {
  const auto r = render("## A\n\n### B\n\n#### C\n\n##### D\n\n###### E\n");
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.body.toc.size() == 5);
  for (int i = 0; i < 5; ++i) CHECK(r.body.toc[static_cast<std::size_t>(i)].level == i + 2);
  CHECK(contains(r.body.html, "<h6 id=\"e\">"));
}

TEST_CASE("a heading that folds to no readable anchor is reported", "[markdown]") {
  const auto r = render("## –\n\nText.\n");
  REQUIRE(r.body.toc.size() == 1);
  CHECK_FALSE(r.body.toc[0].anchor.empty());
  CHECK_FALSE(r.diagnostics.items().empty());
}

TEST_CASE("a heading without readable words still gets a unique anchor", "[markdown]") {
  const auto r = render("## –\n\n## ???\n");
  REQUIRE(r.body.toc.size() == 2);
  CHECK_FALSE(r.body.toc[0].anchor.empty());
  CHECK_FALSE(r.body.toc[1].anchor.empty());
  CHECK(r.body.toc[0].anchor != r.body.toc[1].anchor);
}

TEST_CASE("paragraphs and list items get p-<section>-<n> ids and a ¶ link", "[markdown]") {
  MarkdownOptions options;
  options.block_link_label = "Länk till stycket";
  const auto r = render(
      "## Syfte\n\n"
      "Syftet med riktlinjerna är att de ska vara vägledande för integrationsarbetet i kommunen.\n\n"
      "Riktlinjerna gäller för hela kommunens organisation, såväl nämnder som bolag.\n\n"
      "## Övergripande\n\n"
      "Stenungsunds kommun ska:\n\n"
      "- Samordna verksamheter för att ge guidning i samhällsorientering.\n"
      "- Aktivt motverka utanförskap.\n",
      options);
  CHECK(r.diagnostics.items().empty());
  const auto& html = r.body.html;
  CHECK(contains(html,
                 "<p id=\"p-syfte-1\">Syftet med riktlinjerna är att de ska vara vägledande för integrationsarbetet i "
                 "kommunen.<a class=\"block-link\" href=\"#p-syfte-1\" aria-label=\"Länk till stycket\">¶</a></p>"));
  CHECK(contains(html, "<p id=\"p-syfte-2\">Riktlinjerna gäller"));
  CHECK(contains(html, "<p id=\"p-overgripande-1\">Stenungsunds kommun ska:"));
  CHECK(contains(html,
                 "<li id=\"p-overgripande-2\">Samordna verksamheter för att ge guidning i samhällsorientering."
                 "<a class=\"block-link\" href=\"#p-overgripande-2\" aria-label=\"Länk till stycket\">¶</a></li>"));
  CHECK(contains(html, "<li id=\"p-overgripande-3\">Aktivt motverka utanförskap.<a class=\"block-link\""));
  CHECK(count(html, "aria-label=\"Länk till stycket\"") == 5);
  CHECK_FALSE(contains(html, "Link to this paragraph"));
}

TEST_CASE("the ¶ link's accessible name defaults to English and is escaped", "[markdown]") {
  CHECK(contains(render("Text.\n").body.html, "aria-label=\"Link to this paragraph\">¶</a>"));
  MarkdownOptions options;
  options.block_link_label = "Länk \"hit\" & <dit>";
  CHECK(contains(render("Text.\n", options).body.html, "aria-label=\"Länk &quot;hit&quot; &amp; &lt;dit&gt;\">¶</a>"));
}

TEST_CASE("text before the first heading is numbered p-<n>", "[markdown]") {
  const auto r =
      render("Dals-Eds Kommun vill motverka främlingsfientlighet.\n\nAndra stycket.\n\n## Syfte\n\nTredje.\n");
  CHECK(block_ids(r.body) == std::vector<std::string>{"p-1", "p-2", "syfte", "p-syfte-1"});
  REQUIRE(r.body.blocks.size() == 4);
  CHECK(r.body.blocks[0].section == "");
  CHECK(r.body.blocks[1].section == "");
  CHECK(r.body.blocks[3].section == "syfte");
}

TEST_CASE("nested list items and loose lists are each linkable", "[markdown]") {
  const auto r = render(
      "## Ansvar\n\n"
      "- Kommunstyrelsen\n  - Samordnar integrationsarbetet\n- Nämnderna\n\n"
      "1. Analysera förutsättningar\n\n2. Planera verksamhet\n");
  CHECK(block_ids(r.body) ==
        std::vector<std::string>{"ansvar", "p-ansvar-1", "p-ansvar-2", "p-ansvar-3", "p-ansvar-4", "p-ansvar-5"});
  CHECK(contains(r.body.html, "<li id=\"p-ansvar-2\">Samordnar integrationsarbetet<a class=\"block-link\""));
  CHECK(contains(r.body.html, "<ol>\n<li id=\"p-ansvar-4\"><p>Analysera förutsättningar</p>"));
  // A nested item is a block of its own, so its text is not repeated in its parent's.
  CHECK(find_block(r.body, "p-ansvar-1")->text == "Kommunstyrelsen");
  CHECK(find_block(r.body, "p-ansvar-1")->level == 1);
  CHECK(find_block(r.body, "p-ansvar-2")->text == "Samordnar integrationsarbetet");
  CHECK(find_block(r.body, "p-ansvar-2")->level == 2);
  CHECK(find_block(r.body, "p-ansvar-2")->kind == Block::Kind::list_item);
  CHECK(find_block(r.body, "ansvar")->kind == Block::Kind::heading);
}

TEST_CASE("an ordered list keeps its start number", "[markdown]") {
  const auto r = render("3. Säkerställa genomförande\n4. Följa upp\n");
  CHECK(contains(r.body.html, "<ol start=\"3\">"));
}

TEST_CASE("quotes and tables get anchors too", "[markdown]") {
  const auto r = render("## Källor\n\n> Alla ska känna tillhörighet i samhället.\n\n| A |\n|---|\n| 1 |\n");
  CHECK(contains(r.body.html, "<blockquote id=\"p-kallor-1\">"));
  CHECK(contains(r.body.html, "id=\"p-kallor-2\">\n<table>"));
  CHECK(find_block(r.body, "p-kallor-1")->text == "Alla ska känna tillhörighet i samhället.");
}

TEST_CASE("the table of contents lists every heading with level, text and anchor", "[markdown]") {
  const auto r = render(
      "## Inledning\n\nText.\n\n## Förutsättningar\n\n### Styrdokument\n\n"
      "### Arbete mot hedersrelaterat våld, förtryck och könsstympning\n\n## Process för integrationsarbete\n");
  REQUIRE(r.body.toc.size() == 5);
  const std::vector<std::tuple<int, std::string, std::string>> expected = {
      {2, "Inledning", "inledning"},
      {2, "Förutsättningar", "forutsattningar"},
      {3, "Styrdokument", "styrdokument"},
      {3, "Arbete mot hedersrelaterat våld, förtryck och könsstympning",
       "arbete-mot-hedersrelaterat-vald-fortryck-och-konsstympning"},
      {2, "Process för integrationsarbete", "process-for-integrationsarbete"},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO("heading " << i);
    CHECK(r.body.toc[i].level == std::get<0>(expected[i]));
    CHECK(r.body.toc[i].text == std::get<1>(expected[i]));
    CHECK(r.body.toc[i].anchor == std::get<2>(expected[i]));
  }
}

TEST_CASE("a body without headings has an empty table of contents", "[markdown]") {
  const auto r = render("Bara text.\n");
  CHECK(r.body.toc.empty());
  CHECK(render("").body.html.empty());
  CHECK(render("").body.blocks.empty());
}

TEST_CASE("raw HTML blocks are left out", "[markdown]") {
  const auto r = render("## Syfte\n\n<script>alert(1)</script>\n\n<div onclick=\"x()\">\n*inne*\n</div>\n\nText.\n");
  CHECK_FALSE(contains(r.body.html, "<script"));
  CHECK_FALSE(contains(r.body.html, "&lt;script"));
  CHECK_FALSE(contains(r.body.html, "alert(1)"));
  CHECK_FALSE(contains(r.body.html, "<div onclick"));
  CHECK_FALSE(contains(r.body.html, "onclick"));
  CHECK(contains(r.body.html, "<p id=\"p-syfte-1\">Text."));  // the HTML took no paragraph number
  for (const auto& b : r.body.blocks) CHECK_FALSE(contains(b.text, "script"));
}

TEST_CASE("text inside a left-out HTML block is warned of, a comment is not", "[markdown]") {
  const auto r =
      render("## Syfte\n\n<div class=\"ruta\">\nViktig text   om\nbidrag.\n</div>\n\n<!-- en anteckning -->\n");
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].to_string() ==
        "content/lysekil/riktlinjer/2021-05-19.md:3:1: warning: HTML is not published, so the text in it is not shown "
        "('Viktig text om bidrag.'); write it as Markdown");
  CHECK(render("<!-- bara en kommentar -->\n\n<br>\n").diagnostics.items().empty());
}

TEST_CASE("raw HTML inside lists and quotes is left out", "[markdown]") {
  const auto r = render("- punkt\n\n  <script>alert(1)</script>\n\n> <iframe src=\"https://evil\"></iframe>\n");
  CHECK_FALSE(contains(r.body.html, "<script"));
  CHECK_FALSE(contains(r.body.html, "<iframe"));
  CHECK_FALSE(contains(r.body.html, "alert(1)"));
}

TEST_CASE("inline raw HTML tags are left out and the text around them kept", "[markdown]") {
  const auto r =
      render("Lysekil <b>behöver</b> fler <script>alert(1)</script> invånare <img src=x onerror=alert(2)>.\n");
  const auto& html = r.body.html;
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "&lt;script"));
  CHECK_FALSE(contains(html, "<b>"));
  CHECK_FALSE(contains(html, "onerror"));
  CHECK_FALSE(contains(html, "<img"));
  CHECK(contains(html, "Lysekil behöver fler "));
  CHECK(contains(html, " invånare ."));
}

TEST_CASE("a javascript: link is dropped but its text kept", "[markdown]") {
  const auto r = render(
      "Läs [riktlinjerna](javascript:alert(1)) och [policyn](JavaScript:alert(2)) "
      "och [mer](vbscript:msgbox) och [data](data:text/html,<b>x</b>).\n");
  const auto& html = r.body.html;
  CHECK_FALSE(contains(html, "javascript:"));
  CHECK_FALSE(contains(html, "JavaScript:"));
  CHECK_FALSE(contains(html, "vbscript:"));
  CHECK_FALSE(contains(html, "data:"));
  CHECK(contains(html, "Läs riktlinjerna och policyn och mer och data."));
  // Only the ¶ link is left.
  CHECK(hrefs(html) == std::vector<std::string>{"#p-1"});
}

TEST_CASE("a javascript: image is dropped", "[markdown]") {
  const auto r = render("![karta](javascript:alert(1))\n");
  CHECK_FALSE(contains(r.body.html, "<img"));
  CHECK_FALSE(contains(r.body.html, "javascript"));
}

TEST_CASE("a javascript: link hidden behind whitespace or control characters is dropped", "[markdown]") {
  CHECK_FALSE(has_script_href(render("[a](java&#9;script:alert(1))\n").body.html));
  CHECK_FALSE(has_script_href(render("[b](<&#32;javascript:alert(2)>)\n").body.html));
  CHECK_FALSE(has_script_href(render("[c](&#1;javascript:alert(3))\n").body.html));
  CHECK_FALSE(has_script_href(render("[d](java&#10;script:alert(4))\n").body.html));
}

TEST_CASE("safe links keep their destination and title, escaped", "[markdown]") {
  const auto r = render(
      "Se [Lysekils kommun](https://lysekil.se/?a=1&b=\"2\" \"Kommunens \\\"webb\\\"\") och "
      "[stycket](#p-syfte-1) och [brev](mailto:webb@example.org).\n");
  const auto& html = r.body.html;
  CHECK(contains(html,
                 "<a href=\"https://lysekil.se/?a=1&amp;b=&quot;2&quot;\" title=\"Kommunens &quot;webb&quot;\">"
                 "Lysekils kommun</a>"));
  CHECK(contains(html, "<a href=\"#p-syfte-1\">stycket</a>"));
  CHECK(contains(html, "<a href=\"mailto:webb@example.org\">brev</a>"));
}

TEST_CASE("autolinks become links", "[markdown]") {
  const auto r = render("Läs mer på https://www.stenungsund.se.\n");
  // Marked as showing its own address, which print then does not add after it.
  CHECK(contains(r.body.html,
                 "<a href=\"https://www.stenungsund.se\" class=\"address-text\">https://www.stenungsund.se</a>"));
  const auto written = render("Se [www.lysekil.se/](http://www.lysekil.se) och [kommunen](https://lysekil.se).\n");
  CHECK(contains(written.body.html, "<a href=\"http://www.lysekil.se\" class=\"address-text\">www.lysekil.se/</a>"));
  CHECK(contains(written.body.html, "<a href=\"https://lysekil.se\">kommunen</a>"));
}

TEST_CASE("images keep a safe source and get escaped alt text", "[markdown]") {
  const auto r = render("![Processmodell <1> & \"2\"](https://example.org/process.png)\n");
  CHECK(contains(r.body.html,
                 "<img src=\"https://example.org/process.png\" alt=\"Processmodell &lt;1&gt; &amp; &quot;2&quot;\">"));
}

TEST_CASE("site addresses in links and pictures start from the page's way up to the root", "[markdown]") {
  const std::string html =
      "<img src=\"/a.png\"><a href=\"/b/\">b</a><a href=\"//host/x\">x</a><a href=\"https://e.org/\">e</a>"
      "<a href=\"/c/\">c</a><img src=\"//host/y.png\"><img src=\"/d.png\"><a href=\"#e\">e</a>";
  CHECK(relative_site_links(html, "../../") ==
        "<img src=\"../../a.png\"><a href=\"../../b/\">b</a><a href=\"//host/x\">x</a><a href=\"https://e.org/\">e</a>"
        "<a href=\"../../c/\">c</a><img src=\"//host/y.png\"><img src=\"../../d.png\"><a href=\"#e\">e</a>");
  CHECK(relative_site_links("<a href=\"/\">start</a>", "") == "<a href=\"./\">start</a>");
  CHECK(relative_site_links("no links", "../") == "no links");
}

TEST_CASE("a link to an attachment beside the text leads where the site publishes it", "[markdown]") {
  const auto r = render("[Bilaga 1](bilaga-1.pdf) [Budget](<bilagor/budget 2024.xlsx>) [Plan](../plan/)\n");
  // Print shows an attachment's address after its text (made whole with the base URL on each page).
  CHECK(contains(r.body.html,
                 "<a href=\"/lysekil/riktlinjer/bilaga-1.pdf\" data-address=\"/lysekil/riktlinjer/bilaga-1.pdf\">"
                 "Bilaga 1</a>"));
  CHECK(contains(r.body.html,
                 "<a href=\"/lysekil/riktlinjer/bilagor/budget%202024.xlsx\" "
                 "data-address=\"/lysekil/riktlinjer/bilagor/budget%202024.xlsx\">Budget</a>"));
  CHECK(full_attachment_addresses(relative_site_links(r.body.html, "../../"), "https://example.org/s/")
            .find("<a href=\"../../lysekil/riktlinjer/bilaga-1.pdf\" "
                  "data-address=\"https://example.org/s/lysekil/riktlinjer/bilaga-1.pdf\">") != std::string::npos);
  CHECK(contains(r.body.html, "<a href=\"../plan/\">Plan</a>"));  // no file: left as written (the link check says why)
}

TEST_CASE("a picture without a description is warned of at its place", "[markdown]") {
  const auto r = render("Karta:\n\n![](karta.png) ![  ](plan.png) ![Karta över ån](a.png)\n");
  REQUIRE(r.diagnostics.items().size() == 2);
  CHECK_FALSE(r.diagnostics.has_errors());
  CHECK(r.diagnostics.items()[0].to_string() ==
        "content/lysekil/riktlinjer/2021-05-19.md:3:1: warning: the picture 'karta.png' has no description; write "
        "what it shows between the brackets, for readers who cannot see it");
  CHECK(r.diagnostics.items()[1].to_string().starts_with(
      "content/lysekil/riktlinjer/2021-05-19.md:3:16: warning: the picture 'plan.png' has no description"));
  CHECK(contains(r.body.html, "<img src=\"/lysekil/riktlinjer/karta.png\" alt=\"\">"));
}

TEST_CASE("a picture beside the text is shown from where the site publishes it", "[markdown]") {
  // The same site address from the document's page and the version's: pages make it relative.
  const auto r = render(
      "![a](bilder/process.png) ![b](<karta över ån.png>) ![c](../gemensamt/logga.svg) ![d](/assets/logo.svg)\n\n"
      "![e](anteckningar.txt) ![f](../../../utanfor.png)\n");
  CHECK(contains(r.body.html, "<img src=\"/lysekil/riktlinjer/bilder/process.png\" alt=\"a\">"));
  CHECK(contains(r.body.html, "<img src=\"/lysekil/riktlinjer/karta%20%C3%B6ver%20%C3%A5n.png\" alt=\"b\">"));
  CHECK(contains(r.body.html, "<img src=\"/lysekil/gemensamt/logga.svg\" alt=\"c\">"));
  CHECK(contains(r.body.html, "<img src=\"/assets/logo.svg\" alt=\"d\">"));
  // Not published (the link check says why): left as written.
  CHECK(contains(r.body.html, "<img src=\"anteckningar.txt\" alt=\"e\">"));
  CHECK(contains(r.body.html, "<img src=\"../../../utanfor.png\" alt=\"f\">"));
  CHECK(relative_site_links(r.body.html, "../../").find("<img src=\"../../lysekil/riktlinjer/bilder/process.png\"") !=
        std::string::npos);
}

TEST_CASE("the tables of a text with more than one are numbered in their names, so that each region's is its own",
          "[markdown]") {
  MarkdownOptions options;
  options.table_label = "Tabell";
  const std::string table = "| A | B |\n|---|---|\n| 1 | 2 |\n";
  const auto two = render("## Avgifter\n\n" + table + "\n- Lista\n\n  | C |\n  |---|\n  | 3 |\n", options);
  CHECK(contains(two.body.html, "aria-label=\"Tabell 1\" id=\"p-avgifter-1\">"));
  CHECK(contains(two.body.html, "aria-label=\"Tabell 2\">"));  // the one in a list has no anchor of its own
  CHECK(!contains(two.body.html, "aria-label=\"Tabell\""));
  const auto one = render("## Avgifter\n\n" + table, options);
  CHECK(contains(one.body.html, "aria-label=\"Tabell\" id=\"p-avgifter-1\">"));
}

TEST_CASE("tables render with a labelled scrolling wrapper, thead and column headers", "[markdown]") {
  MarkdownOptions options;
  options.table_label = "Tabell";
  const auto r = render(
      "## Handlingsplan\n\n"
      "| Aktivitet | Ansvar | Klart |\n"
      "|:--|:-:|--:|\n"
      "| Språkundervisning | AME | Klart innan januari 2014 |\n"
      "| Samhällsinformation | Kommunstyrelsen | 2014 |\n",
      options);
  const std::string expected =
      "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Tabell\" id=\"p-handlingsplan-1\">\n"
      "<table>\n"
      "<thead>\n"
      "<tr>\n"
      "<th scope=\"col\" class=\"align-left\">Aktivitet</th>\n"
      "<th scope=\"col\" class=\"align-center\">Ansvar</th>\n"
      "<th scope=\"col\" class=\"align-right\">Klart</th>\n"
      "</tr>\n"
      "</thead>\n"
      "<tbody>\n"
      "<tr>\n"
      "<td class=\"align-left\">Språkundervisning</td>\n"
      "<td class=\"align-center\">AME</td>\n"
      "<td class=\"align-right\">Klart innan januari 2014</td>\n"
      "</tr>\n"
      "<tr>\n"
      "<td class=\"align-left\">Samhällsinformation</td>\n"
      "<td class=\"align-center\">Kommunstyrelsen</td>\n"
      "<td class=\"align-right\">2014</td>\n"
      "</tr>\n"
      "</tbody>\n"
      "</table>\n"
      "</div>\n";
  CHECK(contains(r.body.html, expected));
  const Block* table = find_block(r.body, "p-handlingsplan-1");
  REQUIRE(table != nullptr);
  CHECK(table->section == "handlingsplan");
  CHECK(
      table->text ==
      "Aktivitet Ansvar Klart Språkundervisning AME Klart innan januari 2014 Samhällsinformation Kommunstyrelsen 2014");
}

TEST_CASE("table columns without alignment get no class, the label defaults to English", "[markdown]") {
  const auto r = render("| Dnr | Datum |\n|---|---|\n| LKS 2021-000173 | 2021-05-19 |\n");
  CHECK(contains(r.body.html, "aria-label=\"Table\""));
  CHECK(contains(r.body.html, "<th scope=\"col\">Dnr</th>"));
  CHECK(contains(r.body.html, "<td>LKS 2021-000173</td>"));
  CHECK_FALSE(contains(r.body.html, "align-"));
}

TEST_CASE("a table with only a header row has no tbody", "[markdown]") {
  const auto r = render("| Mål | Aktivitet |\n|---|---|\n");
  CHECK(contains(r.body.html, "<thead>"));
  CHECK_FALSE(contains(r.body.html, "<tbody>"));
}

TEST_CASE("text, code and table cells are HTML-escaped", "[markdown]") {
  const auto r = render(
      "## Arbete & <sysselsättning>\n\n"
      "## Arbete & <arbete>\n\n"
      "Bostäder & arbete, \"citat\" och 5 < 6 > 4.\n\n"
      "Kod: `<script>` och\n\n"
      "```\n<b>fet</b> & mer\n```\n\n"
      "| <i>x</i> & y |\n|---|\n| a < b |\n");
  const auto& html = r.body.html;
  // "<sysselsättning>" is not a valid tag name, so it is text; "<arbete>" is a tag and left out.
  CHECK(contains(html, ">Arbete &amp; &lt;sysselsättning&gt;</a></h2>"));
  CHECK(contains(html, ">Arbete &amp; </a></h2>"));
  CHECK(contains(html, "Bostäder &amp; arbete, &quot;citat&quot; och 5 &lt; 6 &gt; 4."));
  CHECK(contains(html, "Kod: <code>&lt;script&gt;</code> och"));
  CHECK(contains(html, "<pre><code>&lt;b&gt;fet&lt;/b&gt; &amp; mer\n</code></pre>"));
  CHECK(contains(html, "<td>a &lt; b</td>"));
  CHECK_FALSE(contains(html, "<i>"));
  CHECK_FALSE(contains(html, "<b>"));
}

TEST_CASE("emphasis, strong, strikethrough and line breaks", "[markdown]") {
  const auto r = render("Det är *viktigt*, **mycket** viktigt och ~~inte~~ valfritt.  \nNy rad.\n");
  CHECK(contains(r.body.html,
                 "Det är <em>viktigt</em>, <strong>mycket</strong> viktigt och <s>inte</s> valfritt.<br>\nNy rad."));
}

TEST_CASE("blocks carry plain text and the section they belong to", "[markdown]") {
  const auto r = render(
      "## Inledning\n\n"
      "Lysekils kommun *behöver* fler invånare,\nfler som flyttar hit.\n\n"
      "## Syfte\n\n"
      "Syftet med [riktlinjerna](https://lysekil.se) är att & <b>vägleda</b>.\n\n"
      "- Första punkten\n");
  REQUIRE(r.body.blocks.size() == 5);
  const auto& b = r.body.blocks;
  CHECK(b[0].id == "inledning");
  CHECK(b[0].section == "inledning");
  CHECK(b[0].text == "Inledning");
  CHECK(b[1].id == "p-inledning-1");
  CHECK(b[1].section == "inledning");
  CHECK(b[1].text == "Lysekils kommun behöver fler invånare, fler som flyttar hit.");
  CHECK(b[2].id == "syfte");
  CHECK(b[3].id == "p-syfte-1");
  CHECK(b[3].section == "syfte");
  CHECK(b[3].text == "Syftet med riktlinjerna är att & vägleda.");  // plain, not escaped
  CHECK(b[4].id == "p-syfte-2");
  CHECK(b[4].text == "Första punkten");
}

TEST_CASE("footnotes are numbered as referred to and gathered at the end, each with a way back", "[markdown]") {
  MarkdownOptions options;
  options.footnotes_label = "Fotnoter";
  options.footnote_back_label = "Tillbaka till texten";
  const auto r = render(
      "## Syfte\n\n"
      "Enligt lagen[^lag] och förordningen[^2] gäller detta, som lagen[^lag] säger.\n\n"
      "[^2]: Förordning (2017:820).\n\n"
      "[^lag]: Lag (2010:197) om *etableringsinsatser*.\n",
      options);
  CHECK(r.diagnostics.items().empty());
  const std::string& html = r.body.html;
  // In the text: numbers in the order referred to, each a link with an anchor of its own.
  CHECK(contains(html,
                 "Enligt lagen<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup> och "
                 "förordningen<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup> gäller "
                 "detta, som lagen<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1-2\">1</a></sup>"));
  // At the end: a labelled section, the notes in that order, a way back to each reference.
  CHECK(contains(html,
                 "<section class=\"footnotes\" aria-labelledby=\"fotnoter\">\n<h2 id=\"fotnoter\">Fotnoter</h2>\n"
                 "<ol>\n<li id=\"fn-1\"><p>Lag (2010:197) om <em>etableringsinsatser</em>."
                 " <a class=\"footnote-back\" href=\"#fnref-1\" aria-label=\"Tillbaka till texten\"><span "
                 "class=\"back-arrow\">↩</span></a>"
                 " <a class=\"footnote-back\" href=\"#fnref-1-2\" aria-label=\"Tillbaka till texten 2\"><span "
                 "class=\"back-arrow\">↩</span><sup>2</sup></a>"
                 "</p>\n</li>\n<li id=\"fn-2\"><p>Förordning (2017:820). <a class=\"footnote-back\" "
                 "href=\"#fnref-2\" aria-label=\"Tillbaka till texten\"><span "
                 "class=\"back-arrow\">↩</span></a></p>\n</li>\n</ol>\n</section>\n"));
  CHECK(html.rfind("</section>\n") == html.size() - 11);
  // Compared and searched like a section of their own.
  CHECK(block_ids(r.body) == std::vector<std::string>{"syfte", "p-syfte-1", "fotnoter", "fn-1", "fn-2"});
  CHECK(find_block(r.body, "fotnoter")->kind == Block::Kind::heading);
  CHECK(find_block(r.body, "fn-1")->section == "fotnoter");
  CHECK(find_block(r.body, "fn-1")->text == "Lag (2010:197) om etableringsinsatser.");
  CHECK(anchors(r.body) == std::vector<std::string>{"syfte"});  // not in the table of contents
}

TEST_CASE("a section called Fotnoter keeps its anchor and the footnotes take the next", "[markdown]") {
  const auto r = render("## Fotnoter\n\nText[^1].\n\n[^1]: Not.\n");
  CHECK(contains(r.body.html, "<h2 id=\"fotnoter\">"));
  CHECK(contains(r.body.html, "<section class=\"footnotes\" aria-labelledby=\"fotnoter-2\">"));
  CHECK(contains(r.body.html, "<h2 id=\"fotnoter-2\">Footnotes</h2>"));  // the label defaults to English
}

TEST_CASE("a footnote never referred to, or referred to but never written, is warned of at its line", "[markdown]") {
  MarkdownOptions options;
  options.first_line = 5;
  const auto r = render(
      "Text[^a] och[^saknas].\n\n[^a]: Används.\n\n[^oanvand]: Används inte.\n\n[^a]: Samma etikett.\n", options);
  REQUIRE(r.diagnostics.items().size() == 3);
  const auto& missing = r.diagnostics.items()[0];
  CHECK(missing.where.line == 5);
  CHECK(missing.where.column == 13);  // "Text[^a] och" before it
  CHECK(missing.message ==
        "there is no footnote '[^saknas]'; write its text on a line of its own, '[^saknas]: …', after the paragraph");
  const auto& unused = r.diagnostics.items()[1];
  CHECK(unused.where.line == 9);
  CHECK(unused.message ==
        "the footnote '[^oanvand]' is not referred to in the text, so it is not shown; write "
        "[^oanvand] where it belongs, or remove it");
  const auto& twice = r.diagnostics.items()[2];
  CHECK(twice.where.line == 11);
  CHECK(twice.message ==
        "the footnote '[^a]' is written twice (first on line 7), so this one is not shown; give it a label of its own");
  CHECK(contains(r.body.html, "och[^saknas]."));  // shown as written
}

TEST_CASE("a reference link whose label no line defines is warned of where it is written", "[markdown]") {
  MarkdownOptions options;
  options.first_line = 5;
  const auto r =
      render("Se [lagen][sfs] och [planen][].\n\nOch [rätt][def], [^x] [a] [b].\n\n[def]: /lysekil/\n", options);
  std::vector<std::string> messages;
  for (const auto& d : r.diagnostics.items()) messages.push_back(d.to_string());
  CHECK(messages ==
        std::vector<std::string>{"content/lysekil/riktlinjer/2021-05-19.md:5:4: warning: the link '[lagen][sfs]' is "
                                 "shown as text: no line says where 'sfs' leads; write "
                                 "'[sfs]: /address/' on a line of its own, or the link as [text](/address/)",
                                 "content/lysekil/riktlinjer/2021-05-19.md:5:21: warning: the link '[planen][]' is "
                                 "shown as text: no line says where 'planen' leads; write "
                                 "'[planen]: /address/' on a line of its own, or the link as [text](/address/)",
                                 "content/lysekil/riktlinjer/2021-05-19.md:7:18: warning: there is no footnote '[^x]'; "
                                 "write its text on a line of its own, '[^x]: …', after the "
                                 "paragraph"});
  CHECK(contains(r.body.html, "Se [lagen][sfs] och"));  // shown as written
}

TEST_CASE("a link inside a heading does not nest links", "[markdown]") {
  const auto r = render("## Se [diskrimineringslagen](https://riksdagen.se)\n");
  const auto& html = r.body.html;
  const auto open = html.find("<a ");
  REQUIRE(open != std::string::npos);
  const auto close = html.find("</a>", open);
  const auto second_open = html.find("<a ", open + 1);
  CHECK((second_open == std::string::npos || second_open > close));
}

TEST_CASE("rendering is deterministic", "[markdown]") {
  const std::string text = "## Syfte\n\nA\n\n- b\n- c\n\n| x |\n|---|\n| y |\n";
  CHECK(render(text).body.html == render(text).body.html);
}

TEST_CASE("a heading in Arabic script keeps its own words as its anchor") {
  const auto r = render("## تمهيد\n\nنص.\n\n## الغرضُ من البرنامج\n\nنص.\n");
  CHECK(r.diagnostics.items().empty());
  REQUIRE(r.body.toc.size() == 2);
  CHECK(r.body.toc[0].anchor == "تمهيد");
  CHECK(r.body.toc[1].anchor == "الغرض-من-البرنامج");  // the vowel mark goes, spaces become '-'
}

TEST_CASE("a link or image with a scheme that is not allowed is text, with a warning at its place", "[markdown]") {
  const auto r = render(
      "Stycke.\n\nLäs [här](javascript:alert(1)), ![kartan](data:image/png;base64,AAAA) och "
      "[ftp](ftp://example.org/).\n");
  CHECK(hrefs(r.body.html) == std::vector<std::string>{"#p-1", "#p-2"});
  CHECK(contains(r.body.html, "Läs här, kartan och ftp."));
  REQUIRE(r.diagnostics.items().size() == 3);
  CHECK(r.diagnostics.items()[0].to_string() ==
        "content/lysekil/riktlinjer/2021-05-19.md:3:5: warning: the address 'javascript:alert(1)' has the scheme "
        "'javascript:', which is not allowed in a link; use https:, http:, mailto:, tel: or an address within the "
        "site; it is shown as text, not as a link");
  CHECK(r.diagnostics.items()[1].where.column == 33);  // in characters: "ä" twice before it
  CHECK(r.diagnostics.items()[2].where.line == 3);
}

TEST_CASE("web, mail, phone and relative links are kept without a warning", "[markdown]") {
  const auto r = render("[a](https://example.org/) [b](mailto:a@b.se) [c](tel:+46522) [d](../x/) [e](#syfte)\n");
  CHECK(hrefs(r.body.html).size() == 6);
  CHECK(r.diagnostics.items().empty());
}

// Bounded work (core/limits.h): input past a limit is an error at its line
// and renders nothing, before any recursive walk could overflow the stack.

TEST_CASE("30,000 nested block quotes are refused at their line, not a crash", "[markdown][limits]") {
  MarkdownOptions options;
  options.first_line = 8;
  const auto r = render("Text.\n\n" + std::string(30'000, '>') + " x\n", options);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].to_string() ==
        "content/lysekil/riktlinjer/2021-05-19.md:10:101: quotes, lists or emphasis are nested more than 100 levels "
        "deep here; styrdok does not render deeper nesting");
  CHECK(r.body.html.empty());
  CHECK(r.body.blocks.empty());
}

TEST_CASE("nested list markers on one line and nested emphasis are refused", "[markdown][limits]") {
  std::string lists;
  for (int i = 0; i < 30'000; ++i) lists += "- ";
  std::string emphasis;
  for (int i = 0; i < 40'000; ++i) emphasis += "*a ";
  emphasis += "x" + std::string(40'000, '*');
  for (const std::string& text : {lists + "x\n", emphasis + "\n"}) {
    const auto r = render(text);
    REQUIRE(r.diagnostics.items().size() == 1);
    CHECK_THAT(r.diagnostics.items()[0].to_string(),
               Catch::Contains("are nested more than 100 levels deep here") && Catch::StartsWith("content/"));
  }
}

TEST_CASE("nesting up to the limit renders, one level more is refused", "[markdown][limits]") {
  MarkdownOptions options;
  options.limits.markdown_nesting = 6;
  // Below the document: block_quote x4 > paragraph > text, 6 levels.
  CHECK_FALSE(render(">>>> x\n", options).diagnostics.has_errors());
  CHECK(render(">>>>> x\n", options).diagnostics.has_errors());
  // Empty quotes (an exit event but no children) and leaves (no exit event) are counted right too.
  CHECK_FALSE(render(">\n\n>\n\n`a` b\n\n>\n\n>>>> x\n", options).diagnostics.has_errors());
}

TEST_CASE("too many headings, too wide a table and too large a table are refused", "[markdown][limits]") {
  MarkdownOptions options;
  options.limits.headings = 3;
  options.limits.table_columns = 4;
  options.limits.table_cells = 20;
  auto message = [&](const std::string& text) {
    const auto r = render(text, options);
    REQUIRE(r.diagnostics.items().size() == 1);
    return r.diagnostics.items()[0].to_string();
  };
  CHECK(message("## A\n\n## B\n\n## C\n\n## D\n") ==
        "content/lysekil/riktlinjer/2021-05-19.md:7:1: the text has more than 3 headings; split it into several "
        "documents");
  CHECK(message("Text.\n\n|a|b|c|d|e|\n|-|-|-|-|-|\n") ==
        "content/lysekil/riktlinjer/2021-05-19.md:3:1: the table row has 6 '|', more than a table of 4 columns may "
        "have; split the table");
  CHECK(message("|a|b|\n|-|-|\n|1|2|\n|1|2|\n|1|2|\n|1|2|\n|1|2|\n|1|2|\n") ==
        "content/lysekil/riktlinjer/2021-05-19.md:1:1: the table that starts here has more than 20 cells; split it "
        "into smaller tables");
  CHECK_FALSE(render("## A\n\n## B\n\n## C\n\n|a|b|\n|-|-|\n|1|2|\n", options).diagnostics.has_errors());
}
