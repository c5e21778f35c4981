// Files `styrdok import` cannot read: a scanned PDF without a text layer, an
// encrypted PDF, a damaged .docx and a zip bomb each give "<path>: message"
// and exit status 1, and nothing is written; the other files of the same run
// are still imported.
#include <zip.h>

#include <catch2/catch.hpp>

#include "support/hand_made_docx.h"
#include "support/hand_made_pdf.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

// A page that is one grey image, as a scanner makes it: no text at all.
std::string scanned_pdf() {
  const std::string image(64 * 64, '\x80');
  const std::string draw = "q 500 0 0 700 40 60 cm /Im1 Do Q";
  return pdf_of({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
                 "/Contents 4 0 R >>",
                 "<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream",
                 "<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 "
                 "/Length " +
                     std::to_string(image.size()) + " >>\nstream\n" + image + "\nendstream"});
}

// Pages each drawn by its content stream, with Helvetica as /F1 and one
// grey image as /Im1 (a scanned page draws only that).
std::string pages_pdf(const std::vector<std::string>& draws) {
  const std::string image(64 * 64, '\x80');
  std::vector<std::string> objects = {"<< /Type /Catalog /Pages 2 0 R >>", "",
                                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                                      "<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                                      "/BitsPerComponent 8 /Length " +
                                          std::to_string(image.size()) + " >>\nstream\n" + image + "\nendstream"};
  std::string kids;
  for (const auto& draw : draws) {
    const std::string page = std::to_string(objects.size() + 1);
    kids += page + " 0 R ";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> "
        "/XObject << /Im1 4 0 R >> >> /Contents " +
        std::to_string(objects.size() + 2) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream");
  }
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(draws.size()) + " >>";
  return pdf_of(objects);
}

const std::string kScan = "q 500 0 0 700 40 60 cm /Im1 Do Q";

// A .docx whose document part unpacks to `size` bytes of one letter.
void write_zip(const fs::path& path, std::size_t size) {
  fs::create_directories(path.parent_path());
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  static std::string data;
  data.assign(size, 'a');
  zip_source_t* source = zip_source_buffer(zip, data.data(), data.size(), 0);
  REQUIRE(zip_file_add(zip, "word/document.xml", source, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(zip) == 0);
}

struct Site {
  TempDir dir;
  Site() { write_text(dir / "site.yaml", site_yaml()); }
  RunResult import(const std::string& files) {
    return run_styrdok("import --source " + dir.path().string() + " " + files);
  }
  std::map<std::string, std::string> files() const { return snapshot(dir.path()); }
};

}  // namespace

TEST_CASE("a scanned PDF without text: exit 1, a hint to run OCR, nothing written") {
  Site site;
  const fs::path pdf = site.dir / "in/skannad.pdf";
  write_text(pdf, scanned_pdf());
  const auto before = site.files();
  const auto r = site.import(pdf.string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == pdf.string() + ": no text layer: the PDF looks scanned; run OCR first, e.g. ocrmypdf\n");
  CHECK(site.files() == before);
}

TEST_CASE("an encrypted PDF: exit 1, nothing written") {
  Site site;
  const fs::path pdf = fs::path(STYRDOK_SOURCE_DIR) / "tests/import/fixtures/encrypted.pdf";
  const auto before = site.files();
  const auto r = site.import(pdf.string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == pdf.string() +
                        ": the PDF is encrypted (protected with a password); save a copy without the protection and "
                        "import that\n");
  CHECK(site.files() == before);
}

TEST_CASE("a damaged .docx: exit 1, nothing written") {
  Site site;
  const fs::path docx = site.dir / "in/trasig.docx";
  write_text(docx, std::string("PK\x03\x04", 4) + std::string(200, '\x11'));
  const auto before = site.files();
  const auto r = site.import(docx.string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == docx.string() + ": not a Word file that can be read: the .docx (a zip archive) is damaged\n");
  CHECK(site.files() == before);
}

