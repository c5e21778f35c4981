// A site on disk built once, so that there is output to protect. Tests of
// bad input write a broken file with fails_with(), which builds again and
// checks that the build failed and left public/ exactly as it was.
#pragma once

#include <catch2/catch.hpp>

#include <functional>

#include "support/test_site.h"

namespace styrdok::test {

struct ProtectedSite {
  TempDir dir;
  std::map<std::string, std::string> before;

  RunResult build() const { return run_styrdok("build --quiet --as-of 2025-01-01 --source " + dir.path().string()); }

  // Builds the files written so far, which must succeed and give `page`.
  void build_once(const std::string& page) {
    const auto r = build();
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    before = snapshot(dir / "public");
    REQUIRE(before.count(page) == 1);
  }

  // Makes a change (a link, a named pipe), builds, and checks the failure
  // left public/ untouched. A build that does not end in 5 minutes (one
  // that waits on a named pipe) fails too, rather than the test hanging.
  RunResult fails_after(const std::function<void()>& change, const std::string& command = "build") {
    change();
    const auto r = run_styrdok_with_timeout(command + " --quiet --as-of 2025-01-01 --source " + dir.path().string());
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK(snapshot(dir / "public") == before);
    for (const auto& e : fs::directory_iterator(dir.path())) {
      CHECK(e.path().filename().string().rfind(".public.", 0) != 0);  // no staging directory left behind
    }
    return r;
  }

  // Replaces a file, builds, and checks the failure left public/ untouched.
  RunResult fails_with(const std::string& path, const std::string& text) {
    return fails_after([&] { write_text(dir / path, text); });
  }
};

// Lysekil's guidelines: the one version of the small site most bad-input
// tests start from.
inline const std::string kGuidelinesPath = "content/lysekil/riktlinjer/2021-05-19.md";
inline const std::string kGuidelinesFront =
    "title: Riktlinjer för integrationsarbete\n"
    "type: riktlinjer\n"
    "decided_by: Kommunfullmäktige\n"
    "decision_date: 2021-05-19\n"
    "paragraph: 63\n"
    "valid_until: 2023-12-31\n";

// A valid site of that one version and the repository's theme, built once.
struct GuidelinesSite : ProtectedSite {
  GuidelinesSite() {
    write_text(dir / "site.yaml", site_yaml());
    copy_repository_theme(dir.path());
    write_text(dir / kGuidelinesPath, version_md(kGuidelinesFront));
    build_once("lysekil/riktlinjer/index.html");
  }
};

}  // namespace styrdok::test
