// End-to-end: version history, status statements, comparisons, proposals,
// what's new, feeds and the due-for-revision page, on the example site's
// illustrative Dals-Ed revision (2015-03-16) and proposal (dated 2016-01-11,
// to be decided 2016-02-10).
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const std::string kDoc = "dals-ed/integrationspolicy/";

fs::path example(const std::string& args) { return built_example(args); }

// After the proposal was put forward, before it was to be decided.
const std::string kDrafts = "--drafts --as-of 2016-01-15";

std::string page(const std::string& args, const std::string& url) {
  return read_text(example(args) / (url + "index.html"));
}

}  // namespace

TEST_CASE("the document page shows the version in force and the history, newest first") {
  const std::string doc = page(kDrafts, kDoc);
  CHECK_THAT(doc, Catch::Contains("<dt>Beslutsdatum</dt><dd>16 mars 2015</dd>"));
  const auto proposal = doc.find(">förslag daterat 11 januari 2016</a>");
  const auto revision = doc.find("beslutad 16 mars 2015</span> (visas ovan)");
  const auto original = doc.find(">odaterad version</a>");
  REQUIRE(proposal != std::string::npos);
  REQUIRE(revision != std::string::npos);
  REQUIRE(original != std::string::npos);
  CHECK((proposal < revision && revision < original));
  CHECK_THAT(doc, Catch::Contains("<span class=\"change-label\">Ändring:</span> Exempel:"));
  // The computed summary names what changed, even without the clerk's note.
  CHECK_THAT(doc, Catch::Contains("<span class=\"change-label\">Ändrat i texten:</span>"));
  CHECK_THAT(doc, Catch::Contains("2 avsnitt tillagda (Inledande text, Uppföljning)"));
  CHECK_THAT(doc, Catch::Contains("Boende och bostadsmarknad"));
  CHECK_THAT(doc, Catch::Contains("1 avsnitt flyttat (Trygghet)"));
  CHECK_THAT(doc, Catch::Contains("jamfor/odaterad/2015-03-16/index.html\">Jämför med den odaterade versionen</a>"));
  CHECK_THAT(doc, Catch::Contains("jamfor/index.html\">Jämför valfria versioner</a>"));
  // Beside the status: what changed, the pending proposal, the history.
  CHECK_THAT(doc, Catch::Contains("<p class=\"status-statement\">Denna version gäller från 1 april 2015 och tills "
                                  "vidare.</p>\n<p class=\"status-decision\">Beslutad av Kommunfullmäktige 16 mars "
                                  "2015, § 24</p>"));
  CHECK_THAT(doc, Catch::Contains("jamfor/2015-03-16/2016-02-10/index.html\">Det finns ett förslag till ny version: "
                                  "se vad förslaget daterat 11 januari 2016 ändrar</a>"));
  CHECK_THAT(doc, Catch::Contains("<a href=\"#history\">Versionshistorik (3 versioner)</a>"));
}

TEST_CASE("a superseded version cannot be mistaken for the one in force") {
  const std::string old = page(kDrafts, kDoc + "odaterad/");
  CHECK_THAT(old, Catch::Contains("<section class=\"status-panel status-panel-superseded\""));
  CHECK_THAT(old, Catch::Contains("<span class=\"status status-superseded\">Ersatt av en nyare version</span>"));
  CHECK_THAT(old, Catch::Contains("<p class=\"status-statement\">Denna version gäller inte längre. Den gällde till och "
                                  "med 31 mars 2015. Den ersattes av versionen beslutad 16 mars 2015, som började "
                                  "gälla 1 april 2015.</p>"));
  CHECK_THAT(old, Catch::Contains(">Aktuell version: beslutad 16 mars 2015</a>"));
  CHECK_THAT(old, Catch::Contains("<title>Policy för integrationsarbetet i Dals-Eds kommun, odaterad version – "));
  CHECK_THAT(
      old, Catch::Contains("<link rel=\"canonical\" href=\"https://example.org/styrdokument/" + kDoc + "odaterad/\">"));
  CHECK_THAT(old, Catch::Contains("\"legislationLegalForce\": \"https://schema.org/NotInForce\""));
  // Before the revision came into force, the revision is the one not yet in force.
  const std::string early = page("--as-of 2015-03-20", kDoc + "2015-03-16/");
  CHECK_THAT(early, Catch::Contains("<p class=\"status-statement\">Denna version är beslutad 16 mars 2015 men gäller "
                                    "ännu inte. Den börjar gälla 1 april 2015. Till dess gäller den odaterade "
                                    "versionen.</p>"));
}