TEST_CASE("a zip bomb: refused from its sizes before anything is inflated, exit 1, nothing written") {
  Site site;
  const fs::path big = site.dir / "in/stor.docx";
  write_zip(big, 70u << 20);  // 70 MiB of one letter, packed to about 70 KiB
  const fs::path dense = site.dir / "in/tat.docx";
  write_zip(dense, 8u << 20);  // 8 MiB, a ratio of about 1000
  const auto before = site.files();
  const auto r = site.import(big.string());
  CHECK(r.exit_code == 1);
  CHECK(r.output ==
        big.string() + ": a part of the .docx unpacks to 70 MiB, more than 64 MiB; refused (a zip bomb?)\n");
  const auto d = site.import(dense.string());
  CHECK(d.exit_code == 1);
  CHECK_THAT(d.output, Catch::StartsWith(dense.string() + ": a part of the .docx unpacks to "));
  CHECK_THAT(d.output, Catch::EndsWith(" times its packed size; refused (a zip bomb?)\n"));
  CHECK(site.files() == before);
}

TEST_CASE("in a run of several files, the readable ones are imported and the run exits 1") {
  Site site;
  const fs::path good = site.dir / "in/policy.txt";
  write_text(good,
             "Trygghetspolicy\n\nBeslutat av: Kommunfullmäktige\nDatum: 2020-02-03 § 7\n\nSyfte\n\n"
             "Kommunen vill att alla ska känna sig trygga i sin vardag, i skolan och på arbetet.\n");
  const fs::path bad = site.dir / "in/skannad.pdf";
  write_text(bad, scanned_pdf());
  const auto r = site.import(good.string() + " " + bad.string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains(good.string() + " -> " + site.dir.path().string() +
                                       "/content/lysekil/trygghetspolicy/2020-02-03.md\n"));
  CHECK_THAT(r.output, Catch::Contains(bad.string() + ": no text layer"));
  const auto checked = run_styrdok("check --source " + site.dir.path().string());
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
  // Importing the same file again (the folder again, once the scan has its
  // text) leaves what it wrote as it is, and says so.
  const std::string version = site.dir.path().string() + "/content/lysekil/trygghetspolicy/2020-02-03.md";
  const auto again = site.import(good.string());
  CHECK(again.exit_code == 0);
  CHECK(again.output ==
        good.string() + ": already imported as '" + version + "', unchanged since; nothing was written\n");
  // Once the clerk has changed the version, it is never overwritten.
  write_text(version, read_text(version) + "\nEtt stycke till.\n");
  const auto changed = site.import(good.string());
  CHECK(changed.exit_code == 1);
  CHECK(changed.output == good.string() +
                              ": content/lysekil/trygghetspolicy/2020-02-03.md already exists; nothing was written (to "
                              "import this file as another document, give it alone with --into "
                              "ORGANISATION/DOCUMENT)\n");
  CHECK_THAT(read_text(version), Catch::EndsWith("\nEtt stycke till.\n"));
}

TEST_CASE("scanned pages with a stamp of text on each: no text layer, nothing written") {
  // Before, the stamps' fifty letters a page made it a document with an empty text, exit 0.
  Site site;
  const fs::path pdf = site.dir / "in/skannad-med-stampel.pdf";
  std::vector<std::string> pages;
  for (const char* n : {"1", "2", "3"})
    pages.push_back(kScan + " BT /F1 8 Tf 40 20 Td (Skannad 2023-01-10 av registrator, sida " + std::string(n) +
                    " av 3) Tj ET");
  write_text(pdf, pages_pdf(pages));
  const auto before = site.files();
  const auto r = site.import(pdf.string());
  CHECK(r.exit_code == 1);
  CHECK(r.output == pdf.string() + ": no text layer: the PDF looks scanned; run OCR first, e.g. ocrmypdf\n");
  CHECK(site.files() == before);
}

TEST_CASE("a scanned page among pages of text is named first in the report") {
  Site site;
  const fs::path pdf = site.dir / "in/delvis-skannad.pdf";
  write_text(
      pdf,
      pages_pdf({"BT /F1 16 Tf 72 760 Td (Riktlinjer for arkivet) Tj /F1 11 Tf 0 -30 Td "
                 "(Beslutad av: Kommunstyrelsen) Tj 0 -16 Td (Datum: 2021-03-15) Tj 0 -16 Td "
                 "(Dnr: KS 2021/12) Tj 0 -30 Td (Arkivet ska vara ordnat så att allmänheten kan ta del av allmänna) Tj "
                 "0 -14 Td (handlingar och så att de kan bevaras för framtiden.) Tj ET",
                 kScan}));
  const auto r = site.import(pdf.string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains(
                           " -> " + site.dir.path().string() +
                           "/content/lysekil/riktlinjer-for-arkivet/2021-03-15.md\n"
                           "  warning: page 2 has almost no text, and the PDF holds pictures: if it is a scanned page, "
                           "its text is missing; run OCR on the PDF (e.g. ocrmypdf) and import it again\n"));
}

