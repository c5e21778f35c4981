#include "core/layered_file_system.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("a layered file system reads the upper layer first and lists both") {
  MemoryFileSystem upper;
  upper.add("templates/home.mustache", "site");
  upper.add("content/a/b/1.md", "text");
  MemoryFileSystem lower;
  lower.add("templates/home.mustache", "built in");
  lower.add("templates/version.mustache", "built in");
  lower.add("content/z.txt", "lower");
  const LayeredFileSystem files(upper, lower);

  CHECK(files.read("templates/home.mustache") == "site");
  CHECK(files.read("templates/version.mustache") == "built in");
  CHECK_FALSE(files.read("templates/none.mustache"));

  std::vector<std::string> names;
  for (const auto& e : files.list("templates")) names.push_back(e.name);
  CHECK(names == std::vector<std::string>{"home.mustache", "version.mustache"});
  const auto content = files.list("content");
  REQUIRE(content.size() == 2);
  CHECK((content[0].name == "a" && content[0].is_directory));
  CHECK((content[1].name == "z.txt" && !content[1].is_directory));
  CHECK(files.is_directory("content/a"));
  CHECK(files.is_directory("templates"));
  CHECK_FALSE(files.is_directory("templates/home.mustache"));
}
