#include "render/page_plan.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

const Date kDay{2024, 1, 1};  // the build's day

Site two_versions() {
  Site site;
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  Document doc;
  doc.organisation_id = "lysekil";
  doc.slug = "riktlinjer";
  doc.source_dir = "content/lysekil/riktlinjer";
  Version a, b;
  a.id = "2021-05-19";
  b.id = "2023-02-01";
  doc.versions = {a, b};
  site.documents.push_back(doc);
  return site;
}

}  // namespace

TEST_CASE("addresses come from organisation, folder and version id") {
  Diagnostics d;
  const auto pages = plan_pages(two_versions(), kDay, d);
  REQUIRE_FALSE(d.has_errors());
  std::vector<std::string> outputs;
  for (const auto& p : pages) outputs.push_back(p.output);
  CHECK(outputs == std::vector<std::string>{"index.html",
                                            "feed.xml",
                                            "lysekil/index.html",
                                            "lysekil/feed.xml",
                                            "lysekil/riktlinjer/index.html",
                                            "lysekil/riktlinjer/feed.xml",
                                            "lysekil/riktlinjer/2021-05-19/index.html",
                                            "lysekil/riktlinjer/2021-05-19/utskrift/index.html",
                                            "lysekil/riktlinjer/2023-02-01/index.html",
                                            "lysekil/riktlinjer/2023-02-01/utskrift/index.html",
                                            "lysekil/riktlinjer/jamfor/index.html",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/index.html",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/utskrift/index.html",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/sida-vid-sida/index.html",
                                            "oppna-data/index.html",
                                            "documents.json",
                                            "documents.csv",
                                            "nytt/index.html",
                                            "revidering/index.html",
                                            "revidering/lysekil/index.html",
                                            "tillganglighet/index.html",
                                            "sok/index.html",
                                            "assets/print-pages.css",
                                            "404.html",
                                            "sitemap.xml"});
  CHECK(pages[6].kind == PageKind::version);
  CHECK(pages[6].version == 0);
  // The version prints itself; its print edition's address sends the reader to it.
  CHECK(pages[7].kind == PageKind::redirect);
  CHECK(pages[7].target == "lysekil/riktlinjer/2021-05-19/");
  CHECK(pages[8].version == 1);
  CHECK(pages[11].kind == PageKind::comparison);
  CHECK(pages[11].older == 0);
  CHECK(pages[11].version == 1);
  // The comparison prints itself; its print edition's address sends the reader to it.
  CHECK(pages[12].kind == PageKind::redirect);
  CHECK(pages[12].target == "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/");
  // The side-by-side view is a part of the comparison page; its old address
  // sends the reader there.
  CHECK(pages[13].kind == PageKind::redirect);
  CHECK(pages[13].target == "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/#sida-vid-sida");
  CHECK(pages[13].document == 0);
}

TEST_CASE("an edition prints itself, its print edition's address sends the reader to it") {
  Site site = two_versions();
  Edition ar;
  ar.language = "ar";
  site.documents[0].versions[0].editions.push_back(ar);
  Diagnostics d;
  const auto pages = plan_pages(site, kDay, d);
  REQUIRE_FALSE(d.has_errors());
  REQUIRE(pages[8].output == "lysekil/riktlinjer/2021-05-19/ar/index.html");
  CHECK(pages[8].kind == PageKind::edition);
  CHECK(edition_language(pages[8], site) == "ar");
  REQUIRE(pages[9].output == "lysekil/riktlinjer/2021-05-19/ar/utskrift/index.html");
  CHECK(pages[9].kind == PageKind::redirect);
  CHECK(pages[9].target == "lysekil/riktlinjer/2021-05-19/ar/");
  CHECK(edition_language(pages[9], site) == "ar");  // the redirect page speaks the edition's language
  CHECK(edition_language(pages[7], site).empty());  // the version's own print redirect, the site's
  CHECK(sitemap_address_count(pages) == sitemap_addresses(site).size());
}

TEST_CASE("a meeting has a page and a handout") {
  Site site = two_versions();
  Meeting m;
  m.id = "2016-01-20-kommunstyrelsen";
  m.source_path = "meetings/2016-01-20-kommunstyrelsen.yaml";
  site.meetings.push_back(m);
  Diagnostics d;
  const auto pages = plan_pages(site, kDay, d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(sitemap_address_count(pages) == sitemap_addresses(site).size());
  std::vector<std::string> meeting_outputs;
  for (const auto& p : pages) {
    if (p.output.rfind("moten/", 0) == 0) meeting_outputs.push_back(p.output);
  }
  CHECK(meeting_outputs == std::vector<std::string>{"moten/2016-01-20-kommunstyrelsen/index.html",
                                                    "moten/2016-01-20-kommunstyrelsen/utskrift/index.html"});
}

TEST_CASE("an organisation whose id is the address of a page of the site's own is told the id is taken") {
  Site site = two_versions();
  site.config.organisations.push_back({"tillganglighet", "Tillgänglighet", ""});
  Diagnostics d;
  plan_pages(site, kDay, d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].to_string() ==
        "site.yaml: the organisation id 'tillganglighet' is the address of a page the site has of its own "
        "('tillganglighet/'); give the organisation another id, and its folder under content/ the same name");
}

