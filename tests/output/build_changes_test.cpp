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
  auto kept = changes.kept();
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
