// The in-memory sink of the preview server: files in path order whatever
// order they came in, kept pages marked, a path that comes twice reported.
#include "output/memory_output.h"

#include <catch2/catch.hpp>

#include "output/sink_from_threads.h"

using namespace styrdok;

TEST_CASE("the memory sink holds every file once, sorted by path, with the kept ones marked") {
  MemoryOutput memory;
  test::fill_from_threads(memory);
  CHECK(memory.finish().empty());
  REQUIRE(memory.files().size() == 200);
  REQUIRE(memory.kept().size() == 200);
  for (int i = 0; i < 200; ++i) {
    INFO(i);
    CHECK(memory.files()[i].path == "p" + std::to_string(1000 + i) + ".html");
    CHECK(memory.kept()[i] == (i % 10 == 0));
    CHECK(memory.files()[i].bytes == (i % 10 == 0 ? "" : "bytes " + std::to_string(i)));
  }
}

TEST_CASE("the memory sink reports a path that comes twice") {
  MemoryOutput memory;
  memory.put({"b.html", "1"});
  memory.put({"a.html", "2"});
  memory.put({"b.html", "3"});
  memory.keep("b.html");
  CHECK(memory.finish() == std::vector<std::string>{"two output files have the same path: b.html"});
  REQUIRE(memory.files().size() == 2);
  CHECK(memory.files()[0].path == "a.html");
  CHECK(memory.files()[1].path == "b.html");
}
