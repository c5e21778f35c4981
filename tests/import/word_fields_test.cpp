// What Word keeps inside other elements: content controls (a municipal
// template's fields, w:sdt) in a paragraph or a table cell, text moved or
// inserted under tracked changes, and line breaks (Shift+Enter) on a front
// page. Before, the fields' and the moved text's words were lost without a
// word, and a front page of paragraphs with line breaks gave a garbage
// title, type and decided_by.
#include <catch2/catch.hpp>

#include "import/docx_reader.h"
#include "import/importer.h"
#include "support/hand_made_docx.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

std::string field(const std::string& tag, const std::string& runs) {
  return "<w:sdt><w:sdtPr><w:tag w:val=\"" + tag + "\"/></w:sdtPr><w:sdtContent>" + runs + "</w:sdtContent></w:sdt>";
}

std::string bold(const std::string& t) {
  return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>";
}

const std::string kBreak = "<w:r><w:br/></w:r>";

const std::string kStyles =
    "<w:styles><w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";

std::string docx(const std::string& body) {
  return docx_of(
      {{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"}, {"word/styles.xml", kStyles}});
}

std::string heading(const std::string& words) {
  return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + text(words) + "</w:p>";
}

struct Imported {
  std::string file;
  std::string path;
  std::string report;
};

Imported imported(const std::string& bytes) {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"distans.docx", "", "", nullptr}, bytes, site, diagnostics);
  REQUIRE(r);
  Imported out{r->file.text, r->file.path, ""};
  for (const auto& line : r->report) out.report += line + "\n";
  return out;
}

std::vector<std::string> lines_of(const std::string& bytes) {
  std::string error;
  const auto source = read_docx(bytes, error);
  INFO(error);
  REQUIRE(source);
  std::vector<std::string> out;
  for (const auto& l : source->lines) out.push_back(l.text);
  return out;
}

}  // namespace

TEST_CASE("the words in Word's content controls are read, in a paragraph and in a table cell") {
  const std::string bytes = docx(
      paragraph(text("Riktlinjer för distansarbete")) +
      paragraph(bold("Beslutad av: ") + field("Beslutsinstans", text("Kommunfullmäktige"))) + "<w:tbl><w:tr><w:tc>" +
      paragraph(text("Datum")) + "</w:tc><w:tc>" + field("Datum", paragraph(text("2022-05-11 § 77"))) +
      "</w:tc></w:tr><w:tr>" +
      field("Rad", "<w:tc>" + paragraph(text("Dnr")) + "</w:tc><w:tc>" + paragraph(text("KS 2022/310")) + "</w:tc>") +
      "</w:tr>" +
      field("Rader", "<w:tr><w:tc>" + paragraph(text("Giltig till")) + "</w:tc><w:tc>" +
                         paragraph(field("Giltig", text("2024-12-31"))) + "</w:tc></w:tr>") +
      "</w:tbl>" + heading("Syfte") +
      paragraph(text("Chefen bedömer om arbetsuppgifterna lämpar sig för distansarbete") +
                field("x", text(" (närmaste chef enligt delegationsordningen)")) + text(".")));
  CHECK(lines_of(bytes) == std::vector<std::string>{"Riktlinjer för distansarbete",
                                                    "**Beslutad av:** Kommunfullmäktige", "Datum\t2022-05-11 § 77",
                                                    "Dnr\tKS 2022/310", "Giltig till\t2024-12-31", "Syfte",
                                                    "Chefen bedömer om arbetsuppgifterna lämpar sig för distansarbete "
                                                    "(närmaste chef enligt delegationsordningen)."});
  const auto r = imported(bytes);
  INFO(r.report);
  CHECK(r.path == "content/lysekil/riktlinjer-for-distansarbete/2022-05-11.md");
  CHECK_THAT(r.file, Catch::Contains("\ndecided_by: Kommunfullmäktige\n"));
  CHECK_THAT(r.file, Catch::Contains("\nregistration_number: KS 2022/310\n"));
  CHECK_THAT(r.file, Catch::Contains("\nvalid_until: 2024-12-31\n"));
  CHECK_THAT(r.report, !Catch::Contains("warning"));
}

TEST_CASE("tracked changes: the text as it reads with them accepted, and a warning that it may be a draft") {
  const std::string bytes =
      docx(paragraph(text("Riktlinjer för distansarbete")) + paragraph(text("Beslutad av: Kommunstyrelsen")) +
           heading("Syfte") +
           paragraph(text("Chefen bedömer om arbetet passar.") + "<w:moveTo w:id=\"1\" w:author=\"Anna\">" +
                     text(" Beslutet dokumenteras skriftligt.") + "</w:moveTo><w:ins w:id=\"2\" w:author=\"Anna\">" +
                     text(" Uppkopplingen ska vara säker.") +
                     "</w:ins><w:del w:id=\"3\" w:author=\"Anna\"><w:r><w:delText> Borttagen mening.</w:delText>"
                     "</w:r></w:del><w:moveFrom w:id=\"4\" w:author=\"Anna\">" +
                     text(" Flyttad härifrån.") + "</w:moveFrom>"));
  CHECK(lines_of(bytes).back() ==
        "Chefen bedömer om arbetet passar. Beslutet dokumenteras skriftligt. Uppkopplingen ska vara säker.");
  const auto r = imported(bytes);
  CHECK_THAT(r.report, Catch::StartsWith("warning: the Word file holds tracked changes that are not accepted or "
                                         "rejected, so it may be a draft; its text is imported with them accepted; "
                                         "accept or reject them in Word (Review) and import it again\n"));
  // Without tracked changes, no warning.
  CHECK_THAT(imported(docx(paragraph(text("Riktlinjer för distansarbete")) + heading("Syfte") +
                           paragraph(text("Chefen bedömer om arbetet passar."))))
                 .report,
             !Catch::Contains("tracked changes"));
}

