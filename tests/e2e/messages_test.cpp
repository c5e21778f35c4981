// End-to-end: a Swedish site gets its messages in Swedish from check, build
// and serve (word for word), Swedish keys are read, and --lang en gives the
// English messages the code is written in.
#include <catch2/catch.hpp>

#include "support/http_client.h"
#include "support/test_site.h"

using namespace styrdok::test;

namespace {

// The site's own language, whatever the test runner asks for.
RunResult run_in_site_language(const std::string& args) {
  return run_command("env -u STYRDOK_LANG " + std::string(STYRDOK_BINARY) + " " + args);
}

// A Swedish site (no `language:`: Swedish is the default) with three mistakes.
void make_site(const TempDir& dir) {
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("titel: Policy\n"               // 2
                        "dokumenttyp: policy\n"         // 3
                        "beslutad_av: KS\n"             // 4
                        "beslutsdatum: 2020-01-01\n"    // 5
                        "diarenummer: KS 2020/1\n"      // 6
                        "giltig_till: 2020-02-30\n"     // 7
                        "giltig_från: tills vidare\n",  // 8
                        "## Syfte\n\nSe [planen](../plan/).\n"));
}

}  // namespace

TEST_CASE("check on a Swedish site reports in Swedish, word for word") {
  TempDir dir;
  make_site(dir);
  const auto r = run_in_site_language("check --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  const std::string p = "content/lysekil/policy/2020-01-01.md:";
  CHECK(r.output == p + "6:1: okänd nyckel 'diarenummer'; menade du 'diarienummer'?\n" + p +
                        "7:14: '2020-02-30' är inget datum (februari 2020 har 29 dagar)\n" + p +
                        "8:14: 'tills vidare' är inget datum (skriv datum som ÅÅÅÅ-MM-DD)\n" +
                        "styrdok: 3 fel; inget skrevs.\n");
}

TEST_CASE("check with --lang en gives the same report in English") {
  TempDir dir;
  make_site(dir);
  const auto r = run_in_site_language("check --lang en --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  const std::string p = "content/lysekil/policy/2020-01-01.md:";
  CHECK(r.output == p + "6:1: unknown key 'diarenummer'; did you mean 'diarienummer'?\n" + p +
                        "7:14: '2020-02-30' is not a date (February 2020 has 29 days)\n" + p +
                        "8:14: 'tills vidare' is not a date (expected a date written YYYY-MM-DD)\n" +
                        "styrdok: 3 errors; nothing was written.\n");
}

TEST_CASE("a site written in English gets English messages without --lang") {
  TempDir dir;
  make_site(dir);
  write_text(dir / "site.yaml", site_yaml("language: en\n"));
  const auto r = run_in_site_language("check --source " + dir.path().string());
  CHECK_THAT(r.output, Catch::Contains("unknown key 'diarenummer'; did you mean 'diarienummer'?"));
}

TEST_CASE("a Swedish site built with Swedish keys says so in Swedish") {
  TempDir dir;
  make_site(dir);
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("titel: Policy\ndokumenttyp: policy\nbeslutad_av: KS\nbeslutsdatum: 2020-01-01\n"
                        "diarienummer: KS 2020/1\ngiltig_till: tills vidare\n"));
  const auto r = run_in_site_language("check --source " + dir.path().string());
  CHECK(r.exit_code == 0);
  CHECK(r.output == "Kontrollerat: inga fel (19 sidor skulle byggas).\n");
}

TEST_CASE("serve on a Swedish site shows its errors in Swedish, in the terminal and over the page") {
  TempDir dir;
  make_site(dir);
  const std::string good =
      version_md("titel: Policy\ndokumenttyp: policy\nbeslutad_av: KS\nbeslutsdatum: 2020-01-01\n");
  write_text(dir / "content/lysekil/policy/2020-01-01.md", good);
  ServeProcess serve(dir.path().string(), {"--lang", "sv"});
  REQUIRE(http_get(serve.port(), "/lysekil/policy/").status == 200);
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("titel: Policy\ndokumenttyp: policy\nbeslutad_av: KS\nbeslutsdatum: 2020-01-01\ndnr2: x\n"));
  const auto page = get_until(serve.port(), "/lysekil/policy/", [](const HttpResponse& r) {
    return r.body.find("styrdok-serve-errors") != std::string::npos;
  });
  CHECK_THAT(page.body, Catch::Contains("<h2>styrdok kunde inte bygga om webbplatsen</h2>"));
  CHECK_THAT(page.body, Catch::Contains("<p>Du ser den senaste versionen som gick att bygga. Rätta felet nedan och "
                                        "spara filen: sidan laddas om av sig själv.</p>"));
  CHECK_THAT(page.body, Catch::Contains("content/lysekil/policy/2020-01-01.md:6:1: okänd nyckel &#39;dnr2&#39;; "
                                        "menade du &#39;dnr&#39;?"));
  CHECK(serve.stop() == 0);
  CHECK_THAT(serve.log(), Catch::Contains("content/lysekil/policy/2020-01-01.md:6:1: okänd nyckel 'dnr2'; menade du "
                                          "'dnr'?\nstyrdok: 1 fel; webbläsaren visar den senaste felfria webbplatsen "
                                          "med felen.\n"));
  CHECK_THAT(serve.log(), Catch::Contains("Avslutat."));
}

TEST_CASE("init writes a Swedish site's files with Swedish comments, and says so in Swedish") {
  TempDir dir;
  const auto sv = run_in_site_language("init " + (dir / "sv").string());
  REQUIRE(sv.exit_code == 0);
  CHECK_THAT(sv.output, Catch::StartsWith("Skapade en ny webbplats i " + (dir / "sv").string() + ":\n"));
  CHECK_THAT(sv.output, Catch::Contains("Nästa steg: ändra uppgifterna i site.yaml"));
  CHECK_THAT(read_text(dir / "sv/site.yaml"),
             Catch::Contains("# Krävs: webbplatsens namn, som visas på varje sida.\n"));

  const auto en = run_in_site_language("init --lang en " + (dir / "en").string());
  REQUIRE(en.exit_code == 0);
  CHECK_THAT(en.output, Catch::StartsWith("Created a new site in "));
  CHECK_THAT(read_text(dir / "en/site.yaml"), Catch::Contains("# Required: the site's name, shown on every page.\n"));

  // Both build as they are.
  CHECK(run_styrdok("check --quiet --source " + (dir / "sv").string()).exit_code == 0);
  CHECK(run_styrdok("check --quiet --source " + (dir / "en").string()).exit_code == 0);
}
