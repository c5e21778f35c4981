// Removing the previous output: everything under the tree goes, nothing
// beside it, and a symbolic link is removed without following it.
#include "output/remove_tree.h"

#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok;
using test::TempDir;
using test::write_text;

TEST_CASE("remove_tree removes a whole tree on any number of threads, and only it") {
  for (const unsigned jobs : {1u, 3u}) {
    INFO(jobs);
    TempDir dir;
    for (int org = 0; org < 5; ++org) {
      for (int doc = 0; doc < 4; ++doc)
        write_text(dir / ("old/org" + std::to_string(org) + "/d" + std::to_string(doc) + "/index.html"), "x");
    }
    write_text(dir / "old/index.html", "x");
    std::filesystem::create_directories(dir / "old/empty/deeper");
    write_text(dir / "beside/keep.html", "kept");
    std::filesystem::create_directory_symlink(dir / "beside", dir / "old/org0/link");
    CHECK(remove_tree((dir / "old").string(), jobs) == "");
    CHECK_FALSE(std::filesystem::exists(dir / "old"));
    CHECK(test::read_text(dir / "beside/keep.html") == "kept");
  }
}

TEST_CASE("remove_tree of a missing path does nothing") {
  TempDir dir;
  CHECK(remove_tree((dir / "missing").string(), 2) == "");
  CHECK(std::filesystem::exists(dir.path()));
}