TEST_CASE("a sitemap of more than 50,000 addresses is split into files under a sitemap index") {
  Site site;
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}};
  for (int i = 0; i < 25000; ++i) {  // a document page and a version page each: 50,000 and the site's own
    Document doc;
    doc.organisation_id = "lysekil";
    doc.slug = "dokument-" + std::to_string(i);
    doc.source_dir = "content/lysekil/" + doc.slug;
    Version v;
    v.id = "2021-05-19";
    doc.versions = {v};
    site.documents.push_back(std::move(doc));
  }
  const auto addresses = sitemap_addresses(site);
  REQUIRE(addresses.size() > kSitemapLimit);
  CHECK(addresses.size() < 2 * kSitemapLimit);
  CHECK(sitemap_parts(addresses.size()) == 2);
  CHECK(sitemap_parts(kSitemapLimit) == 1);
  CHECK(sitemap_parts(kSitemapLimit + 1) == 2);
  CHECK(sitemap_parts(0) == 1);

  Diagnostics d;
  const auto pages = plan_pages(site, kDay, d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(sitemap_address_count(pages) == addresses.size());
  std::vector<std::pair<std::string, std::size_t>> sitemaps;
  for (const auto& p : pages) {
    if (p.kind == PageKind::sitemap) sitemaps.emplace_back(p.output, p.part);
    if (p.kind == PageKind::sitemap_index) sitemaps.emplace_back(p.output, 99);
  }
  CHECK(sitemaps == std::vector<std::pair<std::string, std::size_t>>{
                        {"sitemap-1.xml", 0}, {"sitemap-2.xml", 1}, {"sitemap.xml", 99}});
}

TEST_CASE("a small site's sitemap is one file, sitemap.xml") {
  CHECK(sitemap_url(0, 1) == "sitemap.xml");
  CHECK(sitemap_url(0, 3) == "sitemap-1.xml");
  CHECK(sitemap_url(2, 3) == "sitemap-3.xml");
}

TEST_CASE("the index of responsible bodies is split into pages of kBodiesPerPage") {
  CHECK(responsible_index_parts(0) == 1);
  CHECK(responsible_index_parts(kBodiesPerPage) == 1);
  CHECK(responsible_index_parts(kBodiesPerPage + 1) == 2);
  CHECK(responsible_index_url(0) == "ansvariga/");
  CHECK(responsible_index_url(1) == "ansvariga/sida-2/");
  CHECK(organisation_url("lysekil", 0) == "lysekil/");
  CHECK(organisation_url("lysekil", 2) == "lysekil/sida-3/");
}

namespace {

// Plans of one document: the first names the plan's body, "Kommunstyrelsen",
// for `ks` actions; the rest one action each, for "Miljönämnden".
Site with_plans(std::size_t plans, std::size_t ks) {
  Site site = two_versions();
  for (std::size_t p = 0; p < plans; ++p) {
    ActionPlan plan;
    plan.id = "plan-" + std::to_string(p);
    plan.organisation_id = "lysekil";
    plan.document_slug = "riktlinjer";
    plan.version_id = "2023-02-01";
    plan.responsible = p == 0 ? "Kommunstyrelsen" : "Miljönämnden";
    for (std::size_t a = 0; a < (p == 0 ? ks : 1); ++a) {
      Action action;
      action.id = std::to_string(a + 1);
      plan.actions.push_back(action);
    }
    site.plans.push_back(std::move(plan));
  }
  return site;
}

std::vector<std::pair<std::string, std::size_t>> pages_of(const Site& site, PageKind kind) {
  Diagnostics d;
  const auto pages = plan_pages(site, kDay, d);
  REQUIRE_FALSE(d.has_errors());
  CHECK(sitemap_address_count(pages) == sitemap_addresses(site).size());
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const auto& p : pages)
    if (p.kind == kind) out.emplace_back(p.output, p.part);
  return out;
}

}  // namespace

