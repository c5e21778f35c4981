// End-to-end: the print editions and the meeting handout of the example
// site, as HTML (the PDFs are tested in tests/print/pdf_test.cpp).
#include <catch2/catch.hpp>

#include <regex>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const char* const kVersion = "lysekil/riktlinjer-for-integrationsarbete/2021-05-19/";
const char* const kMeeting = "moten/2016-01-20-kommunstyrelsen/";

// The running header and footer styrdok puts at the top of a print page's
// body, with these texts; print.css repeats them on every sheet.
std::string running_html(const std::string& left, const std::string& right, const std::string& footer) {
  return "<div class=\"print-running-head\" aria-hidden=\"true\"><span class=\"print-running-left\">" + left +
         "</span> <span class=\"print-running-right\">" + right +
         "</span></div>\n<div class=\"print-running-foot\" aria-hidden=\"true\">" + footer + "</div>\n";
}

}  // namespace

TEST_CASE("a version prints itself: on paper no site chrome, a running header and a QR code of its address") {
  const fs::path site = built_example("--drafts");
  const std::string page = read_text(site / kVersion / "index.html");
  // style.css for the screen only; print.css and the page numbers' stylesheet for paper.
  CHECK_THAT(page, Catch::Contains("<link rel=\"stylesheet\" href=\"../../../assets/style.css\" media=\"screen\">"));
  CHECK_THAT(page,
             Catch::Contains("<link rel=\"stylesheet\" href=\"../../../assets/print.css\" media=\"print\">\n"
                             "<link rel=\"stylesheet\" href=\"../../../assets/print-pages.css\" media=\"print\">"));
  // One stylesheet for the page numbers of the whole site, none of the page's own.
  CHECK_FALSE(fs::exists(site / kVersion / "utskrift/sidhuvud.css"));
  CHECK(read_text(site / "assets/print-pages.css")
            .find("@page { @bottom-right { content: \"Sida \" counter(page) \" av \" counter(pages); } }") !=
        std::string::npos);
  CHECK_THAT(page,
             Catch::Contains(running_html("Lysekils kommun · Riktlinjer för integrationsarbete", "dnr LKS 2021-000173",
                                          "Har upphört att gälla · beslutad 19 maj 2021")));
  CHECK_THAT(page, Catch::Contains("<figure class=\"print-qr print-only\">\n<svg class=\"qr-code\""));
  CHECK_THAT(page, Catch::Contains("aria-label=\"QR-kod med länk till versionen på webben: "
                                   "https://example.org/styrdokument/lysekil/riktlinjer-for-integrationsarbete/"
                                   "2021-05-19/\""));
  // The address under it, and the permanent link's text, wrap after a '/', not anywhere.
  const std::string wrapping =
      "https://example.org/<wbr>styrdokument/<wbr>lysekil/<wbr>"
      "riktlinjer-for-integrationsarbete/<wbr>2021-05-19/";
  CHECK_THAT(page, Catch::Contains("<span class=\"print-url\">" + wrapping + "</span>"));
  CHECK_THAT(page, Catch::Contains(">" + wrapping + "</a>"));
  // On paper, the status says on which day it was true.
  CHECK_THAT(page, Catch::Contains("<p class=\"print-only print-as-of\">Status per "));
  // The print button opens the browser's print dialog; it needs JavaScript, so it starts hidden.
  CHECK_THAT(page, Catch::Contains("<p class=\"print-link\" hidden><button type=\"button\" class=\"print-button\">"
                                   "Skriv ut / PDF</button></p>"));
  // What print.css hides on paper and what it shows only there.
  const std::string css = read_text(site / "assets/print.css");
  CHECK_THAT(css, Catch::Contains(".skip-link, .site-owner, .site-header, .breadcrumbs, .site-footer, .status-links"));
  CHECK_THAT(read_text(site / "assets/style.css"),
             Catch::Contains(".print-only,\n.print-running-head,\n.print-running-foot {\n  display: none;\n}"));
}

TEST_CASE("the address of a version's print edition sends the reader to the version, which prints itself") {
  const fs::path site = built_example("--drafts");
  const std::string print = read_text(site / kVersion / "utskrift/index.html");
  CHECK_THAT(print, Catch::Contains("<meta http-equiv=\"refresh\" content=\"0; url=../index.html\">"));
  CHECK_THAT(print, Catch::Contains("<link rel=\"canonical\" href=\"https://example.org/styrdokument/" +
                                    std::string(kVersion) + "\">"));
  CHECK(print.size() < 2000);
  CHECK_THAT(read_text(site / "sitemap.xml"), !Catch::Contains(std::string(kVersion) + "utskrift/"));
}

