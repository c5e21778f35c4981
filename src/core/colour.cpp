#include "core/colour.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text.h"

namespace styrdok {

namespace {

// WCAG 2.x relative luminance (sRGB).
double luminance(const Colour& c) {
  auto channel = [](int v) {
    const double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

}  // namespace

std::string Colour::hex() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
  return buf;
}

std::optional<Colour> parse_colour(const std::string& text) {
  if (text.empty() || text[0] != '#' || (text.size() != 7 && text.size() != 4)) return std::nullopt;
  int digits[6];
  const std::size_t n = text.size() - 1;
  for (std::size_t i = 0; i < n; ++i) {
    digits[i] = hex_digit_value(text[i + 1]);
    if (digits[i] < 0) return std::nullopt;
  }
  if (n == 3) return Colour{digits[0] * 17, digits[1] * 17, digits[2] * 17};
  return Colour{digits[0] * 16 + digits[1], digits[2] * 16 + digits[3], digits[4] * 16 + digits[5]};
}

double contrast_ratio(const Colour& a, const Colour& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace styrdok
