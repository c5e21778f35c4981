// Tests for render/status_wording.h with the theme's own Swedish and English
// strings: how versions are named, who decided them, and what is said of a
// proposal, word for word.
#include "render/status_wording.h"

#include <catch2/catch.hpp>

#include "render/page_views.h"
#include "render/revision_views.h"
#include "support/test_site.h"

using namespace styrdok;

namespace {

Strings theme_strings(const std::string& language) {
  Diagnostics d;
  const auto path = std::string(STYRDOK_SOURCE_DIR) + "/themes/default/i18n/" + language + ".yaml";
  return *Strings::parse(test::read_text(path), path, d);
}

Version proposal() {
  Version v;
  v.id = "2016-02-10";
  v.status = VersionStatus::proposal;
  v.decided_by = "Kommunfullmäktige";
  v.decision_date = Date{2016, 2, 10};
  return v;
}

}  // namespace

TEST_CASE("a proposal is named by its own date, else by the day it is to be decided, never as decided") {
  const Strings sv = theme_strings("sv"), en = theme_strings("en");
  Version p = proposal();
  CHECK(version_label(p, sv) == "förslag inför beslut 10 februari 2016");
  CHECK(version_name(p, en) == "the proposal for decision on 10 February 2016");
  CHECK(decision_line(p, sv).empty());
  CHECK(citation(p, sv) == "Förslag, inte antaget, inför beslut i Kommunfullmäktige 2016-02-10");
  p.proposal_date = Date{2016, 1, 11};
  CHECK(version_label(p, sv) == "förslag daterat 11 januari 2016");
  CHECK(version_name(p, sv) == "förslaget daterat 11 januari 2016");
  CHECK(version_label(p, en) == "proposal dated 11 January 2016");
  CHECK(citation(p, en) == "Proposal, not adopted, dated 2016-01-11, for decision by Kommunfullmäktige on 2016-02-10");
  p.decision_date.reset();
  p.proposal_date.reset();
  CHECK(version_label(p, sv) == "odaterat förslag");
}

namespace {

// Adopted by Kommunfullmäktige on 19 May 2021, § 63.
Version decided() {
  Version v;
  v.decided_by = "Kommunfullmäktige";
  v.decision_date = Date{2021, 5, 19};
  v.paragraph = "63";
  return v;
}

}  // namespace

TEST_CASE("who decided a version, and when, in one line") {
  const Strings sv = theme_strings("sv");
  Version v = decided();
  CHECK(decision_line(v, sv) == "Beslutad av Kommunfullmäktige 19 maj 2021, § 63");
  v.decided_by.reset();
  CHECK(decision_line(v, sv) == "Beslutad 19 maj 2021, § 63");
  v.decision_date.reset();
  CHECK(decision_line(v, sv).empty());
}

TEST_CASE("in Arabic, the decision's Swedish names are isolated and its parts joined with the Arabic comma") {
  const Strings ar = theme_strings("ar");
  const Version v = decided();
  CHECK(decision_line(v, ar) == "اعتمدتها \u2068Kommunfullmäktige\u2069 19 مايو 2021، § 63");
  // Swedish and English: no isolates (the names' direction is the page's), a comma.
  CHECK(decision_line(v, theme_strings("en")) == "Adopted by Kommunfullmäktige 19 May 2021, § 63");
}

TEST_CASE("the period of a version in words, for each end that is known") {
  const Strings sv = theme_strings("sv");
  VersionStanding st;
  CHECK(period_phrase(st, sv).empty());
  st.until_further_notice = true;
  CHECK(period_phrase(st, sv) == "tills vidare");
  st.from = Date{2015, 4, 1};
  CHECK(period_phrase(st, sv) == "från 1 april 2015 och tills vidare");
  st.from_decision = true;
  CHECK(period_phrase(st, sv) == "från beslutsdagen 1 april 2015 och tills vidare");
  st.until = Date{2016, 3, 31};
  st.from_decision = false;
  CHECK(period_phrase(st, sv) == "från 1 april 2015 till och med 31 mars 2016");
}

TEST_CASE("a version whose dates are unknown is said to apply, with what is not known") {
  const Strings sv = theme_strings("sv");
  Document doc;
  doc.versions.push_back(Version{});
  doc.versions[0].id = "odaterad";
  const StatusWords w = status_words(doc, 0, Date{2020, 1, 1}, sv);
  CHECK(w.key == "in_force");
  CHECK(w.label == "Gäller");
  CHECK(w.statement == "Denna version gäller. När den började gälla och hur länge den gäller är inte känt.");
}

TEST_CASE("a version not yet in force is told of a repeal: one coming after it starts, or one that stops it") {
  const Strings sv = theme_strings("sv");
  Document doc;
  doc.versions.resize(2);
  doc.versions[0].id = "2019-01-01";
  doc.versions[0].decision_date = Date{2019, 1, 1};
  doc.versions[1].id = "2025-01-01";
  doc.versions[1].decision_date = Date{2025, 1, 1};
  doc.versions[1].valid_from = Date{2025, 12, 1};
  doc.repeal = Repeal{};
  doc.repeal->date = Date{2025, 6, 1};
  doc.repeal->decision_date = Date{2025, 3, 1};
  CHECK(status_words(doc, 1, Date{2025, 4, 1}, sv).statement ==
        "Denna version är beslutad 1 januari 2025 men kommer inte att gälla. Den skulle ha börjat gälla 1 december "
        "2025, men dokumentet upphävs från och med 1 juni 2025. Till dess gäller versionen beslutad 1 januari 2019.");
  doc.repeal->date = Date{2026, 6, 1};
  CHECK(status_words(doc, 1, Date{2025, 4, 1}, sv).statement ==
        "Denna version är beslutad 1 januari 2025 men gäller ännu inte. Den börjar gälla 1 december 2025. Till dess "
        "gäller versionen beslutad 1 januari 2019. Dokumentet upphävs från och med 1 juni 2026.");
}

TEST_CASE("a comparison's summary counts words in the singular and the plural") {
  Comparison c;
  c.sections_changed = 1;
  c.words_added = 1;
  c.words_removed = 3;
  CHECK(change_summary(c, theme_strings("sv")) == "1 avsnitt ändrat. 1 ord tillagt och 3 ord borttagna.");
  c.words_added = 2;
  c.words_removed = 1;
  CHECK(change_summary(c, theme_strings("sv")) == "1 avsnitt ändrat. 2 ord tillagda och 1 ord borttaget.");
  CHECK(change_summary(c, theme_strings("en")) == "1 section changed. 2 words added and 1 word removed.");
}