TEST_CASE("a comparison prints itself: the redline, a legend that needs no colour, contents and a QR code") {
  const fs::path site = built_example("--drafts");
  const std::string pair = "dals-ed/integrationspolicy/jamfor/2015-03-16/2016-02-10/";
  const std::string page = read_text(site / pair / "index.html");
  CHECK_THAT(page,
             Catch::Contains("<link rel=\"stylesheet\" href=\"../../../../../assets/print.css\" media=\"print\">"));
  CHECK_THAT(page, Catch::Contains("<span class=\"print-link\" hidden><button type=\"button\" "
                                   "class=\"print-button\">Skriv ut / PDF</button></span>"));
  CHECK_THAT(page, Catch::Contains("<script src=\"../../../../../assets/document.js\" defer></script>"));
  CHECK_THAT(page, Catch::Contains(
                       running_html("Dals-Eds kommun · Jämförelse: Policy för integrationsarbetet i Dals-Eds kommun",
                                    "", "beslutad 16 mars 2015 → förslag daterat 11 januari 2016")));
  CHECK_THAT(page, Catch::Contains("aria-label=\"QR-kod med länk till jämförelsen på webben: "
                                   "https://example.org/styrdokument/" +
                                   pair + "\""));
  // On paper: the legend in marks, not colours; contents of the sections; unchanged ones named.
  CHECK_THAT(page,
             Catch::Contains("<p class=\"print-only print-legend\">Tillagd text är understruken och inleds med +"));
  CHECK_THAT(page, Catch::Contains("<li><a href=\"#avsnitt-1\">Inledande text <span class=\"print-toc-label\">(Ändrat)"
                                   "</span></a></li>"));
  CHECK_THAT(page, Catch::Contains("<section class=\"diff-section diff-changed\" id=\"avsnitt-1\""));
  CHECK_THAT(page, Catch::Contains("<p class=\"print-only diff-omitted\">"));
  CHECK_THAT(page, Catch::Contains("<ins>") && Catch::Contains("<del>"));
  const std::string css = read_text(site / "assets/print.css");
  CHECK_THAT(css, Catch::Contains(".compare-links, .compare-legend, .view-switch, .view-name, .side-by-side, "
                                  "details.diff-unchanged { display: none; }"));
  // Its print edition's address sends the reader to it.
  const std::string print = read_text(site / pair / "utskrift/index.html");
  CHECK_THAT(print, Catch::Contains("<meta http-equiv=\"refresh\" content=\"0; url=../index.html\">"));
}

TEST_CASE("the meeting has a page listing its agenda, and a handout with every item in order") {
  const fs::path site = built_example("--drafts");
  CHECK_THAT(read_text(site / "dals-ed/index.html"),
             Catch::Contains("<a href=\"../moten/2016-01-20-kommunstyrelsen/index.html\">"));
  const std::string page = read_text(site / kMeeting / "index.html");
  CHECK_THAT(page, Catch::Contains("<a href=\"../../" + std::string(kMeeting) +
                                   "utskrift/index.html\">Skriv ut handlingarna / PDF</a>"));
  CHECK_THAT(page, Catch::Contains("../../dals-ed/integrationspolicy/jamfor/2015-03-16/2016-02-10/index.html"));
  const std::string handout = read_text(site / kMeeting / "utskrift/index.html");
  const auto first = handout.find("<h2 id=\"punkt-1-rubrik\" class=\"agenda-item-title\">Punkt 1. Förslag till");
  const auto redline = handout.find("<div id=\"punkt-1-jamforelse\" class=\"agenda-redline\">");
  const auto second = handout.find("<h2 id=\"punkt-2-rubrik\" class=\"agenda-item-title\">Punkt 2. Gällande");
  CHECK(first < redline);
  CHECK(redline < second);
  CHECK(second != std::string::npos);
  // Statuses as on the day of the meeting, and saying so; body headings below the item's.
  CHECK_THAT(handout, Catch::Contains("Status per 20 januari 2016."));
  for (const std::string& html : {page, handout})
    CHECK_THAT(html, Catch::Contains("<p class=\"agenda-status-note\">Statusen för varje handling är den som gällde "
                                     "på sammanträdesdagen, 20 januari 2016.</p>"));
  CHECK_THAT(handout, Catch::Contains("<h4 id=\"punkt-1-syfte\">"));
}

TEST_CASE("a meeting still to come is published, its papers' statuses those of the day it is built") {
  // Built five days before the meeting, after the proposal was put forward.
  const fs::path site = built_example("--drafts --as-of 2016-01-15");
  const std::string page = read_text(site / kMeeting / "index.html");
  const std::string handout = read_text(site / kMeeting / "utskrift/index.html");
  for (const std::string& html : {page, handout})
    CHECK_THAT(html, Catch::Contains("<p class=\"agenda-status-note\">Statusen för varje handling är den som gäller "
                                     "15 januari 2016, när sidan gjordes. Den kan ändras före sammanträdet.</p>"));
  CHECK_THAT(handout, Catch::Contains("Status per 15 januari 2016."));
  CHECK_THAT(page, Catch::Contains("<strong>Förslag till reviderad policy för integrationsarbetet</strong>"));
  // Before the proposal it hands out existed, the meeting had not been called.
  CHECK_FALSE(fs::exists(built_example("--drafts --as-of 2016-01-10") / kMeeting));
}

TEST_CASE("without --drafts, a meeting that hands out a proposal is not published") {
  const fs::path site = built_example("");
  CHECK_FALSE(fs::exists(site / kMeeting));
  CHECK_THAT(read_text(site / "dals-ed/index.html"), !Catch::Contains("moten/"));
}

