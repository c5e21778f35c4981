// Where an imported document's text begins. Before, a label-like line after
// the text's start ("Kontakt" and the line under it, a table of document
// information at the end) was taken as the last line of the metadata block,
// and every section before it was left out as "before the text": a version
// with an empty body, published as in force. And a metadata block right
// after a Word table of contents was never read.
#include <catch2/catch.hpp>

#include "import/importer.h"
#include "support/hand_made_docx.h"
#include "support/imported_file.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

std::string styled(const std::string& style, const std::string& words) {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + text(words) + "</w:p>";
}

const std::string kStyles =
    "<w:styles><w:style w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
    "<w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
    "<w:style w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style></w:styles>";

std::string docx(const std::string& body) {
  return docx_of(
      {{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"}, {"word/styles.xml", kStyles}});
}

}  // namespace

TEST_CASE("a 'Kontakt' section after short sections does not end the metadata block") {
  const auto r = imported("kontakt.txt",
                          "Riktlinjer för felanmälan\n\nBeslutad av: Tekniska nämnden\nDatum: 2023-04-12 § 33\n\n"
                          "Syfte\n\nRiktlinjerna beskriver hur invånare gör en felanmälan.\n\nSå gör du\n\n"
                          "Ring kundtjänst eller använd e-tjänsten på webbplatsen.\n\nHandläggning\n\n"
                          "En felanmälan ska vara åtgärdad inom fem arbetsdagar.\n\nKontakt\n\n"
                          "Kundtjänst svarar vardagar 8–16.\n");
  INFO(r.report);
  CHECK(r.path == "content/lysekil/riktlinjer-for-felanmalan/2023-04-12.md");
  CHECK_THAT(r.file, Catch::EndsWith("---\n\n## Syfte\n\nRiktlinjerna beskriver hur invånare gör en felanmälan.\n\n"
                                     "## Så gör du\n\nRing kundtjänst eller använd e-tjänsten på webbplatsen.\n\n"
                                     "## Handläggning\n\nEn felanmälan ska vara åtgärdad inom fem arbetsdagar.\n\n"
                                     "## Kontakt\n\nKundtjänst svarar vardagar 8–16.\n"));
  CHECK_THAT(r.file, !Catch::Contains("contact"));
  CHECK_THAT(r.report, !Catch::Contains("before the text"));
  CHECK_THAT(r.report, Catch::Contains("text: 4 headings, 4 paragraphs, 0 list items, 0 tables"));
}

TEST_CASE("a Word file's document information at its end stays in the text") {
  const auto r = imported(
      "alkohol.docx",
      docx(styled("Title", "Riktlinjer vid alkohol") + styled("Heading1", "Syfte") +
           paragraph(text("Riktlinjerna stödjer chefer vid misstanke om missbruk.")) + styled("Heading1", "Ansvar") +
           paragraph(text("Chefen kan ta stöd av HR-avdelningen i varje ärende.")) +
           paragraph(text("Dokumentinformation")) + "<w:tbl><w:tr><w:tc>" + paragraph(text("Beslutad av")) +
           "</w:tc><w:tc>" + paragraph(text("Kommunstyrelsen")) + "</w:tc></w:tr><w:tr><w:tc>" +
           paragraph(text("Datum")) + "</w:tc><w:tc>" + paragraph(text("2022-01-10")) + "</w:tc></w:tr></w:tbl>"));
  INFO(r.report);
  CHECK_THAT(r.file,
             Catch::Contains("\n## Syfte\n\nRiktlinjerna stödjer chefer vid misstanke om missbruk.\n\n## Ansvar\n\n"
                             "Chefen kan ta stöd av HR-avdelningen i varje ärende.\n\nDokumentinformation\n\n"
                             "| Beslutad av | Kommunstyrelsen |\n"));
  CHECK_THAT(r.file, !Catch::Contains("summary"));
  CHECK_THAT(r.report, !Catch::Contains("before the text"));
}

TEST_CASE("an import that reads no text says so first in its report") {
  const auto r = imported("tom.txt",
                          "Riktlinjer för felanmälan\n\nBeslutad av: Tekniska nämnden\n"
                          "Datum: 2023-04-12 § 33\n");
  CHECK_THAT(r.report, Catch::StartsWith("warning: no text was read, so the version file has none; compare it with "
                                         "the source and copy the text in by hand, or import the file again when it "
                                         "has text (a scanned PDF: run OCR first)\n"));
}

TEST_CASE("a metadata block right after a Word table of contents is read") {
  const auto toc_entry = [](const std::string& title, const std::string& page) {
    return "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:hyperlink w:anchor=\"_Toc1\">" + text(title) +
           "<w:r><w:tab/></w:r>" + text(page) + "</w:hyperlink></w:p>";
  };
  const std::string front = styled("Title", "Riktlinjer för avfallshantering") + "<w:sdt><w:sdtContent>" +
                            paragraph(text("Innehåll")) + toc_entry("Inledning", "2") + toc_entry("Ansvar", "3") +
                            "</w:sdtContent></w:sdt>";
  const std::string text_of =
      styled("Heading1", "Inledning") + paragraph(text("Dessa riktlinjer anger hur kommunen ska hantera avfall.")) +
      styled("Heading1", "Ansvar") + paragraph(text("Varje nämnd ansvarar för sitt eget avfall."));
  for (const auto& [what, metadata] :
       {std::pair{"lines", paragraph(text("Beslutad av: Kommunfullmäktige")) +
                               paragraph(text("Datum: 2021-03-15 § 42")) + paragraph(text("Dnr KS 2021/123")) +
                               paragraph(text("Giltig till: 2025-12-31"))},
        std::pair{"a table named above it",
                  paragraph(text("Dokumentinformation")) + "<w:tbl><w:tr><w:tc>" + paragraph(text("Beslutad av")) +
                      "</w:tc><w:tc>" + paragraph(text("Kommunfullmäktige")) + "</w:tc></w:tr><w:tr><w:tc>" +
                      paragraph(text("Datum")) + "</w:tc><w:tc>" + paragraph(text("2021-03-15 § 42")) +
                      "</w:tc></w:tr><w:tr><w:tc>" + paragraph(text("Giltig till")) + "</w:tc><w:tc>" +
                      paragraph(text("2025-12-31")) + "</w:tc></w:tr></w:tbl>"}}) {
    SECTION(what) {
      const auto r = imported("avfall.docx", docx(front + metadata + text_of));
      INFO(r.report);
      CHECK(r.path == "content/lysekil/riktlinjer-for-avfallshantering/2021-03-15.md");
      CHECK_THAT(r.file, Catch::Contains("\ndecided_by: Kommunfullmäktige\n"));
      CHECK_THAT(r.file, Catch::Contains("\nvalid_until: 2025-12-31\n"));
      CHECK_THAT(r.file, Catch::EndsWith("---\n\n## Inledning\n\nDessa riktlinjer anger hur kommunen ska hantera "
                                         "avfall.\n\n## Ansvar\n\nVarje nämnd ansvarar för sitt eget avfall.\n"));
    }
  }
}

TEST_CASE("a section of document information at the end is read as metadata, and not kept as text") {
  // Before, the decision at the end of the file was not read: decided_by and decision_date were unknown.
  const auto r = imported(
      "distans.docx", docx(styled("Title", "Riktlinjer för distansarbete") + styled("Heading1", "Syfte") +
                           paragraph(text("Riktlinjerna beskriver hur medarbetare kan arbeta på distans.")) +
                           styled("Heading1", "Dokumentinformation") + paragraph(text("Beslutad av: Kommunstyrelsen")) +
                           paragraph(text("Beslutsdatum: 2022-05-11 § 77")) + paragraph(text("Dnr: KS 2022/310"))));
  INFO(r.report);
  CHECK(r.path == "content/lysekil/riktlinjer-for-distansarbete/2022-05-11.md");
  CHECK_THAT(r.file, Catch::Contains("\ndecided_by: Kommunstyrelsen\n"));
  CHECK_THAT(r.file, Catch::EndsWith("---\n\n## Syfte\n\nRiktlinjerna beskriver hur medarbetare kan arbeta på "
                                     "distans.\n"));
  CHECK_THAT(r.report, Catch::Contains("left out, paragraph 4: \"Dokumentinformation\" (the heading of the document "
                                       "information at the end, read as metadata)\n"));
}
