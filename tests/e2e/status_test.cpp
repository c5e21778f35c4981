// End-to-end: the status statements the issue pinned, on small sites built
// with the real binary: a gap between two versions, a repealed document, the
// example site as it stood on a past day, and the messages for repeals and
// proposal keys written where they do not belong.
#include <catch2/catch.hpp>

#include "support/protected_site.h"
#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const std::string kPolicy = "content/lysekil/policy/";

// A site with the given version files (name -> front matter), built as of `day`.
struct Built {
  TempDir site;
  RunResult result;
  std::string page(const std::string& url) const { return read_text(site / "public" / url / "index.html"); }
};

std::unique_ptr<Built> build(const std::map<std::string, std::string>& versions, const std::string& args) {
  auto b = std::make_unique<Built>();
  write_text(b->site / "site.yaml", site_yaml());
  copy_repository_theme(b->site.path());
  for (const auto& [name, front] : versions) write_text(b->site / (kPolicy + name + ".md"), version_md(front));
  b->result = run_styrdok("build --quiet --drafts " + args + " --source " + b->site.path().string());
  return b;
}

const std::string kFront = "title: Integrationspolicy\ntype: policy\ndecided_by: Kommunfullmäktige\n";

// Expired 2022-12-31; its revision decided 2023-03-20, in force from 2023-04-01.
std::map<std::string, std::string> gap() {
  return {{"2020-01-15", kFront + "decision_date: 2020-01-15\nvalid_until: 2022-12-31\n"},
          {"2023-03-20",
           kFront + "decision_date: 2023-03-20\nvalid_from: 2023-04-01\nvalid_until: until_further_notice\n"}};
}

std::map<std::string, std::string> repealed() {
  return {{"2015-03-16", kFront + "decision_date: 2015-03-16\nvalid_until: until_further_notice\n"
                                  "repealed:\n  date: 2024-07-01\n  decision_date: 2024-05-20\n"
                                  "  decided_by: Kommunfullmäktige\n  paragraph: 88\n"
                                  "  registration_number: KS 2024/12\n"
                                  "  note: Policyn ersätts av kommunens program för social hållbarhet.\n"}};
}

}  // namespace

TEST_CASE("a gap between versions: the expired version says a new one is decided, not that none is") {
  const auto b = build(gap(), "--as-of 2023-03-25");
  INFO(b->result.output);
  REQUIRE(b->result.exit_code == 0);
  const std::string doc = b->page("lysekil/policy");
  CHECK_THAT(doc, Catch::Contains("<span class=\"status status-expired\">Har upphört att gälla</span>"));
  CHECK_THAT(doc, Catch::Contains("<p class=\"status-statement\">Denna version gällde till och med 31 december 2022. "
                                  "En ny version är beslutad 20 mars 2023 och börjar gälla 1 april 2023.</p>"));
  CHECK_THAT(doc, !Catch::Contains("Ingen ny version har beslutats"));
  // The version list on the same page agrees.
  CHECK_THAT(doc, Catch::Contains("<li data-status=\"not_yet_in_force\" data-version=\"2023-03-20\">"));
  CHECK_THAT(doc, Catch::Contains("<p class=\"version-statement\">Denna version är beslutad 20 mars 2023 men gäller "
                                  "ännu inte. Den börjar gälla 1 april 2023.</p>"));
  // Once the revision applies, the first version was superseded after its own end.
  const auto later = build(gap(), "--as-of 2023-05-01");
  CHECK_THAT(later->page("lysekil/policy/2020-01-15"),
             Catch::Contains("<p class=\"status-statement\">Denna version gäller inte längre. Den gällde till och med "
                             "31 december 2022. Den ersattes av versionen beslutad 20 mars 2023, som började gälla 1 "
                             "april 2023.</p>"));
  CHECK_THAT(later->page("lysekil/policy"),
             Catch::Contains("<p class=\"status-statement\">Denna version gäller från 1 april 2023 och tills "
                             "vidare.</p>"));
}