TEST_CASE("the index of action plans takes a page per kPlansPerPage plans") {
  using Pages = std::vector<std::pair<std::string, std::size_t>>;
  CHECK(pages_of(with_plans(0, 0), PageKind::plans_index).empty());
  CHECK(pages_of(with_plans(kPlansPerPage, 1), PageKind::plans_index) == Pages{{"handlingsplaner/index.html", 0}});
  CHECK(pages_of(with_plans(2 * kPlansPerPage + 1, 1), PageKind::plans_index) ==
        Pages{{"handlingsplaner/index.html", 0},
              {"handlingsplaner/sida-2/index.html", 1},
              {"handlingsplaner/sida-3/index.html", 2}});
  CHECK(plans_index_parts(0) == 1);
  CHECK(plans_index_url(0) == "handlingsplaner/");
  CHECK(plans_index_url(1) == "handlingsplaner/sida-2/");
  std::vector<std::string> listed;
  for (const auto& a : sitemap_addresses(with_plans(kPlansPerPage + 1, 1)))
    if (a.url.starts_with("handlingsplaner/")) listed.push_back(a.url);
  CHECK(listed == std::vector<std::string>{"handlingsplaner/", "handlingsplaner/sida-2/"});
}

TEST_CASE("a responsible body's list takes a page per kActionsPerPage of its actions") {
  using Pages = std::vector<std::pair<std::string, std::size_t>>;
  // Kommunstyrelsen: 2 * kActionsPerPage + 1 actions in one plan; Miljönämnden
  // one in each of the other two.
  const Site site = with_plans(3, 2 * kActionsPerPage + 1);
  CHECK(pages_of(site, PageKind::responsible) == Pages{{"ansvariga/kommunstyrelsen/index.html", 0},
                                                       {"ansvariga/kommunstyrelsen/sida-2/index.html", 1},
                                                       {"ansvariga/kommunstyrelsen/sida-3/index.html", 2},
                                                       {"ansvariga/miljonamnden/index.html", 0}});
  const auto counted = responsible_bodies_counted(site);
  REQUIRE(counted.size() == 2);
  CHECK(counted[0].name == "Kommunstyrelsen");
  CHECK(counted[0].actions == 2 * kActionsPerPage + 1);
  CHECK(counted[1].name == "Miljönämnden");
  CHECK(counted[1].actions == 2);
  CHECK(responsible_parts(0) == 1);
  CHECK(responsible_parts(kActionsPerPage) == 1);
  CHECK(responsible_parts(kActionsPerPage + 1) == 2);
  CHECK(responsible_url("Kommunstyrelsen") == "ansvariga/kommunstyrelsen/");
  CHECK(responsible_url("Kommunstyrelsen", 1) == "ansvariga/kommunstyrelsen/sida-2/");
  std::vector<std::string> listed;
  for (const auto& a : sitemap_addresses(site))
    if (a.url.starts_with("ansvariga/")) listed.push_back(a.url);
  CHECK(listed == std::vector<std::string>{"ansvariga/", "ansvariga/kommunstyrelsen/",
                                           "ansvariga/kommunstyrelsen/sida-2/", "ansvariga/kommunstyrelsen/sida-3/",
                                           "ansvariga/miljonamnden/"});
}

