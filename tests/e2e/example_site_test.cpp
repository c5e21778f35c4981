// End-to-end: builds the repository's example site with the real binary and
// checks the pages a reader would see.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const std::string kLysekil = "lysekil/riktlinjer-for-integrationsarbete/";
const std::string kStenungsund = "stenungsund/integrationspolicy/";
const std::string kDalsEd = "dals-ed/integrationspolicy/";

// Builds the example site once per set of arguments and keeps it for the run.
fs::path built(const std::string& args) { return built_example(args); }

std::string page(const std::string& args, const std::string& url) {
  return read_text(built(args) / (url + "index.html"));
}

}  // namespace

TEST_CASE("every page of the example site is generated") {
  const auto out = built("--as-of 2025-01-01");
  for (const char* f : {"index.html", "404.html", "sitemap.xml", "assets/style.css", "tillganglighet/index.html",
                        "lysekil/index.html", "stenungsund/index.html", "dals-ed/index.html"}) {
    INFO(f);
    CHECK(fs::exists(out / f));
  }
  CHECK(fs::exists(out / kLysekil / "index.html"));
  CHECK(fs::exists(out / kLysekil / "2021-05-19/index.html"));
  CHECK(fs::exists(out / kStenungsund / "2023-12-14/index.html"));
  CHECK(fs::exists(out / kDalsEd / "odaterad/index.html"));
}

TEST_CASE("document pages show every metadata value from the source") {
  const std::string lysekil = page("--as-of 2025-01-01", kLysekil);
  CHECK_THAT(lysekil, Catch::Contains("<dt>Beslutat av</dt><dd>Kommunfullmäktige</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dt>Beslutsdatum</dt><dd>19 maj 2021</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dt>Paragraf</dt><dd>§ 63</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dt>Diarienummer</dt><dd>LKS 2021-000173</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dt>Gäller till och med</dt><dd>31 december 2023</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dt>Revideras av</dt><dd>Kommunstyrelsen</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dd>Alla nämnder, förvaltningar och helägda kommunala bolag</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<dd>Avdelningschef för hållbar utveckling</dd>"));

  const std::string stenungsund = page("--as-of 2025-01-01", kStenungsund);
  CHECK_THAT(stenungsund, Catch::Contains("<dt>Diarienummer</dt><dd>2023/873</dd>"));
  CHECK_THAT(stenungsund, Catch::Contains("<dt>Paragraf</dt><dd>§ 198</dd>"));
  CHECK_THAT(stenungsund, Catch::Contains("<dt>Framtagen av</dt><dd>Demokratiberedningen</dd>"));
  // The source's validity is a form placeholder: unknown, not invented.
  CHECK_THAT(stenungsund, Catch::Contains("<p class=\"metadata-unknown\">Uppgift saknas: gäller från, gäller till "
                                          "och med, gäller för, ansvarig enhet, revideras av, nästa översyn, nivå, "
                                          "sekretess, upprättad, senast reviderad, kontaktperson.</p>"));
  CHECK_THAT(stenungsund, Catch::Contains("<p class=\"status-statement\">Denna version gäller från beslutsdagen 14 "
                                          "december 2023. Hur länge den gäller är inte angivet.</p>"));
}

TEST_CASE("unknown values are shown as unknown, never invented (Dals-Ed has no metadata)") {
  const std::string dals_ed = page("--as-of 2025-01-01", kDalsEd + "odaterad/");
  // Gathered in one line rather than a row each.
  CHECK_THAT(dals_ed,
             Catch::Contains("<p class=\"metadata-unknown\">Uppgift saknas: beslutat av, beslutsdatum, "
                             "paragraf, diarienummer, gäller från, gäller för, "
                             "dokumentansvarig, ansvarig enhet, framtagen av, revideras av, nästa översyn, nivå, "
                             "sekretess, upprättad, senast reviderad, kontaktperson.</p>"));
  CHECK_THAT(dals_ed, !Catch::Contains("<dt>Beslutat av</dt>"));
  // Its last day is known all the same, the day before its successor applied,
  // but not from the decision.
  CHECK_THAT(dals_ed,
             Catch::Contains("<dt>Gäller till och med</dt><dd>31 mars 2015 (enligt beslutet: uppgift saknas)</dd>"));
  CHECK_THAT(dals_ed, Catch::Contains("Beslutsuppgifterna saknas, så en hänvisning kan inte ges."));
  CHECK_THAT(dals_ed, !Catch::Contains("legislationDate"));
}

