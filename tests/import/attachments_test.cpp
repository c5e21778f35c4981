// Files a Word document links to (import/docx_reader.h, import/importer.h):
// a link to a file beside the .docx ("Bilaga 1.pdf") brings the file in
// beside the version file, named after the version, the link changed to
// match; a link to a file that is not there, that lies outside the .docx's
// folder or on one computer (file:) is reported with what to do; links to
// web pages stay as they are.
#include <catch2/catch.hpp>

#include "import/docx_reader.h"
#include "import/importer.h"
#include "support/hand_made_docx.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

const std::string kProse =
    "Kommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga i vardagen.";

std::string hyperlink(const std::string& id, const std::string& words) {
  return "<w:hyperlink r:id=\"" + id + "\">" + text(words) + "</w:hyperlink>";
}

std::string relationship(const std::string& id, const std::string& target) {
  return "<Relationship Id=\"" + id +
         "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"" +
         target + "\" TargetMode=\"External\"/>";
}

// A policy whose text links to files in every way a Word file can.
std::string linking_docx() {
  const std::string body =
      paragraph(text("Riktlinjer för bidrag")) + paragraph(text("Beslutad av kommunfullmäktige 2021-05-19.")) +
      paragraph(text("Syfte")) + paragraph(text(kProse)) +
      paragraph(text("Se ") + hyperlink("rId1", "Bilaga 1") + text(" och ") + hyperlink("rId2", "planen") + text(".")) +
      paragraph(hyperlink("rId1", "Bilaga 1 igen") + text(" och ") + hyperlink("rId3", "den andra bilagan")) +
      paragraph(hyperlink("rId4", "Saknas") + text(", ") + hyperlink("rId5", "hemlig") + text(", ") +
                hyperlink("rId6", "lokal") + text(", ") + hyperlink("rId7", "webben") + text(", ") +
                hyperlink("rId8", "en sida") + text(", ") + hyperlink("rId9", "samma namn")) +
      paragraph(text("Protokollet ") + hyperlink("rId10", "(PDF)") + text("."));
  const std::string rels =
      "<Relationships>" + relationship("rId1", "Bilaga%201.PDF") + relationship("rId2", "underlag/Plan%202021.xlsx") +
      relationship("rId3", "underlag/bilaga-1.pdf") + relationship("rId4", "saknas.pdf") +
      relationship("rId5", "../hemlig.pdf") + relationship("rId6", "file:///C:/Dokument/lokal.pdf") +
      relationship("rId7", "https://example.org/bidrag.pdf") + relationship("rId8", "annan-sida.html") +
      relationship("rId9", "Bilaga%201.pdf") + relationship("rId10", "Protokoll(2021-05-19).pdf") + "</Relationships>";
  return docx_of({{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"},
                  {"word/_rels/document.xml.rels", rels}});
}

}  // namespace

TEST_CASE("the Word reader lists each link to a file once, where it is first") {
  std::string error;
  const auto source = read_docx(linking_docx(), error);
  INFO(error);
  REQUIRE(source);
  std::vector<std::pair<std::string, int>> links;
  for (const auto& l : source->file_links) links.emplace_back(l.address, l.number);
  CHECK(links == std::vector<std::pair<std::string, int>>{{"Bilaga%201.PDF", 5},
                                                          {"underlag/Plan%202021.xlsx", 5},
                                                          {"underlag/bilaga-1.pdf", 6},
                                                          {"saknas.pdf", 7},
                                                          {"../hemlig.pdf", 7},
                                                          {"file:///C:/Dokument/lokal.pdf", 7},
                                                          {"annan-sida.html", 7},
                                                          {"Bilaga%201.pdf", 7},
                                                          {"Protokoll(2021-05-19).pdf", 8}});
}