namespace {

const std::string kPlan = "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/";

// Whether `html` has the table row of action `id` with its deadline as written and its state.
bool has_row(const std::string& html, const std::string& id, const std::string& deadline, const std::string& state) {
  const std::regex row("<td>" + id + "</td>\n<th scope=\"row\">[^<]+</th>\n<td>[^<]+</td>\n<td>" + deadline +
                       "</td>\n<td class=\"print-state\">" + state + "</td>");
  return std::regex_search(html, row);
}

}  // namespace

TEST_CASE("an action plan links to its print edition: every action with its state, latest reports, a QR code") {
  const fs::path site = built_example("--as-of 2014-03-01");
  CHECK_THAT(read_text(site / kPlan / "index.html"),
             Catch::Contains("<a href=\"../../../../" + kPlan + "utskrift/index.html\">Skriv ut / PDF</a>"));
  const std::string print = read_text(site / kPlan / "utskrift/index.html");
  // As of 2014-03-01: the first two deadlines have passed without a report of done, the third has not.
  CHECK(has_row(print, "1", "innan januari 2014", "Försenad"));
  CHECK(has_row(print, "2", "innan februari 2014", "Försenad"));
  CHECK(has_row(print, "3", "innan juni 2014", "Inte påbörjad"));
  CHECK_THAT(print, Catch::Contains("<p class=\"print-plan-summary\">3 åtgärder: 2 Försenad, 1 Inte påbörjad.</p>"));
  CHECK_THAT(print, Catch::Contains("Läget den 1 mars 2014."));
  // Each action's latest report known that day; the one of April 2014 is not known yet.
  CHECK_THAT(print, Catch::Contains("<strong>30 september 2013</strong> · Pågår · 40 % (Exempeldata)<br>En utredning"));
  CHECK_THAT(print, !Catch::Contains("10 april 2014"));
  CHECK_THAT(print, Catch::Contains("<dt>3. Utveckla samarbetet mellan boende för ensamkommande och skola "
                                    "ytterligare</dt>\n<dd>Ingen uppföljningsrapport ännu.</dd>"));
  CHECK_THAT(print, Catch::Contains("<p class=\"print-notice\"><strong>Exempeldata:</strong> Uppföljningsrapporterna"));
  CHECK_THAT(print, Catch::Contains("aria-label=\"QR-kod med länk till handlingsplanen på webben: "
                                    "https://example.org/styrdokument/" +
                                    kPlan + "\""));
  CHECK_THAT(print, !Catch::Contains("site-nav") && !Catch::Contains("style=") && !Catch::Contains("<script"));
  CHECK_THAT(print, Catch::Contains(
                        running_html("Dals-Eds kommun · Handlingsplan för integrationsarbetet", "Läget den 1 mars 2014",
                                     "Handlingsplan till Policy för integrationsarbetet i Dals-Eds kommun")));
}

TEST_CASE("the handout prints the action plan as its third item, as it stood on the day of the meeting") {
  const fs::path site = built_example("--drafts");
  const std::string page = read_text(site / kMeeting / "index.html");
  CHECK_THAT(page, Catch::Contains("<p>Handlingsplanens läge den 20 januari 2016</p>\n<p><a href=\"../../" + kPlan +
                                   "index.html\">Läs Handlingsplan för integrationsarbetet</a></p>"));
  const std::string handout = read_text(site / kMeeting / "utskrift/index.html");
  const auto second = handout.find("<h2 id=\"punkt-2-rubrik\" class=\"agenda-item-title\">Punkt 2. ");
  const auto third = handout.find("<h2 id=\"punkt-3-rubrik\" class=\"agenda-item-title\">Punkt 3. Handlingsplan");
  REQUIRE(second != std::string::npos);
  REQUIRE(third != std::string::npos);
  CHECK(second < third);
  const std::string item = handout.substr(third);
  // On 2016-01-20 the first was done after its deadline, the second is overdue (and its
  // last report older than a year), the third done in time.
  CHECK(has_row(item, "1", "innan januari 2014", "Klar efter tidsgränsen"));
  CHECK(has_row(item, "2", "innan februari 2014", "Försenad · Ingen aktuell rapport"));
  CHECK(has_row(item, "3", "innan juni 2014", "Klar i tid"));
  CHECK_THAT(item, Catch::Contains("Läget den 20 januari 2016."));
  CHECK_THAT(item, Catch::Contains("<p class=\"print-plan-summary\">3 åtgärder: 1 Försenad, 1 Klar i tid, 1 Klar "
                                   "efter tidsgränsen.</p>"));
  CHECK_THAT(item, Catch::Contains("<h3 id=\"punkt-3-print-title\" class=\"print-title\">"));
  CHECK_THAT(item, Catch::Contains("<h4 id=\"punkt-3-plan-actions\">Åtgärder</h4>"));
  // The contents list the plan's sections.
  CHECK_THAT(handout.substr(0, third), Catch::Contains("<a href=\"#punkt-3-plan-actions\">Åtgärder</a>"));
}
