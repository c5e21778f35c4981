// The pipeline on small sites declared inline (Hugo's style of integration
// test), with the repository's theme, rendering but not writing.
#include "build/pipeline.h"

#include <catch2/catch.hpp>

#include "model/site.h"
#include "support/test_site.h"

using namespace styrdok;

namespace {

MemoryFileSystem site_with(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs;
  test::add_repository_theme(fs);
  fs.add("site.yaml", test::site_yaml());
  for (const auto& [path, text] : files) fs.add(path, text);
  return fs;
}

}  // namespace

TEST_CASE("a valid site plans a page per document, version and organisation") {
  const auto fs = site_with({
      {"content/lysekil/plan/2020-01-01.md",
       test::version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\n")},
      {"content/lysekil/plan/2022-06-01.md",
       test::version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2022-06-01\n")},
  });
  BuildOptions options;
  options.write = false;
  const auto result = build_site(options, fs);
  INFO((result.diagnostics.items().empty() ? "" : result.diagnostics.items()[0].to_string()));
  CHECK(result.ok());
  // home, organisation, document, 2 versions, a comparison inline and side by side, the
  // comparison index, 3 feeds, open data, what's new, due for revision, accessibility, search, 404,
  // sitemap; 3 print editions (2 versions, the comparison), each with its header stylesheet
  CHECK(result.pages == 24);
}

TEST_CASE("stages are announced in order") {
  const auto fs = site_with({});
  BuildOptions options;
  options.out = (std::filesystem::temp_directory_path() / "styrdok-stage-test").string();
  std::vector<std::string> stages;
  const auto result = build_site(options, fs, [&](const std::string& s, std::size_t) { stages.push_back(s); });
  CHECK(result.ok());
  CHECK(stages == std::vector<std::string>{"loading", "planning", "checking links", "comparing versions", "rendering",
                                           "open data", "search index", "writing", "swapping in"});
  std::filesystem::remove_all(options.out);
}

TEST_CASE("a missing theme template is reported") {
  auto fs = site_with({});
  fs.add("templates/home.mustache", "{{#unclosed}}");
  BuildOptions options;
  options.write = false;
  const auto result = build_site(options, fs);
  REQUIRE_FALSE(result.ok());
  CHECK_THAT(result.diagnostics.items()[0].to_string(), Catch::StartsWith("templates/home.mustache: template error: "));
}

TEST_CASE("a site's own template replaces the theme's") {
  auto fs = site_with({});
  fs.add("templates/not_found.mustache", "Borta: {{heading}}");
  BuildOptions options;
  options.out = (std::filesystem::temp_directory_path() / "styrdok-override-test").string();
  const auto result = build_site(options, fs);
  REQUIRE(result.ok());
  CHECK(test::read_text(options.out + "/404.html") == "Borta: Sidan finns inte");
  std::filesystem::remove_all(options.out);
}
