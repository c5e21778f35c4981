// Tests for check/link_check.h on small sites declared inline: which links,
// anchors and images are accepted, what a broken one is told and where, and
// the warnings of documents due for revision and out-of-date editions.
// (tests/e2e/check_test.cpp runs the same checks through `styrdok check`.)
#include "check/link_check.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "content/site_loader.h"
#include "model/point_in_time.h"
#include "support/test_site.h"

using namespace styrdok;

namespace {

const char* const kPolicy = "content/lysekil/policy/2020-01-01.md";

std::string front(const std::string& title, const std::string& decided, const std::string& extra = "") {
  return "title: " + title + "\ntype: policy\ndecided_by: KS\ndecision_date: " + decided + "\n" + extra;
}

// A site of Lysekil's plan (two versions, the second with a section the
// first lacks) and policy, whose text (line 7 on) is `policy_body`; `extra`
// adds files or replaces these.
struct CheckedSite {
  explicit CheckedSite(const std::string& policy_body, const std::map<std::string, std::string>& extra = {},
                       Date day = Date{2025, 1, 1}) {
    files.add("site.yaml", test::site_yaml());
    files.add("content/lysekil/plan/2019-05-01.md",
              test::version_md(front("Plan", "2019-05-01"), "## Mål\n\nText.\n\n## Uppföljning\n\nText.\n"));
    files.add("content/lysekil/plan/2021-03-01.md",
              test::version_md(front("Plan", "2021-03-01"), "## Mål\n\nText.\n\n## Ny del\n\nText.\n"));
    files.add(kPolicy, test::version_md(front("Policy", "2020-01-01"), policy_body));
    for (const auto& [path, text] : extra) files.add(path, text);
    Diagnostics loading;
    auto config = load_site_config(files, "", loading);
    REQUIRE(config);
    LoadOptions options;
    options.include_proposals = true;  // as `styrdok check` does
    auto loaded = load_site(files, std::move(*config), options, loading);
    INFO(describe(loading));
    REQUIRE(loaded);
    REQUIRE(!loading.has_errors());
    site = std::move(*loaded);
    keep_what_existed_on(site, day);
    pages = plan_pages(site, day, loading);
    std::vector<std::string_view> published;
    for (const auto& p : pages) published.push_back(p.output);
    published.push_back("assets/logo.svg");  // theme files
    published.push_back("favicon.svg");
    check_links(site, pages, published, files, day, diagnostics);
  }

  static std::string describe(const Diagnostics& d) {
    std::string out;
    for (const auto& item : d.items()) out += item.to_string() + "\n";
    return out;
  }
  std::string messages() const { return describe(diagnostics); }

  MemoryFileSystem files;
  Site site;
  std::vector<Page> pages;
  Diagnostics diagnostics;
};

}  // namespace

TEST_CASE("links to pages, versions, anchors, theme files and the outside world pass") {
  const CheckedSite s(
      "## Syfte\n\n"
      "[a](/lysekil/plan/) [b](/lysekil/plan) [c](/lysekil/plan/index.html) [d](/lysekil/plan/?x=1)\n"
      "[e](/lysekil/plan/#ny-del) [f](/lysekil/plan/2019-05-01/#uppfoljning) [g](#syfte) [h](#p-syfte-1)\n"
      "[i](/lysekil/) [j](/) [k](/assets/logo.svg) [l](/documents.csv) [m](/lysekil/plan/#)\n"
      "[n](https://example.org/x) [o](mailto:a@example.org) [p](//example.org/) [q](tel:+46123)\n"
      "![bild](bilder/karta.png) ![logga](/assets/logo.svg) ![ovan](../policy/bilder/karta.png)\n",
      {{"content/lysekil/policy/bilder/karta.png", "PNG"}});
  CHECK(s.messages() == "");
}

TEST_CASE("a link to a document's anchor is checked against the version in force on the day") {
  // "#ny-del" is in the version of 2021: in force in 2025, not yet in 2020.
  const std::string body = "## Syfte\n\n[a](/lysekil/plan/#ny-del) [b](/lysekil/plan/#uppfoljning)\n";
  const CheckedSite in_2025(body);
  CHECK(in_2025.messages() ==
        std::string(kPolicy) +
            ":9:28: link to '/lysekil/plan/#uppfoljning': '/lysekil/plan/' has no heading or paragraph with the "
            "anchor 'uppfoljning'\n");
  const CheckedSite in_2020(body, {}, Date{2020, 6, 1});
  CHECK(in_2020.messages() ==
        std::string(kPolicy) +
            ":9:1: link to '/lysekil/plan/#ny-del': '/lysekil/plan/' has no heading or paragraph with the anchor "
            "'ny-del'\n");
}