TEST_CASE("a proposal is published only with --drafts, never called decided, and linked to its redline") {
  CHECK_FALSE(fs::exists(example("--as-of 2016-01-15") / kDoc / "2016-02-10"));
  CHECK_THAT(page("--as-of 2016-01-15", kDoc), !Catch::Contains("2016-02-10"));
  const std::string proposal = page(kDrafts, kDoc + "2016-02-10/");
  CHECK_THAT(proposal, Catch::Contains("<section class=\"status-panel status-panel-proposal\""));
  CHECK_THAT(proposal, Catch::Contains("<span class=\"status status-proposal\">Förslag – inte antaget</span>"));
  CHECK_THAT(proposal, Catch::Contains("<p class=\"status-statement\">Detta är ett förslag. Det är inte antaget och "
                                       "gäller inte. Förslaget är daterat 11 januari 2016. Det har lagts fram av "
                                       "Kommunstyrelsens förvaltning. Det ska behandlas av Kommunfullmäktige den 10 "
                                       "februari 2016.</p>"));
  CHECK_THAT(proposal, Catch::Contains("<p class=\"document-kicker\">Policy · Dals-Eds kommun · <span "
                                       "class=\"version-label\">förslag daterat 11 januari 2016</span></p>"));
  CHECK_THAT(proposal, Catch::Contains("jamfor/2015-03-16/2016-02-10/index.html\">Se vad förslaget ändrar</a>"));
  CHECK_THAT(proposal, Catch::Contains("<title>Policy för integrationsarbetet i Dals-Eds kommun, förslag daterat 11 "
                                       "januari 2016 – "));
  CHECK_THAT(proposal, Catch::Contains("Förslag, inte antaget, daterat 2016-01-11, inför beslut i Kommunfullmäktige "
                                       "2016-02-10"));
  CHECK_THAT(proposal, !Catch::Contains("legislationPassedBy"));
  // Nothing that states what the proposal is calls it decided.
  for (const auto& [open, close] : {std::pair{"<title>", "</title>"},
                                    {"<span class=\"version-label\">", "</span>"},
                                    {"<p class=\"status-statement\">", "</p>"},
                                    {"<p class=\"citation-text\">", "</p>"},
                                    {"<li data-status=\"proposal\"", "<p class=\"change-note\""},
                                    {"<section class=\"metadata\"", "</section>"}}) {
    const auto from = proposal.find(open);
    REQUIRE(from != std::string::npos);
    const std::string part = proposal.substr(from, proposal.find(close, from) - from);
    INFO(part);
    CHECK_THAT(part, !Catch::Contains("beslutad") && !Catch::Contains("Beslutad") && !Catch::Contains("beslutat"));
  }
  // Its metadata names who is to decide it and when, and who put it forward.
  CHECK_THAT(proposal, Catch::Contains("<dt>Ska behandlas av</dt><dd>Kommunfullmäktige</dd>"));
  CHECK_THAT(proposal, Catch::Contains("<dt>Planerat beslutsdatum</dt><dd>10 februari 2016</dd>"));
  CHECK_THAT(proposal, Catch::Contains("<dt>Förslag daterat</dt><dd>11 januari 2016</dd>"));
  CHECK_THAT(proposal, Catch::Contains("<dt>Framlagt av</dt><dd>Kommunstyrelsens förvaltning</dd>"));
  // The main page still shows the version in force, not the proposal.
  CHECK_THAT(page(kDrafts, kDoc), Catch::Contains("<dt>Beslutsdatum</dt><dd>16 mars 2015</dd>"));
  // After the day it was to be decided, it still says what it is.
  CHECK_THAT(page("--drafts --as-of 2016-03-01", kDoc + "2016-02-10/"),
             Catch::Contains("Det skulle behandlas av Kommunfullmäktige den 10 februari 2016. Något beslut om det är "
                             "inte publicerat här."));
  // Before it was put forward, it did not exist.
  CHECK_FALSE(fs::exists(example("--drafts --as-of 2016-01-10") / kDoc / "2016-02-10"));
}

