// A PDF's metadata table whose value cells wrap: the value goes on in its
// column on the lines below. Before, only the first line was read
// ("applies_to: Alla anställda i kommunens"), and the rest was left out as
// "before the text".
#include <catch2/catch.hpp>

#include "import/importer.h"
#include "support/hand_made_pdf.h"
#include "support/imported_file.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

// Text at x, y on one page, in Helvetica 11 pt.
std::string page_of(const std::vector<std::tuple<int, int, std::string>>& texts) {
  std::string draw = "BT /F1 11 Tf";
  for (const auto& [x, y, text] : texts)
    draw += " 1 0 0 1 " + std::to_string(x) + " " + std::to_string(y) + " Tm (" + text + ") Tj";
  draw += " ET";
  return one_page_pdf(draw);
}

}  // namespace

TEST_CASE("a PDF metadata table's value that wraps in its cell is read whole") {
  // Rows 24 points apart, as a table's padding sets them; a cell's lines 13.
  const std::string pdf = page_of({{72, 760, "Policy for bisysslor"},
                                   {72, 720, "Beslutad av"},
                                   {165, 720, "Kommunfullmaktige"},
                                   {72, 696, "Beslutsdatum"},
                                   {165, 696, "2022-11-24"},
                                   {72, 672, "Galler for"},
                                   {165, 672, "Alla anstallda i kommunens"},
                                   {165, 659, "forvaltningar och bolag"},
                                   {72, 635, "Dokumentansvarig"},
                                   {165, 635, "HR-chef"},
                                   {72, 590, "Kommunen vill att alla anstallda ska kunna ha bisysslor som inte"},
                                   {72, 576, "paverkar arbetet, och darfor finns denna policy med regler."}});
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"bisysslor.pdf", "", "", nullptr}, pdf, site, diagnostics);
  REQUIRE(r);
  std::string report;
  for (const auto& line : r->report) report += line + "\n";
  INFO(report);
  CHECK_THAT(r->file.text, Catch::Contains("\napplies_to: Alla anstallda i kommunens forvaltningar och bolag\n"));
  CHECK_THAT(r->file.text, Catch::Contains("\ndocument_owner: HR-chef\n"));
  CHECK_THAT(report, !Catch::Contains("before the text"));
}

namespace {

// A page with a title and metadata over two columns of prose, each line of
// a column long enough that the next line's first word would not have fit
// on it (as a typesetter breaks lines), drawn row by row (both columns'
// first lines, then their second lines …) or a column at a time.
std::string two_column_page(bool row_by_row) {
  const std::vector<std::string> left = {
      "Miljoprogrammet beskriver hur kommunen",   "arbetsmetoderna utvecklar under hela",
      "programperioden och vilka malsattningar",  "kommunfullmaktige har beslutat om infor",
      "uppfoljningen som redovisas varje ar och", "kommunstyrelsen ansvarar for arbetet med"};
  const std::vector<std::string> right = {
      "sammanstallningen av alla resultat",   "som de lamnar in.",
      "Klimatpaverkan fran kommunens egna",   "verksamheter ska minska med halften",
      "jamfort med utslappen under ar 2019.", "Ingen mer text i den hoger spalten har."};
  std::vector<std::tuple<int, int, std::string>> texts = {{72, 760, "Miljoprogram for kommunen"},
                                                          {72, 740, "Beslutad av: Kommunfullmaktige"},
                                                          {72, 726, "Datum: 2022-06-04"},
                                                          {72, 700, "Inledning over hela sidans bredd"}};
  for (int column = 0; column < (row_by_row ? 1 : 2); ++column) {
    for (int row = 0; row < 6; ++row) {
      if (row_by_row || column == 0) texts.emplace_back(72, 680 - row * 14, left[static_cast<std::size_t>(row)]);
      if (row_by_row || column == 1) texts.emplace_back(310, 680 - row * 14, right[static_cast<std::size_t>(row)]);
    }
  }
  return page_of(texts);
}

}  // namespace

TEST_CASE("a PDF page set in two columns is read a column at a time, and named in the report") {
  // Before, the columns' lines came out side by side with a tab between them, as paragraphs of one line and a
  // list, and the report said only to check the page by hand.
  for (const bool row_by_row : {true, false}) {
    INFO((row_by_row ? "drawn row by row" : "drawn a column at a time"));
    const auto [text, path, report] = imported("miljo.pdf", two_column_page(row_by_row));
    INFO(report << text);
    CHECK_THAT(text, !Catch::Contains("\t"));
    // The left column's lines, then the right's, the paragraph going on from the foot of one to the top of
    // the next; a new paragraph after the line that ends short.
    CHECK_THAT(text, Catch::Contains("Inledning over hela sidans bredd"));
    CHECK_THAT(text, Catch::Contains("Miljoprogrammet beskriver hur kommunen arbetsmetoderna utvecklar under hela "
                                     "programperioden"));
    CHECK_THAT(text, Catch::Contains("kommunstyrelsen ansvarar for arbetet med sammanstallningen av alla resultat "
                                     "som de lamnar in.\n\nKlimatpaverkan fran kommunens "
                                     "egna verksamheter"));
    CHECK(text.find("Inledning") < text.find("Miljoprogrammet beskriver"));
    CHECK_THAT(report, Catch::Contains("page 1 is set in two columns and was read a column at a time"));
    CHECK_THAT(report, !Catch::Contains("check page 1 by hand"));
  }
}

TEST_CASE("a PDF table of short cells in two columns is not read as columns of prose, and is named for checking") {
  std::vector<std::tuple<int, int, std::string>> texts = {
      {72, 760, "Taxa for kommunen"},
      {72, 740, "Beslutad av: Kommunfullmaktige"},
      {72, 726, "Datum: 2022-06-04"},
      {72, 700, "Avgifterna galler fran och med den forsta januari"}};
  for (int row = 0; row < 8; ++row) {
    texts.emplace_back(72, 680 - row * 14, "Arende " + std::to_string(row + 1));
    texts.emplace_back(310, 680 - row * 14, std::to_string(100 * (row + 1)) + " kr");
  }
  const auto [text, path, report] = imported("taxa.pdf", page_of(texts));
  INFO(report << text);
  CHECK_THAT(report, !Catch::Contains("two columns"));
  // Poppler gives such a table a column at a time, which the import does not put back into rows: it says so.
  CHECK_THAT(report, Catch::Contains("check page 1 by hand"));
}
