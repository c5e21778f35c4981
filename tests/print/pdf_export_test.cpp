// Tests for print/pdf_export.h that need no PDF engine: which print pages a
// run prints and where their PDF files go, and the message when no engine
// is installed.
#include "print/pdf_export.h"

#include <catch2/catch.hpp>

#include <cstdlib>

#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

// Sets PATH for the lifetime of the object.
class PathSetting {
 public:
  explicit PathSetting(const std::string& path) : old_(std::getenv("PATH") ? std::getenv("PATH") : "") {
    ::setenv("PATH", path.c_str(), 1);
  }
  ~PathSetting() { ::setenv("PATH", old_.c_str(), 1); }

 private:
  std::string old_;
};

}  // namespace

TEST_CASE("every print page under the site is a PDF job, filtered by address, named after it") {
  TempDir dir;
  for (const std::string page : {"lysekil/riktlinjer/2021-05-19/utskrift/index.html",
                                 "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/utskrift/index.html",
                                 "moten/2016-01-20-ks/utskrift/index.html", "lysekil/riktlinjer/2021-05-19/index.html",
                                 "assets/print-pages.css"}) {
    write_text(dir / ("public/" + page), "x");
  }
  const std::string out = (dir / "pdf").string();
  const auto all = plan_pdf_jobs((dir / "public").string(), out, {});
  REQUIRE(all.size() == 3);
  CHECK(all[0].url == "lysekil/riktlinjer/2021-05-19/");
  CHECK(all[0].pdf == out + "/lysekil/riktlinjer/2021-05-19.pdf");
  CHECK(all[0].html == (dir / "public/lysekil/riktlinjer/2021-05-19/utskrift/index.html").string());
  CHECK(all[1].pdf == out + "/lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01.pdf");
  CHECK(all[2].pdf == out + "/moten/2016-01-20-ks.pdf");

  const auto meetings = plan_pdf_jobs((dir / "public").string(), out, {"/moten/"});
  REQUIRE(meetings.size() == 1);
  CHECK(meetings[0].url == "moten/2016-01-20-ks/");
  CHECK(plan_pdf_jobs((dir / "public").string(), out, {"stenungsund/"}).empty());
}

TEST_CASE("a print address that redirects prints the page it names, the page that prints itself") {
  TempDir dir;
  write_text(dir / "public/lysekil/riktlinjer/2021-05-19/index.html", "<html lang=\"sv\"><head></head></html>");
  write_text(dir / "public/lysekil/riktlinjer/2021-05-19/utskrift/index.html",
             "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta http-equiv=\"refresh\" content=\"0; "
             "url=../index.html\">\n</head><body></body></html>");
  // A page that says "refresh" only in its text is printed itself.
  write_text(dir / "public/moten/m/utskrift/index.html",
             "<html lang=\"sv\"><head></head><body><p>&lt;meta http-equiv=\"refresh\"</p></body></html>");
  const std::string out = (dir / "pdf").string();
  const auto jobs = plan_pdf_jobs((dir / "public").string(), out, {});
  REQUIRE(jobs.size() == 2);
  CHECK(jobs[0].url == "lysekil/riktlinjer/2021-05-19/");
  CHECK(jobs[0].html == (dir / "public/lysekil/riktlinjer/2021-05-19/index.html").string());
  CHECK(jobs[0].pdf == out + "/lysekil/riktlinjer/2021-05-19.pdf");
  CHECK(jobs[0].lang == "sv");  // the printed page's language
  CHECK(jobs[1].html == (dir / "public/moten/m/utskrift/index.html").string());
}

TEST_CASE("without an engine, the message names the Debian package to install") {
  TempDir empty;
  PathSetting path(empty.path().string());
  std::string why;
  CHECK_FALSE(find_pdf_engine(std::nullopt, why));
  CHECK(why ==
        "no PDF engine found: install Chromium or WeasyPrint (on Debian: apt install chromium, or apt install "
        "weasyprint)");
  CHECK_FALSE(find_pdf_engine(PdfEngine::weasyprint, why));
  CHECK(why == "weasyprint is not installed (on Debian: apt install weasyprint)");
}

