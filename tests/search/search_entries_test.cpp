// Tests for search/search_entries.h: the sections of every version, flagged,
// with text that versions share indexed once.
#include "search/search_entries.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include "diff/body_builder.h"

using namespace styrdok;
using styrdok::search::EntryStatus;
using styrdok::testing::BodyBuilder;

namespace {

Version version(const std::string& id, Date decided, Body body, VersionStatus status = VersionStatus::adopted) {
  Version v;
  v.id = id;
  v.title = "Integrationspolicy";
  v.type = DocumentType::policy;
  v.decision_date = decided;
  v.status = status;
  v.summary = "Den politiska inriktningen för integrationsarbetet.";
  v.body = std::make_shared<const Body>(std::move(body));
  return v;
}

Site site_with_versions() {
  const Body old_body = BodyBuilder()
                            .heading("Utbildning")
                            .paragraph("Erbjuder SFI på kvällstid.")
                            .heading("Arbetsmarknad")
                            .item("Skapa praktikplatser inom kommunen.")
                            .build();
  const Body new_body = BodyBuilder()
                            .heading("Utbildning")
                            .paragraph("Erbjuder SFI på kvällstid.")
                            .heading("Arbetsmarknad")
                            .item("Skapa praktikplatser inom kommunen och hos privata näringsidkare.")
                            .build();
  Document doc;
  doc.organisation_id = "stenungsund";
  doc.slug = "integrationspolicy";
  doc.versions = {version("2019-01-01", {2019, 1, 1}, old_body), version("2023-12-14", {2023, 12, 14}, new_body),
                  version("2025-06-01", {2025, 6, 1}, new_body, VersionStatus::proposal)};
  Site site;
  site.documents.push_back(doc);
  return site;
}

}  // namespace

TEST_CASE("every section of the current version is an entry at the document's address", "[search]") {
  const auto entries = search::document_entries(site_with_versions(), {2024, 1, 1});
  REQUIRE(entries.size() >= 3);
  CHECK(entries[0].url == "stenungsund/integrationspolicy/");
  CHECK(entries[0].lead);
  CHECK(entries[0].anchor.empty());
  CHECK(entries[0].text == "Den politiska inriktningen för integrationsarbetet.");
  CHECK(entries[1].anchor == "utbildning");
  CHECK(entries[1].heading == "Utbildning");
  CHECK(entries[1].text == "Erbjuder SFI på kvällstid.");
  CHECK(entries[2].anchor == "arbetsmarknad");
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(entries[i].status == EntryStatus::current);
    CHECK(entries[i].organisation == "stenungsund");
    CHECK(entries[i].doc_type == "policy");
  }
}

TEST_CASE("older versions add only the sections they do not share, flagged", "[search]") {
  const auto entries = search::document_entries(site_with_versions(), {2024, 1, 1});
  // Current: lead, Utbildning, Arbetsmarknad. The proposal repeats them word
  // for word; the 2019 version differs only in Arbetsmarknad.
  REQUIRE(entries.size() == 4);
  CHECK(entries[3].url == "stenungsund/integrationspolicy/2019-01-01/");
  CHECK(entries[3].anchor == "arbetsmarknad");
  CHECK(entries[3].status == EntryStatus::older);
  CHECK(entries[3].date == "2023-12-13");  // its last day, not its decision's
  CHECK(entries[3].text == "Skapa praktikplatser inom kommunen.");
}

TEST_CASE("the top of a version holds the decision and who answers for it, to be found by them", "[search]") {
  Site site = site_with_versions();
  Version& v = site.documents[0].versions[1];
  v.decided_by = "Kommunfullmäktige";
  v.paragraph = "198";
  v.registration_number = "2023/873";
  v.document_owner = "Kommunstyrelsen";
  auto entries = search::document_entries(site, {2024, 1, 1});
  REQUIRE(!entries.empty());
  CHECK(entries[0].text ==
        "Den politiska inriktningen för integrationsarbetet.\nKommunfullmäktige § 198, 2023/873, Kommunstyrelsen");
  // The proposal, with the same summary but no decision yet, now has a top of its own.
  const auto proposal = std::find_if(entries.begin(), entries.end(), [](const auto& e) {
    return e.lead && e.url == "stenungsund/integrationspolicy/2025-06-01/";
  });
  REQUIRE(proposal != entries.end());
  CHECK(proposal->text == "Den politiska inriktningen för integrationsarbetet.");
  // Without a summary or a body that decided, what is known stands alone.
  v.summary.reset();
  v.decided_by.reset();
  entries = search::document_entries(site, {2024, 1, 1});
  CHECK(entries[0].text == "§ 198, 2023/873, Kommunstyrelsen");
}

