// Tests for diff/version_comparison.h: comparing two versions of Stenungsund's
// and Dals-Ed's integration policies (text from /work/shared/seeds/).
#include "diff/version_comparison.h"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "core/error.h"
#include "diff/body_builder.h"
#include "diff/word_diff.h"
#include "markdown/markdown_renderer.h"

using styrdok::Body;
using styrdok::compare_bodies;
using styrdok::Comparison;
using styrdok::DiffView;
using styrdok::section_html;
using styrdok::SectionChangeKind;
using styrdok::SectionDiff;
using styrdok::testing::BodyBuilder;

namespace {

struct PolicySection {
  std::string heading;
  std::vector<std::string> items;
};

const std::string kPreamble =
    "Integrationspolicyn för Stenungsunds kommun är ett vägledande dokument, där den politiska inriktningen för "
    "kommunens integrationsarbete tydliggörs.";

const PolicySection kOvergripande = {
    "Övergripande",
    {"Samordna verksamheter för att ge guidning i samhällsorientering och kunna svara på frågor.",
     "Aktivt motverka utanförskap och i stället främja integration i alla verksamheter."}};
const PolicySection kUtbildning = {
    "Utbildning",
    {"Erbjuder SFI, grundskola, gymnasie- och vuxenutbildning.",
     "Erbjuder SFI på kvällstid och/eller digitalt för att säkerställa möjligheten att arbeta dagtid i kombination med "
     "studier i svenska.",
     "Ta ett tydligt ansvar för att utforma förskolan och skolan så att den främjar integration."}};
const PolicySection kArbetsmarknad = {
    "Arbetsmarknad",
    {"Skapa praktikplatser inom kommunen och arbeta för att hitta praktikplatser hos privata näringsidkare.",
     "Ta vara på nyanländas utbildningar och kompetenser genom att snabbt validera deras kunskaper eller hänvisa dem "
     "till rätt instans.",
     "Erbjuder stöd till de som arbetskraftsinvandrar. Detta omfattar också personens familj och anhöriga."}};
const PolicySection kCivilsamhallet = {
    "Civilsamhället",
    {"Informera om vikten av att engagera sig i civilsamhället samt uppmuntra nyanlända att söka sig till föreningar "
     "i kommunen.",
     "Aktivt kommunicera aktiviteter och event på flera språk så att nyanlända lättare kan ta del av det som händer i "
     "närområdet."}};
const PolicySection kBoende = {
    "Boende",
    {"Söka efter boenden i hela kommunen för nyanlända för att motverka segregation och skapandet/utvecklandet av "
     "utanförskapsområden."}};

// The policy: the preamble, then each section as a heading, "Stenungsunds
// kommun ska:" and its list; with `numbered`, headings read "1. Övergripande".
Body policy(const std::vector<PolicySection>& sections, bool numbered = false) {
  BodyBuilder b;
  b.paragraph(kPreamble);
  int n = 0;
  for (const PolicySection& s : sections) {
    b.heading(numbered ? std::to_string(++n) + ". " + s.heading : s.heading);
    b.paragraph("Stenungsunds kommun ska:");
    for (const std::string& item : s.items) b.item(item);
  }
  return b.build();
}

const std::vector<PolicySection> kPolicy = {kOvergripande, kUtbildning, kArbetsmarknad, kCivilsamhallet};

int words_of(const PolicySection& s) {
  int words = styrdok::count_words(s.heading) + styrdok::count_words("Stenungsunds kommun ska:");
  for (const std::string& item : s.items) words += styrdok::count_words(item);
  return words;
}

std::vector<std::string> headings(const Comparison& c) {
  std::vector<std::string> out;
  for (const SectionDiff& s : c.sections) {
    out.push_back(s.kind == SectionChangeKind::removed ? "-" + s.old_heading : s.new_heading);
  }
  return out;
}

bool has_marks(const std::string& html) {
  return html.find("<ins>") != std::string::npos || html.find("<del>") != std::string::npos;
}

}  // namespace

