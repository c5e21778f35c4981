#include "render/page_views.h"

#include <catch2/catch.hpp>
#include <tuple>

#include "render/document_lists.h"
#include "render/due_list.h"
#include "render/revision_views.h"
#include "render/view_helpers.h"

using namespace styrdok;

namespace {

Strings swedish() {
  Diagnostics d;
  return *Strings::parse(
      "unknown: Uppgift saknas\nparagraph_symbol: §\nregistration_abbreviation: dnr\n"
      "type_riktlinjer: Riktlinjer\n",
      "sv.yaml", d);
}

Version lysekil() {
  Version v;
  v.id = "2021-05-19";
  v.title = "Riktlinjer för integrationsarbete";
  v.type = DocumentType::riktlinjer;
  v.decided_by = "Kommunfullmäktige";
  v.decision_date = Date{2021, 5, 19};
  v.paragraph = "63";
  v.registration_number = "LKS 2021-000173";
  v.valid_until = {ValidUntil::Kind::date, Date{2023, 12, 31}};
  return v;
}

}  // namespace

TEST_CASE("citations take the form Swedish clerks use") {
  const Strings s = swedish();
  CHECK(citation(lysekil(), s) == "Kommunfullmäktige 2021-05-19 § 63, dnr LKS 2021-000173");
  Version no_number = lysekil();
  no_number.registration_number.reset();
  no_number.paragraph.reset();
  CHECK(citation(no_number, s) == "Kommunfullmäktige 2021-05-19");
  Version unknown;
  CHECK(citation(unknown, s).empty());
}

TEST_CASE("JSON-LD describes the version as schema.org Legislation, escaped") {
  Site site;
  site.config.base_url = "https://example.org/";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  Document doc;
  doc.organisation_id = "lysekil";
  doc.slug = "riktlinjer";
  doc.versions.push_back(lysekil());
  doc.versions[0].title = "Riktlinjer </script> \"A\"";
  const Version& v = doc.versions[0];
  const Strings s = swedish();
  const RenderContext in_force{site, s, Date{2022, 1, 1}};
  const std::string json = legislation_json_ld(doc, v, in_force);
  CHECK_THAT(json, Catch::Contains("\"name\": \"Riktlinjer \\u003c/script\\u003e \\\"A\\\"\""));
  CHECK_THAT(json, Catch::Contains("\"url\": \"https://example.org/lysekil/riktlinjer/2021-05-19/\""));
  CHECK_THAT(json, Catch::Contains("\"legislationLegalForce\": \"https://schema.org/InForce\""));
  const RenderContext expired{site, s, Date{2024, 1, 1}};
  CHECK_THAT(legislation_json_ld(doc, v, expired), Catch::Contains("https://schema.org/NotInForce"));
}

TEST_CASE("a feed holds the site's feed_limit newest versions") {
  Site site;
  site.config.base_url = "https://example.org/";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  site.config.feed_limit = 2;
  for (int year : {2019, 2021, 2020}) {
    Document doc;
    doc.organisation_id = "lysekil";
    doc.slug = "riktlinjer-" + std::to_string(year);
    doc.versions.push_back(lysekil());
    doc.versions[0].id = std::to_string(year) + "-05-19";
    doc.versions[0].decision_date = Date{year, 5, 19};
    site.documents.push_back(std::move(doc));
  }
  const Strings s = swedish();
  const RenderContext ctx{site, s, Date{2022, 1, 1}};
  Page feed;
  feed.kind = PageKind::feed;
  feed.url = "feed.xml";
  const auto view = page_view(feed, ctx);
  const auto& entries = view.get("entries")->list_value();
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].get("id")->string_value() == "https://example.org/lysekil/riktlinjer-2021/2021-05-19/");
  CHECK(entries[1].get("id")->string_value() == "https://example.org/lysekil/riktlinjer-2020/2020-05-19/");
}

