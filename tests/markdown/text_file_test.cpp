// Tests for markdown/text_file.h: which file a text's picture or attachment
// names, and where the site publishes it.
#include "markdown/text_file.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

const char* const kText = "content/lysekil/policy/2020-01-01.md";

std::string file_of(std::string_view url) { return text_file(kText, url, FileUse::picture).value().file; }
std::string output_of(std::string_view url, FileUse use = FileUse::picture) {
  return text_file(kText, url, use).value().output;
}

}  // namespace

TEST_CASE("a picture beside the text is published at the same place without content/") {
  CHECK(file_of("karta.png") == "content/lysekil/policy/karta.png");
  CHECK(output_of("karta.png") == "lysekil/policy/karta.png");
  CHECK(output_of("./bilder//karta.PNG") == "lysekil/policy/bilder/karta.PNG");
  CHECK(output_of("../gemensamt/logga.svg") == "lysekil/gemensamt/logga.svg");
  CHECK(output_of("bilder/../karta.jpeg?v=2#x") == "lysekil/policy/karta.jpeg");
  // An edition's text is in the same folder.
  CHECK(text_file("content/lysekil/policy/2020-01-01.ar.md", "karta.webp", FileUse::picture)->output ==
        "lysekil/policy/karta.webp");
}

TEST_CASE("a picture's path is decoded as an address is") {
  CHECK(output_of("karta%20%C3%B6ver%20%C3%A5n.png") == "lysekil/policy/karta över ån.png");
  CHECK(output_of("karta över ån.png") == "lysekil/policy/karta över ån.png");
  // What would hide a '/' or a way up cannot name a file.
  for (const char* url : {"a%2Fb.png", "%2E%2E/x.png", "a%5Cb.png", "a%00.png", "a%zz.png", "a%4"}) {
    INFO(url);
    CHECK(file_of(url).empty());
    CHECK(output_of(url).empty());
  }
}

TEST_CASE("a picture out of content/, or a file that is no picture, is not published") {
  CHECK(file_of("../../../karta.png") == "karta.png");
  CHECK(output_of("../../../karta.png").empty());
  CHECK(file_of("../../../../../etc/passwd.png") == "../../etc/passwd.png");
  CHECK(output_of("../../../../../etc/passwd.png").empty());
  CHECK(file_of("2020-01-01.md") == kText);
  CHECK(output_of("2020-01-01.md").empty());
  CHECK(output_of("png").empty());
}

TEST_CASE("an address that is not a relative path names no picture beside the text") {
  for (const char* url : {"", "/assets/logo.svg", "#bild", "https://example.org/karta.png", "data:image/png;base64,AA",
                          "//example.org/karta.png"}) {
    INFO(url);
    // "//host/x" has no scheme but starts with '/': an address, not a path.
    CHECK_FALSE(text_file(kText, url, FileUse::picture));
    CHECK_FALSE(text_file(kText, url, FileUse::attachment));
  }
}

TEST_CASE("picture files are known by their ending, in any case") {
  for (const char* p : {"a.png", "a.JPG", "a.jpeg", "a.gif", "b/a.svg", "a.webp", "a.avif"}) CHECK(is_picture_file(p));
  for (const char* p : {"a.md", "a.png.txt", "png", "a.pn", "a.png/b", "a."}) CHECK_FALSE(is_picture_file(p));
}

TEST_CASE("a published file's address is percent-encoded") {
  CHECK(file_address("lysekil/policy/karta över ån.png") == "/lysekil/policy/karta%20%C3%B6ver%20%C3%A5n.png");
  CHECK(file_address("a/b-c_d.e~f.png") == "/a/b-c_d.e~f.png");
  CHECK(file_address("a/b?#%\"<.png") == "/a/b%3F%23%25%22%3C.png");
}

TEST_CASE("an attachment is a document, a spreadsheet, a presentation or a picture, published as a picture is") {
  CHECK(output_of("bilaga-1.pdf", FileUse::attachment) == "lysekil/policy/bilaga-1.pdf");
  CHECK(output_of("bilagor/Budget 2024.XLSX", FileUse::attachment) == "lysekil/policy/bilagor/Budget 2024.XLSX");
  CHECK(output_of("karta.png", FileUse::attachment) == "lysekil/policy/karta.png");
  // Not a picture, so not shown in a page.
  CHECK(output_of("bilaga-1.pdf", FileUse::picture).empty());
  for (const char* p : {"a.pdf", "a.odt", "a.docx", "a.doc", "a.rtf", "a.txt", "a.ods", "a.xlsx", "a.xls", "a.csv",
                        "a.odp", "a.pptx", "a.ppt", "a.svg"})
    CHECK(is_attachment_file(p));
  for (const char* p : {"a.md", "a.html", "a.exe", "a.zip", "a.yaml", "a"}) CHECK_FALSE(is_attachment_file(p));
}

TEST_CASE("a file's name has a kind, a page's address has none") {
  for (const char* p : {"bilaga.pdf", "a/b.PDF", "../x.zip", "2020-01-01.md"}) CHECK(has_file_kind(p));
  for (const char* p : {"../plan/", "policy", "v1.2/", "a.", "..", "."}) CHECK_FALSE(has_file_kind(p));
}
