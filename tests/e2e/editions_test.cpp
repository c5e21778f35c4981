// End-to-end: translations and easy-read editions (issue 18) on the example
// site, whose Dals-Ed policy has an Arabic and an easy-read edition of the
// version in force and an English translation of the older one, left out of
// date on purpose.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const std::string kDalsEd = "dals-ed/integrationspolicy/";

std::string page(const std::string& url) {
  return read_text(built_example("--as-of 2025-01-01") / (url + "index.html"));
}

}  // namespace

TEST_CASE("each edition has a page under its version, in its language and direction") {
  const std::string ar = page(kDalsEd + "2015-03-16/ar/");
  CHECK_THAT(ar, Catch::Contains("<html lang=\"ar\" dir=\"rtl\">"));
  CHECK_THAT(ar, Catch::Contains("<h1>سياسة العمل على الاندماج في بلدية دالس-إد</h1>"));
  CHECK_THAT(ar, Catch::Contains(">انتقل إلى المحتوى</a>"));  // the chrome is Arabic
  CHECK_THAT(ar, Catch::Contains("href=\"../../../../dals-ed/integrationspolicy/2015-03-16/index.html\" lang=\"sv\" "
                                 "dir=\"ltr\">Policy för integrationsarbetet"));
  CHECK_THAT(ar, Catch::Contains("هذه ترجمة على سبيل المثال"));  // labelled as an example
  CHECK_THAT(ar, !Catch::Contains("notice-stale"));
  const std::string easy = page(kDalsEd + "2015-03-16/lattlast/");
  CHECK_THAT(easy, Catch::Contains("<html lang=\"sv\" dir=\"ltr\">"));
  CHECK_THAT(easy, Catch::Contains("Detta är en exempelöversättning"));
  // Its kind and its language are both "Lättläst": said once.
  CHECK_THAT(easy,
             Catch::Contains("<p class=\"document-kicker\">Lättläst · <bdi lang=\"sv\">Dals-Eds kommun</bdi></p>"));
  CHECK_THAT(ar, Catch::Contains("<p class=\"document-kicker\">ترجمة · العربية · "));
}

TEST_CASE("version and document pages list the editions, each in its own language") {
  for (const std::string& url : {kDalsEd, kDalsEd + "2015-03-16/"}) {
    INFO(url);
    const std::string p = page(url);
    CHECK_THAT(p, Catch::Contains("Läs på:"));
    CHECK_THAT(p, Catch::Contains("lang=\"ar\" dir=\"rtl\" hreflang=\"ar\">العربية</a>"));
    CHECK_THAT(p, Catch::Contains(">Lättläst</a>"));
    CHECK_THAT(p, Catch::Contains("Översättningarna är exempel"));
    CHECK_THAT(p,
               Catch::Contains("<link rel=\"alternate\" hreflang=\"ar\" "
                               "href=\"https://example.org/styrdokument/dals-ed/integrationspolicy/2015-03-16/ar/\">"));
  }
  CHECK_THAT(page(kDalsEd + "odaterad/"), Catch::Contains("hreflang=\"en\">English</a>"));
}

TEST_CASE("a translation of a version that no longer applies says so in its language and in Swedish") {
  const std::string en = page(kDalsEd + "odaterad/en/");
  CHECK_THAT(en, Catch::Contains("<html lang=\"en\" dir=\"ltr\">"));
  CHECK_THAT(en,
             Catch::Contains("This translation is of the undated version, which has not applied since 1 April 2015."));
  CHECK_THAT(en,
             Catch::Contains("<p lang=\"sv\" dir=\"ltr\">Denna översättning är av den odaterade versionen, som inte "
                             "har gällt sedan 1 april 2015.</p>"));
  CHECK_THAT(en, Catch::Contains("href=\"../../../../dals-ed/integrationspolicy/2015-03-16/index.html\" "
                                 "lang=\"sv\">Läs texten som gäller nu, på svenska</a>"));
  // Before the revision came into force it was not out of date.
  const std::string before = read_text(built_example("--as-of 2015-03-20") / (kDalsEd + "odaterad/en/index.html"));
  CHECK_THAT(before, !Catch::Contains("notice-stale"));
}