TEST_CASE("what's new lists the versions newest first, a page of kWhatsNewPerPage at a time") {
  Site site;
  site.config.title = "Styrdok";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  const std::size_t documents = 2 * kWhatsNewPerPage + 20;
  for (std::size_t i = 0; i < documents; ++i) {
    Document doc;
    doc.organisation_id = "lysekil";
    doc.slug = "dokument-" + std::to_string(i);
    doc.versions.push_back(lysekil());
    const Date date = Date{2000, 1, 1}.add_months(static_cast<int>(i));  // dokument-0 is the oldest
    doc.versions[0].id = date.iso();
    doc.versions[0].decision_date = date;
    site.documents.push_back(std::move(doc));
  }
  REQUIRE(whats_new_parts(documents) == 3);
  Diagnostics d;
  const Strings s = *Strings::parse(
      "unknown: Uppgift saknas\nwhats_new_title: Nytt och ändrat\npagination_page_of: \"Sida {page} av {pages}\"\n"
      "pagination_title: \"{title}, sida {page} av {pages}\"\n",
      "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2030, 1, 1}};
  auto page = [&](std::size_t part) {
    Page p;
    p.kind = PageKind::whats_new;
    p.part = part;
    p.url = whats_new_url(part);
    return page_view(p, ctx);
  };
  auto title_of = [](const kainjow::mustache::data& event) { return event.get("version_href")->string_value(); };

  const auto first = page(0);
  const auto& newest = first.get("events")->list_value();
  REQUIRE(newest.size() == kWhatsNewPerPage);
  CHECK_THAT(title_of(newest[0]), Catch::Contains("dokument-" + std::to_string(documents - 1) + "/"));
  CHECK(first.get("start") == nullptr);
  const auto& nav = *first.get("pagination");
  CHECK(nav.get("page_of")->string_value() == "Sida 1 av 3");
  CHECK(nav.get("previous_href") == nullptr);
  CHECK(nav.get("next_href")->string_value() == "../nytt/sida-2/index.html");
  CHECK(first.get("page_title")->string_value() == "Nytt och ändrat, sida 1 av 3 – Styrdok");

  const auto last = page(2);
  const auto& oldest = last.get("events")->list_value();
  REQUIRE(oldest.size() == 20);
  CHECK_THAT(title_of(oldest.back()), Catch::Contains("dokument-0/"));
  CHECK(last.get("start")->string_value() == std::to_string(2 * kWhatsNewPerPage + 1));
  CHECK(last.get("pagination")->get("previous_href")->string_value() == "../../nytt/sida-2/index.html");
  CHECK(last.get("pagination")->get("next_href") == nullptr);

  // serve renders again only the pages that list a changed document.
  const auto parts = whats_new_parts_listing(site, [](const Document& doc) { return doc.slug == "dokument-5"; });
  CHECK(parts == std::vector<bool>{false, false, true});
}

TEST_CASE("a site with few versions has one page of what's new, without page links") {
  Site site;
  Document doc;
  doc.organisation_id = "lysekil";
  doc.slug = "riktlinjer";
  doc.versions.push_back(lysekil());
  site.documents.push_back(std::move(doc));
  CHECK(whats_new_parts(1) == 1);
  CHECK(whats_new_parts(0) == 1);  // an empty list is still a page
  CHECK(whats_new_parts(kWhatsNewPerPage + 1) == 2);
  CHECK(whats_new_url(0) == "nytt/");
  CHECK(whats_new_url(1) == "nytt/sida-2/");
  const Strings s = swedish();
  const RenderContext ctx{site, s, Date{2022, 1, 1}};
  Page p;
  p.kind = PageKind::whats_new;
  p.url = whats_new_url(0);
  const auto view = page_view(p, ctx);
  CHECK(view.get("events")->list_value().size() == 1);
  CHECK(view.get("pagination") == nullptr);
}

TEST_CASE("each sitemap file lists its share of the addresses, and the index lists the files") {
  Site site;
  site.config.base_url = "https://example.org/s/";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  for (int i = 0; i < 25000; ++i) {
    Document doc;
    doc.organisation_id = "lysekil";
    doc.slug = "dokument-" + std::to_string(i);
    doc.versions.push_back(lysekil());
    site.documents.push_back(std::move(doc));
  }
  Diagnostics d;
  const Strings s = *Strings::parse("unknown: Uppgift saknas\n", "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2030, 1, 1}};
  const auto all = sitemap_addresses(site);
  Page p;
  p.kind = PageKind::sitemap;
  p.part = 0;
  const auto first = page_view(p, ctx);
  REQUIRE(first.get("urls")->list_value().size() == kSitemapLimit);
  CHECK(first.get("urls")->list_value()[0].get("loc")->string_value() == "https://example.org/s/");
  p.part = 1;
  const auto second = page_view(p, ctx);
  REQUIRE(second.get("urls")->list_value().size() == all.size() - kSitemapLimit);
  CHECK(second.get("urls")->list_value().back().get("loc")->string_value() ==
        "https://example.org/s/" + all.back().url);
  p.kind = PageKind::sitemap_index;
  const auto index = page_view(p, ctx);
  const auto& files = index.get("sitemaps")->list_value();
  REQUIRE(files.size() == 2);
  CHECK(files[0].get("loc")->string_value() == "https://example.org/s/sitemap-1.xml");
  CHECK(files[1].get("loc")->string_value() == "https://example.org/s/sitemap-2.xml");
}

TEST_CASE("an organisation's list is split into pages of kDocumentsPerPage, and a large home page counts types") {
  Site site;
  site.config.title = "Styrdok";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}, {"tanum", "Tanums kommun", ""}};
  const std::size_t documents = 2 * kDocumentsPerPage + 50;
  for (std::size_t i = 0; i < documents; ++i) {
    Document doc;
    doc.organisation_id = "lysekil";
    doc.slug = "dokument-" + std::to_string(1000 + i);
    doc.versions.push_back(lysekil());
    doc.versions[0].type = i < 10 ? DocumentType::policy : DocumentType::riktlinjer;
    site.documents.push_back(std::move(doc));
  }
  Document tanum;
  tanum.organisation_id = "tanum";
  tanum.slug = "plan";
  tanum.versions.push_back(lysekil());
  site.documents.push_back(tanum);
  REQUIRE(organisation_parts(site, "lysekil") == 3);
  REQUIRE(organisation_parts(site, "tanum") == 1);
  Diagnostics d;
  const Strings s = *Strings::parse(
      "unknown: Uppgift saknas\npagination_page_of: \"Sida {page} av {pages}\"\n"
      "pagination_title: \"{title}, sida {page} av {pages}\"\ntype_plural_policy: Policyer\n"
      "type_plural_riktlinjer: Riktlinjer\n",
      "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2030, 1, 1}};
  auto org_page = [&](std::size_t part) {
    Page p;
    p.kind = PageKind::organisation;
    p.organisation = 0;
    p.part = part;
    p.url = organisation_url("lysekil", part);
    return page_view(p, ctx);
  };
  auto shown = [](const kainjow::mustache::data& view) {
    std::vector<std::string> hrefs;
    for (const auto& g : view.get("groups")->list_value())
      for (const auto& doc : g.get("documents")->list_value()) hrefs.push_back(doc.get("href")->string_value());
    return hrefs;
  };
  const auto first = org_page(0);
  const auto first_docs = shown(first);
  REQUIRE(first_docs.size() == kDocumentsPerPage);
  CHECK_THAT(first_docs.front(), Catch::Contains("dokument-1000/"));  // the policies first
  CHECK(first.get("pagination")->get("page_of")->string_value() == "Sida 1 av 3");
  CHECK(first.get("pagination")->get("next_href")->string_value() == "../lysekil/sida-2/index.html");
  const auto last = org_page(2);
  const auto last_docs = shown(last);
  REQUIRE(last_docs.size() == 50);
  CHECK_THAT(last_docs.back(), Catch::Contains("dokument-" + std::to_string(1000 + documents - 1) + "/"));
  CHECK(last.get("pagination")->get("previous_href")->string_value() == "../../lysekil/sida-2/index.html");
  CHECK(last.get("page_title")->string_value() == "Lysekils kommun, sida 3 av 3 – Styrdok");

  Page home;
  home.kind = PageKind::home;
  const auto h = page_view(home, ctx);
  const auto& orgs = h.get("sections")->list_value();
  REQUIRE(orgs.size() == 2);
  CHECK(orgs[0].get("groups") == nullptr);  // more than kHomeListsDocumentsUpTo: counts, not documents
  const auto& types = orgs[0].get("types")->list_value();
  REQUIRE(types.size() == 2);
  CHECK(types[0].get("label")->string_value() == "Policyer");
  CHECK(types[0].get("count")->string_value() == "10");
  CHECK(types[0].get("href")->string_value() == "lysekil/index.html");
  CHECK(types[1].get("count")->string_value() == std::to_string(documents - 10));

  // A build makes every organisation's list once (render/document_lists.h);
  // the pages show the same from it as from the list each makes for itself.
  Repeal repeal;
  repeal.date = Date{2025, 1, 1};
  site.documents[3].repeal = repeal;    // a policy
  site.documents[250].repeal = repeal;  // guidelines on the second page
  const auto lists = document_lists(site, ctx.as_of);
  REQUIRE(lists.size() == 2);
  CHECK(lists[0].size() == documents);
  REQUIRE(lists[0].groups.size() == 3);
  CHECK(lists[0].groups[0].key == "policy");
  CHECK(lists[0].groups[0].documents.size() == 9);
  CHECK(lists[0].groups[2].key == "repealed");  // last
  CHECK(lists[0].groups[2].documents == std::vector<std::size_t>{3, 250});
  CHECK(lists[1].size() == 1);
  const RenderContext built{site, s, ctx.as_of, nullptr, nullptr, nullptr, &lists};
  for (std::size_t part = 0; part < 3; ++part) {
    Page p;
    p.kind = PageKind::organisation;
    p.part = part;
    p.url = organisation_url("lysekil", part);
    const auto from_build = page_view(p, built);
    CHECK(shown(from_build) == shown(org_page(part)));
    CHECK(from_build.get("pagination")->get("page_of")->string_value() ==
          org_page(part).get("pagination")->get("page_of")->string_value());
  }
  CHECK(shown(org_page(2)).back() == "../../lysekil/dokument-1250/index.html");  // the repealed last
  const auto h_built = page_view(home, built);
  const auto h_own = page_view(home, ctx);
  for (std::size_t o = 0; o < 2; ++o) {
    const auto& a = h_built.get("sections")->list_value()[o].get("types")->list_value();
    const auto& b = h_own.get("sections")->list_value()[o].get("types")->list_value();
    REQUIRE(a.size() == b.size());
    for (std::size_t t = 0; t < a.size(); ++t) {
      CHECK(a[t].get("count")->string_value() == b[t].get("count")->string_value());
      CHECK(a[t].get("href")->string_value() == b[t].get("href")->string_value());
    }
  }
}

TEST_CASE("an organisation's due-for-revision list is paged, the site's page counts per organisation") {
  Site site;
  site.config.title = "Styrdok";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}, {"tanum", "Tanums kommun", ""}};
  // Lysekil: 2 × kDueRowsPerPage + 10 documents past their period, the first
  // 10 revised by no one named, the rest by Kommunstyrelsen, and one
  // translation that went out of date with its version; Tanum: one document
  // whose period ends within the warning months.
  const std::size_t documents = 2 * kDueRowsPerPage + 10;
  for (std::size_t i = 0; i < documents; ++i) {
    Document doc;
    doc.organisation_id = "lysekil";
    doc.slug = "dokument-" + std::to_string(1000 + i);
    doc.versions.push_back(lysekil());
    if (i >= 10) doc.versions[0].revised_by = "Kommunstyrelsen";
    if (i == 0) {
      Edition e;
      e.language = "en";
      e.title = "Guidelines for integration";
      doc.versions[0].editions.push_back(e);
    }
    site.documents.push_back(std::move(doc));
  }
  Document tanum;
  tanum.organisation_id = "tanum";
  tanum.slug = "plan";
  tanum.versions.push_back(lysekil());
  tanum.versions[0].valid_until = {ValidUntil::Kind::date, Date{2024, 5, 31}};
  site.documents.push_back(tanum);
  Diagnostics d;
  const Strings s = *Strings::parse(
      "unknown: Uppgift saknas\npagination_page_of: \"Sida {page} av {pages}\"\n"
      "pagination_title: \"{title}, sida {page} av {pages}\"\ndue_title: Dags för revidering\n"
      "due_organisation_title: \"Dags för revidering: {organisation}\"\ndue_ended: Giltighetstiden gick ut {date}\n"
      "due_unknown_body: Ansvarig för revidering saknas\ndue_intro: Lista\ndue_summary_intro: Räknade\nmonth_12: "
      "december\n",
      "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2024, 1, 15}};
  auto due_page = [&](std::size_t part) {
    Page p;
    p.kind = PageKind::organisation_due_for_revision;
    p.organisation = 0;
    p.part = part;
    p.url = due_for_revision_url("lysekil", part);
    return page_view(p, ctx);
  };
  // The groups a page shows: (body, number of documents).
  auto groups = [](const kainjow::mustache::data& view) {
    std::vector<std::pair<std::string, std::size_t>> out;
    for (const auto& g : view.get("groups")->list_value())
      out.emplace_back(g.get("body")->string_value(), g.get("documents")->list_value().size());
    return out;
  };
  auto editions = [](const kainjow::mustache::data& view) -> std::size_t {
    const auto* stale = view.get("stale_editions");
    return stale ? stale->list_value().at(0).get("editions")->list_value().size() : 0;
  };
  // Named bodies first, the unknown last; a body's documents run on over the
  // page break under its heading again.
  const auto first = due_page(0);
  CHECK(groups(first) == std::vector<std::pair<std::string, std::size_t>>{{"Kommunstyrelsen", kDueRowsPerPage}});
  CHECK(editions(first) == 0);
  CHECK(first.get("heading")->string_value() == "Dags för revidering: Lysekils kommun");
  CHECK(first.get("page_title")->string_value() == "Dags för revidering: Lysekils kommun, sida 1 av 3 – Styrdok");
  CHECK(first.get("pagination")->get("next_href")->string_value() == "../../revidering/lysekil/sida-2/index.html");
  const auto& doc = first.get("groups")->list_value()[0].get("documents")->list_value()[0];
  CHECK(doc.get("href")->string_value() == "../../lysekil/dokument-1010/index.html");
  CHECK(doc.get("when")->string_value() == "Giltighetstiden gick ut 31 december 2023");
  CHECK(doc.get("organisation") == nullptr);  // the page is the organisation's
  const auto second = due_page(1);
  CHECK(groups(second) == std::vector<std::pair<std::string, std::size_t>>{{"Kommunstyrelsen", kDueRowsPerPage}});
  // The last page: the rest of the documents, then the stale translation.
  const auto last = due_page(2);
  CHECK(groups(last) == std::vector<std::pair<std::string, std::size_t>>{{"Ansvarig för revidering saknas", 10}});
  CHECK(editions(last) == 1);
  CHECK(last.get("has_stale_editions")->is_true());
  CHECK(last.get("pagination")->get("page_of")->string_value() == "Sida 3 av 3");
  CHECK(last.get("pagination")->get("previous_href")->string_value() ==
        "../../../revidering/lysekil/sida-2/index.html");
  CHECK(last.get("page_title")->string_value() == "Dags för revidering: Lysekils kommun, sida 3 av 3 – Styrdok");
  // A build makes every organisation's list once, in one pass; the pages
  // show the same from it, and the plan counts the same rows.
  const auto lists = due_lists(site, ctx.as_of);
  const auto counts = due_counts(site, ctx.as_of);
  REQUIRE(lists.size() == 2);
  CHECK(lists[0].rows() == counts[0].rows());
  CHECK(lists[1].rows() == counts[1].rows());
  CHECK(lists[0].counts().overdue == counts[0].overdue);
  const RenderContext built{site, s, ctx.as_of, nullptr, nullptr, &lists};
  for (std::size_t part = 0; part < 3; ++part) {
    Page p;
    p.kind = PageKind::organisation_due_for_revision;
    p.part = part;
    p.url = due_for_revision_url("lysekil", part);
    CHECK(groups(page_view(p, built)) == groups(due_page(part)));
    CHECK(editions(page_view(p, built)) == editions(due_page(part)));
  }

  // The site's page: more than a page of rows, so counts and links only.
  Page site_page;
  site_page.kind = PageKind::due_for_revision;
  site_page.url = kDueForRevisionUrl;
  const auto summary = page_view(site_page, ctx);
  CHECK(summary.get("groups") == nullptr);
  CHECK(summary.get("intro")->string_value() == "Räknade");
  const auto& rows = summary.get("summary")->get("rows")->list_value();
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].get("name")->string_value() == "Lysekils kommun");
  CHECK(rows[0].get("href")->string_value() == "../revidering/lysekil/index.html");
  CHECK(rows[0].get("overdue")->string_value() == std::to_string(documents));
  CHECK(rows[0].get("due_soon")->string_value() == "0");
  CHECK(rows[0].get("stale_count")->string_value() == "1");
  CHECK(rows[1].get("overdue")->string_value() == "0");
  CHECK(rows[1].get("due_soon")->string_value() == "1");
  const auto summary_from_lists = page_view(site_page, built);
  const auto& from_lists = summary_from_lists.get("summary")->get("rows")->list_value();
  CHECK(from_lists[0].get("overdue")->string_value() == std::to_string(documents));
  CHECK(from_lists[1].get("due_soon")->string_value() == "1");

  // A small site's page lists everything as well, by who revises it.
  site.documents.erase(site.documents.begin() + 20, site.documents.end() - 1);
  const auto small = page_view(site_page, ctx);
  CHECK(small.get("intro")->string_value() == "Lista");
  CHECK(groups(small) == std::vector<std::pair<std::string, std::size_t>>{{"Kommunstyrelsen", 10},
                                                                          {"Ansvarig för revidering saknas", 11}});
  CHECK(small.get("groups")->list_value()[0].get("documents")->list_value()[0].get("organisation")->string_value() ==
        "Lysekils kommun");
  CHECK(small.get("summary")->get("rows")->list_value()[0].get("overdue")->string_value() == "20");
}

