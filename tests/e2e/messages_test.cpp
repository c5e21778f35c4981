// End-to-end: a Swedish site gets its messages in Swedish from check, build
// and serve (word for word), Swedish keys are read, and --lang en gives the
// English messages the code is written in.
#include <catch2/catch.hpp>
#include <sstream>

#include "support/english_words.h"
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
  CHECK_THAT(r.output, Catch::Contains("\n  text: 0 rubriker, 1 stycke, 0 listpunkter, 0 tabeller\n"));
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

TEST_CASE("check on a Swedish site with mistakes in every kind of file reports each in Swedish") {
  // A mistake in the site file stops the check before the documents are
  // read, one in a document before the plans and indicators, and those
  // before the meetings: a site for each.
  TempDir dir;
  const std::string doc = "content/lysekil/policy/";
  const std::string good_version =
      version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2021-01-01\n");
  auto site = [&](const std::string& name, const std::string& site_extra,
                  const std::vector<std::pair<std::string, std::string>>& files) {
    write_text(dir / name / "site.yaml", site_yaml(site_extra));
    for (const auto& [path, text] : files) write_text(dir / name / path, text);
  };
  site("coloured", "branding:\n  colour: \"#77aaff\"\n", {});
  site("branded", "branding:\n  logo: bilder/saknas.svg\n  logo_alt: Lysekils kommun\n  favicon: /srv/favicon.ico\n",
       {});
  site("documents", "",
       {{doc + "2020-01-01.md", version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n"
                                           "repealed:\n  date: 2022-01-01\n")},
        {doc + "2021-01-01.md", good_version},
        {doc + "2021-01-01.eng.md", version_md("title: Policy\n")},
        {"content/lysekil/noter/2021-01-01.md",
         version_md("title: Noter\ntype: policy\ndecided_by: KS\ndecision_date: 2021-01-01\n",
                    "## Syfte\n\nText[^saknas].\n\n[^oanvand]: Inte använd.\n")},
        {doc + "2019-06-01.en.md", version_md("title: Policy\n")}});
  site("plans", "",
       {{doc + "2021-01-01.md", good_version},
        {doc + "handlingsplaner/plan.yaml",
         "title: Plan\nversion: 2021-01-01\nactions:\n"
         "  - id: \"1\"\n    title: En\n    progress: 150\n    weight: 0\n    deadline: snarast\n"
         "    reports:\n      - date: 2021-03-01\n      - date: 2021-02-01\n"},
        {doc + "handlingsplaner/tabell.yaml", "title: Tabell\nversion: 2021-01-01\n"},
        {doc + "handlingsplaner/tabell.csv",
         "record,id,parent,title,description,responsible,partners,start,deadline,completed,status,progress,weight,"
         "goals,date,text,example\n"
         "action,1,,En,,,,,,,,,,,,,\n"
         "report,2,,,,,,,,,,,,,2021-02-01,Text,\n"
         "rad,3,,Tre,,,,,,,,,,,,,\n"
         "action,4,9,Fyra,,,,,,,,,,,,,\n"
         "report,1,,Titel,,,,,,,,,,,2021-02-01,,\n"
         "action,5,,Fem,,,,,31 juni 2019,,,,,,,,\n"},
        {doc + "handlingsplaner/kolumner.yaml", "title: Kolumner\nversion: 2021-01-01\n"},
        {doc + "handlingsplaner/kolumner.csv",
         "record,id,parent,title,description,responsible,partners,start,deadline,completed,status,progress,weight,"
         "goals,date,text,example\naction,6,,Sex\n"},
        {doc + "indikatorer/andel.yaml",
         "name: Andel\nunit: procent\ngoal: syfte\nbaseline: {year: 2012, value: 55}\n"
         "target: {year: 2016, value: 80}\n"
         "measurements:\n  - {period: 2015, value: 62}\n  - {period: 2014, value: 1e15}\n"
         "  - {period: 2015-1, value: 3}\n"}});
  site("meetings", "",
       {{doc + "2021-01-01.md", good_version},
        {"meetings/2022-02-14-ks.yaml",
         "title: KS\nbody: Kommunstyrelsen\norganisation: lysekil\ndate: 2022-02-14\nitems:\n"
         "  - title: A\n    document: lysekil/saknas\n"
         "  - title: B\n    document: lysekil/policy\n    version: 2019-01-01\n"
         "  - title: C\n    document: lysekil/policy\n    version: 2021-01-01\n    compare_with: 2022-01-01\n"
         "  - title: D\n    document: lysekil/policy\n    plan: lysekil/policy/plan\n"},
        {"meetings/Möte.yaml", "title: x\n"}});

  std::string output;
  for (const char* name : {"coloured", "branded", "documents", "plans", "meetings"}) {
    const auto r = run_in_site_language("check --source " + (dir / name).string());
    CHECK(r.exit_code == 1);
    output += r.output;
  }
  INFO(output);
  std::istringstream lines(output);
  std::size_t count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    INFO(line);
    CHECK(english_words(line.substr(std::min(line.find(": "), line.size()))).empty());  // after the file's path
  }
  CHECK(count > 25);
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

