// Pictures in a Word file (import/docx_reader.h, import/importer.h): each
// drawing's picture read once and shown where it stood, written beside the
// version file under the version's name; what cannot be imported (a chart,
// an EMF picture, a linked file, a PDF's pictures) reported, never silently
// dropped.
#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "import/docx_reader.h"
#include "import/importer.h"
#include "support/hand_made_docx.h"
#include "support/hand_made_pdf.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

const std::string kPng = "\x89PNG\r\n\x1a\n a picture";
const std::string kOtherPng = "\x89PNG\r\n\x1a\n another picture";

// A DrawingML picture (wp:inline) of relationship `id` with `descr`.
std::string drawing_element(const std::string& id, const std::string& descr) {
  return "<w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Bild 1\" descr=\"" + descr +
         "\"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"" + id +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>";
}
std::string drawing(const std::string& id, const std::string& descr) {
  return "<w:r>" + drawing_element(id, descr) + "</w:r>";
}

const char* const kRels =
    "<Relationships>"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
    "Target=\"media/image1.png\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
    "Target=\"/word/media/image2.PNG\"/>"
    "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
    "Target=\"media/image3.emf\"/>"
    "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
    "Target=\"media/saknas.png\"/>"
    "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
    "Target=\"file:///C:/Bilder/karta.png\" TargetMode=\"External\"/>"
    "</Relationships>";

const std::string kProse =
    "Kommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga i vardagen.";

std::string document(const std::string& body, const std::string& front_page = "") {
  return "<w:document><w:body>" + front_page + paragraph(text("Riktlinjer för kartor")) +
         paragraph(text("Beslutad av kommunfullmäktige 2021-05-19.")) + body + "</w:body></w:document>";
}

// A policy with one picture, a map, after its purpose.
std::string one_map_docx() {
  return docx_of({{"word/document.xml",
                   document(paragraph(text("Syfte")) + paragraph(text(kProse)) + paragraph(drawing("rId1", "Karta")))},
                  {"word/_rels/document.xml.rels", kRels},
                  {"word/media/image1.png", kPng}});
}

}  // namespace