TEST_CASE("open data: the site-wide page links each organisation's, which is paged, a small site lists all") {
  Site site;
  site.config.title = "Styrdok";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}, {"tanum", "Tanums kommun", ""}};
  for (std::size_t i = 0; i < kDataSetsPerPage; ++i) {
    ActionPlan plan;
    plan.id = "plan-" + std::to_string(i);
    plan.title = "Handlingsplan " + std::to_string(i);
    plan.organisation_id = "lysekil";
    plan.document_slug = "riktlinjer";
    site.plans.push_back(plan);
  }
  Indicator ind;
  ind.id = "andel";
  ind.name = "Andel";
  ind.organisation_id = "lysekil";
  ind.document_slug = "riktlinjer";
  site.indicators.push_back(ind);
  Diagnostics d;
  const Strings s = *Strings::parse(
      "pagination_page_of: \"Sida {page} av {pages}\"\npagination_title: \"{title}, sida {page} av {pages}\"\n"
      "open_data_title: Öppna data\nopen_data_organisation_title: \"Öppna data: {organisation}\"\n"
      "open_data_sets_count: \"Datamängder: {count}\"\nindicator_dataset: \"Indikator: {name}\"\n",
      "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2024, 1, 1}};
  Page entry;
  entry.kind = PageKind::open_data;
  entry.url = kOpenDataUrl;
  auto titles = [](const kainjow::mustache::list& sets) {
    std::vector<std::string> out;
    for (const auto& set : sets) out.push_back(set.get("title")->string_value());
    return out;
  };
  // More data sets than a page: the site-wide files, then a link per
  // organisation that has any.
  const auto large = page_view(entry, ctx);
  CHECK(large.get("datasets")->list_value().size() == 1);  // documents.json and .csv
  CHECK(large.get("datasets")->list_value()[0].get("json_href")->string_value() == "../documents.json");
  // The header still lists the site's organisations, each linking its page.
  const auto& header = large.get("organisations")->list_value();
  REQUIRE(header.size() == 2);
  CHECK(header[1].get("name")->string_value() == "Tanums kommun");
  CHECK(header[1].get("href")->string_value() == "../tanum/index.html");
  const auto& orgs = large.get("data_organisations")->list_value();
  REQUIRE(orgs.size() == 1);  // Tanum has none
  CHECK(orgs[0].get("href")->string_value() == "../oppna-data/lysekil/index.html");
  CHECK(orgs[0].get("count")->string_value() == "Datamängder: " + std::to_string(kDataSetsPerPage + 1));
  CHECK_FALSE(orgs[0].get("has_sets")->is_true());
  CHECK(orgs[0].get("sets") == nullptr);

  auto org_page = [&](std::size_t part) {
    Page p;
    p.kind = PageKind::organisation_open_data;
    p.organisation = 0;
    p.part = part;
    p.url = open_data_url("lysekil", part);
    return page_view(p, ctx);
  };
  const auto first = org_page(0);
  CHECK(template_for(PageKind::organisation_open_data) == "open_data");
  CHECK(first.get("heading")->string_value() == "Öppna data: Lysekils kommun");
  const auto first_sets = titles(first.get("datasets")->list_value());
  REQUIRE(first_sets.size() == kDataSetsPerPage);
  CHECK(first_sets.front() == "Handlingsplan 0");
  CHECK(first.get("datasets")->list_value()[0].get("csv_href")->string_value() ==
        "../../lysekil/riktlinjer/handlingsplaner/plan-0/plan-0.csv");
  CHECK(first.get("pagination")->get("next_href")->string_value() == "../../oppna-data/lysekil/sida-2/index.html");
  const auto second = org_page(1);
  CHECK(titles(second.get("datasets")->list_value()) == std::vector<std::string>{"Indikator: Andel"});
  CHECK(second.get("datasets")->list_value()[0].get("json_href")->string_value() ==
        "../../../lysekil/riktlinjer/indikatorer/indikatorer.json");
  CHECK(second.get("pagination")->get("page_of")->string_value() == "Sida 2 av 2");

  // At most a page of data sets in the whole site: listed here as well.
  site.plans.resize(2);
  const auto small = page_view(entry, ctx);
  const auto& small_orgs = small.get("data_organisations")->list_value();
  REQUIRE(small_orgs.size() == 1);
  CHECK(small_orgs[0].get("has_sets")->is_true());
  CHECK(titles(small_orgs[0].get("sets")->list_value()) ==
        std::vector<std::string>{"Handlingsplan 0", "Handlingsplan 1", "Indikator: Andel"});
  CHECK(org_page(0).get("pagination") == nullptr);
}

