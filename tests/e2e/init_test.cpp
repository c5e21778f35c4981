// End-to-end: `styrdok init` makes a site that builds with nothing copied
// from this repository (the theme is built into the program), `theme export`
// writes the built-in theme out, and a site's own theme files replace the
// built-in ones file by file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>

#include "support/test_site.h"
#include "theme/theme_export_record.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

// Every output file holding "[missing string]", which a UI string that no
// strings file has shows as.
std::vector<std::string> files_with_missing_strings(const fs::path& public_dir) {
  std::vector<std::string> out;
  for (const auto& [path, text] : snapshot(public_dir)) {
    if (text.find("[missing string]") != std::string::npos) out.push_back(path);
  }
  return out;
}

std::string fill_in(std::string text, const std::string& key, const std::string& value) {
  return std::regex_replace(text, std::regex("\n( *)" + key + ": *\n"), "\n$1" + key + ": " + value + "\n");
}

}  // namespace

TEST_CASE("init makes a site of three files that builds at once, with every kind of page") {
  TempDir dir;
  const fs::path site = dir / "styrdokument";  // a folder that does not exist yet
  const auto made = run_styrdok("init " + site.string() + " --organisation 'Lysekils kommun'");
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  CHECK_THAT(made.output, Catch::StartsWith("Created a new site in " + site.string() + ":\n"));

  // Nothing of the theme: it is built into the program.
  const auto files = snapshot(site);
  std::vector<std::string> names;
  for (const auto& [path, _] : files) names.push_back(path);
  const std::string today = run_command("date -u +%F").output.substr(0, 10);
  CHECK(names ==
        std::vector<std::string>{".gitignore", "content/lysekils-kommun/exempelpolicy/" + today + ".md", "site.yaml"});
  CHECK(files.at(".gitignore") == "# What styrdok writes: the built site and the PDF files.\npublic/\npdf/\n");
  CHECK_THAT(files.at("site.yaml"), Catch::Contains("\n  - id: lysekils-kommun\n    name: Lysekils kommun\n"));
  CHECK_THAT(files.at("site.yaml"), Catch::Contains("\nlanguage: sv\n"));

  // Run from inside the folder, as a clerk would.
  const std::string in_site = "cd " + site.string() + " && " + STYRDOK_BINARY;
  const auto built = run_command(in_site + " build");
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  CHECK_THAT(read_text(site / "public/lysekils-kommun/exempelpolicy/index.html"), Catch::Contains("Exempelpolicy"));
  CHECK_THAT(read_text(site / "public/index.html"), Catch::Contains("Hoppa till innehållet"));

  // The other scaffolds, so that every kind of page is built: a revision
  // (comparisons), an action plan and an indicator, a meeting (handouts).
  const std::string document = "lysekils-kommun/exempelpolicy";
  REQUIRE(run_command(in_site + " new version " + document + " --date 2099-01-01 --proposal").exit_code == 0);
  REQUIRE(run_command(in_site + " new plan " + document).exit_code == 0);
  const fs::path plan = site / "content" / document / "handlingsplaner/handlingsplan.yaml";
  write_text(plan, fill_in(read_text(plan), "responsible", "Kommunstyrelsen"));
  REQUIRE(run_command(in_site + " new indicator " + document + " --name 'Andel nöjda'").exit_code == 0);
  REQUIRE(run_command(in_site + " new meeting lysekils-kommun Kommunstyrelsen --date 2099-01-02 --title Sammanträde")
              .exit_code == 0);
  const fs::path meeting = site / "meetings/2099-01-02-kommunstyrelsen.yaml";
  std::string agenda = fill_in(read_text(meeting), "document", document);
  agenda.replace(agenda.find("  - title:\n"), 11, "  - title: Policyn\n");
  write_text(meeting, agenda);
  const auto checked = run_command(in_site + " check");
  INFO(checked.output);
  REQUIRE(checked.exit_code == 0);

  const auto all = run_command(in_site + " build --drafts --as-of 2099-12-31");  // the meeting and revision are in 2099
  INFO(all.output);
  REQUIRE(all.exit_code == 0);
  for (const std::string& page : std::vector<std::string>{
           "index.html",
           "404.html",
           "sitemap.xml",
           "feed.xml",
           "sok/index.html",
           "nytt/index.html",
           "revidering/index.html",
           "revidering/lysekils-kommun/index.html",
           "tillganglighet/index.html",
           "oppna-data/index.html",
           "handlingsplaner/index.html",
           "ansvariga/index.html",
           "lysekils-kommun/index.html",
           "lysekils-kommun/exempelpolicy/index.html",
           "lysekils-kommun/exempelpolicy/" + today + "/utskrift/index.html",
           "lysekils-kommun/exempelpolicy/jamfor/index.html",
           "lysekils-kommun/exempelpolicy/jamfor/" + today + "/2099-01-01/index.html",
           "lysekils-kommun/exempelpolicy/jamfor/" + today + "/2099-01-01/sida-vid-sida/index.html",  // a redirect
           "lysekils-kommun/exempelpolicy/handlingsplaner/handlingsplan/1/index.html",
           "lysekils-kommun/exempelpolicy/handlingsplaner/handlingsplan/utskrift/index.html",
           "lysekils-kommun/exempelpolicy/indikatorer/index.html",
           "moten/2099-01-02-kommunstyrelsen/index.html",
           "moten/2099-01-02-kommunstyrelsen/utskrift/index.html",
           "assets/style.css",
           "assets/search.js"}) {
    INFO(page);
    CHECK(fs::exists(site / "public" / page));
  }
  CHECK(files_with_missing_strings(site / "public").empty());
}