TEST_CASE("compare_bodies finds nothing between identical versions", "[version_comparison]") {
  const Body body = policy(kPolicy);
  const Comparison c = compare_bodies(body, body);
  CHECK(c.identical());
  REQUIRE(c.sections.size() == 5);
  for (const SectionDiff& s : c.sections) {
    CHECK(s.kind == SectionChangeKind::unchanged);
    CHECK_FALSE(s.moved);
    CHECK(s.old_anchor == s.new_anchor);
    // Unchanged sections still show their text, collapsed: made from the
    // newer body's blocks, not kept with the comparison.
    CHECK(s.inline_html.empty());
    const std::string html = section_html(s, DiffView::redline, body);
    CHECK_FALSE(html.empty());
    CHECK_FALSE(has_marks(html));
    CHECK(section_html(s, DiffView::older, body) == html);
    CHECK(section_html(s, DiffView::newer, body) == html);
  }
  CHECK(c.sections[0].new_anchor.empty());  // the preamble
  CHECK(section_html(c.sections[0], DiffView::redline, body) == "<p>" + kPreamble + "</p>\n");
  CHECK(section_html(c.sections[1], DiffView::redline, body).starts_with("<h2>Övergripande</h2>\n<p>"));
  CHECK(c.sections[1].new_heading == "Övergripande");
  CHECK(c.sections_added + c.sections_removed + c.sections_changed + c.sections_moved == 0);
  CHECK(c.words_added + c.words_removed == 0);
}

TEST_CASE("compare_bodies of two empty bodies", "[version_comparison]") {
  const Comparison c = compare_bodies(Body{}, Body{});
  CHECK(c.identical());
  CHECK(c.sections.empty());
}

TEST_CASE("compare_bodies shows a changed word inside its section", "[version_comparison]") {
  std::vector<PolicySection> edited = kPolicy;
  edited[1].items[1] =
      "Erbjuder SFI på dagtid och/eller digitalt för att säkerställa möjligheten att arbeta dagtid i kombination med "
      "studier i svenska.";
  const Comparison c = compare_bodies(policy(kPolicy), policy(edited));
  CHECK_FALSE(c.identical());
  CHECK(c.sections_changed == 1);
  CHECK(c.words_added == 1);
  CHECK(c.words_removed == 1);
  REQUIRE(c.sections.size() == 5);
  const SectionDiff& s = c.sections[2];
  CHECK(s.kind == SectionChangeKind::changed);
  CHECK(s.old_anchor == "utbildning");
  CHECK(s.new_anchor == "utbildning");
  CHECK(s.inline_html ==
        "<h2>Utbildning</h2>\n"
        "<p>Stenungsunds kommun ska:</p>\n"
        "<p class=\"diff-item diff-item-level-1\">Erbjuder SFI, grundskola, gymnasie- och vuxenutbildning.</p>\n"
        "<p class=\"diff-item diff-item-level-1\">Erbjuder SFI på <del>kvällstid</del><ins>dagtid</ins> och/eller "
        "digitalt för att säkerställa möjligheten att arbeta dagtid i kombination med studier i svenska.</p>\n"
        "<p class=\"diff-item diff-item-level-1\">Ta ett tydligt ansvar för att utforma förskolan och skolan så att "
        "den främjar integration.</p>\n");
  CHECK(s.old_html.find("<del>kvällstid</del> och") != std::string::npos);
  CHECK(s.old_html.find("<ins>") == std::string::npos);
  CHECK(s.new_html.find("<ins>dagtid</ins> och") != std::string::npos);
  CHECK(s.new_html.find("<del>") == std::string::npos);
  for (std::size_t i : {0, 1, 3, 4}) CHECK(c.sections[i].kind == SectionChangeKind::unchanged);
}