TEST_CASE("an engine is found on PATH, the one asked for") {
  TempDir bin;
  write_text(bin / "weasyprint", "#!/bin/sh\n");
  fs::permissions(bin / "weasyprint", fs::perms::owner_all);
  PathSetting path(bin.path().string());
  std::string why;
  const auto any = find_pdf_engine(std::nullopt, why);
  REQUIRE(any);
  CHECK(any->engine == PdfEngine::weasyprint);
  CHECK(any->program == (bin / "weasyprint").string());
  CHECK_FALSE(find_pdf_engine(PdfEngine::chromium, why));
  CHECK(why == "chromium is not installed (on Debian: apt install chromium)");
}

TEST_CASE("styrdok pdf without an engine exits 1 and says what to install") {
  TempDir empty;
  // The binary by its full path, with a PATH that holds no engine.
  std::string output;
  FILE* pipe = ::popen(("PATH=" + empty.path().string() + " " + STYRDOK_BINARY + " pdf --source " + STYRDOK_SOURCE_DIR +
                        " --out " + (empty / "pdf").string() + " 2>&1")
                           .c_str(),
                       "r");
  REQUIRE(pipe);
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) output.append(buf.data(), n);
  const int status = ::pclose(pipe);
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(output ==
        "styrdok: no PDF engine found: install Chromium or WeasyPrint (on Debian: apt install chromium, or apt "
        "install weasyprint)\n");
  CHECK_FALSE(fs::exists(empty / "pdf"));
}

TEST_CASE("a print job carries its page's language, read from <html lang>") {
  TempDir dir;
  write_text(dir / "public/a/utskrift/index.html", "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>");
  write_text(dir / "public/b/utskrift/index.html", "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>");
  write_text(dir / "public/c/utskrift/index.html", "<!DOCTYPE html>\n<html>\n<head lang=\"fr\">");
  const auto jobs = plan_pdf_jobs((dir / "public").string(), (dir / "pdf").string(), {});
  REQUIRE(jobs.size() == 3);
  CHECK(jobs[0].lang == "ar");
  CHECK(jobs[1].lang == "sv");
  CHECK(jobs[2].lang == "");
}

TEST_CASE("languages written in Arabic script") {
  for (const char* lang : {"ar", "AR", "fa", "fa-AF", "prs", "ur", "ps", "ckb", "sd", "ug", "ar_SY"}) {
    INFO(lang);
    CHECK(written_in_arabic_script(lang));
  }
  for (const char* lang : {"", "sv", "sv-lattlast", "en", "he", "ku", "so", "ti", "uk", "a", "ara"}) {
    INFO(lang);
    CHECK_FALSE(written_in_arabic_script(lang));
  }
}

TEST_CASE("printing Arabic script with WeasyPrint warns that its text layer cannot be read") {
  const PdfEngineProgram weasyprint{PdfEngine::weasyprint, "/usr/bin/weasyprint"};
  const PdfEngineProgram chromium{PdfEngine::chromium, "/usr/bin/chromium"};
  std::vector<PdfJob> jobs = {{"a/", "", "", "", "sv"}, {"b/", "", "", "", "ar"}};
  CHECK(engine_warning(weasyprint, jobs) ==
        "1 page is in Arabic script; WeasyPrint writes the text of Arabic script so that it cannot be copied, "
        "searched or read aloud from the PDF (https://github.com/Kozea/WeasyPrint/issues/1686); print them with "
        "--engine chromium");
  jobs.push_back({"c/", "", "", "", "fa"});
  CHECK(engine_warning(weasyprint, jobs).starts_with("2 pages are in Arabic script; "));
  CHECK(engine_warning(chromium, jobs) == "");
  CHECK(engine_warning(weasyprint, {{"a/", "", "", "", "sv"}}) == "");
}
