// End-to-end: pictures and attachments beside a text (markdown/text_file.h)
// are published once, where every page that shows the text finds them, and
// only those a published text shows or links to.
#include <catch2/catch.hpp>

#include <regex>
#include <set>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

// Not a real picture: styrdok copies a picture's bytes and never reads them.
const std::string kPicture = "\x89PNG\r\n\x1a\n picture bytes";
const std::string kFront = "title: Policy\ntype: policy\ndecided_by: KS\ndecision_date: 2020-01-01\n";

// Every <img src> of every page under `out` that is not an address of
// another site, as the file it leads to from its page (percent-decoded).
std::set<std::string> pictures_shown(const fs::path& out) {
  std::set<std::string> found;
  const std::regex img("<img src=\"([^\"]*)\"");
  for (const auto& [path, html] : snapshot(out)) {
    if (!path.ends_with(".html")) continue;
    for (std::sregex_iterator m(html.begin(), html.end(), img), end; m != end; ++m) {
      std::string src = (*m)[1];
      if (src.find("://") != std::string::npos || src.starts_with("data:")) continue;
      std::string decoded;
      for (std::size_t i = 0; i < src.size(); ++i) {
        if (src[i] == '%' && i + 2 < src.size()) {
          decoded += static_cast<char>(std::stoi(src.substr(i + 1, 2), nullptr, 16));
          i += 2;
        } else {
          decoded += src[i];
        }
      }
      found.insert(
          fs::relative(fs::weakly_canonical(out / fs::path(path).parent_path() / decoded), fs::weakly_canonical(out))
              .generic_string());
    }
  }
  return found;
}

}  // namespace

TEST_CASE("a picture beside a text is published once and shown from every page of the text") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md(kFront,
                        "## Syfte\n\n![Karta över kommunen](bilder/karta.png)\n\n"
                        "![Ån](<karta över ån.png>) ![Logga](../gemensamt.svg)\n"));
  write_text(dir / "content/lysekil/policy/2020-01-01.en.md",
             version_md("title: Policy\ntranslation_date: 2020-02-01\n", "## Purpose\n\n![Map](bilder/karta.png)\n"));
  write_text(dir / "content/lysekil/policy/forslag.md",
             version_md("title: Policy\ntype: policy\nstatus: proposal\ndecided_by: KS\ndecision_date: unknown\n",
                        "![Utkast](utkast.png)\n"));
  write_text(dir / "content/lysekil/policy/bilder/karta.png", kPicture);
  write_text(dir / "content/lysekil/policy/karta över ån.png", kPicture + "2");
  write_text(dir / "content/lysekil/gemensamt.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  write_text(dir / "content/lysekil/policy/utkast.png", kPicture + "3");    // shown by a proposal only
  write_text(dir / "content/lysekil/policy/bilder/oanvand.png", kPicture);  // shown by no text
  const auto r = run_styrdok("build --quiet --as-of 2025-01-01 --source " + dir.path().string());
  REQUIRE(r.exit_code == 0);
  const fs::path out = dir / "public";
  CHECK(read_text(out / "lysekil/policy/bilder/karta.png") == kPicture);
  CHECK(read_text(out / "lysekil/policy/karta över ån.png") == kPicture + "2");
  CHECK(read_text(out / "lysekil/gemensamt.svg") == "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  CHECK_FALSE(fs::exists(out / "lysekil/policy/utkast.png"));
  CHECK_FALSE(fs::exists(out / "lysekil/policy/bilder/oanvand.png"));

  // The document's page, the version's and the translation's, each from its own depth.
  CHECK_THAT(read_text(out / "lysekil/policy/index.html"),
             Catch::Contains("<img src=\"../../lysekil/policy/bilder/karta.png\" alt=\"Karta över kommunen\">"));
  CHECK_THAT(read_text(out / "lysekil/policy/2020-01-01/index.html"),
             Catch::Contains("<img src=\"../../../lysekil/policy/karta%20%C3%B6ver%20%C3%A5n.png\" alt=\"Ån\">"));
  CHECK_THAT(read_text(out / "lysekil/policy/2020-01-01/en/index.html"),
             Catch::Contains("<img src=\"../../../../lysekil/policy/bilder/karta.png\" alt=\"Map\">"));
  // Every picture any page shows is there.
  const auto shown = pictures_shown(out);
  CHECK(shown == std::set<std::string>{"lysekil/gemensamt.svg", "lysekil/policy/bilder/karta.png",
                                       "lysekil/policy/karta över ån.png"});
  for (const auto& file : shown) CHECK(fs::exists(out / file));

  // With the proposal published, its picture is too.
  REQUIRE(run_styrdok("build --quiet --drafts --as-of 2025-01-01 --source " + dir.path().string()).exit_code == 0);
  CHECK(read_text(out / "lysekil/policy/utkast.png") == kPicture + "3");
}

TEST_CASE("a text's file that is no picture is an error, not a published file") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md", version_md(kFront, "![Anteckningar](anteckningar.txt)\n"));
  write_text(dir / "content/lysekil/policy/anteckningar.txt", "Inte för allmänheten.\n");
  const auto r = run_styrdok("build --source " + dir.path().string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::StartsWith("content/lysekil/policy/2020-01-01.md:7:1: image 'anteckningar.txt' is not a "
                                         "picture the site publishes; use a file of one of these kinds: .png, .jpg, "
                                         ".jpeg, .gif, .svg, .webp, .avif\n"));
  CHECK_FALSE(fs::exists(dir / "public"));
}

TEST_CASE("an attachment a text links to is published beside it, and the link leads there from every page") {
  TempDir dir;
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2020-01-01.md",
             version_md(kFront, "## Syfte\n\nSe [bilaga 1, budget (PDF)](<bilagor/Budget 2024.pdf>).\n"));
  write_text(dir / "content/lysekil/policy/bilagor/Budget 2024.pdf", "%PDF-1.7 budget");
  write_text(dir / "content/lysekil/policy/bilagor/utkast.pdf", "%PDF-1.7 not linked");
  const auto r = run_styrdok("build --quiet --as-of 2025-01-01 --source " + dir.path().string());
  REQUIRE(r.exit_code == 0);
  const fs::path out = dir / "public";
  CHECK(read_text(out / "lysekil/policy/bilagor/Budget 2024.pdf") == "%PDF-1.7 budget");
  CHECK_FALSE(fs::exists(out / "lysekil/policy/bilagor/utkast.pdf"));
  CHECK_THAT(
      read_text(out / "lysekil/policy/index.html"),
      Catch::Contains("<a href=\"../../lysekil/policy/bilagor/Budget%202024.pdf\" "
                      "data-address=\"https://example.org/styrdokument/lysekil/policy/bilagor/Budget%202024.pdf\">"
                      "bilaga 1, budget (PDF)</a>"));
  CHECK_THAT(read_text(out / "lysekil/policy/2020-01-01/index.html"),
             Catch::Contains("<a href=\"../../../lysekil/policy/bilagor/Budget%202024.pdf\" data-address="));
}