TEST_CASE("check warns of the out-of-date translation, the lists and open data carry the editions") {
  const auto r = run_styrdok("check --as-of 2025-01-01 --source " + std::string(STYRDOK_SOURCE_DIR));
  CHECK_THAT(r.output,
             Catch::Contains("content/dals-ed/integrationspolicy/odaterad.en.md: warning: out-of-date edition: "
                             "the version it translates ('odaterad') no longer applies since 2015-04-01 "
                             "(3563 days); translate the version in force ('2015-03-16') as "
                             "2015-03-16.en.md"));
  CHECK_THAT(r.output, !Catch::Contains("2015-03-16.ar.md: warning"));
  const auto out = built_example("--as-of 2025-01-01");
  CHECK_THAT(read_text(out / "revidering/index.html"),
             Catch::Contains("href=\"../dals-ed/integrationspolicy/odaterad/en/index.html\" lang=\"en\" dir=\"ltr\">"));
  const std::string json = read_text(out / "documents.json");
  CHECK_THAT(json, Catch::Contains("\"language\": \"en\""));
  CHECK_THAT(json, Catch::Contains("\"source_version\": \"odaterad\""));
  CHECK_THAT(read_text(out / "documents.csv"), Catch::Contains("ar; lattlast"));
  CHECK_THAT(read_text(out / "documents.csv"), Catch::Contains("en (stale since 2015-04-01)"));
  CHECK_THAT(read_text(out / (kDalsEd + "feed.xml")), Catch::Contains("<title xml:lang=\"ar\">Ny översättning: "));
  CHECK_THAT(read_text(out / "sitemap.xml"),
             Catch::Contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" "
                             "href=\"https://example.org/styrdokument/dals-ed/integrationspolicy/2015-03-16/ar/\"/>"));
}

TEST_CASE("an edition's page prints itself in its language: header, footer, page numbers, the version's metadata") {
  const auto out = built_example("--as-of 2025-01-01");
  const std::string ar = read_text(out / (kDalsEd + "2015-03-16/ar/index.html"));
  // style.css for the screen; print.css and the page numbers' stylesheet for paper.
  CHECK_THAT(ar, Catch::Contains("<link rel=\"stylesheet\" href=\"../../../../assets/style.css\" media=\"screen\">"));
  CHECK_THAT(ar, Catch::Contains("<link rel=\"stylesheet\" href=\"../../../../assets/print.css\" media=\"print\">\n"
                                 "<link rel=\"stylesheet\" href=\"../../../../assets/print-pages.css\" "
                                 "media=\"print\">"));
  CHECK_THAT(ar, Catch::Contains("<span class=\"print-running-left\">\u2068Dals-Eds kommun\u2069 · سياسة العمل "
                                 "على الاندماج في بلدية دالس-إد</span>"));
  CHECK_THAT(ar, Catch::Contains("<span class=\"print-running-right\">رقم القيد \u2068KS 2015/12\u2069</span>"));
  // The QR code of the edition's own address, on paper only.
  CHECK_THAT(ar, Catch::Contains("<figure class=\"print-qr print-only\">\n<svg class=\"qr-code\""));
  CHECK_THAT(ar, Catch::Contains("aria-label=\"رمز QR يؤدي إلى هذه الترجمة على الويب: "
                                 "https://example.org/styrdokument/dals-ed/integrationspolicy/2015-03-16/ar/\""));
  CHECK_THAT(ar, Catch::Contains("<p class=\"print-link\" hidden><button type=\"button\" class=\"print-button\">"
                                 "طباعة / PDF</button></p>"));
  // Its page numbers in Arabic: a named page of the site's one stylesheet for them.
  CHECK_THAT(ar, Catch::Contains("<body class=\"print-lang-ar\">"));
  const std::string css = read_text(out / "assets/print-pages.css");
  CHECK_THAT(css, Catch::Contains("@page print-ar { @bottom-right { content: \"صفحة \" counter(page) \" من \" "
                                  "counter(pages); } }\nbody.print-lang-ar { page: print-ar; }"));
  // The version's metadata, on the screen too: labels in Arabic, each value isolated.
  CHECK_THAT(ar, Catch::Contains("<h2 id=\"metadata-heading\">عن الوثيقة</h2>"));
  CHECK_THAT(ar, Catch::Contains("<dt>رقم القيد</dt><dd><bdi>KS 2015/12</bdi></dd>"));
  CHECK_THAT(ar, Catch::Contains("<dt>تاريخ القرار</dt>"));
  // What is not known, listed with the Arabic comma.
  CHECK_THAT(ar, Catch::Contains("<p class=\"metadata-unknown\">غير معروف: تسري على، المسؤول عن الوثيقة، "));
  CHECK_THAT(ar, Catch::Contains("<dd><bdi>Kommunfullmäktige</bdi></dd>"));
  // The Swedish version's table is as it was.
  CHECK_THAT(read_text(out / (kDalsEd + "2015-03-16/index.html")),
             Catch::Contains("<dt>Diarienummer</dt><dd>KS 2015/12</dd>"));
  const std::string en = read_text(out / (kDalsEd + "odaterad/en/index.html"));
  CHECK_THAT(en, Catch::Contains("<body class=\"print-lang-en\">"));
  // No registration number, so none in the header (not "reg. no. Not known" on every sheet).
  CHECK_THAT(en, Catch::Contains("<span class=\"print-running-right\"></span>"));
  CHECK_THAT(ar, Catch::Contains("<span class=\"print-running-right\">رقم القيد \u2068KS 2015/12\u2069</span>"));
  CHECK_THAT(css, Catch::Contains("@page print-en { @bottom-right { content: \"Page \" counter(page) \" of \" "
                                  "counter(pages); } }"));
  // Pages in the site's language keep a plain body.
  CHECK_THAT(read_text(out / (kDalsEd + "2015-03-16/index.html")), Catch::Contains("</head>\n<body>\n"));
}