TEST_CASE("a Word file's links to files beside it bring the files in, renamed after the version") {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  MemoryFileSystem beside;  // the .docx's folder
  beside.add("Bilaga 1.PDF", "%PDF-1.4 bilaga 1");
  beside.add("Bilaga 1.pdf", "%PDF-1.4 samma namn, andra bokstäver");
  beside.add("underlag/Plan 2021.xlsx", "PK plan");
  beside.add("underlag/bilaga-1.pdf", "%PDF-1.4 den andra");
  beside.add("Protokoll(2021-05-19).pdf", "%PDF-1.4 protokoll");
  Diagnostics diagnostics;
  const auto r = import_document({"bidrag.docx", "lysekil/bidrag", "", &beside}, linking_docx(), site, diagnostics);
  REQUIRE(r);
  const std::string folder = "content/lysekil/bidrag/";
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : r->attachments) files.emplace_back(f.path, f.text);
  CHECK(files == std::vector<std::pair<std::string, std::string>>{
                     {folder + "2021-05-19-bilaga-1.pdf", "%PDF-1.4 bilaga 1"},
                     {folder + "2021-05-19-plan-2021.xlsx", "PK plan"},
                     {folder + "2021-05-19-bilaga-1-2.pdf", "%PDF-1.4 den andra"},
                     {folder + "2021-05-19-bilaga-1-3.pdf", "%PDF-1.4 samma namn, andra bokstäver"},
                     {folder + "2021-05-19-protokoll-2021-05-19.pdf", "%PDF-1.4 protokoll"}});
  // Where each was read, for import of a folder (which does not take them in again as documents).
  CHECK(r->attached == std::vector<std::string>{"Bilaga 1.PDF", "underlag/Plan 2021.xlsx", "underlag/bilaga-1.pdf",
                                                "Bilaga 1.pdf", "Protokoll(2021-05-19).pdf"});
  // Every link to a file brought in leads to it; the others are as they were.
  CHECK_THAT(r->file.text, Catch::Contains("Se [Bilaga 1](2021-05-19-bilaga-1.pdf) och "
                                           "[planen](2021-05-19-plan-2021.xlsx)."));
  CHECK_THAT(r->file.text, Catch::Contains("[Bilaga 1 igen](2021-05-19-bilaga-1.pdf) och "
                                           "[den andra bilagan](2021-05-19-bilaga-1-2.pdf)"));
  CHECK_THAT(r->file.text, Catch::Contains("[Saknas](saknas.pdf), [hemlig](../hemlig.pdf), "
                                           "[lokal](file:///C:/Dokument/lokal.pdf), "
                                           "[webben](https://example.org/bidrag.pdf), [en sida](annan-sida.html), "
                                           "[samma namn](2021-05-19-bilaga-1-3.pdf)"));
  // An address with parentheses in it ends at the one that closes it.
  CHECK_THAT(r->file.text, Catch::Contains("Protokollet [(PDF)](2021-05-19-protokoll-2021-05-19.pdf)."));
  const auto reported = [&](const std::string& line) {
    return std::count(r->report.begin(), r->report.end(), line) == 1;
  };
  CHECK(reported("attachment: 2021-05-19-bilaga-1.pdf (paragraph 5)"));
  CHECK(reported("attachment: 2021-05-19-plan-2021.xlsx (paragraph 5)"));
  CHECK(reported("attachment: 2021-05-19-bilaga-1-2.pdf (paragraph 6)"));
  const std::string what_to_do = "; copy it beside the version file and link to it by its name";
  CHECK(reported("left out, a link in paragraph 7: 'saknas.pdf' is not in the imported file's folder" + what_to_do));
  CHECK(reported("left out, a link in paragraph 7: '../hemlig.pdf' is not in the imported file's folder" + what_to_do));
  CHECK(reported("left out, a link in paragraph 7: 'file:///C:/Dokument/lokal.pdf' is a file on one computer" +
                 what_to_do));
  CHECK(r->report.size() < 20);  // nothing said of the web links
}

TEST_CASE("the files a Word file links to are taken in up to a total, the rest reported") {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  MemoryFileSystem beside;
  beside.add("Bilaga 1.PDF", std::string(600, 'a'));
  beside.add("underlag/Plan 2021.xlsx", std::string(500, 'b'));  // past the total with the first
  beside.add("underlag/bilaga-1.pdf", std::string(400, 'c'));    // within it
  Diagnostics diagnostics;
  ImportRequest request{"bidrag.docx", "lysekil/bidrag", "", &beside};
  request.attachments_bytes = 1000;
  const auto r = import_document(request, linking_docx(), site, diagnostics);
  REQUIRE(r);
  CHECK(r->attached == std::vector<std::string>{"Bilaga 1.PDF", "underlag/bilaga-1.pdf"});
  CHECK(std::count(r->report.begin(), r->report.end(),
                   "left out, a link in paragraph 5: 'underlag/Plan 2021.xlsx' would take the files linked to past 1 "
                   "KiB together; copy it beside the version file and link to it by its name") == 1);
  CHECK_THAT(r->file.text, Catch::Contains("[planen](underlag/Plan%202021.xlsx)"));  // left as it was
}

