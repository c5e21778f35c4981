// End-to-end: nothing from outside the site is published. A symbolic link
// that leads out of the site's folder, wherever it is (a theme file, a
// version, a document folder, an image, a plan, an indicator), fails
// `build` and `check` with a message naming the link; only regular files
// are read, so a named pipe is an error instead of a build that never ends;
// an image path that leads out with '..' is an error at its link. Each
// leaves the previous output exactly as it was.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "support/protected_site.h"

using namespace styrdok::test;

namespace {

struct BuiltSite : GuidelinesSite {
  TempDir outside;
  BuiltSite() {
    write_text(outside / "secret.txt", "not for the web");
    write_text(outside / "folder/2020-01-01.md",
               version_md("title: Annan\ntype: plan\ndecided_by: KS\ndecision_date: 2020-01-01\n"));
  }
  std::string secret() const { return fs::canonical(outside / "secret.txt").string(); }
  void link(const std::string& path, const fs::path& to) const {
    fs::create_directories((dir / path).parent_path());
    if (fs::is_directory(to)) {
      fs::create_directory_symlink(to, dir / path);
    } else {
      fs::create_symlink(to, dir / path);
    }
  }
};

std::string link_out(const std::string& path, const std::string& to) {
  return path + ": the link points outside the site (to " + to +
         "); only files inside the site's folder are read: copy what it points to into the site instead\n";
}

const std::string kOneError = "styrdok: 1 error; nothing was written, the previous output is unchanged.\n";

}  // namespace

TEST_CASE("a theme file linked out of the site is not published") {
  BuiltSite site;
  const auto r = site.fails_after([&] { site.link("themes/default/static/assets/passwd.txt", "/etc/passwd"); });
  CHECK(r.output == link_out("themes/default/static/assets/passwd.txt", "/etc/passwd") + kOneError);
}

TEST_CASE("a version file or a document folder linked out of the site is not read") {
  BuiltSite site;
  const auto r = site.fails_after([&] {
    site.link("content/lysekil/riktlinjer/2022-01-01.md", site.outside / "secret.txt");
    site.link("content/lysekil/annan", site.outside / "folder");
  });
  CHECK(r.output == link_out("content/lysekil/annan", fs::canonical(site.outside / "folder").string()) +
                        link_out("content/lysekil/riktlinjer/2022-01-01.md", site.secret()) +
                        "styrdok: 2 errors; nothing was written, the previous output is unchanged.\n");
}

TEST_CASE("an image, an action plan and an indicator's file linked out of the site are not read") {
  BuiltSite site;
  const auto r = site.fails_after([&] {
    write_text(site.dir / kGuidelinesPath, version_md(kGuidelinesFront, "## Syfte\n\n![Karta](karta.png)\n"));
    site.link("content/lysekil/riktlinjer/karta.png", site.outside / "secret.txt");
    site.link("content/lysekil/riktlinjer/handlingsplaner/plan.yaml", site.outside / "secret.txt");
    write_text(site.dir / "content/lysekil/riktlinjer/indikatorer/ind.yaml",
               "name: Antal\nunit: st\ngoal: syfte\nbaseline: {year: 2020, value: 1}\ntarget: {year: 2024, value: "
               "5}\n");
    site.link("content/lysekil/riktlinjer/indikatorer/ind.csv", site.outside / "secret.txt");
  });
  CHECK(r.output == link_out("content/lysekil/riktlinjer/handlingsplaner/plan.yaml", site.secret()) +
                        link_out("content/lysekil/riktlinjer/indikatorer/ind.csv", site.secret()) +
                        link_out("content/lysekil/riktlinjer/karta.png", site.secret()) +
                        "styrdok: 3 errors; nothing was written, the previous output is unchanged.\n");
}

TEST_CASE("check refuses a link out of the site as build does") {
  BuiltSite site;
  const auto r =
      site.fails_after([&] { site.link("themes/default/static/assets/passwd.txt", "/etc/passwd"); }, "check");
  CHECK(r.output == link_out("themes/default/static/assets/passwd.txt", "/etc/passwd") +
                        "styrdok: 1 error; nothing was written.\n");
}

TEST_CASE("a named pipe as a version file or an image is an error, not a build that waits for ever") {
  BuiltSite site;
  auto r = site.fails_after(
      [&] { REQUIRE(::mkfifo((site.dir / "content/lysekil/riktlinjer/2022-01-01.md").c_str(), 0600) == 0); });
  CHECK(r.output ==
        "content/lysekil/riktlinjer/2022-01-01.md: is a named pipe, not a file; only regular files are read\n" +
            kOneError);
  fs::remove(site.dir / "content/lysekil/riktlinjer/2022-01-01.md");
  r = site.fails_after([&] {
    write_text(site.dir / kGuidelinesPath, version_md(kGuidelinesFront, "## Syfte\n\n![Karta](karta.png)\n"));
    REQUIRE(::mkfifo((site.dir / "content/lysekil/riktlinjer/karta.png").c_str(), 0600) == 0);
  });
  CHECK(r.output ==
        "content/lysekil/riktlinjer/karta.png: is a named pipe, not a file; only regular files are read\n" + kOneError);
}

TEST_CASE("an image path that leads out of the site is an error at its link, and is not read") {
  BuiltSite site;
  const auto r = site.fails_after([&] {
    write_text(site.dir / kGuidelinesPath,
               version_md(kGuidelinesFront, "## Syfte\n\nSe ![noll](../../../../dev/zero).\n"));
  });
  CHECK(r.output == std::string(kGuidelinesPath) +
                        ":11:4: image '../../../../dev/zero' lies outside the site's folder; keep images inside the "
                        "site\n" +
                        kOneError);
}

TEST_CASE("a site file linked out of the site is named as such, not as missing") {
  BuiltSite site;
  const auto r = site.fails_after([&] {
    fs::rename(site.dir / "site.yaml", site.outside / "site.yaml");
    site.link("site.yaml", site.outside / "site.yaml");
  });
  CHECK(r.output == link_out("site.yaml", fs::canonical(site.outside / "site.yaml").string()) + kOneError);
}
