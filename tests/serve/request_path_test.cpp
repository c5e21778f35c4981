#include "serve/request_path.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("request targets map to output paths") {
  CHECK(parse_request_path("/")->path == "");
  CHECK(parse_request_path("/")->directory);
  CHECK(parse_request_path("/lysekil/?utm=x")->path == "lysekil/");
  CHECK(parse_request_path("/lysekil/")->directory);
  CHECK(parse_request_path("/assets/style.css")->path == "assets/style.css");
  CHECK_FALSE(parse_request_path("/assets/style.css")->directory);
  CHECK(parse_request_path("/s%C3%B6k/")->path == "sök/");
  CHECK(parse_request_path("/a..b/")->path == "a..b/");
}

TEST_CASE("request targets that could leave the site are refused") {
  for (const char* target : {"", "lysekil/", "/../x", "/a/../x", "/..", "/./x", "/%2e%2e/x", "/%2E%2e/x", "/%2e/x",
                             "/a%2fb", "/a%2F..%2Fb", "/a%5cb", "/a\\b", "/%00", "/a%0", "/a%zz", "//etc/passwd"}) {
    INFO(target);
    CHECK_FALSE(parse_request_path(target));
  }
}

TEST_CASE("content types follow the file name") {
  CHECK(content_type_for("index.html") == "text/html; charset=utf-8");
  CHECK(content_type_for("assets/style.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("lysekil/feed.xml") == "application/atom+xml; charset=utf-8");
  CHECK(content_type_for("sitemap.xml") == "application/xml; charset=utf-8");
  CHECK(content_type_for("x.unknown") == "application/octet-stream");
}
