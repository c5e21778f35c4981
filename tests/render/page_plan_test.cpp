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
  CHECK(outputs == std::vector<std::string>{"index.html", "lysekil/index.html", "lysekil/riktlinjer/index.html",
                                            "lysekil/riktlinjer/2021-05-19/index.html",
                                            "lysekil/riktlinjer/2023-02-01/index.html", "tillganglighet/index.html",
                                            "404.html", "sitemap.xml"});
  CHECK(pages[3].kind == PageKind::version);
  CHECK(pages[3].version == 0);
  CHECK(pages[4].version == 1);
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
