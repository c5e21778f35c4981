#include "core/colour.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("colours are read as #rrggbb or #rgb, and their contrast is WCAG's ratio") {
  CHECK(parse_colour("#005C8A")->hex() == "#005c8a");
  CHECK(parse_colour("#08c")->hex() == "#0088cc");
  CHECK_FALSE(parse_colour("005c8a"));
  CHECK_FALSE(parse_colour("#05c8a"));
  CHECK_FALSE(parse_colour("#00zz8a"));
  const Colour white{255, 255, 255}, black{0, 0, 0};
  CHECK(contrast_ratio(white, black) == Approx(21.0));
  CHECK(contrast_ratio(black, white) == Approx(21.0));
  CHECK(contrast_ratio(white, white) == Approx(1.0));
  CHECK(contrast_ratio(*parse_colour("#767676"), white) == Approx(4.54).epsilon(0.01));  // the usual AA grey
  CHECK(contrast_ratio(*parse_colour("#77aaff"), white) == Approx(2.34).epsilon(0.01));
}