TEST_CASE("init --lang en makes an English site") {
  TempDir dir;
  const auto made = run_styrdok("init " + dir.path().string() + " --lang en --title 'Policies'");
  REQUIRE(made.exit_code == 0);
  CHECK_THAT(read_text(dir / "site.yaml"), Catch::Contains("\ntitle: Policies\n"));
  CHECK_THAT(read_text(dir / "site.yaml"), Catch::Contains("\nlanguage: en\n"));
  // The example's comments name what an English site shows for a value not known.
  const std::string today = run_command("date -u +%F").output.substr(0, 10);
  const std::string example = read_text(dir / ("content/example-municipality/example-policy/" + today + ".md"));
  CHECK_THAT(example, Catch::Contains("the site then shows \"Not known\""));
  CHECK_THAT(example, !Catch::Contains("Uppgift saknas"));
  const auto built = run_styrdok("build --quiet --source " + dir.path().string());
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  CHECK(fs::exists(dir / "public/example-municipality/example-policy/index.html"));
  CHECK_THAT(read_text(dir / "public/index.html"), Catch::Contains("Skip to content"));
  CHECK(files_with_missing_strings(dir / "public").empty());
}

TEST_CASE("init refuses a folder that is not empty and changes nothing") {
  TempDir dir;
  write_text(dir / "notes.txt", "mine");
  const auto r = run_styrdok("init " + dir.path().string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == dir.path().string() +
                        ": the folder is not empty; give a new or empty folder, e.g. 'styrdok init styrdokument'\n");
  CHECK(snapshot(dir.path()) == std::map<std::string, std::string>{{"notes.txt", "mine"}});

  CHECK(run_styrdok("init " + (dir / "new").string() + " --lang fi").exit_code == 2);
  CHECK_FALSE(fs::exists(dir / "new"));
}

TEST_CASE("init takes a folder holding only .git, as a fresh 'git init' leaves it") {
  TempDir dir;
  write_text(dir / ".git/HEAD", "ref: refs/heads/main\n");
  const auto r = run_styrdok("init " + dir.path().string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(fs::exists(dir / "site.yaml"));
  CHECK(read_text(dir / ".git/HEAD") == "ref: refs/heads/main\n");
  CHECK_THAT(r.output, Catch::Contains("\n  cd " + dir.path().string() + " && styrdok serve\n"));
}

TEST_CASE("init in the current folder says to run serve there, with no 'cd .'") {
  TempDir dir;
  const auto r = run_command("cd " + dir.path().string() + " && " + STYRDOK_BINARY + " init");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("then run\n  styrdok serve\nto preview the site"));
}

TEST_CASE("init's flags that cannot be used are mistakes on the command line, exit 2") {
  TempDir dir;
  const auto id = run_styrdok("init " + (dir / "new").string() + " --id 'Min kommun'");
  CHECK(id.exit_code == 2);
  CHECK(id.output ==
        "styrdok: --id 'Min kommun' cannot be a folder name; use lower-case letters, digits and "
        "hyphens, e.g. 'min-kommun'\n");
  const auto url = run_styrdok("init " + (dir / "new").string() + " --base-url x");
  CHECK(url.exit_code == 2);
  CHECK(url.output ==
        "styrdok: --base-url: 'x' is not an absolute web address such as https://example.org/styrdokument/\n");
  CHECK_FALSE(fs::exists(dir / "new"));
}

TEST_CASE("theme export writes the built-in theme, which builds the same site, and never overwrites") {
  TempDir dir;
  REQUIRE(run_styrdok("init " + dir.path().string()).exit_code == 0);
  const std::string source = " --source " + dir.path().string();
  REQUIRE(run_styrdok("build --quiet" + source + " --out " + (dir / "before").string()).exit_code == 0);

  const auto exported = run_styrdok("theme export " + dir.path().string());
  INFO(exported.output);
  REQUIRE(exported.exit_code == 0);
  for (const std::string file : {"templates/version.mustache", "templates/_header.mustache", "static/assets/style.css",
                                 "i18n/sv.yaml", "i18n/en.yaml", "scaffolds/version.md"}) {
    CHECK(read_text(dir / file) == read_text(fs::path(STYRDOK_SOURCE_DIR) / "themes/default" / file));
  }
  REQUIRE(run_styrdok("build --quiet" + source + " --out " + (dir / "after").string()).exit_code == 0);
  CHECK(snapshot(dir / "before") == snapshot(dir / "after"));

  write_text(dir / "templates/home.mustache", "mine");
  const auto again = run_styrdok("theme export " + dir.path().string());
  CHECK(again.exit_code == 1);
  // One line, not one for each of the theme's files.
  CHECK_THAT(again.output, Catch::Matches(dir.path().string() +
                                          ": [0-9]+ of the theme's files are already there \\([^ ]+ and [0-9]+ "
                                          "more\\); nothing was written; remove them first, or export into another "
                                          "folder\n"));
  CHECK(read_text(dir / "templates/home.mustache") == "mine");
  // A single file in the way is named as such.
  TempDir other;
  write_text(other / "templates/home.mustache", "mine");
  const auto one = run_styrdok("theme export " + other.path().string());
  CHECK(one.exit_code == 1);
  CHECK(one.output ==
        other.path().string() + "/templates/home.mustache: the file is already there; nothing was written\n");
}

