// Footnotes and endnotes of a Word file (import/docx_reader.h): each
// reference becomes Markdown's [^1], numbered in the order the text first
// refers to the note, and the notes' words follow the text as "[^1]: …",
// which styrdok renders as footnotes. Before, their words were lost.
#include <catch2/catch.hpp>

#include "import/docx_reader.h"
#include "import/importer.h"
#include "support/hand_made_docx.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

std::string footnote_reference(const std::string& id) {
  return "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"" + id + "\"/></w:r>";
}

// A policy that refers to a footnote twice and to an endnote once; the
// footnote holds a link of its own part.
std::string annotated_docx() {
  const std::string body =
      paragraph(text("Riktlinjer för bidrag")) + paragraph(text("Beslutad av kommunfullmäktige 2021-05-19.")) +
      paragraph(text("Syfte")) +
      paragraph(text("Kommunen ska följa lagen") + footnote_reference("2") +
                text(" och se till att alla invånare kan delta i samhällslivet och känna sig trygga i vardagen.")) +
      paragraph(text("Som lagen") + footnote_reference("2") + text(" säger, och som beslutet") +
                "<w:r><w:endnoteReference w:id=\"1\"/></w:r>" + text(" anger."));
  const std::string footnotes =
      "<w:footnotes><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p>"
      "</w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>" +
      text(" Lag (2010:197) om ") + "<w:hyperlink r:id=\"rId1\">" + text("etableringsinsatser") + "</w:hyperlink>" +
      text(".") + "</w:p><w:p>" + text("Se även förordningen.") + "</w:p></w:footnote></w:footnotes>";
  const std::string endnotes = "<w:endnotes><w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r>" + text(" KF § 63.") +
                               "</w:p></w:endnote></w:endnotes>";
  return docx_of({{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"},
                  {"word/footnotes.xml", footnotes},
                  {"word/endnotes.xml", endnotes},
                  {"word/_rels/footnotes.xml.rels",
                   "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                   "2006/relationships/hyperlink\" Target=\"https://example.org/lag\" TargetMode=\"External\"/>"
                   "</Relationships>"}});
}

}  // namespace

TEST_CASE("a Word file's footnotes and endnotes are read as Markdown's footnotes") {
  std::string error;
  const auto source = read_docx(annotated_docx(), error);
  INFO(error);
  REQUIRE(source);
  std::vector<std::string> lines;
  for (const auto& l : source->lines) lines.push_back(l.text);
  CHECK(lines == std::vector<std::string>{
                     "Riktlinjer för bidrag", "Beslutad av kommunfullmäktige 2021-05-19.", "Syfte",
                     "Kommunen ska följa lagen[^1] och se till att alla invånare kan delta i samhällslivet och känna "
                     "sig trygga i vardagen.",
                     "Som lagen[^1] säger, och som beslutet[^2] anger.",
                     "[^1]: Lag (2010:197) om [etableringsinsatser](https://example.org/lag). Se även förordningen.",
                     "[^2]: KF § 63."});
  CHECK(source->notes == 2);
  CHECK(source->lines.back().number == 7);
}

TEST_CASE("imported footnotes are reported, and the site shows them") {
  TempDir dir;
  write_text(dir / "site/site.yaml", site_yaml());
  write_text(dir / "bidrag.docx", annotated_docx());
  const auto r =
      run_styrdok("import --lang en --source " + (dir / "site").string() + " " + (dir / "bidrag.docx").string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("\n  2 footnotes: marked [^1], [^2] … in the text, their words at its end\n"));
  const std::string version = read_text(dir / "site/content/lysekil/riktlinjer-for-bidrag/2021-05-19.md");
  CHECK_THAT(version, Catch::Contains("\n\n[^1]: Lag (2010:197) om [etableringsinsatser](https://example.org/lag). "
                                      "Se även förordningen.\n\n[^2]: KF § 63.\n"));
  // Built with no warning, the notes at the end of the page and each reference a link to its note.
  const auto build = run_styrdok("build --lang en --as-of 2026-01-01 --source " + (dir / "site").string());
  INFO(build.output);
  CHECK(build.exit_code == 0);
  CHECK_THAT(build.output, !Catch::Contains("warning"));
  const std::string page = read_text(dir / "site/public/lysekil/riktlinjer-for-bidrag/2021-05-19/index.html");
  CHECK_THAT(page, Catch::Contains("lagen<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"));
  CHECK_THAT(page, Catch::Contains("<h2 id=\"fotnoter\">Fotnoter</h2>"));
  CHECK_THAT(page, Catch::Contains("<li id=\"fn-2\"><p>KF § 63. <a class=\"footnote-back\" href=\"#fnref-2\""));
}