TEST_CASE("compare_bodies matches sections renumbered after an inserted one", "[version_comparison]") {
  const std::vector<PolicySection> newer = {kOvergripande, kBoende, kUtbildning, kArbetsmarknad, kCivilsamhallet};
  const Comparison c = compare_bodies(policy(kPolicy, true), policy(newer, true));
  CHECK(headings(c) == std::vector<std::string>{"", "1. Övergripande", "2. Boende", "3. Utbildning", "4. Arbetsmarknad",
                                                "5. Civilsamhället"});
  CHECK(c.sections_added == 1);
  CHECK(c.sections_removed == 0);
  CHECK(c.sections_moved == 0);
  CHECK(c.sections_changed == 3);                     // a new number is a changed heading
  CHECK(c.words_added == words_of(kBoende) + 1 + 3);  // "2. Boende", and the three new numbers
  CHECK(c.words_removed == 3);
  const SectionDiff& s = c.sections[3];
  CHECK(s.kind == SectionChangeKind::changed);
  CHECK(s.old_anchor == "2-utbildning");
  CHECK(s.new_anchor == "3-utbildning");
  CHECK(s.old_heading == "2. Utbildning");
  CHECK(s.new_heading == "3. Utbildning");
  CHECK(s.inline_html.starts_with("<h2><del>2</del><ins>3</ins>. Utbildning</h2>\n<p>Stenungsunds kommun ska:</p>\n"));
  CHECK(c.sections[2].kind == SectionChangeKind::added);
  CHECK(c.sections[2].old_anchor.empty());
}

TEST_CASE("compare_bodies matches a renamed section by its content", "[version_comparison]") {
  std::vector<PolicySection> newer = kPolicy;
  newer[3].heading = "Föreningsliv och civilsamhälle";
  newer[3].items[0] =
      "Informera om vikten av att engagera sig i föreningslivet samt uppmuntra nyanlända att söka sig till föreningar "
      "i kommunen.";
  const Comparison c = compare_bodies(policy(kPolicy, true), policy(newer, true));
  REQUIRE(c.sections.size() == 5);
  CHECK(c.sections_added == 0);
  CHECK(c.sections_removed == 0);
  CHECK(c.sections_changed == 1);
  const SectionDiff& s = c.sections[4];
  CHECK(s.kind == SectionChangeKind::changed);
  CHECK_FALSE(s.moved);
  CHECK(s.old_anchor == "4-civilsamhallet");
  CHECK(s.new_anchor == "4-foreningsliv-och-civilsamhalle");
  CHECK(s.old_heading == "4. Civilsamhället");
  CHECK(s.new_heading == "4. Föreningsliv och civilsamhälle");
  CHECK(
      s.inline_html.starts_with("<h2>4. <del>Civilsamhället</del><ins>Föreningsliv och civilsamhälle</ins></h2>\n"
                                "<p>Stenungsunds kommun ska:</p>\n"
                                "<p class=\"diff-item diff-item-level-1\">Informera om vikten av att engagera sig i "
                                "<del>civilsamhället</del><ins>föreningslivet</ins> samt"));
  CHECK(s.words_added == 4);
  CHECK(s.words_removed == 2);
}

TEST_CASE("compare_bodies shows a moved section as moved, not removed and added", "[version_comparison]") {
  const std::vector<PolicySection> newer = {kOvergripande, kArbetsmarknad, kCivilsamhallet, kUtbildning};
  const Body newer_body = policy(newer);
  const Comparison c = compare_bodies(policy(kPolicy), newer_body);
  CHECK(headings(c) == std::vector<std::string>{"", "Övergripande", "Arbetsmarknad", "Civilsamhället", "Utbildning"});
  CHECK_FALSE(c.identical());
  CHECK(c.sections_moved == 1);
  CHECK(c.sections_added == 0);
  CHECK(c.sections_removed == 0);
  CHECK(c.sections_changed == 0);
  CHECK(c.words_added + c.words_removed == 0);
  const SectionDiff& s = c.sections[4];
  CHECK(s.kind == SectionChangeKind::unchanged);
  CHECK(s.moved);
  CHECK(s.old_anchor == "utbildning");
  CHECK(s.new_anchor == "utbildning");
  const std::string html = section_html(s, DiffView::newer, newer_body);
  CHECK(html.starts_with("<h2>Utbildning</h2>\n"));
  CHECK_FALSE(has_marks(html));
  for (std::size_t i : {0, 1, 2, 3}) CHECK_FALSE(c.sections[i].moved);
}