TEST_CASE("The command line's help and errors speak the site's language") {
  TempDir dir;
  make_site(dir);
  const std::string source = " --source " + dir.path().string();
  std::string help;
  for (const std::string command : {"", "build", "check", "serve", "new", "new document", "new version", "new meeting",
                                    "new plan", "new indicator", "init", "theme", "theme export", "import", "pdf"}) {
    const auto r = run_in_site_language(command + " --help" + source);
    CHECK(r.exit_code == 0);
    help += r.output;
  }
  CHECK_THAT(help, Catch::Contains("Användning: "));
  CHECK_THAT(help, Catch::Contains("\nKommandon:\n  build                       Bygg webbplatsen till public/"));
  CHECK_THAT(help, Catch::Contains("\n  -s,--source MAPP=.          Webbplatsens mapp (den med site.yaml)\n"));
  // The values' placeholders in Swedish words, not CLI11's names of C++ types.
  CHECK_THAT(help, Catch::Contains("\n  -j,--jobs TAL "));
  CHECK_THAT(help, Catch::Contains("\n  --lang sv|en "));
  CHECK_THAT(help, Catch::Contains("\n  FILER ..."));
  for (const char* english : {"TEXT:", "UINT", "INT", "DIR", "{sv,en}"}) CHECK_THAT(help, !Catch::Contains(english));
  std::istringstream lines(help);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(english_words(line).empty());
  }
  // A command mistyped is named, with the one meant.
  const auto typo = run_in_site_language("bild" + source);
  CHECK(typo.exit_code == 2);
  CHECK(typo.output ==
        "styrdok: 'bild' är inget kommando i styrdok; menade du 'build'?\n"
        "Kör med --help för mer information.\n");
  const auto unknown = run_in_site_language("new dokument --lang en");
  CHECK(unknown.output ==
        "styrdok: 'dokument' is not a command of styrdok new; did you mean 'document'?\n"
        "Run with --help for more information.\n");
  // So is an option the command does not have, where CLI11 listed every
  // word it did not expect ("/tmp/x --output").
  const auto option = run_in_site_language("build --output /tmp/x" + source);
  CHECK(option.exit_code == 2);
  CHECK(option.output ==
        "'--output' är ingen flagga till styrdok build; menade du '--out'?\n"
        "Kör med --help för mer information.\n");
  CHECK(run_in_site_language("new plan lysekil/policy --titel=x --lang en").output ==
        "'--titel' is not an option of styrdok new plan; did you mean '--title'?\n"
        "Run with --help for more information.\n");
  // A folder given as Hugo's users might ("styrdok build mysite"): --source is meant.
  CHECK(run_in_site_language("check " + dir.path().string() + " --lang en").output ==
        "'" + dir.path().string() + "' is not an argument of styrdok check; did you mean '--source " +
            dir.path().string() + "'?\nRun with --help for more information.\n");
  CHECK(run_in_site_language("build --zzz --lang en").output ==
        "'--zzz' is not an option of styrdok build\nRun with --help for more information.\n");
  // "styrdok help new plan" is "styrdok new plan --help".
  CHECK(run_in_site_language("help new plan" + source).output ==
        run_in_site_language("new plan --help" + source).output);
  CHECK(run_in_site_language("import" + source).output == "FILER krävs\nKör med --help för mer information.\n");
  CHECK(run_in_site_language("new document lysekil" + source).output ==
        "MAPP krävs\nKör med --help för mer information.\n");
  const auto range = run_in_site_language("serve --port 99999" + source);
  CHECK(range.exit_code == 2);
  CHECK(range.output == "--port: värdet 99999 ligger inte mellan 0 och 65535\nKör med --help för mer information.\n");
}