TEST_CASE("the address of an edition's print edition sends the reader to the edition, which prints itself") {
  const auto out = built_example("--as-of 2025-01-01");
  const std::string print = read_text(out / (kDalsEd + "2015-03-16/ar/utskrift/index.html"));
  CHECK_THAT(print, Catch::Contains("<meta http-equiv=\"refresh\" content=\"0; url=../index.html\">"));
  CHECK_THAT(print,
             Catch::Contains("<link rel=\"canonical\" "
                             "href=\"https://example.org/styrdokument/dals-ed/integrationspolicy/2015-03-16/ar/\">"));
  CHECK(print.size() < 2000);
  CHECK_THAT(read_text(out / "sitemap.xml"), !Catch::Contains("/ar/utskrift/"));
  // In the edition's language and direction, as the page it sends the reader to.
  CHECK_THAT(print, Catch::Contains("<html lang=\"ar\" dir=\"rtl\">"));
  CHECK_THAT(print, Catch::Contains("<h1>نُقلت هذه الصفحة</h1>"));
  CHECK_THAT(read_text(out / (kDalsEd + "odaterad/en/utskrift/index.html")),
             Catch::Contains("<html lang=\"en\">") && Catch::Contains("<h1>This page has moved</h1>"));
  // The version's own print address stays in the site's language.
  CHECK_THAT(read_text(out / (kDalsEd + "2015-03-16/utskrift/index.html")),
             Catch::Contains("<html lang=\"sv\">") && Catch::Contains("<h1>Sidan har flyttat</h1>"));
}

TEST_CASE("an edition's footnotes are headed and labelled in its language") {
  TempDir dir;
  write_text(dir / "site.yaml", site_yaml());
  const std::string doc = "content/lysekil/policy/";
  write_text(dir / (doc + "2021-01-01.md"),
             version_md("title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2021-01-01\n",
                        "## Syfte\n\nEnligt lagen[^1], som lagen[^1] säger.\n\n[^1]: Lag (2010:197).\n"));
  write_text(dir / (doc + "2021-01-01.en.md"),
             version_md("title: Policy\ntranslation_date: 2021-02-01\n",
                        "## Purpose\n\nUnder the Act[^1], as the Act[^1] says.\n\n| A | B |\n|---|---|\n| 1 | 2 "
                        "|\n\n| C |\n|---|\n| 3 |\n\n[^1]: Act (2010:197).\n"));
  REQUIRE(run_styrdok("build --quiet --as-of 2021-03-01 --source " + dir.path().string()).exit_code == 0);
  const std::string sv = read_text(dir / "public/lysekil/policy/2021-01-01/index.html");
  CHECK_THAT(sv, Catch::Contains(">Fotnoter</h2>"));
  CHECK_THAT(sv, Catch::Contains("aria-label=\"Tillbaka till texten 2\""));
  const std::string en = read_text(dir / "public/lysekil/policy/2021-01-01/en/index.html");
  CHECK_THAT(en, Catch::Contains(">Footnotes</h2>"));
  CHECK_THAT(en, Catch::Contains("aria-label=\"Back to the text\""));
  CHECK_THAT(en, Catch::Contains("aria-label=\"Back to the text 2\""));
  CHECK_THAT(en, !Catch::Contains("Tillbaka till texten"));
  // Its two tables are named in its language, each its own.
  CHECK_THAT(en, Catch::Contains("aria-label=\"Table 1\"") && Catch::Contains("aria-label=\"Table 2\""));
  CHECK_THAT(en, !Catch::Contains("Tabell"));
}