TEST_CASE("an anchor of a page that shows no version's text is not checked") {
  // The organisation's page, and a document that is only a proposal.
  const CheckedSite s(
      "[a](/lysekil/#vad-som-helst) [b](/lysekil/ny/#vad-som-helst)\n",
      {{"content/lysekil/ny/forslag.md",
        test::version_md("title: Ny\ntype: policy\nstatus: proposal\ndecided_by: KS\ndecision_date: unknown\n")}});
  CHECK(s.messages() == "");
}

TEST_CASE("a broken link is reported where it is written, with the closest address or anchor") {
  const CheckedSite s(
      "## Syfte\n\n"
      "Se [planen](/lysekil/planen/) och [åtgärd](/lysekil/plan/#malen).\n"
      "Så [fel](#syftet), [relativ](../plan/) och [version](/lysekil/plan/2019-05-02/).\n");
  const std::string p = std::string(kPolicy) + ":";
  CHECK(s.messages() ==
        p +
            "9:4: link to '/lysekil/planen/': no page has the address '/lysekil/planen/'; did you mean "
            "'/lysekil/plan/'?\n" +
            // The column counts characters: "å" is one.
            p +
            "9:35: link to '/lysekil/plan/#malen': '/lysekil/plan/' has no heading or paragraph with the anchor "
            "'malen'\n" +
            p +
            "10:4: link to '#syftet': the text has no heading or paragraph with the anchor 'syftet'; did you "
            "mean 'syfte'?\n" +
            p +
            "10:20: link to '../plan/' is relative; write links within the site as site addresses starting "
            "with '/', e.g. '/lysekil/policy/'\n" +
            p +
            "10:44: link to '/lysekil/plan/2019-05-02/': no page has the address '/lysekil/plan/2019-05-02/'; "
            "did you mean '/lysekil/plan/2019-05-01/'?\n");
}

TEST_CASE("an image must be a file of the site's folder, or a published file") {
  const CheckedSite s(
      "![a](karta.png)\n\n"
      "![b](/assets/saknas.svg)\n\n"
      "![c](../../../../utanfor.png)\n");
  const std::string p = std::string(kPolicy) + ":";
  CHECK(s.messages() == p + "7:1: image 'karta.png' does not exist: no file content/lysekil/policy/karta.png\n" + p +
                            "9:1: image '/assets/saknas.svg' does not exist: no file of the site has this address\n" +
                            p +
                            "11:1: image '../../../../utanfor.png' lies outside the site's folder; keep images inside "
                            "the site\n");
}

TEST_CASE("a picture beside the text must be one the site can publish") {
  const CheckedSite s(
      "![a](anteckningar.txt)\n\n"
      "![b](../../../utanfor.png)\n\n"
      "![c](a%2Fb.png)\n\n"
      "![d](../../favicon.svg)\n\n"
      "![e](<karta över ån.png>) ![f](karta%20%C3%B6ver%20%C3%A5n.png)\n\n"
      "![g](bilder\\karta.png)\n",
      {{"content/lysekil/policy/anteckningar.txt", "text"},
       {"utanfor.png", "PNG"},
       {"content/favicon.svg", "<svg/>"},
       {"content/lysekil/policy/karta över ån.png", "PNG"}});
  const std::string p = std::string(kPolicy) + ":";
  CHECK(s.messages() ==
        p +
            "7:1: image 'anteckningar.txt' is not a picture the site publishes; use a file of one of these kinds: "
            ".png, .jpg, .jpeg, .gif, .svg, .webp, .avif\n" +
            p +
            "9:1: image '../../../utanfor.png' lies outside the content folder (utanfor.png), so it would not be "
            "published; keep a text's images in its document's folder\n" +
            p + "11:1: image 'a%2Fb.png' cannot name a file: an encoded '/', '\\', '..' or NUL is in it\n" + p +
            "13:1: image '../../favicon.svg' would be published at '/favicon.svg', where the site has a page "
            "or theme file; rename or move it\n" +
            p +
            "17:1: image 'bilder\\karta.png' has a '\\' between folders, as Windows writes them; write '/' "
            "instead: 'bilder/karta.png'\n");
}