TEST_CASE("a proposal's own text is flagged as a proposal", "[search]") {
  Site site = site_with_versions();
  site.documents[0].versions[2].body =
      std::make_shared<const Body>(BodyBuilder().heading("Nytt").paragraph("Ett nytt avsnitt.").build());
  const auto entries = search::document_entries(site, {2024, 1, 1});
  const auto it = std::find_if(entries.begin(), entries.end(), [](const auto& e) { return e.anchor == "nytt"; });
  REQUIRE(it != entries.end());
  CHECK(it->status == EntryStatus::proposal);
  CHECK(it->url == "stenungsund/integrationspolicy/2025-06-01/");
}

TEST_CASE("action plans and their actions are entries of kind action", "[search]") {
  ActionPlan plan;
  plan.id = "handlingsplan";
  plan.organisation_id = "dals-ed";
  plan.document_slug = "integrationspolicy";
  plan.title = "Handlingsplan för integrationsarbetet";
  plan.summary = "Tidssatta åtgärder.";
  plan.responsible = "Kommunstyrelsen";
  Action a;
  a.id = "1.2";
  a.title = "Organisera mottagande av nyanlända";
  a.description = "Samlat på en nämnd.";
  Report r;
  r.text = "Utredningen pågår.";
  a.reports.push_back(r);
  plan.actions.push_back(a);
  Site site;
  site.plans.push_back(plan);
  const auto entries = search::action_entries(site);
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].url == "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/");
  CHECK(entries[0].title == "Handlingsplan för integrationsarbetet");
  CHECK(entries[1].url == "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/1-2/");
  CHECK(entries[1].title == "1.2 Organisera mottagande av nyanlända");
  CHECK(entries[1].text == "Samlat på en nämnd.\nKommunstyrelsen\nUtredningen pågår.");
  // The plan's own page is said to be the plan, not an action.
  CHECK(entries[0].action_plan);
  CHECK_FALSE(entries[1].action_plan);
  for (const auto& e : entries) {
    CHECK(e.kind == search::EntryKind::action);
    CHECK(e.doc_type == "handlingsplan");
    CHECK(e.status == EntryStatus::current);
  }
}

TEST_CASE("a result's date is the one that goes with its status, not its decision's", "[search]") {
  Site site = site_with_versions();
  Document& doc = site.documents[0];
  doc.versions[2].proposal_date = Date{2025, 5, 2};
  // Tops of their own, not the current one's.
  doc.versions[1].summary = "Den nya inriktningen.";
  doc.versions[2].summary = "Ett förslag till ny inriktning.";
  const auto date_of = [](const search::SearchEntries& entries, const std::string& url) {
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.lead && e.url == url; });
    REQUIRE(it != entries.end());
    return it->date;
  };
  const std::string current = "stenungsund/integrationspolicy/";
  // In force: none; a proposal: its own date.
  auto entries = search::document_entries(site, {2024, 1, 1});
  CHECK(date_of(entries, current).empty());
  CHECK(date_of(entries, current + "2025-06-01/") == "2025-05-02");
  // Not yet in force: the day it will be.
  entries = search::document_entries(site, {2023, 6, 1});
  CHECK(date_of(entries, current + "2023-12-14/") == "2023-12-14");
  // Repealed: the first day it no longer applies.
  doc.repeal = Repeal{};
  doc.repeal->date = Date{2024, 7, 1};
  doc.repeal->decision_date = Date{2024, 5, 20};
  entries = search::document_entries(site, {2024, 8, 1});
  CHECK(date_of(entries, current) == "2024-07-01");
}

TEST_CASE("the top of the current version holds who prepared it and the repeal's decision", "[search]") {
  Site site = site_with_versions();
  Document& doc = site.documents[0];
  doc.versions[1].registration_number = "KS 2023/873";
  doc.versions[1].prepared_by = "Demokratiberedningen";
  doc.repeal = Repeal{};
  doc.repeal->date = Date{2026, 7, 1};
  doc.repeal->decided_by = "Kommunfullmäktige";
  doc.repeal->paragraph = "12";
  doc.repeal->registration_number = "KS 2026/77";
  const auto entries = search::document_entries(site, {2026, 8, 1});
  REQUIRE(!entries.empty());
  CHECK(entries[0].text ==
        "Den politiska inriktningen för integrationsarbetet.\nKS 2023/873, Demokratiberedningen\n"
        "Kommunfullmäktige § 12, KS 2026/77");
  // An older version's page does not state the repeal.
  for (const auto& e : entries)
    if (e.url != "stenungsund/integrationspolicy/") CHECK(e.text.find("KS 2026/77") == std::string::npos);
}