TEST_CASE("the comparison of a version and a proposal pairs their metadata field by field") {
  const std::string c = page(kDrafts, kDoc + "jamfor/2015-03-16/2016-02-10/");
  CHECK_THAT(c, Catch::Contains("<tr><th scope=\"row\">Beslutsdatum / planerat beslutsdatum</th>"
                                "<td><span class=\"cell-label\" aria-hidden=\"true\">Före</span><del>"));
  CHECK_THAT(c, Catch::Contains("<tr><th scope=\"row\">Diarienummer</th><td><span class=\"cell-label\" "
                                "aria-hidden=\"true\">Före</span><del>"));
  // Both were (to be) decided by Kommunfullmäktige: no change, whatever the labels.
  CHECK_THAT(c, !Catch::Contains("Beslutat av") && !Catch::Contains("Ska behandlas av"));
  // A value the proposal does not give is shown as unknown, not as text it adds.
  CHECK_THAT(c, Catch::Contains("<tr><th scope=\"row\">Diarienummer</th><td><span class=\"cell-label\" "
                                "aria-hidden=\"true\">Före</span><del><span "
                                "class=\"visually-hidden change-marker\">borttaget: </span>KS 2015/12<span "
                                "class=\"visually-hidden change-marker\"> slut borttaget</span></del></td>"
                                "<td><span class=\"cell-label\" aria-hidden=\"true\">Efter</span><span "
                                "class=\"unknown\">Uppgift saknas</span></td></tr>"));
  // A proposal's own rows have nothing to be compared with.
  CHECK_THAT(c, !Catch::Contains("Förslag daterat</th>"));
}

TEST_CASE("on a phone the changed details are labelled blocks, and still a table to screen readers") {
  const std::string c = page(kDrafts, kDoc + "jamfor/2015-03-16/2016-02-10/");
  // A table, with its headers: the stylesheet makes only its cells blocks on a
  // narrow screen.
  CHECK_THAT(c, Catch::Contains("<table class=\"metadata-changes\">\n<thead><tr><th scope=\"col\">Uppgift</th><th "
                                "scope=\"col\">Före</th><th scope=\"col\">Efter</th></tr></thead>\n<tbody>"));
  // Each value says what it is where it is shown, in words screen readers
  // skip, since they read the column's header.
  const std::string before = "<td><span class=\"cell-label\" aria-hidden=\"true\">Före</span>";
  const std::string after = "<td><span class=\"cell-label\" aria-hidden=\"true\">Efter</span>";
  const auto body = c.find("<tbody>");
  REQUIRE(body != std::string::npos);
  const std::string rows = c.substr(body, c.find("</tbody>", body) - body);
  const auto count = [&](const std::string& s) {
    std::size_t n = 0;
    for (auto at = rows.find(s); at != std::string::npos; at = rows.find(s, at + 1)) ++n;
    return n;
  };
  const std::size_t changed = count("<tr><th scope=\"row\">");
  CHECK(changed >= 2);
  CHECK(count("<tr") == changed);
  CHECK(count(before) == changed);
  CHECK(count(after) == changed);
  CHECK(count("<td") == 2 * changed);
  // The label is no part of the value: paper and a wide screen show a table.
  const std::string style = read_text(example(kDrafts) / "assets/style.css");
  CHECK_THAT(style, Catch::Contains(".metadata-changes .cell-label {\n  display: none;\n}"));
  CHECK_THAT(read_text(example(kDrafts) / "assets/print.css"),
             Catch::Contains(".metadata-changes .cell-label { display: none; }"));
}

