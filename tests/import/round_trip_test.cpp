// Round trip: every example version printed to PDF (`styrdok pdf`, headless
// Chromium) and to Word (its print edition through pandoc), imported back
// with `styrdok import`, and compared with content/. The tolerance:
// - metadata: every key the print edition shows, exactly (title, type, who
//   decided it and when, §, diarienummer, validity, owner, unit, scope,
//   preparer, reviewer, next review, summary; "unknown" and absent are the same);
// - headings: every heading, its level and text, in order, exactly;
// - lists: from Word, every list item's words, in order, exactly; from PDF,
//   the words of all list items, in order, exactly: the print edition draws
//   its bullets as shapes, not text, so where an item ends is read from where
//   its last line ends, and an item whose last line fills the line is joined
//   with the next;
// - text: at least 95% of the words of the paragraphs and items, in order.
// The imported site passes `styrdok check`. Needs chromium and pandoc
// (scripts/install-deps.sh --test); about 20 s.
#include <catch2/catch.hpp>

#include "import/version_parts.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

struct Example {
  const char* address;  // the version's address, without the trailing '/'
};

const Example kExamples[] = {{"lysekil/riktlinjer-for-integrationsarbete/2021-05-19"},
                             {"stenungsund/integrationspolicy/2023-12-14"},
                             {"dals-ed/integrationspolicy/odaterad"},
                             {"dals-ed/integrationspolicy/2015-03-16"},
                             {"dals-ed/integrationspolicy/2016-02-10"}};

const char* const kMetadataKeys[] = {
    "title",       "type",        "decided_by",     "decision_date",    "paragraph",  "registration_number",
    "valid_from",  "valid_until", "document_owner", "responsible_unit", "revised_by", "applies_to",
    "prepared_by", "review_by",   "summary"};

void require_tool(const std::string& tool, const std::string& package) {
  if (std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) != 0) {
    FAIL(tool + " is not installed; the import round trip needs it (apt install " + package +
         ", or scripts/install-deps.sh --test)");
  }
}

// The print edition's <article>, as a page of its own for pandoc.
std::string article_of(const fs::path& version_page) {
  std::string html = read_text(version_page);
  const auto begin = html.find("<article");
  REQUIRE(begin != std::string::npos);
  // What the page prints: print.css leaves out what follows the text and
  // the links of the header (print-only parts stay in).
  auto end = html.find("<section class=\"goal-followup\"");
  if (end == std::string::npos) end = html.find("<section class=\"citation\"");
  REQUIRE(end != std::string::npos);
  html = html.substr(begin, end - begin) + "</article>";
  for (const auto& [open, close] :
       std::vector<std::pair<std::string, std::string>>{{"<ul class=\"status-links\">", "</ul>"},
                                                        {"<nav class=\"editions\"", "</nav>"},
                                                        {"<p class=\"print-link\"", "</p>"}}) {
    const auto at = html.find(open);
    if (at != std::string::npos) html.erase(at, html.find(close, at) + close.size() - at);
  }
  return "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"></head><body>" + html + "</body></html>\n";
}

// Imports `file` into its own document folder and compares the version with content/.
void import_and_compare(const fs::path& site, const fs::path& file, const std::string& address,
                        const std::string& kind) {
  INFO(kind + ": " + address);
  const auto slash = address.rfind('/');
  const std::string document = address.substr(0, slash);  // organisation/folder
  const std::string version = address.substr(slash + 1);
  const std::string into = document + "-" + kind + "-" + version;
  const auto r = run_styrdok("import --source " + site.string() + " --into " + into + " " + file.string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto got = parts_of(read_text(site / "content" / into / (version + ".md")));
  const auto want = parts_of(read_text(fs::path(STYRDOK_SOURCE_DIR) / "content" / (address + ".md")));
  for (const char* key : kMetadataKeys) {
    INFO(key);
    CHECK(value_of(got, key) == value_of(want, key));
  }
  CHECK(got.headings == want.headings);
  if (kind == "docx") {
    CHECK(got.list_items == want.list_items);
  } else {
    auto flat = [](const std::vector<std::vector<std::string>>& items) {
      std::vector<std::string> out;
      for (const auto& item : items) out.insert(out.end(), item.begin(), item.end());
      return out;
    };
    CHECK(flat(got.list_items) == flat(want.list_items));
  }
  const double share = share_in_order(want.words, got.words);
  INFO("words in order: " << share);
  CHECK(share >= 0.95);
}

}  // namespace

TEST_CASE("every example version printed to PDF and Word imports back to its metadata, headings, lists and text") {
  require_tool("chromium", "chromium");
  require_tool("pandoc", "pandoc");
  TempDir work;
  std::string addresses;
  for (const auto& e : kExamples) addresses += std::string(" ") + e.address + "/";
  const auto printed = run_styrdok("pdf --quiet --drafts --engine chromium --source " +
                                   std::string(STYRDOK_SOURCE_DIR) + " --out " + (work / "pdf").string() + addresses);
  INFO(printed.output);
  REQUIRE(printed.exit_code == 0);
  const fs::path built = built_example("--drafts");

  const fs::path site = work / "site";
  write_text(site / "site.yaml", read_text(fs::path(STYRDOK_SOURCE_DIR) / "site.yaml"));
  for (const auto& e : kExamples) {
    const std::string address = e.address;
    import_and_compare(site, work / "pdf" / (address + ".pdf"), address, "pdf");

    const fs::path html = work / "docx" / (address + ".html");
    write_text(html, article_of(built / address / "index.html"));
    const fs::path docx = work / "docx" / (address + ".docx");
    const auto converted =
        run_command("pandoc -f html -t docx -o '" + docx.string() + "' '" + html.string() + "' 2>/dev/null");
    REQUIRE(converted.exit_code == 0);
    import_and_compare(site, docx, address, "docx");
  }
  const auto checked = run_styrdok("check --source " + site.string());
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
}

