// Tests for the look-ups of model/site_config.h's Site, which rely on its
// lists being sorted by organisation, then document.
#include <catch2/catch.hpp>

#include "model/site_config.h"

using namespace styrdok;

namespace {

Document document(const std::string& organisation, const std::string& slug) {
  Document d;
  d.organisation_id = organisation;
  d.slug = slug;
  return d;
}

ActionPlan plan(const std::string& organisation, const std::string& slug, const std::string& id) {
  ActionPlan p;
  p.organisation_id = organisation;
  p.document_slug = slug;
  p.id = id;
  return p;
}

}  // namespace

TEST_CASE("a site finds a document, and the plans and indicators of one, by binary search") {
  Site site;
  site.documents = {document("ale", "policy"), document("lysekil", "plan"), document("lysekil", "policy"),
                    document("tanum", "policy")};
  site.plans = {plan("ale", "policy", "a"), plan("lysekil", "policy", "a"), plan("lysekil", "policy", "b"),
                plan("tanum", "policy", "a")};
  Indicator ind;
  ind.organisation_id = "lysekil";
  ind.document_slug = "plan";
  site.indicators = {ind};

  CHECK(site.find_document("lysekil", "policy") == 2);
  CHECK(site.find_document("lysekil", "avfall") == -1);

  const auto lysekil = site.plans_of(site.documents[2]);
  REQUIRE(lysekil.size() == 2);
  CHECK(lysekil[0].id == "a");
  CHECK(lysekil[1].id == "b");
  CHECK(&lysekil[0] == &site.plans[1]);
  CHECK(site.plans_of(site.documents[1]).empty());  // "lysekil/plan" has an indicator, no plan
  CHECK(site.plans_of(site.documents[3]).size() == 1);
  CHECK(site.indicators_of(site.documents[1]).size() == 1);
  CHECK(site.indicators_of(site.documents[2]).empty());
}
