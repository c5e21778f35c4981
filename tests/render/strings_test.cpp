#include "render/strings.h"

#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok;

namespace {

Strings load(const std::string& lang) {
  const std::string path = std::string(STYRDOK_SOURCE_DIR) + "/themes/default/i18n/" + lang + ".yaml";
  Diagnostics d;
  auto s = Strings::parse(test::read_text(path), path, d);
  REQUIRE(s);
  REQUIRE_FALSE(d.has_errors());
  return *s;
}

}  // namespace

TEST_CASE("every UI string exists in Swedish and English") {
  const Strings sv = load("sv"), en = load("en");
  for (const auto& [key, _] : sv.all()) {
    INFO(key);
    CHECK(en.all().count(key) == 1);
  }
  for (const auto& [key, _] : en.all()) {
    INFO(key);
    CHECK(sv.all().count(key) == 1);
  }
}

TEST_CASE("dates are written as Swedish and English readers expect") {
  CHECK(load("sv").date({2018, 11, 27}) == "27 november 2018");
  CHECK(load("en").date({2018, 11, 27}) == "27 November 2018");
  CHECK(load("sv").date({2021, 5, 1}) == "1 maj 2021");
}

TEST_CASE("placeholders are filled and missing keys are visible") {
  Diagnostics d;
  auto s = Strings::parse("greeting: Hej {name}, {name}!\n", "x.yaml", d);
  REQUIRE(s);
  CHECK(s->fill("greeting", {{"name", "Anna"}}) == "Hej Anna, Anna!");
  CHECK(s->get("nope") == "[missing string]");
}

TEST_CASE("the Arabic strings of editions are a subset of the English ones, with the chrome an edition shows") {
  const Strings ar = load("ar"), en = load("en");
  for (const auto& [key, _] : ar.all()) {
    INFO(key);
    CHECK(en.all().count(key) == 1);
  }
  for (const char* key : {"skip_link", "home", "search_button", "toc_heading", "status_in_force", "standing_in_force",
                          "edition_stale", "edition_read_current", "edition_source_link", "month_3"}) {
    INFO(key);
    CHECK(ar.all().count(key) == 1);
  }
  CHECK(ar.date({2015, 4, 1}) == "1 أبريل 2015");
}