TEST_CASE("compare_bodies places a removed section where it was and an added one where it is", "[version_comparison]") {
  const std::vector<PolicySection> newer = {kOvergripande, kUtbildning, kCivilsamhallet, kBoende};
  const Comparison c = compare_bodies(policy(kPolicy), policy(newer));
  CHECK(headings(c) ==
        std::vector<std::string>{"", "Övergripande", "Utbildning", "-Arbetsmarknad", "Civilsamhället", "Boende"});
  CHECK(c.sections_added == 1);
  CHECK(c.sections_removed == 1);
  CHECK(c.sections_changed == 0);
  CHECK(c.sections_moved == 0);
  CHECK(c.words_added == words_of(kBoende));
  CHECK(c.words_removed == words_of(kArbetsmarknad));

  const SectionDiff& removed = c.sections[3];
  CHECK(removed.kind == SectionChangeKind::removed);
  CHECK(removed.old_anchor == "arbetsmarknad");
  CHECK(removed.new_anchor.empty());
  const Body newer_body = policy(newer);
  CHECK(section_html(removed, DiffView::newer, newer_body).empty());
  CHECK(section_html(removed, DiffView::older, newer_body) == removed.inline_html);
  CHECK(removed.inline_html.starts_with(
      "<h2><del>Arbetsmarknad</del></h2>\n<p><del>Stenungsunds kommun ska:</del></p>\n"));

  const SectionDiff& added = c.sections[5];
  CHECK(added.kind == SectionChangeKind::added);
  CHECK(added.old_anchor.empty());
  CHECK(added.new_anchor == "boende");
  CHECK(section_html(added, DiffView::older, newer_body).empty());
  CHECK(section_html(added, DiffView::newer, newer_body) == added.inline_html);
  CHECK(added.inline_html ==
        "<h2><ins>Boende</ins></h2>\n<p><ins>Stenungsunds kommun ska:</ins></p>\n"
        "<p class=\"diff-item diff-item-level-1\"><ins>Söka efter boenden i hela kommunen för nyanlända för att "
        "motverka segregation och skapandet/utvecklandet av utanförskapsområden.</ins></p>\n");
  CHECK(added.words_added == words_of(kBoende));
}

TEST_CASE("compare_bodies places a removed first section, and the preamble, first", "[version_comparison]") {
  BodyBuilder newer;
  newer.heading("Utbildning").paragraph("Stenungsunds kommun ska:");
  for (const std::string& item : kUtbildning.items) newer.item(item);
  const Comparison c = compare_bodies(policy({kOvergripande, kUtbildning}), newer.build());
  CHECK(headings(c) == std::vector<std::string>{"-", "-Övergripande", "Utbildning"});
  CHECK(c.sections_removed == 2);
  CHECK(c.sections[0].kind == SectionChangeKind::removed);
  CHECK(c.sections[0].inline_html == "<p><del>" + kPreamble + "</del></p>\n");
  CHECK(c.sections[2].kind == SectionChangeKind::unchanged);
}

TEST_CASE("compare_bodies sums its counts over the sections", "[version_comparison]") {
  std::vector<PolicySection> newer = {kOvergripande, kArbetsmarknad, kCivilsamhallet, kUtbildning, kBoende};
  newer[1].items[2] = "Erbjuder stöd till de som arbetskraftsinvandrar och deras familjer.";
  const Comparison c = compare_bodies(policy({kOvergripande, kUtbildning, kArbetsmarknad}), policy(newer));
  CHECK(c.sections_added == 2);  // Civilsamhället, Boende
  CHECK(c.sections_removed == 0);
  CHECK(c.sections_changed == 1);  // Arbetsmarknad
  CHECK(c.sections_moved == 1);    // Arbetsmarknad, now before Utbildning
  REQUIRE(headings(c) ==
          std::vector<std::string>{"", "Övergripande", "Arbetsmarknad", "Civilsamhället", "Utbildning", "Boende"});
  CHECK(c.sections[2].moved);
  // "arbetskraftsinvandrar. Detta omfattar också personens familj och anhöriga." ->
  // "arbetskraftsinvandrar och deras familjer.": the lone "och" between two
  // longer changes is folded into one rewrite, so it counts on both sides.
  CHECK(c.sections[2].inline_html.find("arbetskraftsinvandrar<del>. Detta omfattar också personens familj och "
                                       "anhöriga</del><ins> och deras familjer</ins>.</p>") != std::string::npos);
  CHECK(c.words_added == words_of(kCivilsamhallet) + words_of(kBoende) + 3);
  CHECK(c.words_removed == 7);
  int added = 0, removed = 0;
  for (const SectionDiff& s : c.sections) added += s.words_added, removed += s.words_removed;
  CHECK(c.words_added == added);
  CHECK(c.words_removed == removed);
}

