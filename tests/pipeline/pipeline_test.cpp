// The pipeline on small sites declared inline (Hugo's style of integration
// test), with the repository's theme, rendering but not writing.
#include "pipeline/pipeline.h"

#include <catch2/catch.hpp>
#include <mutex>
#include <set>

#include "content/model_cache.h"
#include "model/site.h"
#include "render/plan_cache.h"
#include "render/theme.h"
#include "support/test_site.h"

using namespace styrdok;

namespace {

// Records every path it is handed, and whether one came twice.
class RecordingSink final : public OutputSink {
 public:
  void put(OutputFile&& file) override { record(file.path); }
  void keep(std::string_view path) override { record(std::string(path)); }
  std::vector<std::string> finish() override { return {}; }
  std::set<std::string> paths;
  std::vector<std::string> twice;

 private:
  void record(const std::string& path) {
    std::lock_guard lock(mutex_);
    if (!paths.insert(path).second) twice.push_back(path);
  }
  std::mutex mutex_;
};

std::map<std::string, std::string> by_path(const OutputFiles& files) {
  std::map<std::string, std::string> out;
  for (const auto& f : files) out[f.path] = f.bytes;
  return out;
}

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
  // home, organisation, document, 2 versions, a comparison, the redirect from its
  // side-by-side view's old address, the comparison index, 3 feeds, open data with
  // documents.json and .csv, what's new, due for revision and the organisation's list,
  // accessibility, search, 404, sitemap; the old print addresses of the 2 versions and
  // the comparison, which print themselves now (redirects), and the one stylesheet of the
  // page numbers
  CHECK(result.pages == 25);
}

TEST_CASE("stages are announced in order") {
  const auto fs = site_with({});
  BuildOptions options;
  options.out = (std::filesystem::temp_directory_path() / "styrdok-stage-test").string();
  std::vector<std::string> stages;
  const auto result = build_site(options, fs, [&](const std::string& s, std::size_t) { stages.push_back(s); });
  CHECK(result.ok());
  // Files are written as they are rendered: there is no writing stage of its own.
  CHECK(stages == std::vector<std::string>{"loading", "planning", "checking links", "comparing versions", "rendering",
                                           "static files", "pictures and attachments", "search index", "swapping in"});
  std::filesystem::remove_all(options.out);
}