TEST_CASE("a file is read by what it is: a Word file named .pdf, Notepad's UTF-16 text, an empty file") {
  // Before: "no PDF that can be read", "neither a PDF, a Word file nor a text file" and "no word/document.xml".
  Site site;
  const std::string words =
      "Riktlinjer för bidrag\n\nBeslutad av: Kommunstyrelsen\nDatum: 2021-05-19\n\nSyfte\n\n"
      "Kommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga.\n";
  std::string utf16 = "\xFF\xFE";
  for (std::size_t i = 0; i < words.size();) {  // UTF-8 to UTF-16LE, for the letters of this text
    auto c = static_cast<unsigned char>(words[i]);
    std::uint32_t code = c;
    if (c >= 0xC0) code = ((c & 0x1F) << 6) | (static_cast<unsigned char>(words[i + 1]) & 0x3F), ++i;
    ++i;
    utf16 += static_cast<char>(code & 0xFF);
    utf16 += static_cast<char>(code >> 8);
  }
  write_text(site.dir / "in/bidrag-unicode.txt", utf16);
  write_text(site.dir / "in/tom.docx", "");
  write_text(site.dir / "in/egentligen-word.pdf",
             docx_of({{"word/document.xml",
                       "<w:document><w:body>" + paragraph(text("Policy för kartor")) +
                           paragraph(text("Beslutad av: Kommunfullmäktige")) + paragraph(text("Beslutad:")) +
                           paragraph(text("Kartorna ska vara tillgängliga för alla.")) + "</w:body></w:document>"}}));
  const auto r = site.import((site.dir / "in").string());
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains((site.dir / "in/tom.docx").string() +
                                       ": the file is empty (0 bytes); take a new copy of the document and import "
                                       "that\n"));
  CHECK(read_text(site.dir / "content/lysekil/riktlinjer-for-bidrag/2021-05-19.md")
            .find("\nKommunen vill att alla "
                  "invånare") != std::string::npos);
  CHECK(fs::exists(site.dir / "content/lysekil/policy-for-kartor/odaterad.md"));
  CHECK_THAT(r.output, Catch::Contains("\n  not read, paragraph 3: Beslutad: no value after the label\n"));
}

TEST_CASE("with no title found, the title is the file's name without its extension") {
  Site site;
  write_text(site.dir / "in/utan-titel.txt",
             "Syfte\n\nKommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga i "
             "vardagen, i skolan och på arbetet, och därför finns detta dokument.\n");
  const auto r = site.import((site.dir / "in/utan-titel.txt").string());
  INFO(r.output);
  CHECK_THAT(r.output, Catch::Contains("\n  title: utan-titel (no title found: the file's name)\n"));
}

TEST_CASE("a Word file and the PDF saved from it: the second is said to be the same document") {
  // Before, the second got "… already exists; nothing was written (to import this file as another document …)".
  Site site;
  const std::string words =
      "Riktlinjer för bidrag\n\nBeslutad av: Kommunstyrelsen\nDatum: 2021-05-19\n\nSyfte\n\n"
      "Kommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga.\n";
  write_text(site.dir / "in/bidrag.txt", words);
  write_text(site.dir / "in/bidrag.md", words + "\nEn rad till.\n");
  const auto r = site.import((site.dir / "in/bidrag.txt").string() + " " + (site.dir / "in/bidrag.md").string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains((site.dir / "in/bidrag.md").string() +
                                       ": content/lysekil/riktlinjer-for-bidrag/2021-05-19.md already exists, imported "
                                       "from bidrag.txt; nothing was written (if that is this document in another "
                                       "format, there is nothing to do; else give this file alone with --into "
                                       "ORGANISATION/DOCUMENT)\n"));
}