TEST_CASE("a repealed document says so everywhere, leaves the lists of what applies and is not due for revision") {
  const auto b = build(repealed(), "--as-of 2024-08-01");
  INFO(b->result.output);
  REQUIRE(b->result.exit_code == 0);
  const std::string doc = b->page("lysekil/policy");
  CHECK_THAT(doc, Catch::Contains("<span class=\"status status-repealed\">Upphävd</span>"));
  CHECK_THAT(doc, Catch::Contains("<p class=\"status-statement\">Dokumentet är upphävt. Det gäller inte från och med 1 "
                                  "juli 2024. Beslut om upphävande: Kommunfullmäktige 20 maj 2024, § 88, dnr KS "
                                  "2024/12. Policyn ersätts av kommunens program för social hållbarhet.</p>"));
  CHECK_THAT(doc, Catch::Contains("\"legislationLegalForce\": \"https://schema.org/NotInForce\""));
  const std::string org = b->page("lysekil");
  CHECK_THAT(org,
             Catch::Contains("<section class=\"type-group type-group-repealed\">\n<h3>Upphävda styrdokument</h3>"));
  CHECK_THAT(org, !Catch::Contains("<h3>Policyer</h3>"));
  CHECK_THAT(b->page("revidering"), Catch::Contains("Inga styrdokument behöver revideras"));
  CHECK_THAT(read_text(b->site / "public/documents.json"), Catch::Contains("\"status\": \"repealed\""));
  CHECK_THAT(read_text(b->site / "public/documents.json"), Catch::Contains("\"repealed\": {"));
  CHECK_THAT(read_text(b->site / "public/documents.csv"), Catch::Contains(",2024-07-01,"));
  CHECK_THAT(
      read_text(b->site / "public/lysekil/policy/2015-03-16/index.html"),
      Catch::Contains("<div class=\"print-running-foot\" aria-hidden=\"true\">Upphävd · beslutad 16 mars 2015</div>"));

  // A proposal to revise it, made before the repeal, does not call the repealed version current.
  auto versions = repealed();
  versions["2024-09-01"] = kFront + "status: proposal\ndecision_date: 2024-09-01\n";
  const auto with_proposal = build(versions, "--as-of 2024-08-01");
  INFO(with_proposal->result.output);
  REQUIRE(with_proposal->result.exit_code == 0);
  const std::string proposal = with_proposal->page("lysekil/policy/2024-09-01");
  CHECK_THAT(proposal, Catch::Contains("Senaste versionen, upphävd: beslutad 16 mars 2015"));
  CHECK_THAT(proposal, !Catch::Contains("Aktuell version"));

  // What's new and the feeds announce it, on the day it was decided, first.
  const std::string news = b->page("nytt");
  const auto repeal = news.find("<span class=\"event-kind\">Upphävt</span> beslutat 20 maj 2024");
  CHECK(repeal != std::string::npos);
  CHECK(repeal < news.find("<span class=\"event-kind\">Antaget</span>"));
  const std::string feed = read_text(b->site / "public/lysekil/policy/feed.xml");
  CHECK_THAT(feed, Catch::Contains("<title>Upphävt: Integrationspolicy</title>"));
  CHECK_THAT(feed, Catch::Contains("<updated>2024-05-20T00:00:00Z</updated>\n<category term=\"repealed\" "
                                   "label=\"Upphävd\"/>\n<summary>Dokumentet är upphävt. Det gäller inte från och "
                                   "med 1 juli 2024."));
  CHECK_THAT(read_text(b->site / "public/feed.xml"), Catch::Contains("<title>Upphävt: Integrationspolicy</title>"));

  // Decided, not yet in effect: in force, and saying when it ends.
  const auto decided = build(repealed(), "--as-of 2024-06-01");
  CHECK_THAT(read_text(decided->site / "public/lysekil/policy/feed.xml"),
             Catch::Contains("<summary>Dokumentet upphävs från och med 1 juli 2024. Beslut om upphävande:"));
  CHECK_THAT(decided->page("lysekil/policy"),
             Catch::Contains("<p class=\"status-statement\">Denna version gäller från beslutsdagen 16 mars 2015 till "
                             "och med 30 juni 2024. Dokumentet upphävs från och med 1 juli 2024.</p>"));
  // Before the repeal was decided, nothing of it is known.
  const auto before = build(repealed(), "--as-of 2024-05-01");
  CHECK_THAT(before->page("lysekil/policy"), !Catch::Contains("upphäv"));
  CHECK_THAT(before->page("lysekil/policy"),
             Catch::Contains("Denna version gäller från beslutsdagen 16 mars 2015 och tills vidare."));
}

