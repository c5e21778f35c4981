#include "render/page_views.h"

#include <catch2/catch.hpp>

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