TEST_CASE("a missing theme template is reported") {
  auto fs = site_with({});
  fs.add("templates/home.mustache", "{{#unclosed}}");
  BuildOptions options;
  options.write = false;
  const auto result = build_site(options, fs);
  REQUIRE_FALSE(result.ok());
  CHECK(result.diagnostics.items()[0].to_string() ==
        "templates/home.mustache:1:1: the section 'unclosed' that starts here is never closed; add {{/unclosed}} "
        "where it ends");
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

TEST_CASE("a theme kept between builds renders what a theme loaded anew renders, until the editions need another") {
  auto fs = site_with({{"content/lysekil/policy/2020-01-01.md",
                        test::version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n")}});
  fs.add("templates/not_found.mustache", "Borta: {{heading}}");
  BuildOptions options;
  options.as_of = Date{2024, 1, 1};
  const auto fresh = [&] { return by_path(render_site(options, fs).files); };
  ThemeCache themes;
  BuildOptions kept = options;
  kept.themes = &themes;
  const auto with_cache = [&] { return by_path(render_site(kept, fs).files); };
  const Branding no_branding;

  const auto first = with_cache();
  const auto theme = themes.find(Language::sv, no_branding);
  REQUIRE(theme != nullptr);
  CHECK(first.at("404.html") == "Borta: Sidan finns inte");  // the site's own template is in it
  CHECK(with_cache() == fresh());
  CHECK(themes.find(Language::sv, no_branding) == theme);  // the same theme, not loaded again
  CHECK(themes.find(Language::en, no_branding) == nullptr);

  // An English edition: the theme is loaded again, with English strings.
  fs.add("content/lysekil/policy/2020-01-01.en.md",
         test::version_md("title: Policy in English\ntranslated_by: A translator\ntranslation_date: 2020-02-01\n",
                          "## Purpose\n\nText.\n"));
  const auto with_edition = with_cache();
  CHECK(themes.find(Language::sv, no_branding) != theme);
  CHECK(with_edition == fresh());
  CHECK(with_edition.at("lysekil/policy/2020-01-01/en/index.html").find("Skip to content") != std::string::npos);

  // Forgotten (serve: a file outside content/ changed): loaded again.
  themes.forget();
  CHECK(themes.find(Language::sv, no_branding) == nullptr);
  CHECK(with_cache() == fresh());
}

TEST_CASE("a build keeps the pages its plan cache kept, renders the rest, and keeps a plan only when it succeeds") {
  auto fs = site_with(
      {{"content/lysekil/policy/2020-01-01.md",
        test::version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n")},
       {"content/lysekil/riktlinjer/2021-03-01.md",
        test::version_md("title: Riktlinjer\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-03-01\n")}});
  BuildOptions options;
  options.as_of = Date{2024, 1, 1};
  PlanCache plans;
  options.plans = &plans;
  // The paths a build kept, and those it rendered.
  const auto build = [&] {
    const auto result = render_site(options, fs);
    std::set<std::string> kept, rendered;
    for (std::size_t i = 0; i < result.files.size(); ++i)
      (result.kept[i] ? kept : rendered).insert(result.files[i].path);
    return std::pair{kept, rendered};
  };
  const auto [nothing_kept, first] = build();
  CHECK(nothing_kept.empty());
  const auto [kept, rendered] = build();
  CHECK(kept.contains("lysekil/policy/2020-01-01/index.html"));
  CHECK(kept.contains("lysekil/riktlinjer/index.html"));
  CHECK(rendered.contains("index.html"));  // the site's own pages are made on every build
  CHECK(rendered.contains("lysekil/index.html"));
  CHECK_FALSE(rendered.contains("lysekil/policy/index.html"));

  plans.forget("content/lysekil/policy");
  const auto [kept_after, rendered_after] = build();
  CHECK(rendered_after.contains("lysekil/policy/2020-01-01/index.html"));
  CHECK(kept_after.contains("lysekil/riktlinjer/index.html"));

  // A build that fails (here after planning, at a broken link) keeps no
  // plan: the one after it renders every page.
  fs.add("content/lysekil/trasig/2020-01-01.md",
         test::version_md("title: Trasig\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n",
                          "## Syfte\n\nSe [sidan](/lysekil/finns-inte/).\n"));
  REQUIRE_FALSE(render_site(options, fs).ok());
  fs.add("content/lysekil/trasig/2020-01-01.md",
         test::version_md("title: Hel\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  const auto [kept_none, rendered_all] = build();
  CHECK(kept_none.empty());
  CHECK(rendered_all.contains("lysekil/trasig/index.html"));
  CHECK(rendered_all.contains("lysekil/riktlinjer/index.html"));
}

namespace {

// The repository's example site (its plans, indicators, editions, proposals
// and meeting) in memory, to be changed by a test.
MemoryFileSystem example_site() {
  MemoryFileSystem fs;
  test::add_repository_theme(fs);
  const std::filesystem::path root(STYRDOK_SOURCE_DIR);
  fs.add("site.yaml", test::read_text(root / "site.yaml"));
  for (const char* dir : {"content", "meetings"})
    for (const auto& e : std::filesystem::recursive_directory_iterator(root / dir))
      if (e.is_regular_file())
        fs.add(std::filesystem::relative(e.path(), root).generic_string(), test::read_text(e.path()));
  return fs;
}

}  // namespace

TEST_CASE("a build that takes unchanged documents from the last build's model makes what a build made anew makes") {
  auto fs = example_site();
  BuildOptions options;
  options.as_of = Date{2026, 6, 1};
  const auto fresh = [&] { return by_path(render_site(options, fs).files); };
  // As serve builds: files told changed, the last model kept.
  ContentCache cache(CacheValidation::told);
  ModelCache models;
  BuildOptions served = options;
  served.cache = &cache;
  served.models = &models;
  std::shared_ptr<const Site> last;  // the last served model, held on to as serve's search thread does
  const auto serve = [&] {
    auto result = render_site(served, fs);
    INFO((result.diagnostics.items().empty() ? "" : result.diagnostics.items()[0].to_string()));
    CHECK(result.ok());
    last = result.site;
    return by_path(result.files);
  };
  const auto change = [&](const std::string& path, const std::string& text) {
    fs.add(path, text);
    cache.forget(path);
    models.forget(path.substr(0, path.rfind('/')));
  };

  CHECK(serve() == fresh());
  const std::size_t documents = last->documents.size();
  REQUIRE(documents >= 3);
  REQUIRE_FALSE(last->plans.empty());
  REQUIRE_FALSE(last->indicators.empty());
  // Still read (by the search thread): loaded again, nothing taken.
  CHECK(serve() == fresh());
  CHECK(models.documents_taken() == 0);
  last.reset();
  CHECK(serve() == fresh());
  CHECK(models.documents_taken() == documents);

  // A document with plans, indicators and editions changes: read again, the others taken.
  const std::string policy = "content/dals-ed/integrationspolicy/2015-03-16.md";
  const std::string text = *fs.read(policy);
  change(policy, text + "\nEtt nytt stycke om mottagandet.\n");
  last.reset();
  CHECK(serve() == fresh());
  CHECK(models.documents_taken() == documents - 1);

  // A warning (a heading without letters) is reported by every build: its document is read again.
  const std::string guidelines = "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md";
  change(guidelines, *fs.read(guidelines) + "\n## ?!\n\nText.\n");
  last.reset();
  CHECK(serve() == fresh());
  last.reset();
  const auto again = render_site(served, fs);
  CHECK(std::count_if(again.diagnostics.items().begin(), again.diagnostics.items().end(),
                      [](const Diagnostic& d) { return d.severity == Severity::warning; }) == 1);
  CHECK(models.documents_taken() == documents - 1);

  // A build that fails (here after loading, at a broken link) keeps no
  // model; the one after loads every document.
  change(policy, text + "\nSe [avsnittet](#finns-inte).\n");
  CHECK_FALSE(render_site(served, fs).ok());
  change(policy, text);
  CHECK(serve() == fresh());
  CHECK(models.documents_taken() == 0);
}

namespace {

MemoryFileSystem site_with_plans() {
  return site_with({
      {"content/lysekil/plan/2020-01-01.md",
       test::version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\n")},
      {"content/lysekil/plan/2022-06-01.md",
       test::version_md("title: Plan\ntype: plan\ndecided_by: KS\ndecision_date: 2022-06-01\n")},
      {"content/lysekil/riktlinjer/2021-03-01.md",
       test::version_md("title: Riktlinjer\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-03-01\n")},
  });
}

}  // namespace

TEST_CASE("every output file is handed to the sink once") {
  const auto fs = site_with_plans();
  BuildOptions options;
  options.as_of = Date{2025, 1, 1};
  options.jobs = 4;
  RecordingSink sink;
  const auto result = render_site(options, fs, sink);
  REQUIRE(result.ok());
  CHECK(sink.twice.empty());
  const auto memory = render_site(options, fs);
  std::set<std::string> rendered;
  for (const auto& f : memory.files) rendered.insert(f.path);
  CHECK(sink.paths == rendered);
  CHECK(rendered.size() == memory.files.size());
  // Every planned page (the open data files among them), every theme file, then the search index.
  std::size_t theme_files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(STYRDOK_SOURCE_DIR) /
                                                                     "themes/default/static"))
    theme_files += e.is_regular_file();
  const auto search_files = std::count_if(sink.paths.begin(), sink.paths.end(),
                                          [](const std::string& p) { return p.rfind("sok/index/", 0) == 0; });
  CHECK(search_files > 0);
  CHECK(sink.paths.size() == result.pages + theme_files + static_cast<std::size_t>(search_files));
  CHECK(sink.paths.count("index.html") == 1);         // a page
  CHECK(sink.paths.count("assets/style.css") == 1);   // a theme file
  CHECK(sink.paths.count("documents.csv") == 1);      // open data
  CHECK(sink.paths.count("sok/index/meta.js") == 1);  // the search index
}

TEST_CASE("a build writes to disk exactly the files rendered in memory, for any number of threads") {
  const auto fs = site_with_plans();
  test::TempDir dir;
  BuildOptions options;
  options.as_of = Date{2025, 1, 1};
  const auto memory = render_site(options, fs);
  INFO((memory.diagnostics.items().empty() ? "" : memory.diagnostics.items()[0].to_string()));
  REQUIRE(memory.ok());
  const auto expected = by_path(memory.files);
  for (const unsigned jobs : {1u, 4u}) {
    INFO(jobs);
    options.jobs = jobs;
    options.out = (dir / "public").string();
    const auto result = build_site(options, fs);
    REQUIRE(result.ok());
    CHECK(result.files.empty());  // written, not held
    auto written = test::snapshot(dir / "public");
    CHECK(written.extract(".styrdok-output"));  // the mark of styrdok's output, on disk only
    CHECK(written == expected);
    std::vector<std::string> beside;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) beside.push_back(e.path().filename());
    CHECK(beside == std::vector<std::string>{"public"});  // nothing written next to the output
  }
}

TEST_CASE("an output file that two stages produce fails the build and keeps the previous output") {
  auto fs = site_with_plans();
  test::TempDir dir;
  BuildOptions options;
  options.as_of = Date{2025, 1, 1};
  options.jobs = 2;
  options.out = (dir / "public").string();
  REQUIRE(build_site(options, fs).ok());
  const auto before = test::snapshot(dir / "public");
  fs.add("themes/default/static/index.html", "a theme file where the home page goes");
  const auto result = build_site(options, fs);
  REQUIRE(result.diagnostics.items().size() == 1);
  CHECK(result.diagnostics.items()[0].to_string() == options.out + ": two output files have the same path: index.html");
  CHECK(test::snapshot(dir / "public") == before);
  std::vector<std::string> beside;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) beside.push_back(e.path().filename());
  CHECK(beside == std::vector<std::string>{"public"});  // the staging directory is gone
}

namespace {

// A site in memory whose file system throws when `fail_at` is read (as a
// library may, or the allocator), or refuses the paths in `refused`.
class FailingFileSystem final : public FileSystem {
 public:
  explicit FailingFileSystem(MemoryFileSystem files) : files_(std::move(files)) {}
  std::optional<std::string> read(const std::string& path) const override {
    if (path == fail_at) throw_();
    if (std::any_of(refused.begin(), refused.end(), [&](const Refusal& r) { return r.path == path; }))
      return std::nullopt;
    return files_.read(path);
  }
  std::vector<DirEntry> list(const std::string& dir) const override { return files_.list(dir); }
  bool is_directory(const std::string& path) const override { return files_.is_directory(path); }
  bool is_file(const std::string& path) const override { return files_.is_file(path); }
  std::vector<Refusal> refusals() const override { return refused; }

  std::string fail_at;
  std::function<void()> throw_;
  std::vector<Refusal> refused;

 private:
  MemoryFileSystem files_;
};

}  // namespace

TEST_CASE("an exception in a stage becomes an error, and the previous output and nothing else stays") {
  test::TempDir dir;
  BuildOptions options;
  options.as_of = Date{2025, 1, 1};
  options.jobs = 3;
  options.source = "sajten";
  options.out = (dir / "public").string();
  FailingFileSystem files(site_with_plans());
  REQUIRE(build_site(options, files).ok());
  const auto before = test::snapshot(dir / "public");

  struct Case {
    std::string fail_at;
    std::function<void()> throw_;
    std::string message;
  };
  for (const auto& c : std::vector<Case>{
           {"site.yaml", [] { throw std::bad_alloc(); }, "sajten: out of memory in the stage 'loading'"},
           {"themes/default/static/assets/style.css", [] { throw std::runtime_error("invalid node"); },
            "sajten: unexpected error in the stage 'static files': invalid node (a bug in styrdok: please report "
            "it)"},
       }) {
    INFO(c.fail_at);
    files.fail_at = c.fail_at;
    files.throw_ = c.throw_;
    const auto result = build_site(options, files);
    REQUIRE(result.diagnostics.items().size() == 1);
    CHECK(result.diagnostics.items()[0].to_string() == c.message);
    CHECK(test::snapshot(dir / "public") == before);
    std::vector<std::string> beside;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) beside.push_back(e.path().filename());
    CHECK(beside == std::vector<std::string>{"public"});  // the staging directory went as the stack unwound
  }
}

TEST_CASE("a file the file system refused fails the build with its reason, and nothing is rendered") {
  auto memory = site_with_plans();
  memory.add("themes/default/static/assets/secret.txt", "not for the web");
  FailingFileSystem files(std::move(memory));
  files.refused = {{"themes/default/static/assets/secret.txt", "the link points outside the site (to /etc/passwd)"}};
  RecordingSink sink;
  BuildOptions options;
  options.as_of = Date{2025, 1, 1};
  const auto result = render_site(options, files, sink);
  REQUIRE(result.diagnostics.items().size() == 1);
  CHECK(result.diagnostics.items()[0].to_string() ==
        "themes/default/static/assets/secret.txt: the link points outside the site (to /etc/passwd)");
  CHECK(sink.paths.empty());
}

TEST_CASE("a version decided after today is warned of on today, pinned (serve) or not, not on a day asked for") {
  const auto fs =
      site_with({{"content/lysekil/policy/2020-01-01.md",
                  test::version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n")},
                 {"content/lysekil/policy/2099-01-01.md",
                  test::version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2099-01-01\n")}});
  const auto warned = [&](const BuildOptions& options) {
    const auto result = render_site(options, fs);
    REQUIRE(result.ok());
    return std::count_if(result.diagnostics.items().begin(), result.diagnostics.items().end(),
                         [](const Diagnostic& d) { return d.message.find("is after today") != std::string::npos; });
  };
  BuildOptions options;
  CHECK(warned(options) == 1);
  options.as_of = today_local();
  CHECK(warned(options) == 0);  // --as-of: the day is the reader's choice
  options.as_of_is_today = true;
  CHECK(warned(options) == 1);
}
