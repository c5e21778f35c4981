// The files serve answers with, changed in place by each build: what a build
// rendered replaces what was there, what it kept stays the same bytes, what
// it no longer makes goes, and the search index's folder is its own.
#include "serve/served_files.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace styrdok;

namespace {

std::string bytes_at(const ServedFiles& files, const std::string& path) {
  const auto bytes = files.find(path);
  return bytes ? *bytes : "(none)";
}

OutputFiles first_build() {
  return {{"index.html", "home 1"},
          {"a/index.html", "a 1"},
          {"b/index.html", "b 1"},
          {"sok/index/meta.js", "meta 1"},
          {"sok/index/s0.js", "s0 1"}};
}

}  // namespace

TEST_CASE("served files: the first build gives every file, the search index's apart") {
  ServedFiles files("sok/index/");
  CHECK_FALSE(files.has_output());
  CHECK(files.find("index.html") == nullptr);
  files.apply(first_build(), {}, true);
  CHECK(files.has_output());
  CHECK(files.size() == 5);
  CHECK(bytes_at(files, "a/index.html") == "a 1");
  CHECK(files.separate() == std::vector<std::string>{"sok/index/meta.js", "sok/index/s0.js"});
}

TEST_CASE("served files: a save replaces what was rendered and keeps the rest, search index included") {
  ServedFiles files("sok/index/");
  files.apply(first_build(), {}, true);
  const auto kept_before = files.find("b/index.html");
  const auto replaced = files.apply({{"a/index.html", "a 2"}}, {"index.html", "b/index.html"}, false);
  // The bytes no longer served go back to the caller, to free outside its lock.
  REQUIRE(replaced.size() == 1);
  CHECK(*replaced[0] == "a 1");
  CHECK(files.size() == 5);
  CHECK(bytes_at(files, "a/index.html") == "a 2");
  CHECK(files.find("b/index.html") == kept_before);  // the same bytes, not a copy
  CHECK(bytes_at(files, "sok/index/s0.js") == "s0 1");
}

TEST_CASE("served files: a page no longer made goes, a new one comes, the search index stays") {
  ServedFiles files("sok/index/");
  files.apply(first_build(), {}, true);
  SECTION("one page gone, one new: as many as before") {
    files.apply({{"c/index.html", "c 1"}}, {"index.html", "a/index.html"}, false);
    CHECK(bytes_at(files, "b/index.html") == "(none)");
    CHECK(bytes_at(files, "c/index.html") == "c 1");
    CHECK(files.size() == 5);
  }
  SECTION("one page gone, none new") {
    files.apply({{"index.html", "home 2"}}, {"a/index.html"}, false);
    CHECK(bytes_at(files, "b/index.html") == "(none)");
    CHECK(bytes_at(files, "index.html") == "home 2");
    CHECK(files.size() == 4);
  }
  SECTION("one new page, none gone") {
    files.apply({{"c/index.html", "c 1"}, {"index.html", "home 2"}}, {"a/index.html", "b/index.html"}, false);
    CHECK(files.size() == 6);
  }
  CHECK(bytes_at(files, "sok/index/meta.js") == "meta 1");
  CHECK(files.separate().size() == 2);
}

TEST_CASE("served files: a build with the search index replaces all of its files") {
  ServedFiles files("sok/index/");
  files.apply(first_build(), {}, true);
  files.apply({{"sok/index/meta.js", "meta 2"}, {"sok/index/s1.js", "s1 2"}},
              {"index.html", "a/index.html", "b/index.html"}, true);
  CHECK(bytes_at(files, "sok/index/meta.js") == "meta 2");
  CHECK(bytes_at(files, "sok/index/s0.js") == "(none)");
  CHECK(bytes_at(files, "sok/index/s1.js") == "s1 2");
  CHECK(files.separate() == std::vector<std::string>{"sok/index/meta.js", "sok/index/s1.js"});
  CHECK(files.size() == 5);
}

TEST_CASE("served files: the search index is replaced on its own") {
  ServedFiles files("sok/index/");
  files.apply(first_build(), {}, true);
  auto replaced = files.replace_separate({{"sok/index/meta.js", "meta 3"}});
  std::vector<std::string> old;
  for (const auto& bytes : replaced) old.push_back(*bytes);
  std::sort(old.begin(), old.end());
  CHECK(old == std::vector<std::string>{"meta 1", "s0 1"});
  CHECK(bytes_at(files, "sok/index/meta.js") == "meta 3");
  CHECK(bytes_at(files, "sok/index/s0.js") == "(none)");
  CHECK(bytes_at(files, "a/index.html") == "a 1");
  CHECK(files.size() == 4);
  // A later save still counts the pages right, with fewer index files than before.
  replaced = files.apply({{"a/index.html", "a 3"}}, {"index.html"}, false);
  CHECK(replaced.size() == 2);  // a's old bytes, and b's, which is no longer made
  CHECK(bytes_at(files, "b/index.html") == "(none)");
  CHECK(bytes_at(files, "sok/index/meta.js") == "meta 3");
  CHECK(files.size() == 3);
}
