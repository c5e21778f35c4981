// End-to-end: a Swedish site gets its messages in Swedish from check, build
// and serve (word for word), Swedish keys are read, and --lang en gives the
// English messages the code is written in.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "support/hand_made_pdf.h"
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

// The English words of a line of a Swedish report: its words less what is
// quoted from the source ("…", '…'), file paths, and the keys of the
// content format (decided_by, title:), which are English by design.
std::vector<std::string> english_words(const std::string& line) {
  static const std::regex quoted(R"("[^"]*"|'[^']*'|\S*[/.]\S*|\b[a-z]+_[a-z_]+\b|^ *[a-z]+:)");
  static const std::regex word(R"([A-Za-z]+)");
  static const std::vector<std::string> english = {
      "the",  "is",   "are",  "not", "no", "line",  "page",  "paragraph", "left", "out",   "read",
      "of",   "from", "to",   "and", "or", "with",  "found", "before",    "text", "title", "again",
      "file", "has",  "must", "a",   "an", "which", "write", "picture",   "it",   "its",   "cannot"};
  const std::string rest = std::regex_replace(line, quoted, " ");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(rest.begin(), rest.end(), word); it != std::sregex_iterator(); ++it) {
    if (std::find(english.begin(), english.end(), it->str()) != english.end()) out.push_back(it->str());
  }
  return out;
}

}  // namespace

TEST_CASE("the check for English words in a Swedish report finds them") {
  CHECK(english_words("  utelämnat, rad 27–53: \"Innehåll\" … (innehållsförteckningen: styrdok gör en egen)").empty());
  CHECK(english_words("  decided_by: Kommunfullmäktige (rad 19: \"Fastställt av: Kommunfullmäktige\")").empty());
  CHECK(english_words("  utelämnat, line 5: \"LYSEKILS\" (före texten, inte uppgifter)") ==
        std::vector<std::string>{"line"});
  CHECK(english_words("  left out, rad 3: \"x\" (the back cover's addresses)") ==
        std::vector<std::string>{"left", "out", "the"});
}

TEST_CASE("import on a Swedish site reports every line in Swedish") {
  TempDir dir;
  write_text(dir / "site.yaml", site_yaml());
  const std::string seeds = std::string(STYRDOK_SOURCE_DIR) + "/tests/import/seeds/";
  // A page of a PDF, with its decision on a line of its own and a picture.
  const std::string draw =
      "BT /F1 11 Tf 72 760 Td (Riktlinjer for kartor) Tj 0 -20 Td (Beslutad av kommunfullmaktige 2021-05-19.) Tj "
      "0 -40 Td (Kommunen vill att alla invanare ska kunna delta i samhallslivet och kanna sig trygga.) Tj ET "
      "q 100 0 0 100 72 500 cm /Im1 Do Q";
  write_text(dir / "kartor.pdf",
             pdf_of({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> "
                     "/XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
                     "<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream",
                     "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                     "<< /Type /XObject /Subtype/Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                     "/BitsPerComponent 8 /Length 4 >>\nstream\nabcd\nendstream"}));
  const auto r = run_in_site_language("import --source " + dir.path().string() + " " + seeds +
                                      "lysekil-riktlinjer-integration-2021.txt " + seeds +
                                      "stenungsund-integrationspolicy-2023.txt " + seeds +
                                      "dals-ed-integrationspolicy.txt " + (dir / "kartor.pdf").string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  // Word for word: a value and where it was read, what was left out, what was not read.
  CHECK_THAT(r.output, Catch::Contains("\n  decided_by: Kommunfullmäktige (rad 19: \"Fastställt av: "
                                       "Kommunfullmäktige\")\n"));
  CHECK_THAT(r.output, Catch::Contains("\n  utelämnat, rad 27–53: \"Innehåll\" … (innehållsförteckningen: styrdok "
                                       "gör en egen)\n"));
  CHECK_THAT(r.output, Catch::Contains("\n  utelämnat, rad 273: \"Postadress: 453 80 LYSEKIL\" (baksidans "
                                       "adresser)\n"));
  CHECK_THAT(r.output, Catch::Contains("\n  inte inläst, rad 42: Reviderad: 'Stenungsunds' är ingen dag\n"));
  CHECK_THAT(r.output, Catch::Contains("\n  type: policy (ur titeln, rad 3)\n"));
  CHECK_THAT(r.output, Catch::Contains("\n  title: Riktlinjer for kartor (sida 1, rad 1)\n"));
  CHECK_THAT(r.output, Catch::Contains("\n  decided_by: kommunfullmaktige (sida 1, rad 2: \"Beslutad av "));
  // And no line holds an English word outside what it quotes.
  std::istringstream lines(r.output);
  std::size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    // The files' paths, and the keys left unknown (content format keys, as "paragraph").
    if (line.find(" -> ") != std::string::npos || line.starts_with("  okänt: ")) continue;
    INFO(line);
    CHECK(english_words(line).empty());
  }
  CHECK(count > 50);
}

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
