#include "render/page_plan.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

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
  const auto pages = plan_pages(two_versions(), d);
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
                                            "lysekil/riktlinjer/2021-05-19/utskrift/sidhuvud.css",
                                            "lysekil/riktlinjer/2023-02-01/index.html",
                                            "lysekil/riktlinjer/2023-02-01/utskrift/index.html",
                                            "lysekil/riktlinjer/2023-02-01/utskrift/sidhuvud.css",
                                            "lysekil/riktlinjer/jamfor/index.html",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/index.html",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/utskrift/index.html",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/utskrift/sidhuvud.css",
                                            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/sida-vid-sida/index.html",
                                            "oppna-data/index.html",
                                            "documents.json",
                                            "documents.csv",
                                            "nytt/index.html",
                                            "revidering/index.html",
                                            "tillganglighet/index.html",
                                            "sok/index.html",
                                            "404.html",
                                            "sitemap.xml"});
  CHECK(pages[6].kind == PageKind::version);
  CHECK(pages[6].version == 0);
  CHECK(pages[7].kind == PageKind::version_print);
  CHECK(pages[8].kind == PageKind::print_header);
  CHECK(pages[8].printed == PageKind::version_print);
  CHECK(pages[9].version == 1);
  CHECK(pages[13].kind == PageKind::comparison);
  CHECK(pages[13].older == 0);
  CHECK(pages[13].version == 1);
  CHECK(pages[14].kind == PageKind::comparison_print);
  CHECK(pages[14].older == 0);
  CHECK(pages[15].printed == PageKind::comparison_print);
  CHECK(pages[16].kind == PageKind::comparison_side_by_side);
}

TEST_CASE("a meeting has a page and a handout, each print page a header stylesheet") {
  Site site = two_versions();
  Meeting m;
  m.id = "2016-01-20-kommunstyrelsen";
  m.source_path = "meetings/2016-01-20-kommunstyrelsen.yaml";
  site.meetings.push_back(m);
  Diagnostics d;
  const auto pages = plan_pages(site, d);
  REQUIRE_FALSE(d.has_errors());
  std::vector<std::string> meeting_outputs;
  for (const auto& p : pages) {
    if (p.output.rfind("moten/", 0) == 0) meeting_outputs.push_back(p.output);
  }
  CHECK(meeting_outputs == std::vector<std::string>{"moten/2016-01-20-kommunstyrelsen/index.html",
                                                    "moten/2016-01-20-kommunstyrelsen/utskrift/index.html",
                                                    "moten/2016-01-20-kommunstyrelsen/utskrift/sidhuvud.css"});
}

TEST_CASE("a page whose address is taken is an error") {
  Site site = two_versions();
  site.config.organisations.push_back({"tillganglighet", "Tillgänglighet", ""});
  Diagnostics d;
  plan_pages(site, d);
  REQUIRE(d.error_count() == 1);
  CHECK(d.items()[0].to_string() ==
        "site.yaml: two pages would have the same address 'tillganglighet/': this one and the one from site.yaml; "
        "rename one of them");
}