TEST_CASE("a Word front page of paragraphs with line breaks is read line by line, the text as paragraphs") {
  const std::string bytes =
      docx(paragraph(bold("LYSEKILS") + kBreak + bold("KOMMUN")) +
           paragraph(text("Strategi") + kBreak + text("Program") + kBreak + text("Plan") + kBreak + text("Policy") +
                     kBreak + text(">> Riktlinjer") + kBreak + text("Regler")) +
           paragraph(text("Lysekils kommuns") + kBreak + bold("Riktlinjer för") + kBreak + bold("integrationsarbete")) +
           paragraph(text("Fastställt av:\tKommunfullmäktige") + kBreak + text("Datum:\t2021-05-19, § 63") + kBreak +
                     text("För revidering ansvarar:\tKommunstyrelsen") + kBreak + text("Dnr:\tLKS 2021-000173")) +
           heading("Inledning") +
           paragraph(text("Lysekils kommun behöver fler invånare.") + kBreak +
                     text("Inkludering och integration är viktiga faktorer.")));
  const auto r = imported(bytes);
  INFO(r.report);
  CHECK(r.path == "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md");
  CHECK_THAT(r.file, Catch::Contains("\ntitle: Riktlinjer för integrationsarbete\ntype: riktlinjer\n"));
  CHECK_THAT(r.file, Catch::Contains("\ndecided_by: Kommunfullmäktige\n"));
  CHECK_THAT(r.file, Catch::Contains("\nregistration_number: LKS 2021-000173\n"));
  CHECK_THAT(r.file, Catch::EndsWith("---\n\n## Inledning\n\nLysekils kommun behöver fler invånare. Inkludering och "
                                     "integration är viktiga faktorer.\n"));
}

TEST_CASE("headings a Word file makes by hand, bold and large, are headings at levels by their sizes") {
  // Before, a file without heading styles gave no headings: each was a **bold** paragraph.
  auto by_hand = [](const std::string& words, int half_points) {
    return paragraph("<w:r><w:rPr><w:b/><w:sz w:val=\"" + std::to_string(half_points) +
                     "\"/></w:rPr><w:t xml:space=\"preserve\">" + words + "</w:t></w:r>");
  };
  const auto r = imported(docx_of(
      {{"word/document.xml",
        "<w:document><w:body>" + paragraph(text("Riktlinjer för avfallshantering")) +
            paragraph(text("Beslutad av: Kommunfullmäktige")) + by_hand("Inledning", 32) +
            paragraph(text("Dessa riktlinjer anger hur kommunen ska hantera avfall.")) + by_hand("Bakgrund", 28) +
            paragraph(text("Kommunen ansvarar för insamling av hushållsavfall.")) + by_hand("Ansvar", 32) +
            paragraph(bold("Observera att varje nämnd ansvarar för sitt eget avfall.")) +
            paragraph(text("Nämnderna rapporterar till kommunstyrelsen.")) + "</w:body></w:document>"}}));
  INFO(r.report);
  CHECK_THAT(r.file,
             Catch::EndsWith("---\n\n## Inledning\n\nDessa riktlinjer anger hur kommunen ska hantera avfall.\n\n"
                             "### Bakgrund\n\nKommunen ansvarar för insamling av hushållsavfall.\n\n## Ansvar\n\n"
                             "**Observera att varje nämnd ansvarar för sitt eget avfall.**\n\n"
                             "Nämnderna rapporterar till kommunstyrelsen.\n"));
}

TEST_CASE("a cell merged with the one above it repeats its text, so that each row reads on its own") {
  // Before, the rows under a merged cell had an empty cell.
  auto cell = [](const std::string& props, const std::string& words) {
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + paragraph(text(words)) + "</w:tc>";
  };
  const std::string bytes =
      docx_of({{"word/document.xml",
                "<w:document><w:body><w:tbl><w:tr>" + cell("", "Område") + cell("", "Åtgärd") + "</w:tr><w:tr>" +
                    cell("<w:vMerge w:val=\"restart\"/>", "Belysning") + cell("", "Byta armaturer") + "</w:tr><w:tr>" +
                    "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + cell("", "Belysa gångvägar") + "</w:tr><w:tr>" +
                    cell("<w:gridSpan w:val=\"2\"/>", "Summa") + "</w:tr></w:tbl></w:body></w:document>"}});
  CHECK(lines_of(bytes) == std::vector<std::string>{"Område\tÅtgärd", "Belysning\tByta armaturer",
                                                    "Belysning\tBelysa gångvägar", "Summa"});
}
