#include "print/qr_code.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

// The 7x7 finder pattern: a dark ring, a light ring, a dark 3x3 core.
bool finder_at(const QrMatrix& m, int x0, int y0) {
  for (int y = 0; y < 7; ++y) {
    for (int x = 0; x < 7; ++x) {
      const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
      const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
      if (m.at(x0 + x, y0 + y) != (ring || core)) return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("a version's address encodes as a QR symbol with its three finder patterns") {
  const auto m = encode_qr("https://example.org/styrdokument/dals-ed/integrationspolicy/2016-02-10/");
  REQUIRE(m);
  // 71 bytes at level M need version 5: 17 + 4 * 5 modules a side.
  CHECK(m->size == 37);
  CHECK(m->dark.size() == 37u * 37u);
  CHECK(finder_at(*m, 0, 0));
  CHECK(finder_at(*m, m->size - 7, 0));
  CHECK(finder_at(*m, 0, m->size - 7));
  CHECK_FALSE(finder_at(*m, m->size - 7, m->size - 7));
}

TEST_CASE("longer text needs a larger symbol") {
  const auto small = encode_qr("https://example.org/");
  const auto large = encode_qr("https://example.org/" + std::string(200, 'a'));
  REQUIRE(small);
  REQUIRE(large);
  CHECK(small->size < large->size);
}

TEST_CASE("the SVG has a quiet zone, an accessible name and the same bytes every time") {
  const std::string url = "https://example.org/a/";
  const auto m = encode_qr(url);
  REQUIRE(m);
  const std::string svg = qr_svg(url, "QR-kod: länk till \"versionen\" <online>");
  const std::string side = std::to_string(m->size + 8);
  CHECK(svg.find("viewBox=\"0 0 " + side + " " + side + "\"") != std::string::npos);
  CHECK(svg.find("role=\"img\"") != std::string::npos);
  CHECK(svg.find("<title>QR-kod: länk till &quot;versionen&quot; &lt;online&gt;</title>") != std::string::npos);
  // The top-left finder's first row starts after the 4-module quiet zone, 7 modules wide.
  CHECK(svg.find("d=\"M4 4h7v1h-7z") != std::string::npos);
  CHECK(svg == qr_svg(url, "QR-kod: länk till \"versionen\" <online>"));
}

TEST_CASE("text too long for any QR symbol gives no SVG") {
  CHECK_FALSE(encode_qr(std::string(8000, 'x')));
  CHECK(qr_svg(std::string(8000, 'x'), "x").empty());
  CHECK(qr_svg("", "x").empty());
}
