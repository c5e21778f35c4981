// Tests for content/site_loader.h: loading a whole site declared inline in a
// MemoryFileSystem, the checks that need more than one file, and results
// that do not depend on the number of threads.
#include "content/site_loader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

using namespace styrdok;

namespace {

const std::string kSiteYaml =
    "title: Styrdokument i Fyrbodal\n"
    "language: sv\n"
    "base_url: https://example.org/styrdokument/\n"
    "organisations:\n"
    "  - id: lysekil\n"
    "    name: Lysekils kommun\n"
    "  - id: stenungsund\n"
    "    name: Stenungsunds kommun\n"
    "  - id: dals-ed\n"
    "    name: Dals-Eds kommun\n"
    "accessibility:\n"
    "  compliance: partial\n"
    "  assessment_method: Självskattning.\n"
    "  assessment_date: 2026-11-23\n"
    "  statement_date: 2026-11-23\n"
    "  contact_email: webb@example.org\n";

// A version file whose front matter is `title`, `type`, `decided_by` and
// `decision_date` (line 5), then `extra` lines, then the body.
std::string version(const std::string& title, const std::string& type, const std::string& decision_date,
                    const std::string& body = "## Syfte\n\nText.\n", const std::string& extra = "") {
  return "---\ntitle: " + title + "\ntype: " + type +
         "\ndecided_by: Kommunfullmäktige\ndecision_date: " + decision_date + "\n" + extra + "---\n\n" + body;
}

// The three seed documents; Lysekil's guidelines in two versions, Dals-Ed's
// policy with an undated version and a dated revision.
MemoryFileSystem seed_site() {
  MemoryFileSystem files;
  files.add("site.yaml", kSiteYaml);
  files.add("content/README.md", "Här ligger kommunernas styrdokument.\n");  // a file beside the folders
  files.add("content/stenungsund/integrationspolicy/2023-12-14.md",
            version("Integrationspolicy", "policy", "2023-12-14",
                    "## Inledning\n\nIntegrationspolicyn för Stenungsunds kommun är ett vägledande dokument.\n",
                    "paragraph: § 198\nregistration_number: 2023/873\n"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.md",
            version("Riktlinjer för integrationsarbete", "riktlinjer", "2023-11-15",
                    "## Inledning\n\nLysekils kommun behöver fler invånare.\n"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md",
            version("Riktlinjer för integrationsarbete", "riktlinjer", "2021-05-19",
                    "## Inledning\n\nLysekils kommun behöver fler invånare.\n", "paragraph: § 63\n"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/bilder/process.png", "PNG");  // not a version
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/anteckningar.txt", "inte en version");
  files.add("content/dals-ed/integrationspolicy/2014-02-10.md",
            version("Policy för integrationsarbetet i Dals-Eds kommun", "policy", "2014-02-10",
                    "## Förord\n\nDals-Eds Kommun vill motverka främlingsfientlighet.\n"));
  files.add("content/dals-ed/integrationspolicy/odaterad.md",
            version("Policy för integrationsarbetet i Dals-Eds kommun", "policy", "unknown",
                    "## Förord\n\nDals-Eds Kommun vill motverka främlingsfientlighet.\n"));
  return files;
}

SiteConfig config_of(const FileSystem& files) {
  Diagnostics d;
  auto config = load_site_config(files, "", d);
  REQUIRE(d.items().empty());
  REQUIRE(config.has_value());
  return *config;
}

struct Loaded {
  std::optional<Site> site;
  Diagnostics diagnostics;
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items()) out.push_back(d.to_string());
    return out;
  }
};

Loaded load(const FileSystem& files, unsigned jobs = 1) {
  Loaded l;
  LoadOptions options;
  options.jobs = jobs;
  l.site = load_site(files, config_of(files), options, l.diagnostics);
  return l;
}

std::vector<std::string> addresses(const Site& site) {
  std::vector<std::string> out;
  for (const auto& d : site.documents) out.push_back(d.organisation_id + "/" + d.slug);
  return out;
}

std::vector<std::string> version_ids(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& v : doc.versions) out.push_back(v.id);
  return out;
}

// Everything the loader produced, as text, for comparing two loads.
std::string describe(const Loaded& l) {
  std::ostringstream out;
  for (const auto& m : l.messages()) out << "diagnostic " << m << "\n";
  if (!l.site) return out.str() + "no site\n";
  out << "base_url " << l.site->config.base_url << "\n";
  for (const auto& d : l.site->documents) {
    out << "document " << d.organisation_id << " " << d.slug << " " << d.source_dir << "\n";
    for (const auto& v : d.versions) {
      out << "  version " << v.id << " " << v.source_path << " " << v.title << " "
          << (v.decision_date ? v.decision_date->iso() : "unknown") << " " << v.paragraph.value_or("-") << "\n"
          << v.body->html;
      for (const auto& b : v.body->blocks) out << "  block " << b.id << " " << b.section << " " << b.text << "\n";
      for (const auto& e : v.editions) out << "  edition " << e.language << " " << e.source_path << "\n";
    }
    for (const auto& id : d.withheld_proposals) out << "  withheld " << id << "\n";
    if (d.repeal) out << "  repealed " << d.repeal->date.iso() << "\n";
  }
  for (const auto& p : l.site->plans)
    out << "plan " << p.organisation_id << " " << p.document_slug << " " << p.id << " " << p.actions.size() << "\n";
  for (const auto& i : l.site->indicators)
    out << "indicator " << i.organisation_id << " " << i.document_slug << " " << i.id << " " << i.goal << "\n";
  return out.str();
}

// A file system over another that remembers which paths were read.
class ReadRecorder final : public FileSystem {
 public:
  explicit ReadRecorder(const FileSystem& inner) : inner_(inner) {}
  std::optional<std::string> read(const std::string& path) const override {
    std::lock_guard lock(mutex_);
    read_.push_back(path);
    return inner_.read(path);
  }
  std::vector<DirEntry> list(const std::string& dir) const override { return inner_.list(dir); }
  bool is_directory(const std::string& path) const override { return inner_.is_directory(path); }
  bool is_file(const std::string& path) const override { return inner_.is_file(path); }
  std::optional<std::uintmax_t> size_of(const std::string& path) const override { return inner_.size_of(path); }
  bool was_read(const std::string& path) const {
    std::lock_guard lock(mutex_);
    return std::find(read_.begin(), read_.end(), path) != read_.end();
  }

 private:
  const FileSystem& inner_;
  mutable std::mutex mutex_;
  mutable std::vector<std::string> read_;
};

}  // namespace

TEST_CASE("a text file over the size limit is refused by its size, unread, with advice that fits it", "[site_loader]") {
  auto files = seed_site();
  const std::string big = "content/lysekil/riktlinjer-for-integrationsarbete/2024-01-01.md";
  files.add(big, version("Riktlinjer för integrationsarbete", "riktlinjer", "2024-01-01", std::string(3000, 'x')));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2024-01-01.en.md", std::string(3000, 'y'));
  const ReadRecorder recorder(files);
  Loaded l;
  LoadOptions options;
  options.labels.limits.file_bytes = 2048;
  l.site = load_site(recorder, config_of(files), options, l.diagnostics);
  CHECK_FALSE(recorder.was_read(big));
  CHECK_FALSE(recorder.was_read("content/lysekil/riktlinjer-for-integrationsarbete/2024-01-01.en.md"));
  const std::string advice =
      "put pictures and attachments beside it as files of their own, and split a text this long into several "
      "documents";
  const auto messages = l.messages();
  CHECK_THAT(messages,
             Catch::VectorContains(big + ": the file is 4 KiB, more than the 2 KiB styrdok reads; " + advice));
  CHECK_THAT(messages, Catch::VectorContains(std::string("content/lysekil/riktlinjer-for-integrationsarbete/"
                                                         "2024-01-01.en.md: the file is 3 KiB, more than the 2 KiB "
                                                         "styrdok reads; ") +
                                             advice));
}

TEST_CASE("a whole site loads with documents sorted and versions oldest first", "[site_loader]") {
  const auto files = seed_site();
  const auto l = load(files);
  CHECK(l.messages().empty());
  REQUIRE(l.site.has_value());
  const Site& site = *l.site;

  CHECK(site.config.title == "Styrdokument i Fyrbodal");
  CHECK(site.config.organisations.size() == 3);
  // By organisation id, then slug.
  CHECK(addresses(site) == std::vector<std::string>{"dals-ed/integrationspolicy",
                                                    "lysekil/riktlinjer-for-integrationsarbete",
                                                    "stenungsund/integrationspolicy"});

  const Document& dals_ed = site.documents[0];
  CHECK(dals_ed.organisation_id == "dals-ed");
  CHECK(dals_ed.source_dir == "content/dals-ed/integrationspolicy");
  // The version without a decision date comes first.
  CHECK(version_ids(dals_ed) == std::vector<std::string>{"odaterad", "2014-02-10"});
  CHECK_FALSE(dals_ed.versions[0].decision_date.has_value());

  const Document& lysekil = site.documents[1];
  CHECK(version_ids(lysekil) == std::vector<std::string>{"2021-05-19", "2023-11-15"});  // .txt and bilder/ ignored
  CHECK(lysekil.versions[0].source_path == "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md");
  CHECK(lysekil.versions[0].paragraph == std::optional<std::string>("63"));
  CHECK(lysekil.versions[0].type == DocumentType::riktlinjer);
  CHECK(lysekil.versions[1].decision_date == std::optional<Date>(Date{2023, 11, 15}));

  const Document& stenungsund = site.documents[2];
  REQUIRE(stenungsund.versions.size() == 1);
  const Version& policy = stenungsund.versions[0];
  CHECK(policy.title == "Integrationspolicy");
  CHECK(policy.paragraph == std::optional<std::string>("198"));
  CHECK(policy.registration_number == std::optional<std::string>("2023/873"));
  REQUIRE(policy.body->toc.size() == 1);
  CHECK(policy.body->toc[0].anchor == "inledning");
}

TEST_CASE("the loader passes its labels to the rendered bodies", "[site_loader]") {
  const auto files = seed_site();
  LoadOptions options;
  options.labels.block_link_label = "Länk till stycket";
  options.labels.table_label = "Tabell";
  Diagnostics d;
  const auto site = load_site(files, config_of(files), options, d);
  REQUIRE(site.has_value());
  for (const auto& doc : site->documents) {
    for (const auto& v : doc.versions) {
      INFO(v.source_path);
      CHECK(v.body->html.find("aria-label=\"Länk till stycket\"") != std::string::npos);
    }
  }
}

TEST_CASE("documents are ordered by folder slug even when folders sort differently", "[site_loader]") {
  // Lower-case folder names: byte order and slug order agree.
  MemoryFileSystem files;
  files.add("site.yaml", kSiteYaml);
  files.add("content/lysekil/riktlinjer/2021-05-19.md", version("Riktlinjer", "riktlinjer", "2021-05-19"));
  files.add("content/lysekil/handlingsplan/2021-05-19.md", version("Handlingsplan", "handlingsplan", "2021-05-19"));
  files.add("content/lysekil/arbete-och-sysselsattning/2021-05-19.md", version("Arbete", "plan", "2021-05-19"));
  const auto l = load(files);
  REQUIRE(l.site.has_value());
  CHECK(addresses(*l.site) ==
        std::vector<std::string>{"lysekil/arbete-och-sysselsattning", "lysekil/handlingsplan", "lysekil/riktlinjer"});
}

TEST_CASE("documents are sorted by slug, not by folder name bytes", "[site_loader]") {
  MemoryFileSystem files;
  files.add("site.yaml", kSiteYaml);
  files.add("content/lysekil/riktlinjer/2021-05-19.md", version("Riktlinjer", "riktlinjer", "2021-05-19"));
  files.add("content/lysekil/Översiktsplan/2021-05-19.md", version("Översiktsplan", "plan", "2021-05-19"));
  files.add("content/lysekil/integrationspolicy/2021-05-19.md", version("Integrationspolicy", "policy", "2021-05-19"));
  files.add("content/lysekil/Program/2021-05-19.md", version("Program", "program", "2021-05-19"));
  const auto l = load(files);
  CHECK(l.messages().empty());
  REQUIRE(l.site.has_value());
  CHECK(addresses(*l.site) == std::vector<std::string>{"lysekil/integrationspolicy", "lysekil/oversiktsplan",
                                                       "lysekil/program", "lysekil/riktlinjer"});
}

TEST_CASE("a document folder's slug is folded from its name", "[site_loader]") {
  MemoryFileSystem files;
  files.add("site.yaml", kSiteYaml);
  files.add("content/lysekil/Riktlinjer för integrationsarbete/2021-05-19.md",
            version("Riktlinjer för integrationsarbete", "riktlinjer", "2021-05-19"));
  const auto l = load(files);
  REQUIRE(l.site.has_value());
  REQUIRE(l.site->documents.size() == 1);
  CHECK(l.site->documents[0].slug == "riktlinjer-for-integrationsarbete");
  CHECK(l.site->documents[0].source_dir == "content/lysekil/Riktlinjer för integrationsarbete");
}

TEST_CASE("an organisation folder not declared in site.yaml is reported with a suggestion", "[site_loader]") {
  auto files = seed_site();
  files.add("content/lysekill/riktlinjer/2021-05-19.md", version("Riktlinjer", "riktlinjer", "2021-05-19"));
  files.add("content/tanum/policy/2021-05-19.md", version("Policy", "policy", "2021-05-19"));
  const auto l = load(files);
  CHECK_FALSE(l.site.has_value());
  CHECK(l.messages() == std::vector<std::string>{
                            "content/lysekill: the folder 'lysekill' is not an organisation declared in site.yaml; "
                            "did you mean 'lysekil'?",
                            "content/tanum: the folder 'tanum' is not an organisation declared in site.yaml"});
}

TEST_CASE("two document folders that fold to the same address are an error naming both", "[site_loader]") {
  auto files = seed_site();
  files.add("content/stenungsund/Integrationspolicy/2023-12-14.md",
            version("Integrationspolicy", "policy", "2023-12-14"));
  const auto l = load(files);
  CHECK_FALSE(l.site.has_value());
  CHECK(l.messages() ==
        std::vector<std::string>{
            "content/stenungsund/integrationspolicy: two documents have the same address "
            "'stenungsund/integrationspolicy/': this folder and 'content/stenungsund/Integrationspolicy'; "
            "rename one of them"});
}

TEST_CASE("folders in different organisations may share a slug", "[site_loader]") {
  const auto l = load(seed_site());  // dals-ed and stenungsund both have "integrationspolicy"
  REQUIRE(l.site.has_value());
  CHECK(l.messages().empty());
}

TEST_CASE("a document folder without a version file is reported", "[site_loader]") {
  auto files = seed_site();
  files.add("content/lysekil/handlingsplan/handlingsplan.pdf", "%PDF-1.4");
  files.add("content/lysekil/handlingsplan/utkast/2021-05-19.md", version("Utkast", "plan", "2021-05-19"));
  const auto l = load(files);
  CHECK_FALSE(l.site.has_value());
  CHECK(l.messages() == std::vector<std::string>{
                            "content/lysekil/handlingsplan: the document has no version file; add one named after its "
                            "decision date, e.g. 2024-03-21.md"});
}

TEST_CASE("a document of more versions than the limit is an error at its folder", "[site_loader]") {
  auto files = seed_site();
  LoadOptions options;
  options.labels.limits.versions = 3;
  // Lysekil's guidelines have two versions; a third (a proposal) is within the limit.
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/forslag.md",
            version("Riktlinjer för integrationsarbete", "riktlinjer", "unknown", "Text.\n", "status: proposal\n"));
  Diagnostics within;
  CHECK(load_site(files, config_of(files), options, within));
  // A fourth, even one that does not load, is past it: it would be published once fixed.
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2024-01-01.md", "---\ntitle: [\n---\n");
  Diagnostics past;
  CHECK_FALSE(load_site(files, config_of(files), options, past));
  std::vector<std::string> messages;
  for (const auto& d : past.items()) messages.push_back(d.to_string());
  CHECK(std::count(messages.begin(), messages.end(),
                   "content/lysekil/riktlinjer-for-integrationsarbete: the document has 4 versions, more than the 3 "
                   "styrdok publishes for one document (each pair of them gets a comparison); keep the oldest in a "
                   "document of their own") == 1);
}

TEST_CASE("a document folder whose name gives no address is reported", "[site_loader]") {
  auto files = seed_site();
  files.add("content/lysekil/–/2021-05-19.md", version("Riktlinjer", "riktlinjer", "2021-05-19"));
  const auto l = load(files);
  CHECK_FALSE(l.site.has_value());
  CHECK(l.messages() == std::vector<std::string>{
                            "content/lysekil/–: the folder name gives no web address; use letters or digits in it"});
}

TEST_CASE("errors from several files are all reported, sorted by path and line", "[site_loader]") {
  auto files = seed_site();
  files.add("content/stenungsund/integrationspolicy/2023-12-14.md",
            version("Integrationspolicy", "policy", "2023-02-30"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.md",
            version("Riktlinjer för integrationsarbete", "riktlinjr", "2023-11-15", "# Riktlinjer\n",
                    "valid_util: 2025-12-31\n"));
  files.add("content/dals-ed/integrationspolicy/odaterad.md", "Ingen metadata.\n");
  const auto l = load(files, 4);
  CHECK_FALSE(l.site.has_value());
  const std::string lysekil = "content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.md";
  CHECK(l.messages() == std::vector<std::string>{
                            "content/dals-ed/integrationspolicy/odaterad.md:1:1: a version file must start with a "
                            "'---' line, then its metadata, then '---'",
                            lysekil + ":3:7: 'type' is 'riktlinjr', but must be one of: strategi, program, plan, "
                                      "policy, riktlinjer, regler, handlingsplan; did you mean 'riktlinjer'?",
                            lysekil + ":6:1: unknown key 'valid_util'; did you mean 'valid_until'?",
                            lysekil + ":9:1: a '#' heading in the text; the title comes from the front matter, so "
                                      "start sections at '##'",
                            "content/stenungsund/integrationspolicy/2023-12-14.md:5:16: '2023-02-30' is not a date "
                            "(February 2023 has 28 days)"});
  // A document whose only version failed is not also reported as having none.
  for (const auto& m : l.messages()) CHECK(m.find("has no version file") == std::string::npos);
}

TEST_CASE("the result is the same for one thread and four", "[site_loader]") {
  SECTION("a valid site") {
    auto files = seed_site();
    for (int i = 1; i <= 12; ++i) {
      char date[16];
      std::snprintf(date, sizeof date, "2022-%02d-15", i);
      files.add(std::string("content/lysekil/handlingsplan/") + date + ".md",
                version("Handlingsplan", "handlingsplan", date,
                        "## Arbete och sysselsättning\n\n- Skapa praktikplatser.\n- Validera kunskaper.\n"));
    }
    const auto one = load(files, 1);
    const auto four = load(files, 4);
    REQUIRE(one.site.has_value());
    CHECK(describe(one) == describe(four));
    CHECK(describe(four).find("version 2022-12-15") != std::string::npos);
  }
  SECTION("a site with errors in many files") {
    auto files = seed_site();
    for (int i = 1; i <= 12; ++i) {
      char date[16];
      std::snprintf(date, sizeof date, "2022-%02d-31", i);  // half of these months have no 31st
      files.add(std::string("content/lysekil/handlingsplan/") + date + ".md",
                version("Handlingsplan", "handlingsplan", date, "# Fel\n"));
    }
    const auto one = load(files, 1);
    const auto four = load(files, 4);
    CHECK_FALSE(one.site.has_value());
    CHECK(one.diagnostics.error_count() == 12 + 5);  // 12 '#' headings + 5 impossible days
    CHECK(describe(one) == describe(four));
  }
}

TEST_CASE("sort_versions puts unknown decision dates first, then by date, then by id", "[site_loader]") {
  std::vector<Version> versions(5);
  versions[0].id = "2023-11-15";
  versions[0].decision_date = Date{2023, 11, 15};
  versions[1].id = "odaterad";
  versions[2].id = "2021-05-19";
  versions[2].decision_date = Date{2021, 5, 19};
  versions[3].id = "arkiv";
  versions[4].id = "b-2021";
  versions[4].decision_date = Date{2021, 5, 19};  // same date as another: by id
  sort_versions(versions);
  std::vector<std::string> ids;
  for (const auto& v : versions) ids.push_back(v.id);
  CHECK(ids == std::vector<std::string>{"arkiv", "odaterad", "2021-05-19", "b-2021", "2023-11-15"});
}

TEST_CASE("sort_versions orders an undated version by its valid_from, and after the version it replaces",
          "[site_loader]") {
  const auto ids_of = [](std::vector<Version> versions) {
    sort_versions(versions);
    std::vector<std::string> ids;
    for (const auto& v : versions) ids.push_back(v.id);
    return ids;
  };
  std::vector<Version> versions(4);
  versions[0].id = "2015-01-01";
  versions[0].decision_date = Date{2015, 1, 1};
  versions[1].id = "ny";  // no decision date, but it applies from 2023
  versions[1].valid_from = Date{2023, 1, 1};
  versions[2].id = "a-senare";  // no date at all, but it revises "ny"
  versions[2].replaces = "ny";
  versions[3].id = "2020-01-01";
  versions[3].decision_date = Date{2020, 1, 1};
  CHECK(ids_of(versions) == std::vector<std::string>{"2015-01-01", "2020-01-01", "ny", "a-senare"});
  // A chain of undated versions, named in any order.
  std::vector<Version> chain(3);
  chain[0].id = "a";
  chain[0].replaces = "b";
  chain[1].id = "b";
  chain[1].replaces = "c";
  chain[2].id = "c";
  CHECK(ids_of(chain) == std::vector<std::string>{"c", "b", "a"});
  // A cycle ends, in some order (check_revisions reports it).
  chain[2].replaces = "a";
  CHECK(ids_of(chain).size() == 3);
}

TEST_CASE("load_site_config reads site.yaml and applies --base-url", "[site_loader]") {
  const auto files = seed_site();
  Diagnostics d;
  const auto plain = load_site_config(files, "", d);
  REQUIRE(plain.has_value());
  CHECK(plain->base_url == "https://example.org/styrdokument/");

  const auto overridden = load_site_config(files, "https://test.example.org/kopia", d);
  REQUIRE(overridden.has_value());
  CHECK(overridden->base_url == "https://test.example.org/kopia/");
  CHECK(d.items().empty());

  Diagnostics bad;
  CHECK_FALSE(load_site_config(files, "test.example.org", bad).has_value());
  REQUIRE(bad.items().size() == 1);
  CHECK(bad.items()[0].to_string() ==
        "--base-url: 'test.example.org' is not an absolute web address such as https://example.org/styrdokument/");
}

TEST_CASE("load_site_config reports a missing site file", "[site_loader]") {
  MemoryFileSystem files;
  files.add("content/lysekil/riktlinjer/2021-05-19.md", version("Riktlinjer", "riktlinjer", "2021-05-19"));
  Diagnostics d;
  CHECK_FALSE(load_site_config(files, "", d).has_value());
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() ==
        "site.yaml: no site file here; run styrdok in a site's folder, or pass --source DIR (see 'styrdok --help')");
}

TEST_CASE("load_site_config reports problems in the site file", "[site_loader]") {
  MemoryFileSystem files;
  files.add("site.yaml", "title: Styrdokument\nlanguage: de\n");
  Diagnostics d;
  CHECK_FALSE(load_site_config(files, "", d).has_value());
  CHECK(d.error_count() == 4);  // language, base_url, organisations, accessibility
}

TEST_CASE("a site without content has no documents", "[site_loader]") {
  MemoryFileSystem files;
  files.add("site.yaml", kSiteYaml);
  const auto l = load(files);
  CHECK(l.messages().empty());
  REQUIRE(l.site.has_value());
  CHECK(l.site->documents.empty());
}

// Editions (issue 18): VERSION.LANG.md beside the version it translates.
namespace {

std::string edition(const std::string& title, const std::string& extra = "") {
  return "---\ntitle: " + title + "\ntranslation_date: 2024-01-10\n" + extra + "---\n\n## Foreword\n\nText.\n";
}

}  // namespace

TEST_CASE("an edition is attached to the version it translates, by language", "[site_loader][edition]") {
  auto files = seed_site();
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.en.md",
            edition("Guidelines for integration work", "translated_by: Översättningsbyrån AB\n"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.ar.md",
            edition("إرشادات العمل على الاندماج", "machine_translated: true\n"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.lattlast.md", edition("Lättläst"));
  const auto l = load(files);
  CHECK(l.messages().empty());
  REQUIRE(l.site.has_value());
  const Document& doc = l.site->documents[1];
  REQUIRE(version_ids(doc) == std::vector<std::string>{"2021-05-19", "2023-11-15"});  // editions are not versions
  REQUIRE(doc.versions[0].editions.size() == 2);
  CHECK(doc.versions[0].editions[0].language == "ar");
  CHECK(doc.versions[0].editions[0].machine_translated);
  CHECK(doc.versions[0].editions[0].lang().right_to_left);
  CHECK(doc.versions[0].editions[1].language == "en");
  CHECK(doc.versions[0].editions[1].title == "Guidelines for integration work");
  CHECK(doc.versions[0].editions[1].translated_by == "Översättningsbyrån AB");
  CHECK(doc.versions[0].editions[1].translated_on == parse_date("2024-01-10"));
  CHECK_FALSE(doc.versions[0].editions[1].machine_translated);
  REQUIRE(doc.versions[1].editions.size() == 1);
  CHECK(doc.versions[1].editions[0].lang().tag == "sv");
}

TEST_CASE("edition errors name the file and, in the front matter, line and column", "[site_loader][edition]") {
  auto files = seed_site();
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.eng.md", edition("Guidelines"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2022-01-01.en.md", edition("Guidelines"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.en.md",
            edition("Guidelines", "decided_by: Municipal council\n"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.ar.md",
            "---\ntitle: x\ntranslated: 2024\n---\n\nText.\n");
  const auto l = load(files);
  CHECK_FALSE(l.site.has_value());
  CHECK(l.messages() ==
        std::vector<std::string>{
            "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.eng.md: 'eng' is not a language code "
            "styrdok knows for an edition; did you mean 'en'? The codes are: ar, bs, de, en, es, fa, fi, fit, fr, ku, "
            "lattlast, pl, prs, rmy, ru, se, sma, smj, so, ti, tr, uk, yi (name the file VERSION.CODE.md, e.g. "
            "2021-05-19.en.md)",
            "content/lysekil/riktlinjer-for-integrationsarbete/2022-01-01.en.md: this edition translates the "
            "version '2022-01-01', but the document has no version file '2022-01-01.md'; its versions are: "
            "2021-05-19, 2023-11-15",
            "content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.ar.md:2:1: missing required key "
            "'translation_date'",
            "content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.ar.md:3:1: unknown key 'translated'; "
            "did you mean 'translated_by'?",
            "content/lysekil/riktlinjer-for-integrationsarbete/2023-11-15.en.md:4:1: 'decided_by' is taken from "
            "the version this edition translates ('2023-11-15.md'); remove it here",
        });
}

TEST_CASE("a site loaded with the last load's documents taken as they are is the site loaded anew", "[site_loader]") {
  auto files = seed_site();
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.en.md",
            edition("Guidelines for integration work", "translated_by: Översättningsbyrån AB\n"));
  files.add("content/dals-ed/integrationspolicy/2016-02-10.md",
            version("Policy för integrationsarbetet i Dals-Eds kommun", "policy", "2016-02-10",
                    "## Förord\n\nEn ny text.\n", "status: proposal\n"));
  files.add(
      "content/dals-ed/integrationspolicy/handlingsplaner/plan.yaml",
      "title: Handlingsplan\nversion: 2014-02-10\nactions:\n  - id: \"1\"\n    title: Gör\n    goals: [forord]\n");
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/handlingsplaner/plan.yaml",
            "title: Handlingsplan\nversion: 2021-05-19\nactions:\n  - id: \"1\"\n    title: Gör\n  - id: \"2\"\n"
            "    title: Gör mer\n");
  const auto indicator = [](const std::string& goal) {
    return "name: Andel\nunit: procent\ngoal: " + goal +
           "\nbaseline:\n  year: 2012\n  value: 55\ntarget:\n  year: 2016\n  value: 80\n";
  };
  files.add("content/dals-ed/integrationspolicy/indikatorer/andel.yaml", indicator("forord"));
  files.add("content/lysekil/riktlinjer-for-integrationsarbete/indikatorer/andel.yaml", indicator("inledning"));
  ContentCache cache(CacheValidation::told);
  ModelCache models;
  LoadOptions options;
  options.cache = &cache;
  options.models = &models;
  // One load as serve makes it, keeping its model for the next.
  const auto served = [&] {
    Loaded l;
    l.site = load_site(files, config_of(files), options, l.diagnostics);
    models.store(l.site ? std::make_shared<Site>(*l.site) : nullptr, l.diagnostics);
    return l;
  };
  const auto first = served();
  INFO(describe(first));
  REQUIRE(first.site.has_value());
  CHECK(describe(first) == describe(load(files)));
  CHECK(describe(first).find("withheld 2016-02-10") != std::string::npos);
  CHECK(describe(first).find("plan dals-ed integrationspolicy plan 1") != std::string::npos);
  CHECK(describe(served()) == describe(load(files)));
  CHECK(models.documents_taken() == 3);

  // A changed document is read again, the others taken.
  const auto change = [&](const std::string& path, const std::string& text) {  // as serve is told
    files.add(path, text);
    cache.forget(path);
    models.forget(path.substr(0, path.rfind('/')));
  };
  change("content/dals-ed/integrationspolicy/2014-02-10.md",
         version("Policy för integrationsarbetet i Dals-Eds kommun", "policy", "2014-02-10",
                 "## Förord\n\nÄndrad text.\n"));
  const auto after_change = served();
  CHECK(describe(after_change) == describe(load(files)));
  CHECK(describe(after_change).find("Ändrad text") != std::string::npos);
  CHECK(models.documents_taken() == 2);
  CHECK(describe(served()) == describe(load(files)));  // its plan kept with it once taken
  CHECK(models.documents_taken() == 3);

  // A document after it changes: its plans and indicators, read again, and those taken keep the site's order.
  change("content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md",
         version("Riktlinjer för integrationsarbete", "riktlinjer", "2021-05-19", "## Inledning\n\nÄndrad.\n",
                 "paragraph: § 63\n"));
  const auto after_later = served();
  CHECK(describe(after_later) == describe(load(files)));
  CHECK(describe(after_later).find("plan lysekil riktlinjer-for-integrationsarbete plan 2") != std::string::npos);
  CHECK(describe(after_later)
            .find("indicator dals-ed integrationspolicy andel forord\n"
                  "indicator lysekil riktlinjer-for-integrationsarbete andel inledning") != std::string::npos);
  CHECK(models.documents_taken() == 2);
}