TEST_CASE("the example site built as of 2014-03-01 holds only what existed then") {
  const fs::path out = built_example("--drafts --as-of 2014-03-01");
  for (const char* later : {"lysekil/riktlinjer-for-integrationsarbete", "stenungsund/integrationspolicy",
                            "dals-ed/integrationspolicy/2015-03-16", "dals-ed/integrationspolicy/2016-02-10",
                            "moten/2016-01-20-kommunstyrelsen"}) {
    INFO(later);
    CHECK_FALSE(fs::exists(out / later));
  }
  const std::string doc = read_text(out / "dals-ed/integrationspolicy/index.html");
  CHECK_THAT(doc, Catch::Contains("<a href=\"#history\">Versionshistorik (1 version)</a>"));
  CHECK_THAT(doc, !Catch::Contains("2015-03-16") && !Catch::Contains("2016-02-10"));
  CHECK_THAT(read_text(out / "nytt/index.html"), !Catch::Contains("2015") && !Catch::Contains("2016"));
  // The plan's timeline draws "today" at the day, on its axis, not at its edge.
  const std::string plan = read_text(out / "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/index.html");
  CHECK_THAT(plan, Catch::Contains("text-anchor=\"middle\">Läget den 1 mars 2014</text>"));
  CHECK_THAT(plan, Catch::Contains("<div class=\"timeline-scroll\" role=\"region\" tabindex=\"0\""));
}

TEST_CASE("repeals and proposal keys written where they do not belong are errors at their place") {
  SECTION("a repeal in an older version") {
    auto versions = repealed();
    versions["2020-01-01"] = kFront + "decision_date: 2020-01-01\n";
    const auto b = build(versions, "--as-of 2024-08-01");
    CHECK(b->result.exit_code == 1);
    CHECK_THAT(b->result.output,
               Catch::Contains(kPolicy + "2015-03-16.md:7:1: 'repealed' is written in an older version; a repeal "
                                         "ends the whole document, so write it in its newest adopted version "
                                         "('2020-01-01')"));
  }
  SECTION("a repeal before the version was decided") {
    const auto b = build({{"2015-03-16", kFront + "decision_date: 2015-03-16\nrepealed:\n  date: 2014-01-01\n"}}, "");
    CHECK(b->result.exit_code == 1);
    CHECK_THAT(b->result.output, Catch::Contains(kPolicy + "2015-03-16.md:6:1: the document is repealed 2014-01-01, "
                                                           "before this version was decided (2015-03-16)"));
  }
  SECTION("a proposal date on an adopted version") {
    const auto b = build({{"2015-03-16", kFront + "decision_date: 2015-03-16\nproposal_date: 2015-01-01\n"}}, "");
    CHECK(b->result.exit_code == 1);
    CHECK_THAT(b->result.output, Catch::Contains(kPolicy + "2015-03-16.md:6:1: 'proposal_date' belongs to a proposal; "
                                                           "add 'status: proposal', or remove it once the version is "
                                                           "adopted"));
  }
  SECTION("an adopted version decided after today is left out, with a warning") {
    const auto b = build({{"2015-03-16", kFront + "decision_date: 2015-03-16\n"},
                          {"2099-01-01", kFront + "decision_date: 2099-01-01\n"}},
                         "");
    CHECK(b->result.exit_code == 0);
    const auto check = run_styrdok("check --source " + b->site.path().string());
    CHECK_THAT(check.output, Catch::Contains(kPolicy + "2099-01-01.md: warning: decision_date 2099-01-01 is after "
                                                       "today; the version is not published until then (is it a "
                                                       "proposal? then write 'status: proposal')"));
    CHECK_FALSE(fs::exists(b->site / "public/lysekil/policy/2099-01-01"));
  }
}