TEST_CASE("a Word file's pictures are read once each and shown where they stand") {
  const std::string bytes = docx_of(
      {{"word/document.xml",
        document(
            paragraph(drawing("rId1", "Logga")) +  // on the front page
            "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + text("Syfte") + "</w:p>" + paragraph(text(kProse)) +
            paragraph(drawing("rId1", "Karta över\nkommunens [förskolor]")) +
            paragraph(text("Se kartan ") + drawing("rId2", "") + text(" nedan.")) +
            // VML, as in files saved from older Word; a newer drawing with an older fallback.
            paragraph(
                "<w:r><w:pict><v:shape alt=\"Gammal bild\"><v:imagedata r:id=\"rId2\"/></v:shape></w:pict></w:r>") +
            paragraph("<w:r><mc:AlternateContent><mc:Choice>" + drawing_element("rId1", "Ny") +
                      "</mc:Choice><mc:Fallback><w:pict><v:shape alt=\"Fallback\"><v:imagedata r:id=\"rId2\"/>"
                      "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))},
       {"word/styles.xml",
        "<w:styles><w:style w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>"},
       {"word/_rels/document.xml.rels", kRels},
       {"word/media/image1.png", kPng},
       {"word/media/image2.PNG", kOtherPng}});
  std::string error;
  const auto source = read_docx(bytes, error);
  INFO(error);
  REQUIRE(source);
  std::vector<std::string> lines;
  for (const auto& l : source->lines) lines.push_back(l.text);
  CHECK(lines == std::vector<std::string>{
                     "Riktlinjer för kartor", "Beslutad av kommunfullmäktige 2021-05-19.", "![Logga](bild-1.png)",
                     "Syfte", kProse, "![Karta över kommunens \\[förskolor\\]](bild-1.png)",
                     "Se kartan ![](bild-2.png) nedan.", "![Gammal bild](bild-2.png)", "![Ny](bild-1.png)"});
  REQUIRE(source->pictures.size() == 2);
  CHECK(source->pictures[0].name == "bild-1.png");
  CHECK(source->pictures[0].bytes == kPng);
  CHECK(source->pictures[0].number == 3);
  CHECK(source->pictures[1].name == "bild-2.png");  // its part's name in capitals; the kind in small letters
  CHECK(source->pictures[1].bytes == kOtherPng);
  CHECK(source->pictures[1].number == 7);

  // Imported: the text's pictures beside the version, named after it; the logo before the text is left out.
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"kartor.docx", "lysekil/kartor", ""}, bytes, site, diagnostics);
  REQUIRE(r);
  CHECK(r->file.path == "content/lysekil/kartor/2021-05-19.md");
  CHECK_THAT(r->file.text, Catch::Contains("![Karta över kommunens \\[förskolor\\]](2021-05-19-bild-1.png)\n\n"
                                           "Se kartan ![](2021-05-19-bild-2.png) nedan."));
  REQUIRE(r->pictures.size() == 2);
  CHECK(r->pictures[0].path == "content/lysekil/kartor/2021-05-19-bild-1.png");
  CHECK(r->pictures[0].text == kPng);
  CHECK(r->pictures[1].path == "content/lysekil/kartor/2021-05-19-bild-2.png");
  CHECK(r->pictures[1].text == kOtherPng);
  CHECK(std::count(r->report.begin(), r->report.end(), "picture: 2021-05-19-bild-1.png (paragraph 3)") == 1);
  CHECK(std::count(r->report.begin(), r->report.end(), "picture: 2021-05-19-bild-2.png (paragraph 7)") == 1);
  CHECK(std::count(r->report.begin(), r->report.end(),
                   "1 picture has no description: write what it shows between the brackets of ![](…)") == 1);
}

TEST_CASE("a Word drawing that cannot be imported is reported with what to do") {
  const std::string bytes = docx_of(
      {{"word/document.xml",
        document(paragraph(text("Inledning")) + paragraph(text(kProse)) + paragraph(drawing("rId3", "Diagram")) +
                     paragraph(drawing("rId4", "Borta")) + paragraph(drawing("rId5", "Länkad")) +
                     paragraph("<w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Diagram 2\"/><a:graphic>"
                               "<a:graphicData><c:chart r:id=\"rId9\"/></a:graphicData></a:graphic></wp:inline>"
                               "</w:drawing></w:r>") +
                     paragraph(text(kProse)),
                 paragraph(drawing("rId3", "Logga")))},  // before the title: left out with it, unreported
       {"word/_rels/document.xml.rels", kRels},
       {"word/media/image3.emf", "EMF"}});
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"diagram.docx", "lysekil/diagram", ""}, bytes, site, diagnostics);
  REQUIRE(r);
  CHECK(r->pictures.empty());
  CHECK(r->file.text.find("![") == std::string::npos);
  std::vector<std::string> left_out;
  for (const auto& line : r->report)
    if (line.starts_with("left out, a picture")) left_out.push_back(line);
  CHECK(left_out ==
        std::vector<std::string>{
            "left out, a picture near paragraph 5: a picture in the EMF format, which browsers do not show; save it as "
            "PNG beside the version file and write ![what it shows](its-name.png) where it goes",
            "left out, a picture near paragraph 5: a picture whose part word/media/saknas.png is missing or damaged in "
            "the .docx",
            "left out, a picture near paragraph 5: a picture kept outside the document (a linked file), which is not "
            "in the .docx",
            "left out, a picture near paragraph 5: a drawing that is not a picture (a chart, a shape or a text box)"});
}

TEST_CASE("an imported picture never replaces a file that is there") {
  const std::string bytes = one_map_docx();
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  site.add("content/lysekil/kartor/2021-05-19-bild-1.png", "the clerk's own");
  Diagnostics diagnostics;
  CHECK_FALSE(import_document({"kartor.docx", "lysekil/kartor", ""}, bytes, site, diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].to_string() ==
        "kartor.docx: content/lysekil/kartor/2021-05-19-bild-1.png already exists; nothing was written (to import "
        "this file as another document, give it alone with --into ORGANISATION/DOCUMENT)");
}