TEST_CASE("status is computed as of --as-of") {
  SECTION("2025-01-01: Lysekil's guidelines expired on 2023-12-31, the others are in force") {
    CHECK_THAT(page("--as-of 2025-01-01", kLysekil),
               Catch::Contains("<span class=\"status status-expired\">Har upphört att gälla</span>"));
    CHECK_THAT(page("--as-of 2025-01-01", kStenungsund),
               Catch::Contains("<span class=\"status status-in_force\">Gäller</span>"));
    CHECK_THAT(page("--as-of 2025-01-01", kDalsEd),
               Catch::Contains("<span class=\"status status-in_force\">Gäller</span>"));
  }
  SECTION("2023-12-31 is Lysekil's last day in force; Stenungsund's policy was decided two weeks before") {
    CHECK_THAT(page("--as-of 2023-12-31", kLysekil), Catch::Contains("status-in_force"));
    CHECK_THAT(page("--as-of 2023-12-31", kStenungsund), Catch::Contains("status-in_force"));
  }
  SECTION("2023-12-01: Stenungsund's policy had not been decided, so it is not published") {
    CHECK_FALSE(fs::exists(built_example("--as-of 2023-12-01") / kStenungsund / "index.html"));
    CHECK_THAT(page("--as-of 2023-12-01", ""), !Catch::Contains("href=\"stenungsund/integrationspolicy/index.html\""));
  }
  SECTION("the home page groups by organisation and shows each status") {
    const std::string home = page("--as-of 2025-01-01", "");
    const auto lysekil = home.find("id=\"org-lysekil\"");
    const auto stenungsund = home.find("id=\"org-stenungsund\"");
    REQUIRE(lysekil != std::string::npos);
    REQUIRE(stenungsund != std::string::npos);
    const auto expired = home.find("status-expired");
    CHECK((expired > lysekil && expired < stenungsund));
    CHECK_THAT(home, Catch::Contains("<h3>Riktlinjer</h3>"));
    CHECK_THAT(home, Catch::Contains("<h3>Policyer</h3>"));
    CHECK_THAT(home, Catch::Contains("Status per 1 januari 2025."));
  }
}

