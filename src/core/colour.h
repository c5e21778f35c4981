// Colours as clerks write them ("#005c8a", "#08c") and the contrast between
// two of them as WCAG 2.x measures it: the ratio of their relative
// luminances, from 1:1 to 21:1. Pure functions.
#pragma once

#include <optional>
#include <string>

namespace styrdok {

struct Colour {
  int r = 0, g = 0, b = 0;  // 0..255
  std::string hex() const;  // "#005c8a"
};

// "#rrggbb" or "#rgb", in either case; nullopt otherwise.
std::optional<Colour> parse_colour(const std::string& text);

// WCAG's contrast ratio of two colours, 1 to 21.
double contrast_ratio(const Colour& a, const Colour& b);

}  // namespace styrdok