TEST_CASE("build on a terminal shows its progress in the site's language") {
  TempDir dir;
  make_site(dir);
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("titel: Policy\ndokumenttyp: policy\nbeslutad_av: KS\nbeslutsdatum: 2020-01-01\n"));
  // script(1) gives the build a terminal, where it shows a progress line.
  const std::string build = std::string(STYRDOK_BINARY) + " build --source " + dir.path().string();
  const auto sv = run_command("env -u STYRDOK_LANG script -qec '" + build + "' /dev/null");
  CHECK(sv.exit_code == 0);
  CHECK_THAT(sv.output, Catch::Contains("\r\033[Kläser in…"));
  CHECK_THAT(sv.output, Catch::Contains("\r\033[Kskapar sidorna: "));
  CHECK_THAT(sv.output, Catch::Contains("\r\033[Kkopierar temats filer: "));
  CHECK_THAT(sv.output, Catch::Contains(" filer…"));
  const auto en = run_command("env -u STYRDOK_LANG script -qec '" + build + " --lang en' /dev/null");
  CHECK_THAT(en.output, Catch::Contains("\r\033[Krendering: "));
  CHECK_THAT(en.output, Catch::Contains(" files…"));
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

  // The theme's export speaks the site's language too.
  const auto exported = run_in_site_language("theme export " + (dir / "sv").string());
  CHECK_THAT(exported.output, Catch::StartsWith("Skrev det inbyggda temats "));
  const auto again = run_in_site_language("theme export " + (dir / "sv").string());
  CHECK_THAT(again.output, Catch::Contains(" av temats filer finns redan (i18n/"));
  CHECK_THAT(again.output, Catch::EndsWith("; inget skrevs; ta bort dem först, eller exportera till en annan mapp\n"));
}

TEST_CASE("a site file's language styrdok has no messages in is reported in Swedish, the default") {
  TempDir dir;
  write_text(dir / "site.yaml", "language: de\n" + site_yaml());
  const auto r = run_in_site_language("check --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("site.yaml:1:11: 'language' är 'de', men ska vara ett av: sv, en\n"));
}

TEST_CASE("STYRDOK_LANG naming a language styrdok lacks is said to be left out, once") {
  TempDir dir;
  make_site(dir);
  const auto r = run_command("cd " + dir.path().string() + " && STYRDOK_LANG=de " + STYRDOK_BINARY + " --version");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::StartsWith("styrdok: STYRDOK_LANG 'de' är inget språk som styrdok har (sv eller en); "
                                         "den används inte\nstyrdok 0."));
}

TEST_CASE("new plan on a Swedish site names a --name that cannot be a file name in Swedish") {
  TempDir dir;
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  const auto r = run_in_site_language("new plan lysekil/policy --name 'Min Plan' --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  CHECK(r.output ==
        "content/lysekil/policy/handlingsplaner/Min Plan.yaml: --name 'Min Plan' kan inte vara filnamn "
        "och webbadress; använd gemener, siffror och bindestreck, t.ex. 'min-plan'\n");
}
