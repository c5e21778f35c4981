// `styrdok import` given folders (import/files_to_import.h): the files of
// the kinds it reads, Word files first, each group in the order of its
// paths; hidden files, Word's lock files and links to folders passed over;
// other files listed as left out. And the command: an appendix a Word file
// in the folder links to comes in with it, not as a document of its own.
#include <catch2/catch.hpp>

#include <algorithm>

#include "import/files_to_import.h"
#include "support/hand_made_docx.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

std::vector<std::string> relative(const std::vector<std::string>& paths, const fs::path& base) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(fs::path(p).lexically_relative(base).string());
  return out;
}

const std::string kProse =
    "Kommunen vill att alla invånare ska kunna delta i samhällslivet och känna sig trygga i vardagen.";

// A Word document titled `title` whose last paragraph links to `targets`
// (addresses as Word writes them, "Bilaga%201.pdf").
std::string linking_docx(const std::string& title, const std::vector<std::string>& targets) {
  std::string links, relationships;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const std::string id = "rId" + std::to_string(i + 1);
    links +=
        text(i == 0 ? "Se " : " och ") + "<w:hyperlink r:id=\"" + id + "\">" + text("bilaga " + id) + "</w:hyperlink>";
    relationships += "<Relationship Id=\"" + id +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" "
                     "Target=\"" +
                     targets[i] + "\" TargetMode=\"External\"/>";
  }
  const std::string body = paragraph(text(title)) + paragraph(text("Beslutad av kommunfullmäktige 2021-05-19.")) +
                           paragraph(text("Syfte")) + paragraph(text(kProse)) + paragraph(links);
  return docx_of({{"word/document.xml", "<w:document><w:body>" + body + "</w:body></w:document>"},
                  {"word/_rels/document.xml.rels", "<Relationships>" + relationships + "</Relationships>"}});
}

// A policy that links to "Bilaga 1.pdf" and "karta.png" beside it.
std::string policy_docx() { return linking_docx("Riktlinjer för bidrag", {"Bilaga%201.pdf", "karta.png"}); }

}  // namespace

TEST_CASE("a folder gives its Word files first, then its PDF and text files, and lists the rest") {
  TempDir dir;
  const fs::path in = dir / "inkorg";
  for (const char* name : {"b.pdf", "a/c.docx", "z.docx", "a/b.txt", "notes.md", "gammal.doc", "STOR.PDF", ".dold.pdf",
                           ".git/HEAD.txt", "~$z.docx", "budget.xlsx", "bild.png"})
    write_text(in / name, "x");
  fs::create_directories(dir / "tom");
  fs::create_directory_symlink(in, in / "a/tillbaka");  // a link to a folder is not followed
  const auto listed =
      files_to_import({in.string(), (dir / "tom").string(), (dir / "saknas.pdf").string()}, (dir / "site").string());
  std::vector<std::string> files;
  for (const auto& f : listed.files) files.push_back(f.named ? "named " + f.path : f.path);
  CHECK(relative({files.begin(), files.end() - 1}, in) ==
        std::vector<std::string>{"a/c.docx", "z.docx", "STOR.PDF", "a/b.txt", "b.pdf", "gammal.doc"});
  CHECK(files.back() == "named " + (dir / "saknas.pdf").string());  // reported by the importer, as it is today
  // Markdown in a folder is more likely a site's text than a document to bring in.
  CHECK(relative(listed.left_out, in) == std::vector<std::string>{"bild.png", "budget.xlsx", "notes.md"});
  CHECK(listed.empty_folders == std::vector<std::string>{(dir / "tom").string()});
  CHECK(listed.site_folders.empty());
}

TEST_CASE("a folder that is the site, holds it or lies in its content is not read") {
  TempDir dir;
  const fs::path site = dir / "webb";
  write_text(site / "content/lysekil/policy/2020-01-01-bilaga.pdf", "x");
  write_text(site / "public/lysekil/policy/2020-01-01-bilaga.pdf", "x");
  write_text(site / "inkorg/policy.pdf", "x");  // the site's own inbox is fine
  const std::vector<std::string> named{dir.path().string(),         site.string(),
                                       (site / "content").string(), (site / "content/lysekil").string(),
                                       (site / "public").string(),  (site / "content/../inkorg").string()};
  const auto listed = files_to_import(named, (dir / "./webb").string());
  CHECK(listed.site_folders == std::vector<std::string>{named.begin(), named.end() - 1});
  REQUIRE(listed.files.size() == 1);
  CHECK(listed.files[0].path == (site / "content/../inkorg/policy.pdf").string());
}