TEST_CASE("a page carries the day its status changes by the calendar, and the build says the site's first") {
  // On 2023-03-25 the first version has expired and the revision is decided,
  // in force from 2023-04-01: every page of the document changes that day.
  auto b = build(gap(), "--as-of 2023-03-25");
  INFO(b->result.output);
  REQUIRE(b->result.exit_code == 0);
  const std::string notice =
      "<p class=\"notice notice-outdated\" data-status-changes=\"2023-04-01\" hidden>Sidan visar läget den 25 mars "
      "2023 och har inte uppdaterats sedan dess. Från och med den 1 april 2023 kan en status på den, till exempel om "
      "ett dokument gäller, ha ändrats.</p>";
  for (const std::string url : {"lysekil/policy", "lysekil/policy/2020-01-15", "lysekil/policy/2023-03-20", ""}) {
    INFO(url);
    const std::string page = b->page(url);
    CHECK_THAT(page, Catch::Contains(notice));
    CHECK_THAT(page, Catch::Contains("assets/status-notice.js\" defer></script>"));
  }
  CHECK(fs::exists(b->site / "public/assets/status-notice.js"));
  // A page that states no status carries no day.
  CHECK_THAT(b->page("tillganglighet"), !Catch::Contains("data-status-changes"));
  CHECK_THAT(b->page("tillganglighet"), !Catch::Contains("status-notice.js"));

  // Once the revision applies until further notice, nothing changes by the calendar.
  auto later = build(gap(), "--as-of 2023-04-01");
  REQUIRE(later->result.exit_code == 0);
  CHECK_THAT(later->page("lysekil/policy"), !Catch::Contains("data-status-changes"));
  CHECK_THAT(later->page(""), !Catch::Contains("data-status-changes"));

  // The build says when to build again (not with --quiet).
  TempDir site;
  write_text(site / "site.yaml", site_yaml());
  copy_repository_theme(site.path());
  for (const auto& [name, front] : gap()) write_text(site / (kPolicy + name + ".md"), version_md(front));
  const auto r = run_styrdok("build --lang en --as-of 2023-03-25 --source " + site.path().string());
  INFO(r.output);
  CHECK_THAT(r.output, Catch::Contains("A status on the site changes by the calendar on 2023-04-01: build the site "
                                       "again that day (or every night) to keep every status true.\n"));
}

TEST_CASE("the home page counts the documents an organisation's page lists, not one of proposals only") {
  GuidelinesSite site;
  write_text(site.dir / "content/lysekil/forslag/2025-03-01.md",
             version_md("title: F\ntype: policy\nstatus: proposal\ndecided_by: KF\ndecision_date: 2025-03-01\n"));
  const auto r = run_styrdok("build --quiet --drafts --as-of 2025-01-01 --source " + site.dir.path().string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(fs::exists(site.dir / "public/lysekil/forslag/index.html"));
  const std::string home = read_text(site.dir / "public/index.html");
  CHECK_THAT(home, Catch::Contains("1 dokument") && !Catch::Contains("2 dokument"));
}

TEST_CASE("a document's feed and comparisons are named by the version its page shows, not a proposal's title") {
  const auto b = build({{"2020-01-15", kFront + "decision_date: 2020-01-15\n"},
                        {"2025-03-01",
                         "title: Integrationspolicy (ny)\ntype: policy\nstatus: proposal\n"
                         "decided_by: KF\ndecision_date: 2025-03-01\nproposal_date: 2024-12-01\n"}},
                       "--as-of 2025-01-01");
  INFO(b->result.output);
  REQUIRE(b->result.exit_code == 0);
  const std::string feed = read_text(b->site / "public/lysekil/policy/feed.xml");
  CHECK_THAT(feed, Catch::Contains("<title>Nytt och ändrat: Integrationspolicy – "));
  CHECK_THAT(b->page("lysekil/policy/jamfor"), Catch::Contains("<h1>Jämför versioner: Integrationspolicy</h1>"));
}
