#include "serve/live_reload.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {
const std::string kPage =
    "<!DOCTYPE html>\n<html>\n<head>\n<title>T</title>\n</head>\n<body class=\"x\">\n<p>Text</p>\n</body>\n</html>\n";
}

TEST_CASE("pages get the reload script in their head, told which build they show") {
  const auto html = with_live_reload(kPage, "", 7);
  CHECK(html ==
        "<!DOCTYPE html>\n<html>\n<head>\n<title>T</title>\n"
        "<script src=\"/__styrdok/reload.js\" data-build=\"7\" defer></script>\n</head>\n<body "
        "class=\"x\">\n<p>Text</p>\n</body>\n</html>\n");
}

TEST_CASE("after a failed rebuild the errors are laid over the page, escaped") {
  const auto html = with_live_reload(kPage, "a.md:1:2: '<b>' is wrong\n", 8);
  CHECK_THAT(html, Catch::Contains("<link rel=\"stylesheet\" href=\"/__styrdok/serve.css\">\n</head>"));
  CHECK_THAT(html, Catch::Contains("<body class=\"x\">\n<div class=\"styrdok-serve-errors\" role=\"alert\">"));
  CHECK_THAT(html, Catch::Contains("<pre>a.md:1:2: &#39;&lt;b&gt;&#39; is wrong\n</pre>"));
  CHECK_THAT(html, Catch::Contains("<p>Text</p>"));
  CHECK_THAT(html, !Catch::Contains("<style"));
}

TEST_CASE("when nothing has built yet, the errors follow the page's heading and claim no page under them") {
  const auto html = error_page("a.md:1:2: wrong\n", 3, {}, "sv");
  CHECK_THAT(html, Catch::Contains("<script src=\"/__styrdok/reload.js\" data-build=\"3\" defer></script>"));
  CHECK_THAT(html, Catch::Contains("<link rel=\"stylesheet\" href=\"/__styrdok/serve.css\">"));
  const auto h1 = html.find("<h1>");
  const auto h2 = html.find("<h2>");
  CHECK((h1 != std::string::npos && h1 < h2));
  CHECK_THAT(html, Catch::Contains("<h2>styrdok could not build the site</h2>"));
  CHECK_THAT(html, !Catch::Contains("last version that built"));
  CHECK_THAT(html, Catch::Contains("<pre>a.md:1:2: wrong\n</pre>"));
}