TEST_CASE("an attachment beside the text must be one the site can publish") {
  const CheckedSite s(
      "[a](bilaga-1.pdf) [b](<Budget 2024.xlsx>) [c](karta.png)\n\n"
      "[d](bilaga-2.pdf) [e](program.exe) [f](../../../bilaga.pdf)\n\n"
      "[g](../../../../bilaga.pdf) [h](2020-01-01.md) [i](../plan/index.html)\n",
      {{"content/lysekil/policy/bilaga-1.pdf", "%PDF"},
       {"content/lysekil/policy/Budget 2024.xlsx", "PK"},
       {"content/lysekil/policy/karta.png", "PNG"},
       {"content/lysekil/policy/program.exe", "MZ"},
       {"bilaga.pdf", "%PDF"}});
  const std::string p = std::string(kPolicy) + ":";
  const std::string relative =
      "' is relative; write links within the site as site addresses starting with '/', e.g. '/lysekil/policy/'\n";
  CHECK(
      s.messages() ==
      p + "9:1: link to 'bilaga-2.pdf': there is no file content/lysekil/policy/bilaga-2.pdf\n" + p +
          "9:19: link to 'program.exe' is not a kind of file the site publishes as an attachment; use one of these "
          "kinds: .pdf, .odt, .docx, .doc, .rtf, .txt, .ods, .xlsx, .xls, .csv, .odp, .pptx, .ppt, .png, .jpg, .jpeg, "
          ".gif, .svg, .webp, .avif\n" +
          p +
          "9:36: link to '../../../bilaga.pdf' leads outside the content folder (bilaga.pdf), so it would not be "
          "published; keep a text's attachments in its document's folder\n" +
          p +
          "11:1: link to '../../../../bilaga.pdf' leads outside the site's folder; keep attachments inside the "
          "site\n" +
          p + "11:29: link to '2020-01-01.md" + relative + p + "11:48: link to '../plan/index.html" + relative);
}

TEST_CASE("an edition's links are checked against its own text") {
  const CheckedSite s("## Syfte\n\nText.\n",
                      {{"content/lysekil/policy/2020-01-01.en.md",
                        test::version_md("title: Policy\ntranslation_date: 2020-02-01\n",
                                         "## Purpose\n\n[a](#purpose) [b](#syfte) [c](/lysekil/plan/#mal)\n\n"
                                         "![d](karta.png) [e](/lysekil/planen/)\n")}});
  const std::string p = "content/lysekil/policy/2020-01-01.en.md:";
  CHECK(s.messages() ==
        p + "7:15: link to '#syfte': the text has no heading or paragraph with the anchor 'syfte'\n" + p +
            "9:1: image 'karta.png' does not exist: no file content/lysekil/policy/karta.png\n" + p +
            "9:17: link to '/lysekil/planen/': no page has the address '/lysekil/planen/'; did you mean "
            "'/lysekil/plan/'?\n");
}

TEST_CASE("every version's text is checked, not only the one in force") {
  const CheckedSite s("Text.\n", {{"content/lysekil/policy/2018-01-01.md",
                                   test::version_md(front("Policy", "2018-01-01"), "[gammal](/lysekil/borta/)\n")}});
  CHECK(s.messages() ==
        "content/lysekil/policy/2018-01-01.md:7:1: link to '/lysekil/borta/': no page has the address "
        "'/lysekil/borta/'; did you mean '/lysekil/plan/'?\n");
}

TEST_CASE("only the first problems of each text get a suggestion") {
  std::string body = "## Syfte\n\n";
  for (int i = 0; i < static_cast<int>(kListedPerFile) + 5; ++i) body += "[x](#syftee)\n\n";
  const CheckedSite s(body, {{"content/lysekil/policy/2018-01-01.md",
                              test::version_md(front("Policy", "2018-01-01"), "## Syfte\n\n[x](#syftee)\n")}});
  std::size_t suggested = 0;
  std::size_t plain = 0;
  for (const auto& d : s.diagnostics.items()) {
    if (d.message.ends_with("; did you mean 'syfte'?"))
      ++suggested;
    else if (d.message.ends_with("anchor 'syftee'"))
      ++plain;
  }
  // The 2018 text has its own first 100.
  CHECK(suggested == kListedPerFile + 1);
  CHECK(plain == 5);
}