TEST_CASE("headings and paragraphs have stable, readable anchors") {
  const std::string lysekil = page("--as-of 2025-01-01", kLysekil);
  CHECK_THAT(lysekil, Catch::Contains("<h3 id=\"boende-segregation-eller-integration\">"));
  CHECK_THAT(lysekil, Catch::Contains("<h2 id=\"nagra-viktiga-begrepp\">"));
  CHECK_THAT(lysekil, Catch::Contains("<p id=\"p-syfte-1\">Syftet med riktlinjerna"));
  CHECK_THAT(
      lysekil,
      Catch::Contains("<a href=\"#boende-segregation-eller-integration\">Boende – segregation eller integration</a>"));
  // Ids are unique on the page.
  std::set<std::string> ids;
  const std::regex id_attr(R"re( id="([^"]+)")re");
  for (auto it = std::sregex_iterator(lysekil.begin(), lysekil.end(), id_attr); it != std::sregex_iterator(); ++it) {
    INFO((*it)[1]);
    CHECK(ids.insert((*it)[1]).second);
  }
}

TEST_CASE("version pages carry a citation and schema.org Legislation JSON-LD") {
  const std::string v = page("--as-of 2025-01-01", kLysekil + "2021-05-19/");
  CHECK_THAT(v,
             Catch::Contains("<p class=\"citation-text\">Kommunfullmäktige 2021-05-19 § 63, dnr LKS 2021-000173</p>"));
  CHECK_THAT(v, Catch::Contains("<script type=\"application/ld+json\">"));
  CHECK_THAT(v, Catch::Contains("\"@type\": \"Legislation\""));
  CHECK_THAT(v, Catch::Contains("\"legislationIdentifier\": \"LKS 2021-000173\""));
  CHECK_THAT(v, Catch::Contains("\"legislationDate\": \"2021-05-19\""));
  CHECK_THAT(
      v, Catch::Contains("\"legislationPassedBy\": {\"@type\": \"Organization\", \"name\": \"Kommunfullmäktige\"}"));
  CHECK_THAT(v, Catch::Contains("\"legislationLegalForce\": \"https://schema.org/NotInForce\""));
  CHECK_THAT(v, Catch::Contains("<link rel=\"canonical\" href=\"https://example.org/styrdokument/" + kLysekil +
                                "2021-05-19/\">"));
}

TEST_CASE("a version's summary is its page's description for search engines, and none is never an empty one") {
  CHECK_THAT(page("--as-of 2025-01-01", "stenungsund/integrationspolicy/"),
             Catch::Contains("<meta name=\"description\" content=\"Integrationspolicyn för Stenungsunds kommun är ett "
                             "vägledande dokument"));
  CHECK_THAT(page("--as-of 2025-01-01", ""), Catch::Contains("<meta name=\"description\" content=\"Exempelwebbplats"));
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());  // no description
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  REQUIRE(run_styrdok("build --quiet --source " + dir.path().string()).exit_code == 0);
  CHECK_THAT(read_text(dir / "public/lysekil/policy/index.html"), !Catch::Contains("name=\"description\""));
}

TEST_CASE("every internal link resolves to a file in the output, so the site works from disk") {
  const auto out = built("--as-of 2025-01-01");
  const std::regex href(R"re(href="([^"]*)")re");
  std::size_t checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (e.path().extension() != ".html" || e.path().filename() == "404.html") continue;
    const std::string html = read_text(e.path());
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
      std::string link = (*it)[1];
      if (link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0 || link.rfind("mailto:", 0) == 0) continue;
      INFO(e.path().string() + " links to " + link);
      CHECK(link.front() != '/');  // root-relative links break under a sub-path and on disk
      const auto hash = link.find('#');
      const std::string fragment = hash == std::string::npos ? "" : link.substr(hash + 1);
      const std::string file = link.substr(0, hash);
      const fs::path target = file.empty() ? e.path() : e.path().parent_path() / file;
      CHECK(fs::is_regular_file(target));  // not a directory: file:// shows no index.html
      if (!fragment.empty() && fs::is_regular_file(target)) {
        CHECK_THAT(read_text(target), Catch::Contains("id=\"" + fragment + "\""));
      }
      ++checked;
    }
  }
  CHECK(checked > 100);
}

TEST_CASE("the 404 page links from the base URL's path, since it is served at any depth") {
  CHECK_THAT(read_text(built("--as-of 2025-01-01") / "404.html"),
             Catch::Contains("<link rel=\"stylesheet\" href=\"/styrdokument/assets/style.css\">"));
  const auto root = built("--as-of 2025-01-01 --base-url https://styrdok.example.se");
  CHECK_THAT(read_text(root / "404.html"), Catch::Contains("<link rel=\"stylesheet\" href=\"/assets/style.css\">"));
  CHECK_THAT(read_text(root / "sitemap.xml"),
             Catch::Contains("<loc>https://styrdok.example.se/" + kLysekil + "</loc>"));
}

TEST_CASE("the sitemap lists every page at its absolute address") {
  const std::string sitemap = read_text(built("--as-of 2025-01-01") / "sitemap.xml");
  for (const std::string& url :
       {std::string(""), kLysekil, kLysekil + "2021-05-19/", kDalsEd + "odaterad/", std::string("tillganglighet/")}) {
    CHECK_THAT(sitemap, Catch::Contains("<loc>https://example.org/styrdokument/" + url + "</loc>"));
  }
  CHECK_THAT(sitemap, !Catch::Contains("404"));
}

TEST_CASE("every page links to the accessibility statement, which is built from the site file") {
  const auto out = built("--as-of 2025-01-01");
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (e.path().extension() != ".html") continue;
    INFO(e.path().string());
    const std::string text = read_text(e.path());
    CHECK_THAT(text, Catch::Contains("tillganglighet/index.html\">"));
    // A translation's page words the link in its own language (issue 18).
    if (text.find("<html lang=\"sv\"") != std::string::npos)
      CHECK_THAT(text, Catch::Contains("tillganglighet/index.html\">Tillgänglighetsredogörelse</a>"));
  }
  const std::string statement = page("--as-of 2025-01-01", "tillganglighet/");
  CHECK_THAT(statement, Catch::Contains("Webbplatsen är delvis förenlig med lagen om tillgänglighet"));
  CHECK_THAT(statement, Catch::Contains("<a href=\"mailto:webb@example.org\">webb@example.org</a>"));
  CHECK_THAT(statement, Catch::Contains("https://www.digg.se/tdosanmalan"));
  CHECK_THAT(statement, Catch::Contains("Senaste bedömningen gjordes 23 november 2026."));
}