TEST_CASE("the header lists up to kHeaderListsOrganisationsUpTo organisations, else links the home page") {
  Site site;
  site.config.title = "Styrdok";
  for (std::size_t i = 0; i < kHeaderListsOrganisationsUpTo; ++i)
    site.config.organisations.push_back({"org" + std::to_string(i), "Kommun " + std::to_string(i), ""});
  const Strings s = swedish();
  const RenderContext ctx{site, s, Date{2024, 1, 1}};
  Page page;
  page.kind = PageKind::organisation;
  page.organisation = 1;
  page.url = "org1/";
  const auto few = view::common_view(page, ctx, "Kommun 1");
  const auto& listed = few.get("organisations")->list_value();
  REQUIRE(listed.size() == kHeaderListsOrganisationsUpTo);
  CHECK(listed[1].get("href")->string_value() == "../org1/index.html");
  CHECK(listed[1].get("current")->is_true());
  CHECK_FALSE(listed[0].get("current")->is_true());
  CHECK(few.get("organisations_href") == nullptr);

  site.config.organisations.push_back({"org-more", "Kommun mer", ""});
  const auto many = view::common_view(page, ctx, "Kommun 1");
  CHECK(many.get("organisations") == nullptr);
  CHECK(many.get("organisations_href")->string_value() == "../index.html");
  CHECK_FALSE(many.get("organisations_current")->is_true());
  Page home;
  home.kind = PageKind::home;
  const auto on_home = view::common_view(home, ctx, "Styrdok");
  CHECK(on_home.get("organisations_href")->string_value() == "index.html");
  CHECK(on_home.get("organisations_current")->is_true());  // the link is to the page itself
}

