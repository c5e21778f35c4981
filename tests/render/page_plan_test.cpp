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
  CHECK(outputs ==
        std::vector<std::string>{
            "index.html", "feed.xml", "lysekil/index.html", "lysekil/feed.xml", "lysekil/riktlinjer/index.html",
            "lysekil/riktlinjer/feed.xml", "lysekil/riktlinjer/2021-05-19/index.html",
            "lysekil/riktlinjer/2023-02-01/index.html", "lysekil/riktlinjer/jamfor/index.html",
            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/index.html",
            "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/sida-vid-sida/index.html", "nytt/index.html",
            "revidering/index.html", "tillganglighet/index.html", "sok/index.html", "404.html", "sitemap.xml"});
  CHECK(pages[6].kind == PageKind::version);
  CHECK(pages[6].version == 0);
  CHECK(pages[7].version == 1);
  CHECK(pages[9].kind == PageKind::comparison);
  CHECK(pages[9].older == 0);
  CHECK(pages[9].version == 1);
  CHECK(pages[10].kind == PageKind::comparison_side_by_side);
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