TEST_CASE("import of a folder takes a Word file's appendix in with it, not as a document") {
  TempDir dir;
  REQUIRE(run_styrdok("init --lang en " + (dir / "site").string()).exit_code == 0);
  const fs::path in = dir / "inkorg";
  write_text(in / "riktlinjer.docx", policy_docx());
  write_text(in / "Bilaga 1.pdf", "%PDF-1.4 not a PDF import could read as a document");
  write_text(in / "karta.png", "a picture");
  write_text(in / "budget.xlsx", "a spreadsheet");
  write_text(in / "avfall.odt", "PK an OpenDocument text");
  fs::copy_file(fs::path(STYRDOK_SOURCE_DIR) / "tests/import/seeds/dals-ed-integrationspolicy.txt", in / "policy.txt");
  const auto r = run_styrdok("import --lang en --source " + (dir / "site").string() + " " + in.string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  const std::string folder = (dir / "site/content/example-municipality").string();
  CHECK(fs::exists(folder + "/riktlinjer-for-bidrag/2021-05-19.md"));
  CHECK(read_text(folder + "/riktlinjer-for-bidrag/2021-05-19-bilaga-1.pdf") ==
        "%PDF-1.4 not a PDF import could read as a document");
  CHECK(fs::exists(folder + "/riktlinjer-for-bidrag/2021-05-19-karta.png"));
  CHECK(fs::exists(folder + "/policy-for-integrationsarbetet-i-dals-eds-kommun/odaterad.md"));
  CHECK_THAT(r.output, Catch::Contains(in.string() + "/Bilaga 1.pdf: taken in as an attachment of '" + in.string() +
                                       "/riktlinjer.docx'\n"));
  // The picture was taken in too; the spreadsheet is the one left out.
  CHECK_THAT(r.output, Catch::Contains("Left out, not a PDF, Word or text file:\n  " + in.string() +
                                       "/avfall.odt (save it as .docx (Word: Save as; LibreOffice: Save as, Word "
                                       "2007-365) and import that)\n  " +
                                       in.string() + "/budget.xlsx\n"));
  CHECK_THAT(r.output, !Catch::Contains("karta.png\n"));

  // The folder again (say, once a scan in it has its text): what was
  // imported is left as it is, its appendix still taken in with it.
  const auto again = run_styrdok("import --lang en --source " + (dir / "site").string() + " " + in.string());
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.output, Catch::Contains(in.string() + "/riktlinjer.docx: already imported as '"));
  CHECK_THAT(again.output, Catch::Contains(in.string() + "/Bilaga 1.pdf: taken in as an attachment of '"));
  CHECK_THAT(again.output, !Catch::Contains("Check the imported files"));

  // A folder with nothing to import is an error that says so.
  fs::create_directories(dir / "tom");
  write_text(dir / "tom/bild.png", "x");
  const auto empty = run_styrdok("import --lang en --source " + (dir / "site").string() + " " + (dir / "tom").string());
  CHECK(empty.exit_code == 1);
  CHECK_THAT(empty.output, Catch::Contains((dir / "tom").string() +
                                           ": no PDF, Word or text file in this folder or its subfolders\n"));
}

TEST_CASE("a file a Word file in the folder links to comes after it, named with it") {
  TempDir dir;
  const fs::path in = dir / "inkorg";
  // Appendices are often Word files too, and sort before the policy.
  write_text(in / "Bilaga 1.docx", linking_docx("Bilaga 1", {}));
  write_text(in / "a.pdf", "x");
  write_text(in / "policy.docx", linking_docx("Riktlinjer", {"Bilaga%201.docx", "underlag/karta.pdf"}));
  write_text(in / "underlag/karta.pdf", "x");
  // Two that link to each other: the first in order of import is a
  // document, the second its attachment.
  write_text(in / "x.docx", linking_docx("X", {"y.docx"}));
  write_text(in / "y.docx", linking_docx("Y", {"x.docx"}));
  const auto listed = files_to_import({in.string(), (in / "Bilaga 1.docx").string()}, (dir / "site").string());
  std::vector<std::string> files;
  for (const auto& f : listed.files)
    files.push_back(fs::path(f.path).lexically_relative(in).string() +
                    (f.linked_from.empty() ? "" : " <- " + fs::path(f.linked_from).lexically_relative(in).string()) +
                    (f.named ? " (named)" : ""));
  CHECK(files == std::vector<std::string>{"policy.docx", "x.docx", "a.pdf", "Bilaga 1.docx (named)",
                                          "Bilaga 1.docx <- policy.docx", "y.docx <- x.docx",
                                          "underlag/karta.pdf <- policy.docx"});
}

TEST_CASE("import of a folder takes a Word appendix in with the Word file linking to it") {
  TempDir dir;
  REQUIRE(run_styrdok("init --lang en " + (dir / "site").string()).exit_code == 0);
  const fs::path in = dir / "inkorg";
  write_text(in / "Bilaga 1.docx", linking_docx("Bilaga 1 Ansökningsblankett", {}));
  write_text(in / "riktlinjer.docx", linking_docx("Riktlinjer för bidrag", {"Bilaga%201.docx"}));
  const auto r = run_styrdok("import --lang en --source " + (dir / "site").string() + " " + in.string());
  INFO(r.output);
  CHECK(r.exit_code == 0);
  const fs::path folder = dir / "site/content/example-municipality";
  CHECK(fs::exists(folder / "riktlinjer-for-bidrag/2021-05-19-bilaga-1.docx"));
  std::vector<std::string> documents;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_directory()) documents.push_back(entry.path().filename().string());
  std::sort(documents.begin(), documents.end());
  CHECK(documents == std::vector<std::string>{"example-policy", "riktlinjer-for-bidrag"});  // init's and the policy
  CHECK_THAT(r.output, Catch::Contains(in.string() + "/Bilaga 1.docx: taken in as an attachment of '" + in.string() +
                                       "/riktlinjer.docx'\n"));

  // When the Word file linking to it is not imported, neither is the
  // appendix: it would come in twice once that file is mended.
  const auto failed = run_styrdok("import --lang en --source " + (dir / "saknas").string() + " " + in.string());
  INFO(failed.output);
  CHECK(failed.exit_code == 1);
  CHECK_THAT(failed.output, Catch::Contains(in.string() + "/Bilaga 1.docx: not imported: '" + in.string() +
                                            "/riktlinjer.docx' links to it as an attachment but did not take it in"));
  CHECK_THAT(failed.output, !Catch::Contains("Bilaga 1.docx: no site"));
}