TEST_CASE("a Word document with its metadata in a table, numbered headings, lists, emphasis, a link and a table") {
  require_tool("pandoc", "pandoc");
  TempDir work;
  write_text(work / "site/site.yaml", site_yaml());
  write_text(work / "bidrag.md",
             "# Riktlinjer för bidrag\n\n| Uppgift | Värde |\n|---|---|\n| Beslutad av | Kommunstyrelsen |\n"
             "| Datum | den 4 juni 2018 § 12 |\n| Dnr | KS 2018/44 |\n| Giltig t.o.m. | Tills vidare |\n"
             "| Kontaktperson | Anna Andersson, anna@example.org |\n\n## 1. Inledning\n\n"
             "Text med **fet** och *kursiv* stil och en [länk](https://example.org/).\n\n1. Första\n2. Andra\n\n"
             "- Punkt\n    - Underpunkt\n\n### 1.1 Mått\n\n| Mått | Mål |\n|---|---|\n| A | 1 |\n");
  const fs::path docx = work / "bidrag.docx";
  REQUIRE(run_command("pandoc -f markdown -t docx -o '" + docx.string() + "' '" + (work / "bidrag.md").string() + "'")
              .exit_code == 0);
  const auto r = run_styrdok("import --source " + (work / "site").string() + " " + docx.string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(read_text(work / "site/content/lysekil/riktlinjer-for-bidrag/2018-06-04.md") ==
        "---\n"
        "# Imported with 'styrdok import' from bidrag.docx. Check every value against the source; a value it does "
        "not give is unknown.\n"
        "title: Riktlinjer för bidrag\n"
        "type: riktlinjer\n"
        "decided_by: Kommunstyrelsen\n"
        "decision_date: 2018-06-04\n"
        "paragraph: \"12\"\n"
        "registration_number: KS 2018/44\n"
        "valid_until: until_further_notice\n"
        "# --- styrdok import: as the source writes it; split it into name, role, phone and email under\n"
        "# 'contact:' (see docs/content-format.md) ---\n"
        "# contact: Anna Andersson, anna@example.org\n"
        "# --- end ---\n"
        "---\n\n"
        "## 1. Inledning\n\n"
        "Text med **fet** och *kursiv* stil och en [länk](https://example.org/).\n\n"
        "1. Första\n2. Andra\n\n"
        "- Punkt\n  - Underpunkt\n\n"
        "### 1.1 Mått\n\n"
        "| Mått | Mål |\n| --- | --- |\n| A | 1 |\n");
  CHECK(run_styrdok("check --source " + (work / "site").string()).exit_code == 0);
}

TEST_CASE("a Word document's picture is imported beside the version and published with it") {
  require_tool("pandoc", "pandoc");
  TempDir work;
  write_text(work / "site/site.yaml", site_yaml());
  // Any bytes will do for pandoc and styrdok, which copy a picture unread.
  const std::string picture = "\x89PNG\r\n\x1a\n" + std::string(64, 'p');
  write_text(work / "karta.png", picture);
  write_text(work / "kartor.md",
             "# Riktlinjer för kartor\n\nBeslutad av kommunstyrelsen 2022-03-01, § 7.\n\n## Syfte\n\n"
             "Kommunens kartor ska vara lätta att läsa för alla som bor och verkar i kommunen.\n\n"
             "![Karta över kommunens förskolor](karta.png)\n");
  const fs::path docx = work / "kartor.docx";
  REQUIRE(run_command("cd '" + work.path().string() + "' && pandoc -f markdown -t docx -o kartor.docx kartor.md")
              .exit_code == 0);
  const auto r = run_styrdok("import --source " + (work / "site").string() + " " + docx.string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("  picture: 2022-03-01-bild-1.png (paragraph 5)\n"));
  const fs::path folder = work / "site/content/lysekil/riktlinjer-for-kartor";
  CHECK(read_text(folder / "2022-03-01-bild-1.png") == picture);
  CHECK_THAT(read_text(folder / "2022-03-01.md"),
             Catch::Contains("\n![Karta över kommunens förskolor](2022-03-01-bild-1.png)\n"));
  const auto built = run_styrdok("build --quiet --source " + (work / "site").string());
  INFO(built.output);
  REQUIRE(built.exit_code == 0);
  CHECK(read_text(work / "site/public/lysekil/riktlinjer-for-kartor/2022-03-01-bild-1.png") == picture);
  CHECK_THAT(read_text(work / "site/public/lysekil/riktlinjer-for-kartor/index.html"),
             Catch::Contains("<img src=\"../../lysekil/riktlinjer-for-kartor/2022-03-01-bild-1.png\" alt=\"Karta över "
                             "kommunens förskolor\">"));
}
