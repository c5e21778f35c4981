#include "core/url_scheme.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("web, mail and phone addresses and addresses within the site may be links") {
  for (const char* url : {"https://www.lysekil.se/", "http://example.org", "HTTPS://EXAMPLE.ORG/", "mailto:a@b.se",
                          "tel:+4652261000", "../riktlinjer/", "/lysekil/", "#syfte", "//example.org/x", "bilder/a.png",
                          "data.csv", "a?x=javascript:1", "a/javascript:1", "", "Q&A.html", "fr%C3%A5gor.html"}) {
    INFO(url);
    CHECK(url_scheme(url).allowed);
    CHECK_FALSE(check_url_scheme(url));
  }
  CHECK(url_scheme("HTTPS://x").scheme == "https");
  CHECK(url_scheme("../x").scheme.empty());
}

TEST_CASE("script, data, file and unknown schemes are refused however they are written") {
  for (const char* url : {"javascript:alert(4)",
                          "JavaScript:alert(4)",
                          " javascript:alert(4)",
                          "\x01javascript:alert(4)",
                          "java\tscript:alert(4)",
                          "java\nscript:alert(4)",
                          "java\rscript:alert(4)",
                          "javascript\t:alert(4)",
                          "javascript&colon;alert(4)",
                          "javascript&#58;alert(4)",
                          "javascript&#x3A;alert(4)",
                          "javascript&#0058alert(4)",
                          "&#106;avascript:alert(4)",
                          "j&Tab;avascript:alert(4)",
                          "vbscript:msgbox(1)",
                          "VBScript:x",
                          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                          "data:image/svg+xml,<svg onload=alert(1)>",
                          "file:///etc/passwd",
                          "FILE://c:/x",
                          "ftp://example.org/",
                          "c:\\windows",
                          "x-unknown:1"}) {
    INFO(url);
    CHECK_FALSE(url_scheme(url).allowed);
    CHECK(check_url_scheme(url));
  }
  CHECK(url_scheme("java\tscript:x").scheme == "javascript");
  CHECK(*check_url_scheme("java\tscript:alert(4)") ==
        "the address 'java\\x09script:alert(4)' has the scheme 'javascript:', which is not allowed in a link; use "
        "https:, http:, mailto:, tel: or an address within the site");
}
