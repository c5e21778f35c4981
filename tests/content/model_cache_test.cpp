// Tests for content/model_cache.h: which documents serve's next build may
// take out of the last build's model, with their plans and indicators.
#include "content/model_cache.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

Document document(const std::string& organisation, const std::string& slug) {
  Document doc;
  doc.organisation_id = organisation;
  doc.slug = slug;
  doc.source_dir = "content/" + organisation + "/" + slug;
  Version version;
  version.id = "2020-01-01";
  version.title = "Titel " + slug;
  doc.versions.push_back(version);
  return doc;
}

template <class T>
T belonging(const std::string& organisation, const std::string& slug, const std::string& id) {
  T item;
  item.id = id;
  item.organisation_id = organisation;
  item.document_slug = slug;
  return item;
}

// Three documents in the site's order; the second has two plans and an indicator.
std::shared_ptr<Site> last_model() {
  auto site = std::make_shared<Site>();
  site->documents = {document("a", "en"), document("a", "tva"), document("b", "tre")};
  site->plans = {belonging<ActionPlan>("a", "en", "p1"), belonging<ActionPlan>("a", "tva", "p2"),
                 belonging<ActionPlan>("a", "tva", "p3")};
  site->indicators = {belonging<Indicator>("a", "tva", "i1")};
  return site;
}

template <class T>
std::vector<std::string> ids(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.id);
  return out;
}

}  // namespace

TEST_CASE("a document is taken out of the last model once, with its plans and indicators, until its folder changes") {
  ModelCache models;
  CHECK_FALSE(models.take("content/a/en"));  // nothing kept yet
  models.store(last_model(), {});

  auto taken = models.take("content/a/tva");
  REQUIRE(taken);
  CHECK(taken->document.slug == "tva");
  CHECK(taken->document.versions.at(0).title == "Titel tva");
  CHECK(ids(taken->plans) == std::vector<std::string>{"p2", "p3"});
  CHECK(ids(taken->indicators) == std::vector<std::string>{"i1"});
  CHECK_FALSE(models.take("content/a/tva"));       // moved out already
  CHECK_FALSE(models.take("content/a/ny"));        // a document the last build did not have
  const auto first = models.take("content/a/en");  // out of order: found all the same
  REQUIRE(first);
  CHECK(ids(first->plans) == std::vector<std::string>{"p1"});
  CHECK(first->indicators.empty());

  models.store(last_model(), {});
  CHECK(models.documents_taken() == 2);  // by the build that stored before
  models.forget("content/a/en");
  CHECK_FALSE(models.take("content/a/en"));
  CHECK(models.take("content/b/tre"));
  models.store(last_model(), {});
  CHECK(models.documents_taken() == 1);

  models.forget_all();  // the site file changed, say
  CHECK_FALSE(models.take("content/a/tva"));
  models.store(nullptr, {});  // a build that failed keeps nothing
  CHECK_FALSE(models.take("content/a/tva"));
}

TEST_CASE("a document the last build reported anything on is loaded again, to be reported again") {
  ModelCache models;
  Diagnostics reported;
  reported.warning({"content/a/en/2020-01-01.md", 3, 1}, "the heading has no letters or digits");
  reported.error({"content/b/tre", 0, 0}, "about the folder itself");
  reported.error({"content/a/tva-ny/2020-01-01.md", 0, 0}, "another folder, whose name begins alike");
  reported.error({"site.yaml", 2, 1}, "not about a document");
  models.store(last_model(), reported);
  CHECK_FALSE(models.take("content/a/en"));
  CHECK_FALSE(models.take("content/b/tre"));
  CHECK(models.take("content/a/tva"));
}

TEST_CASE("a model still read elsewhere is neither taken from nor kept") {
  ModelCache models;
  auto last = last_model();
  models.store(last, {});  // the search thread is still indexing it
  CHECK_FALSE(models.take("content/a/en"));
  CHECK(last->documents[0].slug == "en");  // not moved out
  last.reset();
  CHECK_FALSE(models.take("content/a/en"));  // let go of: this build replaces it
}

TEST_CASE("a model of other documents than the last is looked up by its own folders") {
  ModelCache models;
  models.store(last_model(), {});
  auto other = last_model();
  other->documents.insert(other->documents.begin(), document("a", "aa"));
  other->documents[2].source_dir = "content/a/bytt-namn";  // "tva", its folder renamed
  models.store(other, {});
  other.reset();
  CHECK(models.take("content/a/aa")->document.slug == "aa");
  CHECK(models.take("content/a/bytt-namn")->document.slug == "tva");
  CHECK_FALSE(models.take("content/a/tva"));
  CHECK(models.take("content/b/tre")->document.slug == "tre");
}
