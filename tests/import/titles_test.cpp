// The title an import finds, which names the document's folder and so its
// permanent address. Before: a Word title in two Title paragraphs gave its
// last line alone, a PDF whose title is set as large as its text gave
// "LYSEKILS KOMMUN", and a label the metadata reader did not know
// ("Ersätter: …") right after the metadata was joined to the title.
#include <catch2/catch.hpp>

#include "import/importer.h"
#include "support/hand_made_docx.h"
#include "support/hand_made_pdf.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

std::string title_of(const std::string& name, const std::string& bytes) {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({name, "", "", nullptr}, bytes, site, diagnostics);
  REQUIRE(r);
  const auto at = r->file.text.find("\ntitle: ");
  REQUIRE(at != std::string::npos);
  return r->file.text.substr(at + 8, r->file.text.find('\n', at + 1) - at - 8);
}

const std::string kText =
    "Kommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga i vardagen.";

std::string docx(const std::string& front) {
  const std::string styles =
      "<w:styles><w:style w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
      "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
  const std::string body = front + paragraph(text("Beslutad av: Kommunfullmäktige")) +
                           "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + text("Syfte") + "</w:p>" +
                           paragraph(text(kText));
  return docx_of(
      {{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"}, {"word/styles.xml", styles}});
}

std::string in_title_style(const std::string& words) {
  return "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" + text(words) + "</w:p>";
}

std::string bold(const std::string& words) {
  return paragraph("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + words + "</w:t></w:r>");
}

// A page of lines in one size, from the top.
std::string pdf(const std::vector<std::string>& lines) {
  std::string draw = "BT /F1 11 Tf 72 760 Td";
  for (const auto& line : lines) draw += " (" + line + ") Tj 0 -20 Td";
  draw += " ET";
  return one_page_pdf(draw);
}

}  // namespace

TEST_CASE("a Word title in two Title paragraphs, or two bold ones, is one title") {
  CHECK(title_of("a.docx", docx(in_title_style("Riktlinjer för") + in_title_style("avfallshantering"))) ==
        "Riktlinjer för avfallshantering");
  CHECK(title_of("a.docx", docx(in_title_style("LYSEKILS KOMMUN") + paragraph(text("Kommunstyrelsen")) +
                                in_title_style("Riktlinjer för") + in_title_style("avfallshantering"))) ==
        "Riktlinjer för avfallshantering");
  CHECK(title_of("a.docx", docx(bold("Riktlinjer för") + bold("avfallshantering"))) ==
        "Riktlinjer för avfallshantering");
}

TEST_CASE("the organisation's name is no title, nor part of one") {
  const std::vector<std::string> rest = {"Beslutad av: Kommunfullmaktige", "Datum: 2021-05-19",
                                         "Kommunen vill att alla invanare ska kunna delta i samhallslivet och",
                                         "kanna sig trygga i vardagen, i skolan, pa fritiden och pa arbetet."};
  std::vector<std::string> lines = {"LYSEKILS KOMMUN", "Riktlinjer for integration"};
  lines.insert(lines.end(), rest.begin(), rest.end());
  CHECK(title_of("a.pdf", pdf(lines)) == "Riktlinjer for integration");
  lines = {"Lysekils kommuns Riktlinjer for integration"};
  lines.insert(lines.end(), rest.begin(), rest.end());
  CHECK(title_of("a.pdf", pdf(lines)) == "Riktlinjer for integration");
}

TEST_CASE("a label after the metadata block is not part of the title") {
  CHECK(title_of("m6.txt",
                 "Policy för informationssäkerhet\n\nFastställd av kommunstyrelsen den 3 februari 2022 § 15\n"
                 "Dnr KS 2022/15\nErsätter: Informationssäkerhetspolicy antagen 2016-05-12 § 60\n\nInledning\n\n" +
                     kText + "\n") == "Policy för informationssäkerhet");
}
