// Two documents with the same title are not one document: "Delegationsordning"
// of the social services committee imported beside the executive committee's
// went into the same folder as a version of it, and the site then said that
// the one in force had been replaced. A version decided by another body, or
// under another series of registration numbers, goes to a folder of its own,
// said first in the report.
#include <catch2/catch.hpp>

#include "import/importer.h"
#include "import/same_document.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

std::string delegation(const std::string& body, const std::string& date, const std::string& dnr) {
  return "Delegationsordning\n\n" + body + "\n\nBeslutad av: " + body + "\nDatum: " + date + "\nDnr: " + dnr +
         "\n\nInledning\n\nDenna delegationsordning anger vilka beslut " + body +
         " har delegerat till ordföranden och till tjänstepersoner inom förvaltningen.\n";
}

const std::string kFolder = "content/lysekil/delegationsordning/";

MemoryFileSystem site_with_executive_committees() {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  site.add(kFolder + "2022-06-01.md",
           version_md("title: Delegationsordning\ntype: regler\ndecided_by: Kommunstyrelsen\ndecision_date: "
                      "2022-06-01\nregistration_number: KS 2022/50\n"));
  return site;
}

}  // namespace

TEST_CASE("the series of a registration number") {
  CHECK(registration_series("KS 2022/50") == "KS");
  CHECK(registration_series("lks 2021-000173") == "LKS");
  CHECK(registration_series("2021/12") == "");
}

TEST_CASE("a document with the title of another decided by another body goes to a folder of its own") {
  const MemoryFileSystem site = site_with_executive_committees();
  Diagnostics diagnostics;
  const auto r = import_document({"Delegationsordning socialnämnden.txt", "", "", nullptr},
                                 delegation("Socialnämnden", "2021-01-20 § 5", "SN 2020/300"), site, diagnostics);
  REQUIRE(r);
  CHECK(r->file.path == "content/lysekil/delegationsordning-socialnamnden/2021-01-20.md");
  REQUIRE(!r->report.empty());
  CHECK(r->report.front() ==
        "document: lysekil/delegationsordning-socialnamnden, not lysekil/delegationsordning, which holds another "
        "document with the same title (decided by Kommunstyrelsen, registration number KS 2022/50); if this is a new "
        "version of that one, import it again with --into lysekil/delegationsordning");
}

TEST_CASE("another registration series alone makes another document, with Swedish keys read") {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  site.add(kFolder + "2022-06-01.md",
           version_md("titel: Delegationsordning\ndokumenttyp: regler\nbeslutad_av: okänd\nbeslutsdatum: "
                      "2022-06-01\ndiarienummer: KS 2022/50\n"));
  Diagnostics diagnostics;
  const auto r = import_document({"deleg.txt", "", "", nullptr},
                                 delegation("Socialnämnden", "2021-01-20 § 5", "SN 2020/300"), site, diagnostics);
  REQUIRE(r);
  CHECK(r->file.path == "content/lysekil/delegationsordning-socialnamnden/2021-01-20.md");
}

TEST_CASE("a new version by the same body goes into the document's folder") {
  const MemoryFileSystem site = site_with_executive_committees();
  Diagnostics diagnostics;
  // The body written otherwise, and a new number in the same series.
  const auto r = import_document({"deleg.txt", "", "", nullptr},
                                 delegation("kommunstyrelsen", "2024-02-01 § 12", "KS 2024/7"), site, diagnostics);
  REQUIRE(r);
  CHECK(r->file.path == kFolder + "2024-02-01.md");
  CHECK_THAT(r->report.front(), Catch::StartsWith("title: Delegationsordning"));
}

TEST_CASE("given a folder with --into, it goes there whoever decided it") {
  const MemoryFileSystem site = site_with_executive_committees();
  Diagnostics diagnostics;
  const auto r = import_document({"deleg.txt", "lysekil/delegationsordning", "", nullptr},
                                 delegation("Socialnämnden", "2021-01-20 § 5", "SN 2020/300"), site, diagnostics);
  REQUIRE(r);
  CHECK(r->file.path == kFolder + "2021-01-20.md");
}

TEST_CASE("when the folder of its own holds yet another document, nothing is written and --into is named") {
  MemoryFileSystem site = site_with_executive_committees();
  site.add("content/lysekil/delegationsordning-socialnamnden/2019-01-01.md",
           version_md("title: Delegationsordning\ntype: regler\ndecided_by: Socialnämnden\ndecision_date: "
                      "2019-01-01\nregistration_number: IFN 2018/3\n"));
  Diagnostics diagnostics;
  const auto r = import_document({"deleg.txt", "", "", nullptr},
                                 delegation("Socialnämnden", "2021-01-20 § 5", "SN 2020/300"), site, diagnostics);
  CHECK(!r);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].message ==
        "the document folder lysekil/delegationsordning-socialnamnden holds another document with the same title "
        "(decided by Socialnämnden, registration number IFN 2018/3); nothing was written; to import this file as a "
        "version of it or as a document of its own, give it alone with --into ORGANISATION/DOCUMENT");
}

TEST_CASE("two files with the same title in one run: two documents, neither said to replace the other") {
  TempDir dir;
  write_text(dir / "site/site.yaml", site_yaml());
  write_text(dir / "in/Delegationsordning kommunstyrelsen.txt",
             delegation("Kommunstyrelsen", "2022-06-01 § 101", "KS 2022/50"));
  write_text(dir / "in/Delegationsordning socialnämnden.txt",
             delegation("Socialnämnden", "2021-01-20 § 5", "SN 2020/300"));
  const auto r = run_styrdok("import --source " + (dir / "site").string() + " " + (dir / "in").string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const fs::path content = dir / "site/content/lysekil";
  CHECK(fs::exists(content / "delegationsordning/2022-06-01.md"));
  CHECK(fs::exists(content / "delegationsordning-socialnamnden/2021-01-20.md"));
  CHECK_THAT(r.output, Catch::Contains(" -> " + (content / "delegationsordning-socialnamnden/2021-01-20.md").string() +
                                       "\n  document: lysekil/delegationsordning-socialnamnden, not "
                                       "lysekil/delegationsordning, which holds another document with the same title "
                                       "(decided by Kommunstyrelsen, registration number KS 2022/50); "));
  // Imported again: both unchanged, each found in its own folder.
  const auto again = run_styrdok("import --source " + (dir / "site").string() + " " + (dir / "in").string());
  INFO(again.output);
  CHECK(again.exit_code == 0);
  CHECK_THAT(again.output, Catch::Contains("unchanged since; nothing was written\n"));
  CHECK_THAT(again.output, !Catch::Contains(" -> "));
}

TEST_CASE("a new version whose body is written with its initials or its municipality goes into the same folder") {
  for (const std::string body : {"KS", "Kommunstyrelsen i Lysekils kommun", "Kommunstyrelsen (KS)"}) {
    INFO(body);
    const MemoryFileSystem site = site_with_executive_committees();
    Diagnostics diagnostics;
    const auto r = import_document({"deleg.txt", "", "", nullptr}, delegation(body, "2024-02-01 § 12", "KS 2024/7"),
                                   site, diagnostics);
    REQUIRE(r);
    CHECK(r->file.path == kFolder + "2024-02-01.md");
  }
}