TEST_CASE("the comparison marks words inserted and deleted, and sections moved, added and renamed") {
  const std::string c = page(kDrafts, kDoc + "jamfor/odaterad/2015-03-16/");
  CHECK_THAT(c, Catch::Contains("<ins>"));
  CHECK_THAT(c, Catch::Contains("<del>"));
  CHECK_THAT(c, Catch::Contains("juni 2015"));
  CHECK_THAT(c, Catch::Contains("Validering av yrkeskunskaper från hemlandet"));
  CHECK_THAT(c, Catch::Contains("<span class=\"diff-badge\">Flyttat</span> <strong>Trygghet</strong>"));
  CHECK_THAT(c, Catch::Contains("<span class=\"diff-badge\">Nytt avsnitt</span> <strong>Uppföljning</strong>"));
  CHECK_THAT(c, Catch::Contains("(Tidigare rubrik: Boende)"));
  CHECK_THAT(c, Catch::Contains("<details class=\"diff-unchanged\">"));
  // Metadata changes in their own table.
  CHECK_THAT(c, Catch::Contains(
                    "<tr><th scope=\"row\">Beslutsdatum</th><td><span "
                    "class=\"cell-label\" aria-hidden=\"true\">Före</span><span "
                    "class=\"unknown\">Uppgift saknas</span></td><td><span class=\"cell-label\" "
                    "aria-hidden=\"true\">Efter</span><ins><span class=\"visually-hidden change-marker\">tillagt: "
                    "</span>16 mars 2015<span class=\"visually-hidden change-marker\"> slut tillagt</span></ins></td>"
                    "</tr>"));
  // Screen readers hear where each change begins and ends.
  CHECK_THAT(c, Catch::Contains("<ins><span class=\"visually-hidden change-marker\">tillagt: </span>"));
  CHECK_THAT(c, Catch::Contains("<del><span class=\"visually-hidden change-marker\">borttaget: </span>"));
  CHECK_THAT(c, Catch::Contains("<title>Jämförelse: Policy för integrationsarbetet i Dals-Eds kommun, odaterad version "
                                "– beslutad 16 mars 2015 – "));
}

TEST_CASE("one comparison page holds both views, chosen by links to fragments") {
  const std::string c = page(kDrafts, kDoc + "jamfor/odaterad/2015-03-16/");
  // The control: two links within the page, no script.
  CHECK_THAT(c, Catch::Contains("<p class=\"view-switch\"><span class=\"view-switch-label\">Visa:</span>\n"
                                "<a class=\"view-inline\" href=\"#i-lopande-text\">I löpande text<span "
                                "class=\"view-current visually-hidden\"> (visas nu)</span></a>\n"
                                "<a class=\"view-side\" href=\"#sida-vid-sida\">Sida vid sida<span "
                                "class=\"view-current visually-hidden\"> (visas nu)</span></a></p>"));
  // Near the top, as before, a way to the versions side by side.
  CHECK_THAT(c, Catch::Contains("<p class=\"compare-links\"><a href=\"#sida-vid-sida\">Visa versionerna sida vid "
                                "sida</a><span class=\"print-link\" hidden>"));
  // The fragments' elements wrap the compared text, the control with it.
  const auto inline_target = c.find("<section class=\"compare-text\" id=\"i-lopande-text\"");
  const auto side_target = c.find("<div class=\"compare-views\" id=\"sida-vid-sida\">");
  const auto control = c.find("<p class=\"view-switch\">");
  const auto first_section = c.find("<section class=\"diff-section");
  REQUIRE(inline_target != std::string::npos);
  REQUIRE(side_target != std::string::npos);
  CHECK((inline_target < side_target && side_target < control && control < first_section));
  // The heading says which view is shown (the style sheet shows one of the two).
  CHECK_THAT(c, Catch::Contains("<h2 id=\"text-heading\">Ändringar i texten<span class=\"view-name "
                                "view-name-inline\"> (i löpande text)</span><span class=\"view-name "
                                "view-name-side\"> (sida vid sida)</span></h2>"));
  // A changed section carries its redline and its two columns, each labelled.
  const auto changed = c.find("<section class=\"diff-section diff-changed\"");
  REQUIRE(changed != std::string::npos);
  const std::string section = c.substr(changed, c.find("</section>", changed) - changed);
  CHECK_THAT(section, Catch::Contains("<div class=\"diff-body diff-inline\">"));
  CHECK_THAT(section, Catch::Contains("<div class=\"side-by-side\">"));
  CHECK_THAT(section, Catch::Contains("<div class=\"diff-column diff-older\"><p class=\"diff-column-title\">Äldre "
                                      "version: odaterad version</p>"));
  CHECK_THAT(section, Catch::Contains("<div class=\"diff-column diff-newer\"><p class=\"diff-column-title\">Nyare "
                                      "version: beslutad 16 mars 2015</p>"));
  CHECK(section.find("diff-inline") < section.find("side-by-side"));
  // An added section's older column says why it is empty.
  const auto added = c.find("<section class=\"diff-section diff-added\"");
  REQUIRE(added != std::string::npos);
  CHECK_THAT(c.substr(added, c.find("</section>", added) - added),
             Catch::Contains("<p class=\"diff-column-title\">Äldre version: odaterad version</p><p "
                             "class=\"diff-absent\">Avsnittet fanns inte i den äldre versionen.</p>"));
  // An unchanged section shows its text once.
  const auto unchanged = c.find("<section class=\"diff-section diff-unchanged\"");
  if (unchanged != std::string::npos) {
    const std::string same = c.substr(unchanged, c.find("</section>", unchanged) - unchanged);
    CHECK_THAT(same, !Catch::Contains("side-by-side") && !Catch::Contains("diff-inline"));
  }
  // No link leads to the side-by-side view's old address.
  CHECK_THAT(c, !Catch::Contains("sida-vid-sida/"));
  CHECK_THAT(c, !Catch::Contains("<script>") && !Catch::Contains("style=\""));
}

