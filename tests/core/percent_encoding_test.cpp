// Tests for core/percent_encoding.h.
#include "core/percent_encoding.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("a path segment is decoded, unless it would hide a slash or a way up") {
  CHECK(decoded_path_segment("karta%20%C3%B6ver.png") == "karta över.png");
  CHECK(decoded_path_segment("%41%62c") == "Abc");
  CHECK(decoded_path_segment("") == "");
  for (const char* raw : {"a%2Fb", "a%2fb", "a%5Cb", "a\\b", "%00", "a%0", "a%", "a%zz", ".", "..", "%2E%2E", "%2e"}) {
    INFO(raw);
    CHECK_FALSE(decoded_path_segment(raw));
  }
}

TEST_CASE("a path is encoded but for unreserved characters and '/'") {
  CHECK(percent_encoded_path("lysekil/karta över ån.png") == "lysekil/karta%20%C3%B6ver%20%C3%A5n.png");
  CHECK(percent_encoded_path("AZaz09-._~/") == "AZaz09-._~/");
  CHECK(percent_encoded_path("?#%&'\"<> +") == "%3F%23%25%26%27%22%3C%3E%20%2B");
  // Decoding what was encoded gives it back.
  CHECK(decoded_path_segment(percent_encoded_path("å ä?ö#%")) == "å ä?ö#%");
}
