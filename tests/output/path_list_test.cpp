// Paths kept one after another in one string, read back as they were given.
#include "output/path_list.h"

#include <catch2/catch.hpp>
#include <string>

using namespace styrdok;

TEST_CASE("a path list gives back every path in the order it was given") {
  PathList paths;
  CHECK(paths.empty());
  const std::string long_path = "organisation/" + std::string(300, 'x') + "/index.html";
  paths.push_back("index.html");
  paths.push_back("");  // an empty path is a path of its own
  paths.push_back(long_path);
  paths.push_back("a/index.html");
  REQUIRE(paths.size() == 4);
  CHECK(paths[0] == "index.html");
  CHECK(paths[1].empty());
  CHECK(paths[2] == long_path);
  CHECK(paths[3] == "a/index.html");
  CHECK(PathList{"x", "yz"}[1] == "yz");
}

TEST_CASE("a path list emptied holds no path, and takes new ones") {
  PathList paths{"a/index.html", "b/index.html"};
  paths.clear();
  CHECK(paths.empty());
  paths.push_back("c/index.html");
  REQUIRE(paths.size() == 1);
  CHECK(paths[0] == "c/index.html");
}