TEST_CASE("the side-by-side view's old address sends the reader to the view in the one page") {
  const std::string r = page(kDrafts, kDoc + "jamfor/odaterad/2015-03-16/sida-vid-sida/");
  CHECK_THAT(r, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">"));
  CHECK_THAT(r, Catch::Contains("<meta http-equiv=\"refresh\" content=\"0; url=../index.html#sida-vid-sida\">"));
  CHECK_THAT(r, Catch::Contains("<link rel=\"canonical\" href=\"https://example.org/styrdokument/" + kDoc +
                                "jamfor/odaterad/2015-03-16/\">"));
  CHECK_THAT(r, Catch::Contains("<meta name=\"robots\" content=\"noindex\">"));
  CHECK_THAT(r, Catch::Contains("<title>Sidan har flyttat – "));
  CHECK_THAT(r, Catch::Contains("<a href=\"../index.html#sida-vid-sida\">Gå till sidan på dess nya adress</a>"));
  CHECK_THAT(r,
             Catch::Contains("<a href=\"../../../../../../tillganglighet/index.html\">Tillgänglighetsredogörelse</a>"));
  CHECK_THAT(r, !Catch::Contains("<script"));
  // Not listed for search engines.
  const std::string sitemap = read_text(example(kDrafts) / "sitemap.xml");
  CHECK_THAT(sitemap, Catch::Contains(kDoc + "2015-03-16/</loc>"));
  CHECK_THAT(sitemap, !Catch::Contains("sida-vid-sida"));
}

TEST_CASE("every pair of versions can be compared from one page") {
  const std::string index = page(kDrafts, kDoc + "jamfor/");
  for (const char* pair : {"odaterad/2015-03-16/", "odaterad/2016-02-10/", "2015-03-16/2016-02-10/"}) {
    INFO(pair);
    const std::string href = std::string("href=\"../../../") + kDoc + "jamfor/" + pair + "index.html";
    CHECK_THAT(index, Catch::Contains(href + "\""));
    CHECK_THAT(index, Catch::Contains(href + "#sida-vid-sida\">Sida vid sida</a>"));
    // The old address of the side-by-side view still answers, with a redirect.
    CHECK_THAT(read_text(example(kDrafts) / kDoc / "jamfor" / pair / "sida-vid-sida/index.html"),
               Catch::Contains("<meta http-equiv=\"refresh\" content=\"0; url=../index.html#sida-vid-sida\">"));
  }
  CHECK_THAT(index, !Catch::Contains("sida-vid-sida/"));
}

