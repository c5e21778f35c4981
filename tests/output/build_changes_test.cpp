// The sink of serve's builds: every rendered file and every kept path, from
// any number of threads, in no particular order; a path rendered twice is an error.
#include "output/build_changes.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "output/sink_from_threads.h"

using namespace styrdok;

TEST_CASE("build changes hold every rendered file and every kept path once") {
  BuildChanges changes;
  test::fill_from_threads(changes);
  CHECK(changes.finish().empty());
  REQUIRE(changes.rendered().size() == 180);
  REQUIRE(changes.kept().size() == 20);
  std::vector<std::string_view> kept;
  for (std::size_t i = 0; i < changes.kept().size(); ++i) kept.push_back(changes.kept()[i]);
  std::sort(kept.begin(), kept.end());
  CHECK(kept.front() == "p1000.html");
  CHECK(kept.back() == "p1190.html");
  for (const auto& file : changes.rendered()) {
    INFO(file.path);
    CHECK(file.bytes == "bytes " + std::to_string(std::stoi(file.path.substr(1)) - 1000));
  }
}

TEST_CASE("build changes report a path rendered twice, once") {
  BuildChanges changes;
  changes.put({"b.html", "1"});
  changes.put({"a.html", "2"});
  changes.put({"b.html", "3"});
  changes.put({"b.html", "4"});
  changes.keep("c.html");
  CHECK(changes.finish() == std::vector<std::string>{"two output files have the same path: b.html"});
}

TEST_CASE("build changes note their kept paths in the list handed them, emptied first") {
  PathList last{"old/index.html", "older/index.html"};
  BuildChanges changes(std::move(last));
  changes.keep("a/index.html");
  CHECK(changes.finish().empty());
  const PathList kept = changes.take_kept();
  REQUIRE(kept.size() == 1);
  CHECK(kept[0] == "a/index.html");
}
