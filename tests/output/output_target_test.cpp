// Where a build may write: never the site or a folder of it, a file or a
// link; an existing folder only when it is an earlier output, empty, or the
// user forces it. Each refusal is a message, word for word.
#include "output/output_target.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "support/test_site.h"

using namespace styrdok;
using test::TempDir;
using test::write_text;

namespace {

const std::string kElsewhere = "choose a folder outside the site, or the default public/";

struct Site {
  TempDir dir;
  Site() {
    write_text(dir / "site/site.yaml", "title: x\n");
    write_text(dir / "site/content/org/doc/2020-01-01.md", "x");
    write_text(dir / "site/themes/default/static/a.css", "x");
    write_text(dir / "site/notes/important.txt", "keep me");
  }
  std::string site() const { return (dir / "site").string(); }
  std::string problem(const std::string& out, bool force = false) const {
    return output_target_problem(out, {site(), {"site.yaml", "content", "themes", "templates", "meetings"}, force});
  }
};

}  // namespace

TEST_CASE("a new folder outside the site, or inside it at its top level, may take the output") {
  Site s;
  CHECK(s.problem((s.dir / "out/public").string()) == "");
  CHECK(s.problem(s.site() + "/public") == "");
  CHECK(s.problem(s.site() + "/public/") == "");
  std::filesystem::create_directories(s.dir / "empty");
  CHECK(s.problem((s.dir / "empty").string()) == "");  // nothing in it to lose
}

TEST_CASE("an earlier output is recognised by its marker file") {
  Site s;
  write_text(s.dir / "site/public/index.html", "old");
  write_text(s.dir / "www/index.html", "old");
  CHECK_FALSE(is_earlier_output((s.dir / "www").string()));
  write_text(s.dir / "site/public/.styrdok-output", output_marker_text("0.1.0"));
  write_text(s.dir / "www/.styrdok-output", "");
  CHECK(is_earlier_output((s.dir / "www").string()));
  CHECK(s.problem(s.site() + "/public") == "");
  CHECK(s.problem((s.dir / "www").string()) == "");
  CHECK(test::read_text(s.dir / "site/public/.styrdok-output") ==
        "This folder is the output of styrdok 0.1.0.\nThe next build replaces all of it: keep nothing else here.\n");
}

TEST_CASE("the site, a folder holding it and every folder of it are refused, --force or not") {
  Site s;
  for (const bool force : {false, true}) {
    INFO(force);
    CHECK(s.problem(s.site(), force) ==
          "is the site's own folder: the output would replace the site's own files; " + kElsewhere);
    CHECK(s.problem(s.site() + "/.", force) == s.problem(s.site(), force));
    CHECK(s.problem(s.dir.path().string(), force) ==
          "holds the site's folder (" + s.site() + "): the output would replace the site's own files; " + kElsewhere);
    CHECK(s.problem("/", force) ==
          "holds the site's folder (" + s.site() + "): the output would replace the site's own files; " + kElsewhere);
    for (const std::string folder : {"content", "themes", "templates", "meetings"}) {
      INFO(folder);  // templates/ and meetings/ do not exist: the site would read the output from them
      CHECK(s.problem(s.site() + "/" + folder, force) == "is the site's own " + folder +
                                                             "/ folder: the output would replace the site's own "
                                                             "files; " +
                                                             kElsewhere);
    }
    CHECK(s.problem(s.site() + "/content/org", force) ==
          "lies inside the site's folder (in content/): the output would replace or mix with the site's own files; " +
              kElsewhere);
    CHECK(s.problem(s.site() + "/public/deeper", force) ==
          "lies inside the site's folder (in public/): the output would replace or mix with the site's own files; " +
              kElsewhere);
  }
}

TEST_CASE("a folder of the site that is not one of its own and no output is replaced only with --force") {
  Site s;
  std::filesystem::create_directories(s.dir / "site/notes");
  std::ofstream(s.dir / "site/notes/old.html") << "x";
  // An output of a styrdok older than the marker, say: the message says how to replace it.
  CHECK(s.problem(s.site() + "/notes") ==
        "is a folder of the site and not an earlier output of styrdok (it has no .styrdok-output file): the output "
        "would replace everything in it; if it is the output of an older styrdok, add --force to replace it once, "
        "else move what it holds elsewhere or choose another --out");
  CHECK(s.problem(s.site() + "/notes", true).empty());
}

TEST_CASE("a symbolic link into the site is no way around the rule") {
  Site s;
  std::filesystem::create_directory_symlink(s.site(), s.dir / "link");
  CHECK(s.problem((s.dir / "link/content").string()) ==
        "is the site's own content/ folder: the output would replace the site's own files; " + kElsewhere);
  CHECK(s.problem((s.dir / "link/public").string()) == "");  // a new top-level folder, reached through the link
}

TEST_CASE("a file or a link is never replaced by the output") {
  Site s;
  write_text(s.dir / "file.html", "a file");
  std::filesystem::create_directory_symlink(s.dir / "elsewhere", s.dir / "out-link");
  std::filesystem::create_directories(s.dir / "elsewhere");
  for (const bool force : {false, true}) {
    INFO(force);
    CHECK(s.problem((s.dir / "file.html").string(), force) ==
          "is a file, not a folder; styrdok never replaces a file with its output: choose a folder as --out");
    CHECK(s.problem(s.site() + "/site.yaml", force) ==
          "is a file, not a folder; styrdok never replaces a file with its output: choose a folder as --out");
    CHECK(s.problem((s.dir / "out-link").string(), force) ==
          "is a symbolic link (to " + (s.dir / "elsewhere").string() +
              "); styrdok never replaces a link with its output: give the folder itself as --out");
  }
}

TEST_CASE("an existing folder that is not an earlier output is replaced only with --force") {
  Site s;
  write_text(s.dir / "unrelated/important.txt", "keep me");
  CHECK(s.problem((s.dir / "unrelated").string()) ==
        "exists and is not an earlier output of styrdok (it has no .styrdok-output file): the output would replace "
        "everything in it; choose another --out, or add --force to replace it (once, for an output of an older "
        "styrdok)");
  CHECK(s.problem((s.dir / "unrelated").string(), true) == "");
}