TEST_CASE("compare_bodies escapes text in every view", "[version_comparison]") {
  const Body older = BodyBuilder().heading("Mål & medel").paragraph("Barn < 18 år & unga vuxna.").build();
  const Body newer = BodyBuilder().heading("Mål & medel").paragraph("Barn < 16 år & unga vuxna.").build();
  const Comparison c = compare_bodies(older, newer);
  REQUIRE(c.sections.size() == 1);
  CHECK(c.sections[0].inline_html ==
        "<h2>Mål &amp; medel</h2>\n<p>Barn &lt; <del>18</del><ins>16</ins> år &amp; unga vuxna.</p>\n");
  CHECK(c.sections[0].old_html == "<h2>Mål &amp; medel</h2>\n<p>Barn &lt; <del>18</del> år &amp; unga vuxna.</p>\n");
  CHECK(c.sections[0].new_html == "<h2>Mål &amp; medel</h2>\n<p>Barn &lt; <ins>16</ins> år &amp; unga vuxna.</p>\n");
}

TEST_CASE("compare_bodies works on bodies rendered from Markdown", "[version_comparison]") {
  const std::string older =
      "## Handlingsplan\n\n"
      "- Organisera mottagande av nyanlända i kommunen så att det ligger samlat på en nämnd. **Klart innan januari "
      "2014.**\n"
      "- Utveckla samarbetet mellan boende för ensamkommande och skola ytterligare. **Klart innan juni 2014.**\n";
  std::string newer = older;
  newer.replace(newer.find("januari"), 7, "juni");
  styrdok::Diagnostics diagnostics;
  const Body a = styrdok::render_markdown(older, {}, diagnostics);
  const Body b = styrdok::render_markdown(newer, {}, diagnostics);
  const Comparison c = compare_bodies(a, b);
  REQUIRE(c.sections.size() == 1);
  CHECK(c.sections[0].kind == SectionChangeKind::changed);
  CHECK(c.sections[0].new_anchor == "handlingsplan");
  CHECK(c.sections[0].inline_html.find("nämnd. Klart innan <del>januari</del><ins>juni</ins> 2014.</p>") !=
        std::string::npos);
  CHECK(c.words_added == 1);
  CHECK(c.words_removed == 1);
}

TEST_CASE("compare_bodies gives the same result on any number of threads", "[version_comparison]") {
  const std::vector<PolicySection> newer = {kBoende, kCivilsamhallet, kOvergripande, kArbetsmarknad};
  const Body a = policy(kPolicy, true);
  const Body b = policy(newer, true);
  const Comparison expected = compare_bodies(a, b);
  std::vector<Comparison> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) threads.emplace_back([&, t] { results[t] = compare_bodies(a, b); });
  for (std::thread& t : threads) t.join();
  for (const Comparison& r : results) {
    REQUIRE(r.sections.size() == expected.sections.size());
    for (std::size_t i = 0; i < r.sections.size(); ++i) {
      CHECK(section_html(r.sections[i], DiffView::redline, b) ==
            section_html(expected.sections[i], DiffView::redline, b));
      CHECK(r.sections[i].kind == expected.sections[i].kind);
      CHECK(r.sections[i].moved == expected.sections[i].moved);
    }
    CHECK(r.words_added == expected.words_added);
  }
}