TEST_CASE("a linked file named as a picture of the text is brought in under another name") {
  const std::string picture =
      "<w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Bild 1\" descr=\"Karta\"/><a:graphic><a:graphicData>"
      "<pic:pic><pic:blipFill><a:blip r:embed=\"rId1\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>"
      "</wp:inline></w:drawing></w:r>";
  const std::string body = paragraph(text("Riktlinjer för bidrag")) +
                           paragraph(text("Beslutad av kommunfullmäktige 2021-05-19.")) + paragraph(text("Syfte")) +
                           paragraph(text(kProse)) + paragraph(picture) + paragraph(hyperlink("rId2", "Bild 1"));
  const std::string docx =
      docx_of({{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"},
               {"word/_rels/document.xml.rels",
                "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/image\" Target=\"media/image1.png\"/>" +
                    relationship("rId2", "bild-1.png") + "</Relationships>"},
               {"word/media/image1.png", "\x89PNG the picture"}});
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  MemoryFileSystem beside;
  beside.add("bild-1.png", "\x89PNG the linked file");
  Diagnostics diagnostics;
  const auto r = import_document({"bidrag.docx", "lysekil/bidrag", "", &beside}, docx, site, diagnostics);
  REQUIRE(r);
  REQUIRE(r->pictures.size() == 1);
  CHECK(r->pictures[0].path == "content/lysekil/bidrag/2021-05-19-bild-1.png");
  REQUIRE(r->attachments.size() == 1);
  CHECK(r->attachments[0].path == "content/lysekil/bidrag/2021-05-19-bild-1-2.png");
  CHECK(r->attachments[0].text == "\x89PNG the linked file");
}

TEST_CASE("a file a link brings in never replaces one that is there") {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  site.add("content/lysekil/bidrag/2021-05-19-plan-2021.xlsx", "the clerk's own");
  MemoryFileSystem beside;
  beside.add("underlag/Plan 2021.xlsx", "PK plan");
  Diagnostics diagnostics;
  CHECK_FALSE(import_document({"bidrag.docx", "lysekil/bidrag", "", &beside}, linking_docx(), site, diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].message ==
        "content/lysekil/bidrag/2021-05-19-plan-2021.xlsx already exists; nothing was written (to import this file as "
        "another document, give it alone with --into ORGANISATION/DOCUMENT)");
}

TEST_CASE("styrdok import copies a linked file from the .docx's folder, and check then passes") {
  TempDir dir;
  write_text(dir / "site/site.yaml", site_yaml());
  write_text(dir / "inkorg/bidrag.docx", linking_docx());
  write_text(dir / "inkorg/Bilaga 1.PDF", "%PDF-1.4 bilaga 1");
  write_text(dir / "hemlig.pdf", "%PDF-1.4 hemlig");  // beside the folder, not in it: never read
  const auto r =
      run_styrdok("import --lang en --source " + (dir / "site").string() + " " + (dir / "inkorg/bidrag.docx").string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("  attachment: 2021-05-19-bilaga-1.pdf (paragraph 5)\n"));
  CHECK(read_text(dir / "site/content/lysekil/riktlinjer-for-bidrag/2021-05-19-bilaga-1.pdf") == "%PDF-1.4 bilaga 1");
  CHECK_FALSE(fs::exists(dir / "site/content/lysekil/riktlinjer-for-bidrag/2021-05-19-hemlig.pdf"));
  // The links it could not bring in are what check then asks to mend; the one it did is not among them.
  const auto check = run_styrdok("check --lang en --source " + (dir / "site").string());
  CHECK_THAT(check.output, !Catch::Contains("2021-05-19-bilaga-1.pdf"));
  CHECK_THAT(check.output, Catch::Contains("saknas.pdf"));

  // On a Swedish site, in Swedish.
  write_text(dir / "sv/site.yaml", site_yaml());
  const auto sv = run_command("env -u STYRDOK_LANG " + std::string(STYRDOK_BINARY) + " import --source " +
                              (dir / "sv").string() + " " + (dir / "inkorg/bidrag.docx").string());
  CHECK_THAT(sv.output, Catch::Contains("  bilaga: 2021-05-19-bilaga-1.pdf (stycke 5)\n"));
  CHECK_THAT(sv.output, Catch::Contains("  utelämnat, en länk i stycke 7: 'saknas.pdf' finns inte i den importerade "
                                        "filens mapp; kopiera den bredvid versionsfilen och länka till den med dess "
                                        "namn\n"));
  CHECK_THAT(sv.output, Catch::Contains("  utelämnat, en länk i stycke 7: 'file:///C:/Dokument/lokal.pdf' är en fil "
                                        "på en viss dator; kopiera den bredvid versionsfilen"));
}