TEST_CASE("a responsible body's list breaks between pages within a plan, its table headed again") {
  Site site;
  site.config.title = "Styrdok";
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  // Kommunstyrelsen: all but one of a page in the first plan, three in the
  // second; the page boundary falls after the second plan's first action.
  auto add_plan = [&](const std::string& id, std::size_t actions) {
    ActionPlan plan;
    plan.id = id;
    plan.title = "Plan " + id;
    plan.organisation_id = "lysekil";
    plan.document_slug = "riktlinjer";
    plan.responsible = "Kommunstyrelsen";
    for (std::size_t a = 0; a < actions; ++a) {
      Action action;
      action.id = std::to_string(a + 1);
      action.title = id + " åtgärd " + std::to_string(a + 1);
      plan.actions.push_back(action);
    }
    site.plans.push_back(std::move(plan));
  };
  add_plan("a", kActionsPerPage - 1);
  add_plan("b", 3);
  REQUIRE(responsible_bodies_counted(site).front().actions == kActionsPerPage + 2);
  Diagnostics d;
  const Strings s = *Strings::parse(
      "unknown: Uppgift saknas\npagination_page_of: \"Sida {page} av {pages}\"\n"
      "pagination_title: \"{title}, sida {page} av {pages}\"\n"
      "responsible_table_caption: \"{name}: åtgärder i {plan}\"\n",
      "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2024, 1, 1}};
  auto body_page = [&](std::size_t part) {
    Page p;
    p.kind = PageKind::responsible;
    p.key = "Kommunstyrelsen";
    p.part = part;
    p.url = responsible_url(p.key, part);
    return page_view(p, ctx);
  };
  // (plan, its caption, the titles of its rows) per table of the page.
  using Table = std::tuple<std::string, std::string, std::vector<std::string>>;
  auto tables = [](const kainjow::mustache::data& view) {
    std::vector<Table> out;
    for (const auto& p : view.get("plans")->list_value()) {
      std::vector<std::string> titles;
      for (const auto& a : p.get("actions")->list_value()) titles.push_back(a.get("title")->string_value());
      out.emplace_back(p.get("title")->string_value(), p.get("table_caption")->string_value(), titles);
    }
    return out;
  };
  const auto first = body_page(0);
  const auto first_tables = tables(first);
  REQUIRE(first_tables.size() == 2);
  CHECK(std::get<2>(first_tables[0]).size() == kActionsPerPage - 1);
  CHECK(std::get<2>(first_tables[1]) == std::vector<std::string>{"b åtgärd 1"});
  CHECK(first.get("pagination")->get("page_of")->string_value() == "Sida 1 av 2");
  CHECK(first.get("pagination")->get("next_href")->string_value() ==
        "../../ansvariga/kommunstyrelsen/sida-2/index.html");
  const auto second = body_page(1);
  CHECK(tables(second) ==
        std::vector<Table>{{"Plan b", "Kommunstyrelsen: åtgärder i Plan b", {"b åtgärd 2", "b åtgärd 3"}}});
  CHECK(second.get("pagination")->get("previous_href")->string_value() ==
        "../../../ansvariga/kommunstyrelsen/index.html");
  CHECK(second.get("page_title")->string_value() == "Kommunstyrelsen, sida 2 av 2 – Styrdok");
  // The build's lists, made once, give the same pages as each page's own.
  const auto by_body = actions_by_body(site);
  RenderContext built = ctx;
  built.body_actions = &by_body;
  for (std::size_t part : {0, 1}) {
    Page p;
    p.kind = PageKind::responsible;
    p.key = "Kommunstyrelsen";
    p.part = part;
    p.url = responsible_url(p.key, part);
    CHECK(tables(page_view(p, built)) == tables(body_page(part)));
    CHECK(page_view(p, built).get("pagination")->get("page_of")->string_value() ==
          body_page(part).get("pagination")->get("page_of")->string_value());
  }

  // The index of plans: the last page shows the plan after the boundary.
  for (std::size_t i = 0; i < kPlansPerPage - 1; ++i) add_plan("c" + std::to_string(i), 1);
  REQUIRE(site.plans.size() == kPlansPerPage + 1);
  Page index;
  index.kind = PageKind::plans_index;
  index.part = 1;
  index.url = plans_index_url(1);
  const auto last = page_view(index, ctx);
  const auto& plans = last.get("plans")->list_value();
  REQUIRE(plans.size() == 1);
  CHECK(plans[0].get("title")->string_value() == "Plan c" + std::to_string(kPlansPerPage - 2));
  CHECK(last.get("pagination")->get("page_of")->string_value() == "Sida 2 av 2");
  CHECK(last.get("pagination")->get("previous_href")->string_value() == "../../handlingsplaner/index.html");
}

TEST_CASE("a redirect page sends the reader on relatively, and names the target's absolute address as canonical") {
  Site site;
  site.config.base_url = "https://example.org/s/";
  site.config.title = "Styrdokument";
  Diagnostics d;
  const Strings s = *Strings::parse("redirect_title: Sidan har flyttat\n", "sv.yaml", d);
  const RenderContext ctx{site, s, Date{2024, 1, 1}};
  Page p;
  p.kind = PageKind::redirect;
  p.url = "lysekil/riktlinjer/jamfor/a/b/sida-vid-sida/";
  p.target = "lysekil/riktlinjer/jamfor/a/b/#sida-vid-sida";
  CHECK(template_for(PageKind::redirect) == "redirect");
  const auto view = page_view(p, ctx);
  CHECK(view.get("href")->string_value() == "../index.html#sida-vid-sida");
  CHECK(view.get("canonical_url")->string_value() == "https://example.org/s/lysekil/riktlinjer/jamfor/a/b/");
  CHECK(view.get("page_title")->string_value() == "Sidan har flyttat – Styrdokument");
}

TEST_CASE("links name index.html before a fragment") {
  const view::Links links{"../"};
  CHECK(links.to("a/b/#x") == "../a/b/index.html#x");
  CHECK(links.to("a/b/") == "../a/b/index.html");
  CHECK(links.to("a/feed.xml") == "../a/feed.xml");
  CHECK(links.to("") == "../index.html");
  CHECK(links.to("#top") == "../index.html#top");
  CHECK(view::Links::between("a/b/c/", "a/b/#x") == "../index.html#x");
  CHECK(view::Links::between("a/b/c/", "a/d/") == "../../d/index.html");
  CHECK(view::Links::between("a/b/", "a/b/c/") == "c/index.html");
  CHECK(view::Links::between("a/b/", "a/b/") == "index.html");
  CHECK(view::Links::between("ab/", "ac/") == "../ac/index.html");
  CHECK(view::Links::between("a/x.html", "a/y.csv") == "y.csv");
  CHECK(view::Links::between("", "a/") == "a/index.html");
}

namespace {

// The value `metadata_rows` gives the row labelled `label`, or "(none)".
std::string metadata_value(const Document& doc, std::size_t version, const RenderContext& ctx,
                           const std::string& label) {
  for (const auto& r : view::metadata_rows(doc, doc.versions[version], ctx))
    if (r.get("label")->string_value() == label) return r.get("value")->string_value();
  return "(none)";
}

}  // namespace

TEST_CASE("the metadata states when a version applied, and never calls a proposal decided") {
  Diagnostics d;
  const Strings s = *Strings::parse(
      "unknown: Uppgift saknas\nuntil_further_notice: Tills vidare\nlabel_decided_by: Beslutat av\n"
      "label_decision_date: Beslutsdatum\nlabel_valid_from: Gäller från\nlabel_valid_until: Gäller till och med\n"
      "label_to_be_decided_by: Ska behandlas av\nlabel_planned_decision_date: Planerat beslutsdatum\n"
      "label_proposal_date: Förslag daterat\nlabel_proposed_by: Framlagt av\n"
      "label_proposed_valid_from: Föreslås gälla från\nlabel_proposed_valid_until: Föreslås gälla till och med\n"
      "valid_until_as_decided: \"{until} (enligt beslutet: {decided})\"\n"
      "month_2: februari\nmonth_3: mars\nmonth_4: april\nmonth_6: juni\nmonth_12: december\n",
      "sv.yaml", d);
  Site site;
  Document doc;
  Version first = lysekil();  // decided 2021-05-19, valid until 2023-12-31
  first.valid_until = {ValidUntil::Kind::until_further_notice, {}};
  Version second = lysekil();
  second.id = "2022-06-01";
  second.decision_date = Date{2022, 6, 1};
  second.valid_from = Date{2022, 7, 1};
  second.valid_until = {ValidUntil::Kind::date, Date{2030, 12, 31}};
  Version proposal = lysekil();
  proposal.id = "2025-02-01";
  proposal.status = VersionStatus::proposal;
  proposal.decision_date = Date{2025, 2, 1};
  proposal.valid_from = Date{2025, 3, 1};
  proposal.proposal_date = Date{2024, 12, 1};
  proposal.proposed_by = "Kommunstyrelsen";
  doc.versions = {first, second, proposal};
  const RenderContext ctx{site, s, Date{2024, 1, 1}};

  // "Until further notice", yet it ended when the next version began to apply.
  CHECK(metadata_value(doc, 0, ctx, "Gäller till och med") == "30 juni 2022 (enligt beslutet: tills vidare)");
  // Its own last day when nothing ends it sooner; unknown stays unknown.
  CHECK(metadata_value(doc, 1, ctx, "Gäller till och med") == "31 december 2030");
  doc.versions[1].valid_until = {};
  CHECK(metadata_value(doc, 1, ctx, "Gäller till och med") == "Uppgift saknas");
  // A repeal ends the version in force.
  doc.repeal = Repeal{};
  doc.repeal->date = Date{2023, 5, 1};
  CHECK(metadata_value(doc, 1, ctx, "Gäller till och med") == "30 april 2023 (enligt beslutet: uppgift saknas)");
  doc.versions[1].valid_until = {ValidUntil::Kind::date, Date{2030, 12, 31}};
  CHECK(metadata_value(doc, 1, ctx, "Gäller till och med") == "30 april 2023 (enligt beslutet: 31 december 2030)");
  doc.repeal.reset();

  CHECK(metadata_value(doc, 2, ctx, "Beslutat av") == "(none)");
  CHECK(metadata_value(doc, 2, ctx, "Beslutsdatum") == "(none)");
  CHECK(metadata_value(doc, 2, ctx, "Ska behandlas av") == "Kommunfullmäktige");
  CHECK(metadata_value(doc, 2, ctx, "Planerat beslutsdatum") == "1 februari 2025");
  CHECK(metadata_value(doc, 2, ctx, "Förslag daterat") == "1 december 2024");
  CHECK(metadata_value(doc, 2, ctx, "Framlagt av") == "Kommunstyrelsen");
  CHECK(metadata_value(doc, 2, ctx, "Föreslås gälla från") == "1 mars 2025");
  CHECK(metadata_value(doc, 2, ctx, "Gäller från") == "(none)");
}