TEST_CASE("a file imported before is unchanged only when its pictures are there as well") {
  const std::string bytes = one_map_docx();
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto first = import_document({"kartor.docx", "lysekil/kartor", ""}, bytes, site, diagnostics);
  REQUIRE(first);
  REQUIRE(first->pictures.size() == 1);
  CHECK_FALSE(first->unchanged);
  // The version file alone (its picture deleted): not the import, and never overwritten.
  site.add(first->file.path, first->file.text);
  CHECK_FALSE(import_document({"kartor.docx", "lysekil/kartor", ""}, bytes, site, diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK_THAT(diagnostics.items()[0].message, Catch::StartsWith(first->file.path + " already exists"));
  // With its picture: imported before, nothing to write.
  site.add(first->pictures[0].path, first->pictures[0].text);
  Diagnostics again;
  const auto second = import_document({"kartor.docx", "lysekil/kartor", ""}, bytes, site, again);
  REQUIRE(second);
  CHECK(second->unchanged);
  CHECK(again.items().empty());
}

TEST_CASE("a picture shown 20,000 times is one file, and every place that shows it is renamed") {
  std::string body = paragraph(text("Syfte")) + paragraph(text(kProse));
  // Descriptions that differ, or the part would pack too well to be let in (a zip bomb).
  std::minstd_rand random(7);
  for (int i = 0; i < 20000; ++i) body += paragraph(drawing("rId1", "Karta " + std::to_string(random())));
  const std::string bytes = docx_of({{"word/document.xml", document(body)},
                                     {"word/_rels/document.xml.rels", kRels},
                                     {"word/media/image1.png", kPng}});
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({"kartor.docx", "lysekil/kartor", ""}, bytes, site, diagnostics);
  INFO((diagnostics.items().empty() ? "" : diagnostics.items()[0].to_string()));
  REQUIRE(r);
  REQUIRE(r->pictures.size() == 1);
  std::size_t shown = 0;
  for (auto at = r->file.text.find("](2021-05-19-bild-1.png)"); at != std::string::npos;
       at = r->file.text.find("](2021-05-19-bild-1.png)", at + 1))
    ++shown;
  CHECK(shown == 20000);
}

TEST_CASE("a PDF's pictures are reported as not imported, with what to do") {
  // A page of text in a standard font and, with an image, the same page.
  const std::string text = "BT /F1 11 Tf 72 760 Td (Riktlinjer for kartor) Tj 0 -40 Td (" + kProse.substr(0, 60) +
                           ") Tj 0 -14 Td (" + std::string(60, 'a') + ") Tj ET";
  auto pdf = [&](bool image) {
    const std::string draw = text + (image ? " q 100 0 0 100 72 500 cm /Im1 Do Q" : "");
    return pdf_of({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> "
                   "/XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
                   "<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream",
                   "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                   image ? "<< /Type /XObject /Subtype/Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                           "/BitsPerComponent 8 /Length 4 >>\nstream\nabcd\nendstream"
                         : "<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream"});
  };
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  const std::string note =
      "pictures: the PDF holds pictures, which are not imported; take each from the original, save it beside the "
      "version file and write ![what it shows](its-name.png) where it goes";
  Diagnostics with_diagnostics;
  const auto with = import_document({"kartor.pdf", "lysekil/kartor", ""}, pdf(true), site, with_diagnostics);
  INFO((with_diagnostics.items().empty() ? "" : with_diagnostics.items()[0].to_string()));
  REQUIRE(with);
  CHECK(std::count(with->report.begin(), with->report.end(), note) == 1);
  Diagnostics without_diagnostics;
  const auto without = import_document({"kartor.pdf", "lysekil/kartor", ""}, pdf(false), site, without_diagnostics);
  REQUIRE(without);
  CHECK(std::count(without->report.begin(), without->report.end(), note) == 0);
}