TEST_CASE("no inline scripts or styles, so the site runs under default-src 'self'") {
  const auto out = built("--as-of 2025-01-01");
  for (const auto& e : fs::recursive_directory_iterator(out)) {
    if (e.path().extension() != ".html") continue;
    const std::string html = read_text(e.path());
    INFO(e.path().string());
    CHECK_THAT(html, !Catch::Contains(" style="));
    CHECK_THAT(html, !Catch::Contains("<style"));
    // Only JSON-LD data and external files, with nothing between the tags.
    const std::regex inline_script(R"(<script(?! type="application/ld\+json">)(?! src="[^"]+"( defer)?></script>))");
    CHECK_FALSE(std::regex_search(html, inline_script));
  }
}

TEST_CASE("the same input gives the same bytes, whatever --jobs is") {
  TempDir a, b;
  const std::string common = "build --quiet --as-of 2025-01-01 --source " + std::string(STYRDOK_SOURCE_DIR);
  REQUIRE(run_styrdok(common + " --jobs 1 --out " + (a / "public").string()).exit_code == 0);
  REQUIRE(run_styrdok(common + " --jobs 4 --out " + (b / "public").string()).exit_code == 0);
  const auto first = snapshot(a / "public");
  CHECK(first.size() >= 13);
  CHECK(first == snapshot(b / "public"));
}

TEST_CASE("the same site in another folder gives the same bytes: the output names no build path") {
  TempDir a, b;
  const fs::path copy = b / "an/other/folder";
  fs::create_directories(copy);
  for (const char* part : {"content", "meetings", "templates", "site.yaml"}) {
    fs::copy(fs::path(STYRDOK_SOURCE_DIR) / part, copy / part, fs::copy_options::recursive);
  }
  const std::string common = "build --quiet --as-of 2025-01-01 --source ";
  REQUIRE(run_styrdok(common + std::string(STYRDOK_SOURCE_DIR) + " --out " + (a / "public").string()).exit_code == 0);
  REQUIRE(run_styrdok(common + copy.string()).exit_code == 0);
  const auto first = snapshot(a / "public");
  CHECK(first.count(".styrdok-output") == 1);
  CHECK(first == snapshot(copy / "public"));
}