TEST_CASE("check_revision_due warns of a passed review date, an end that is near and one that has passed") {
  MemoryFileSystem files;
  files.add("site.yaml", test::site_yaml("revision_warning_months: 6\n"));
  files.add("content/lysekil/granskas/2020-01-01.md",
            test::version_md(front("Granskas", "2020-01-01", "review_by: 2024-06-30\n")));
  files.add("content/lysekil/upphor/2020-01-01.md",
            test::version_md(front("Upphör", "2020-01-01", "valid_until: 2025-03-31\n")));
  files.add("content/lysekil/upphorde/2020-01-01.md",
            test::version_md(front("Upphörde", "2020-01-01", "valid_until: 2024-12-31\n")));
  files.add("content/lysekil/langt/2020-01-01.md",
            test::version_md(front("Långt kvar", "2020-01-01", "valid_until: 2026-12-31\nreview_by: 2026-06-30\n")));
  Diagnostics d;
  auto config = load_site_config(files, "", d);
  REQUIRE(config);
  const auto site = load_site(files, std::move(*config), LoadOptions{}, d);
  REQUIRE(site);
  check_revision_due(*site, Date{2025, 1, 1}, d);
  std::vector<std::string> messages;
  for (const auto& item : d.items()) messages.push_back(item.to_string());
  std::sort(messages.begin(), messages.end());
  CHECK(messages ==
        std::vector<std::string>{
            "content/lysekil/granskas/2020-01-01.md: warning: due for revision: the review date "
            "2024-06-30 has passed",
            "content/lysekil/upphor/2020-01-01.md: warning: due for revision: its last day in force is 2025-03-31",
            "content/lysekil/upphorde/2020-01-01.md: warning: due for revision: its last day in force was 2024-12-31",
        });
}

TEST_CASE("check_stale_editions names the version to translate, or its edition, and since when") {
  MemoryFileSystem files;
  files.add("site.yaml", test::site_yaml());
  files.add("content/lysekil/policy/2020-01-01.md", test::version_md(front("Policy", "2020-01-01")));
  files.add("content/lysekil/policy/2020-01-01.en.md",
            test::version_md("title: Policy\ntranslation_date: 2020-02-01\n"));
  files.add("content/lysekil/policy/2020-01-01.lattlast.md",
            test::version_md("title: Policy\ntranslation_date: 2020-02-01\n"));
  files.add("content/lysekil/policy/2024-12-01.md", test::version_md(front("Policy", "2024-12-01")));
  files.add("content/lysekil/policy/2024-12-01.lattlast.md",
            test::version_md("title: Policy\ntranslation_date: 2020-02-01\n"));
  Diagnostics d;
  auto config = load_site_config(files, "", d);
  REQUIRE(config);
  const auto site = load_site(files, std::move(*config), LoadOptions{}, d);
  INFO(CheckedSite::describe(d));
  REQUIRE(site);
  check_stale_editions(*site, Date{2025, 1, 1}, d);
  CHECK(CheckedSite::describe(d) ==
        "content/lysekil/policy/2020-01-01.en.md: warning: out-of-date edition: the version it translates "
        "('2020-01-01') no longer applies since 2024-12-01 (31 days); translate the version in force "
        "('2024-12-01') as 2024-12-01.en.md\n"
        "content/lysekil/policy/2020-01-01.lattlast.md: warning: out-of-date edition: the version it translates "
        "('2020-01-01') no longer applies since 2024-12-01 (31 days); the version in force ('2024-12-01') has its "
        "own edition\n");
  // The day the new version came into force, the old edition is one day out of date.
  Diagnostics first_day;
  check_stale_editions(*site, Date{2024, 12, 2}, first_day);
  CHECK_THAT(CheckedSite::describe(first_day), Catch::Contains("since 2024-12-01 (1 day);"));
}

TEST_CASE("a link or picture with nothing between its parentheses is warned of where it is written") {
  const CheckedSite s("## Syfte\n\nSe [tom]() och ![karta]().\n");
  CHECK(s.messages() ==
        std::string(kPolicy) +
            ":9:4: warning: the link has no address between its parentheses, so it leads nowhere; write where it "
            "leads there, or remove the brackets\n" +
            kPolicy +
            ":9:16: warning: the picture names no file between its parentheses; write the file's name there, or "
            "remove the picture\n");
}