TEST_CASE("check and build name a kept copy of a built-in file that has changed since the export") {
  TempDir dir;
  REQUIRE(run_styrdok("init " + dir.path().string()).exit_code == 0);
  REQUIRE(run_styrdok("theme export " + dir.path().string()).exit_code == 0);
  const std::string record = read_text(dir / "theme-export.txt");
  const std::string header = read_text(dir / "templates/_header.mustache");
  CHECK_THAT(record, Catch::Contains("\ntemplates/_header.mustache " + theme_file_fingerprint(header) + "\n"));
  const std::string source = " --source " + dir.path().string();
  CHECK_THAT(run_styrdok("check" + source).output, !Catch::Contains("theme-export.txt"));

  // As if an older styrdok had written it out: the header's line holds another fingerprint.
  write_text(
      dir / "theme-export.txt",
      std::regex_replace(record, std::regex("(templates/_header\\.mustache) [0-9a-f]{16}"), "$1 0123456789abcdef"));
  CHECK_THAT(run_styrdok("check" + source).output, !Catch::Contains("theme-export.txt"));  // the copy is today's file
  write_text(dir / "templates/_header.mustache", header + "<!-- ours -->\n");
  const std::string line =
      std::to_string(std::count(record.begin(), record.begin() + record.find("templates/_header"), '\n') + 1);
  for (const std::string command : {"check", "build"}) {  // (--quiet would leave out warnings)
    const auto r = run_styrdok(command + source);
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("theme-export.txt:" + line +
                                         ":1: warning: the built-in "
                                         "templates/_header.mustache has changed since it was copied here, and the "
                                         "site's copy replaces it; compare the two"));
    CHECK_THAT(r.output, Catch::Contains("then put " + theme_file_fingerprint(header) + " on this line"));
  }
  CHECK_THAT(run_styrdok("check --lang sv" + source).output,
             Catch::Contains("theme-export.txt:" + line +
                             ":1: varning: den inbyggda filen templates/_header.mustache "
                             "har ändrats sedan den kopierades hit, och webbplatsens kopia ersätter den; jämför de två "
                             "('styrdok theme export MAPP' skriver dagens i en tom mapp MAPP), för över det som behövs "
                             "och skriv sedan " +
                             theme_file_fingerprint(header) + " på den här raden"));
}

TEST_CASE("a site's own templates, static files and strings replace the built-in ones file by file") {
  TempDir dir;
  REQUIRE(run_styrdok("init " + dir.path().string()).exit_code == 0);
  write_text(dir / "i18n/sv.yaml", "footer_heading: Om vår webbplats\n");
  write_text(dir / "static/assets/extra.css", "p { color: #000; }\n");
  write_text(dir / "static/assets/print.css", "/* our print */\n");
  // A theme copied into the site before the theme was built in, with a
  // strings file that lacks every string added since.
  write_text(dir / "themes/default/i18n/sv.yaml", "skip_link: Till innehållet\nfooter_heading: Om oss\n");
  write_text(dir / "themes/default/templates/not_found.mustache", "<p>{{t.skip_link}}</p>\n");
  const auto built = run_styrdok("build --quiet --source " + dir.path().string());
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  const std::string home = read_text(dir / "public/index.html");
  CHECK_THAT(home, Catch::Contains("Om vår webbplats"));            // i18n/ over themes/default/i18n/
  CHECK_THAT(home, Catch::Contains("Till innehållet"));             // the copied theme's string
  CHECK_THAT(home, Catch::Contains("Tillgänglighetsredogörelse"));  // built in: the copy lacks it
  CHECK(read_text(dir / "public/404.html") == "<p>Till innehållet</p>\n");
  CHECK(read_text(dir / "public/assets/extra.css") == "p { color: #000; }\n");
  CHECK(read_text(dir / "public/assets/print.css") == "/* our print */\n");
  CHECK(read_text(dir / "public/assets/style.css") ==
        read_text(fs::path(STYRDOK_SOURCE_DIR) / "themes/default/static/assets/style.css"));
  CHECK(files_with_missing_strings(dir / "public").empty());
}