TEST_CASE("an English site speaks English") {
  TempDir site;
  fs::copy(fs::path(STYRDOK_SOURCE_DIR) / "content", site / "content", fs::copy_options::recursive);
  copy_repository_theme(site.path());
  std::string yaml = read_text(fs::path(STYRDOK_SOURCE_DIR) / "site.yaml");
  yaml = std::regex_replace(yaml, std::regex("language: sv"), "language: en");
  write_text(site / "site.yaml", yaml);
  const auto r = run_styrdok("build --quiet --as-of 2025-01-01 --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string lysekil = read_text(site / "public" / kLysekil / "index.html");
  CHECK_THAT(lysekil, Catch::Contains("<html lang=\"en\">"));
  CHECK_THAT(lysekil, Catch::Contains("<dt>Decision date</dt><dd>19 May 2021</dd>"));
  CHECK_THAT(lysekil, Catch::Contains("<span class=\"status status-expired\">Expired</span>"));
  CHECK_THAT(lysekil, Catch::Contains("This version applied until 31 December 2023 inclusive. No new version has "
                                      "been adopted."));
  CHECK_THAT(lysekil, Catch::Contains("Skip to content"));
}

TEST_CASE("contacts, secrecy, level and the document's own dates are shown, in JSON-LD and in open data") {
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  write_text(
      site / "content/lysekil/policy/2023-12-14.md",
      version_md("title: Policy\ntype: policy\ndecided_by: KF\ndecision_date: 2023-12-14\nlevel: kommungemensamt\n"
                 "confidentiality: delvis\ndocument_date: 2023-10-01\ncontact:\n  name: Anna Andersson\n"
                 "  role: Integrationsstrateg\n  email: anna@lysekil.se\n"));
  const auto r = run_styrdok("build --quiet --as-of 2024-01-01 --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string page = read_text(site / "public/lysekil/policy/index.html");
  CHECK_THAT(page, Catch::Contains("<dt>Nivå</dt><dd>Kommungemensamt styrdokument</dd>"));
  CHECK_THAT(page, Catch::Contains("<dt>Sekretess</dt><dd>Delvis sekretess</dd>"));
  CHECK_THAT(page, Catch::Contains("<dt>Upprättad</dt><dd>1 oktober 2023</dd>"));
  CHECK_THAT(page,
             Catch::Contains("<dt>Kontaktperson</dt><dd>Anna Andersson, Integrationsstrateg, anna@lysekil.se</dd>"));
  CHECK_THAT(page, Catch::Contains("senast reviderad."));  // a first version is no revision: unknown
  CHECK_THAT(page, Catch::Contains("\"accountablePerson\": [{\"@type\": \"Person\", \"name\": \"Anna Andersson\", "
                                   "\"jobTitle\": \"Integrationsstrateg\", \"email\": \"anna@lysekil.se\"}]"));
  CHECK_THAT(page, Catch::Contains("\"dateCreated\": \"2023-10-01\""));
  const std::string json = read_text(site / "public/documents.json");
  CHECK_THAT(json, Catch::Contains("\"level\": \"kommungemensamt\""));
  CHECK_THAT(json, Catch::Contains("\"confidentiality\": \"partly\""));
  CHECK_THAT(read_text(site / "public/documents.csv"),
             Catch::Contains(",kommungemensamt,partly,2023-10-01,,Anna Andersson | Integrationsstrateg |  | "
                             "anna@lysekil.se,\n"));  // the last column, editions, empty
  CHECK_THAT(read_text(site / "public/lysekil/policy/2023-12-14/index.html"),
             Catch::Contains("<dt>Kontaktperson</dt><dd>Anna Andersson, Integrationsstrateg, anna@lysekil.se</dd>"));
}

TEST_CASE("the header links each of a few organisations, and a larger site's home page instead") {
  // The example's three, on every page; the organisation's own page marked.
  const std::string lysekil = page("--as-of 2025-01-01", "lysekil/");
  CHECK_THAT(lysekil, Catch::Contains("<nav class=\"site-nav\" aria-label=\"Webbplatsen\">\n<ul>\n"
                                      "<li><a href=\"../dals-ed/index.html\">Dals-Eds kommun</a></li>\n"
                                      "<li><a href=\"../lysekil/index.html\" aria-current=\"page\">Lysekils kommun</a>"
                                      "</li>\n<li><a href=\"../stenungsund/index.html\">Stenungsunds kommun</a></li>\n"
                                      "</ul>\n</nav>"));
  CHECK_THAT(lysekil, !Catch::Contains("Alla organisationer"));

  // Eleven: one link to the home page, which lists them all.
  TempDir site;
  std::string orgs;
  for (int i = 1; i <= 11; ++i)
    orgs += "  - id: org" + std::to_string(i) + "\n    name: Kommun " + std::to_string(i) + "\n";
  write_text(site / "site.yaml",
             std::regex_replace(site_yaml(), std::regex("organisations:\n"), "organisations:\n" + orgs));
  write_text(site / "content/lysekil/policy/2020-01-01.md",
             version_md("title: Policy\ntype: policy\ndecided_by: KF\ndecision_date: 2020-01-01\n"));
  const auto r = run_styrdok("build --quiet --source " + site.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string version = read_text(site / "public/lysekil/policy/2020-01-01/index.html");
  CHECK_THAT(version, Catch::Contains("<li><a href=\"../../../index.html\">Alla organisationer</a></li>\n</ul>\n"
                                      "</nav>"));
  CHECK_THAT(version, !Catch::Contains("Kommun 11"));
  const std::string home = read_text(site / "public/index.html");
  CHECK_THAT(home, Catch::Contains("Kommun 11"));
  CHECK_THAT(home, Catch::Contains("<li><a href=\"index.html\" aria-current=\"page\">Alla organisationer</a></li>"));
  CHECK_THAT(version, !Catch::Contains("aria-current=\"page\">Alla"));
}