TEST_CASE("what's new lists adoptions, revisions and proposals newest first, also as Atom feeds") {
  const std::string news = page(kDrafts, "nytt/");
  const auto proposal = news.find("<span class=\"event-kind\">Förslag</span> daterat 11 januari 2016");
  const auto revision = news.find("<span class=\"event-kind\">Reviderat</span> beslutad 16 mars 2015");
  REQUIRE(proposal != std::string::npos);
  REQUIRE(revision != std::string::npos);
  CHECK(proposal < revision);
  for (const std::string& feed : {std::string("feed.xml"), std::string("dals-ed/feed.xml"), kDoc + "feed.xml"}) {
    INFO(feed);
    const std::string xml = read_text(example(kDrafts) / feed);
    CHECK_THAT(xml, Catch::StartsWith(
                        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    CHECK_THAT(xml, Catch::Contains("<updated>2016-01-11T00:00:00Z</updated>"));  // the proposal's own date
    CHECK_THAT(xml,
               Catch::Contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/styrdokument/" +
                               kDoc + "jamfor/odaterad/2015-03-16/\"/>"));
  }
  CHECK_THAT(read_text(example(kDrafts) / "lysekil/feed.xml"), !Catch::Contains("dals-ed"));
}

TEST_CASE("documents due for revision are grouped by who revises them") {
  const std::string due = page("--as-of 2023-10-01", "revidering/");
  CHECK_THAT(due, Catch::Contains("<h2>Kommunstyrelsen</h2>"));
  CHECK_THAT(due, Catch::Contains("Riktlinjer för integrationsarbete</a>"));
  CHECK_THAT(due, Catch::Contains("Gäller till och med 31 december 2023"));
  CHECK_THAT(page("--as-of 2022-01-01", "revidering/"), Catch::Contains("Inga styrdokument behöver revideras"));
  CHECK_THAT(page("--as-of 2025-01-01", "revidering/"), Catch::Contains("Giltighetstiden gick ut 31 december 2023"));
}

TEST_CASE("each organisation has its own due-for-revision list, which the site's page counts and links to") {
  const std::string site = page("--as-of 2025-01-01", "revidering/");
  CHECK_THAT(site, Catch::Contains(
                       "<tr><th scope=\"row\"><a href=\"../revidering/lysekil/index.html\">Lysekils kommun</a></th>"
                       "<td>1</td><td>0</td><td>0</td></tr>"));
  CHECK_THAT(site, Catch::Contains("<a href=\"../revidering/dals-ed/index.html\">Dals-Eds kommun</a></th>"
                                   "<td>0</td><td>0</td><td>1</td></tr>"));
  const std::string lysekil = page("--as-of 2025-01-01", "revidering/lysekil/");
  CHECK_THAT(lysekil, Catch::Contains("<h1>Dags för revidering: Lysekils kommun</h1>"));
  CHECK_THAT(lysekil,
             Catch::Contains("<a class=\"document-title\" href=\"../../lysekil/riktlinjer-for-integrationsarbete/"
                             "index.html\">Riktlinjer för integrationsarbete</a>"));
  CHECK_THAT(lysekil, Catch::Contains("<span class=\"document-meta\">Giltighetstiden gick ut 31 december 2023</span>"));
  CHECK_THAT(lysekil, !Catch::Contains("stale-editions-heading"));
  // Dals-Ed's out-of-date English translation is on Dals-Ed's list.
  const std::string dals_ed = page("--as-of 2025-01-01", "revidering/dals-ed/");
  CHECK_THAT(dals_ed, Catch::Contains("href=\"../../dals-ed/integrationspolicy/odaterad/en/index.html\" lang=\"en\""));
  CHECK_THAT(dals_ed, !Catch::Contains("riktlinjer-for-integrationsarbete"));
}

TEST_CASE("a revision that changes only metadata says so, and shows the metadata changes") {
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  const std::string front = "title: Plan\ntype: plan\ndecided_by: KS\n";
  write_text(site / "content/lysekil/plan/2020-01-01.md",
             version_md(front + "decision_date: 2020-01-01\nvalid_until: 2022-12-31\n"));
  write_text(site / "content/lysekil/plan/2022-11-01.md",
             version_md(front + "decision_date: 2022-11-01\nvalid_from: 2023-01-01\nvalid_until: 2026-12-31\n"));
  const auto r = run_styrdok("build --quiet --as-of 2024-01-01 --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string c = read_text(site / "public/lysekil/plan/jamfor/2020-01-01/2022-11-01/index.html");
  CHECK_THAT(c, Catch::Contains("<p>Inga ändringar i texten.</p>"));
  CHECK_THAT(c, Catch::Contains("<tr><th scope=\"row\">Gäller till och med</th>"
                                "<td><span class=\"cell-label\" "
                                "aria-hidden=\"true\">Före</span><del><span class=\"visually-hidden "
                                "change-marker\">borttaget: </span>31 december 2022<span class=\"visually-hidden "
                                "change-marker\"> slut borttaget</span></del></td>"));
  CHECK_THAT(c, !Catch::Contains("<ins>Text"));
}