TEST_CASE("an organisation's due-for-revision list takes a page per kDueRowsPerPage rows due on the day") {
  Site site;
  site.config.organisations = {{"lysekil", "Lysekils kommun", ""}, {"tanum", "Tanums kommun", ""}};
  // Lysekil: documents whose period ends 2023-12-31, one with a translation
  // that goes out of date with it; Tanum: one document valid for good.
  auto add = [&](const std::string& org, const std::string& slug, bool ends, bool translated) {
    Document doc;
    doc.organisation_id = org;
    doc.slug = slug;
    doc.source_dir = "content/" + org + "/" + slug;
    Version v;
    v.id = "2021-05-19";
    v.decision_date = Date{2021, 5, 19};
    if (ends) v.valid_until = {ValidUntil::Kind::date, Date{2023, 12, 31}};
    if (translated) {
      Edition e;
      e.language = "en";
      e.title = "Guidelines";
      v.editions.push_back(e);
    }
    doc.versions = {v};
    site.documents.push_back(std::move(doc));
  };
  for (std::size_t i = 0; i < 2 * kDueRowsPerPage; ++i) add("lysekil", "dokument-" + std::to_string(i), true, i == 0);
  add("tanum", "plan", false, false);

  auto due_pages = [&](Date day) {
    Diagnostics d;
    const auto pages = plan_pages(site, day, d);
    REQUIRE_FALSE(d.has_errors());
    CHECK(sitemap_address_count(pages) == sitemap_addresses(site).size());
    std::vector<std::pair<std::string, std::size_t>> out;
    for (const auto& p : pages)
      if (p.kind == PageKind::due_for_revision || p.kind == PageKind::organisation_due_for_revision)
        out.emplace_back(p.output, p.part);
    return out;
  };
  // Before the period nears its end nothing is due: a page each, saying so.
  CHECK(due_pages(Date{2022, 1, 1}) ==
        std::vector<std::pair<std::string, std::size_t>>{
            {"revidering/index.html", 0}, {"revidering/lysekil/index.html", 0}, {"revidering/tanum/index.html", 0}});
  // Within six months of the end: 400 documents, 2 pages.
  CHECK(due_pages(Date{2023, 10, 1}) ==
        std::vector<std::pair<std::string, std::size_t>>{{"revidering/index.html", 0},
                                                         {"revidering/lysekil/index.html", 0},
                                                         {"revidering/lysekil/sida-2/index.html", 1},
                                                         {"revidering/tanum/index.html", 0}});
  // After it: 400 documents and the translation that no longer applies, 3 pages.
  CHECK(due_pages(Date{2024, 6, 1}) ==
        std::vector<std::pair<std::string, std::size_t>>{{"revidering/index.html", 0},
                                                         {"revidering/lysekil/index.html", 0},
                                                         {"revidering/lysekil/sida-2/index.html", 1},
                                                         {"revidering/lysekil/sida-3/index.html", 2},
                                                         {"revidering/tanum/index.html", 0}});
  CHECK(due_for_revision_parts(0) == 1);
  CHECK(due_for_revision_parts(kDueRowsPerPage) == 1);
  CHECK(due_for_revision_parts(kDueRowsPerPage + 1) == 2);
  // The sitemap lists the first page of each list, which exists on any day.
  std::vector<std::string> listed;
  for (const auto& a : sitemap_addresses(site))
    if (a.url.starts_with("revidering/")) listed.push_back(a.url);
  CHECK(listed == std::vector<std::string>{"revidering/", "revidering/lysekil/", "revidering/tanum/"});
}

TEST_CASE("an organisation's open data takes a page per kDataSetsPerPage plans and indicators") {
  Site site = two_versions();
  site.config.organisations.push_back({"tanum", "Tanums kommun", ""});
  site.config.organisations.push_back({"sotenas", "Sotenäs kommun", ""});
  // Lysekil: kDataSetsPerPage plans and one indicator, one more than a page;
  // Tanum: exactly a page of plans; Sotenäs: none, so no page of its own.
  auto add_plans = [&](const std::string& org, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      ActionPlan plan;
      plan.id = "plan-" + std::to_string(i);
      plan.organisation_id = org;
      plan.document_slug = "riktlinjer";
      site.plans.push_back(plan);
    }
  };
  add_plans("lysekil", kDataSetsPerPage);
  add_plans("tanum", kDataSetsPerPage);
  Indicator ind;
  ind.id = "andel";
  ind.organisation_id = "lysekil";
  ind.document_slug = "riktlinjer";
  site.indicators.push_back(ind);
  CHECK(open_data_counts(site) == std::vector<std::size_t>{kDataSetsPerPage + 1, kDataSetsPerPage, 0});
  CHECK(open_data_parts(0) == 0);
  CHECK(open_data_parts(kDataSetsPerPage) == 1);
  CHECK(open_data_parts(kDataSetsPerPage + 1) == 2);
  CHECK(open_data_url("lysekil") == "oppna-data/lysekil/");
  CHECK(open_data_url("lysekil", 1) == "oppna-data/lysekil/sida-2/");

  Diagnostics d;
  std::vector<std::string> planned;
  const auto pages = plan_pages(site, kDay, d);
  // The plan counts what the sitemap lists (to know how many files it
  // needs) without making the addresses: the two agree on every kind.
  CHECK(sitemap_address_count(pages) == sitemap_addresses(site).size());
  for (const Page& p : pages)
    if (p.kind == PageKind::organisation_open_data)
      planned.push_back(p.output + " " + std::to_string(p.organisation) + " " + std::to_string(p.part));
  CHECK(planned == std::vector<std::string>{"oppna-data/lysekil/index.html 0 0",
                                            "oppna-data/lysekil/sida-2/index.html 0 1",
                                            "oppna-data/tanum/index.html 1 0"});
  CHECK_FALSE(d.has_errors());
  std::vector<std::string> listed;
  for (const auto& a : sitemap_addresses(site))
    if (a.url.starts_with(kOpenDataUrl)) listed.push_back(a.url);
  CHECK(listed == std::vector<std::string>{"oppna-data/", "oppna-data/lysekil/", "oppna-data/lysekil/sida-2/",
                                           "oppna-data/tanum/"});
}
