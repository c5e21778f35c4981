#include "print/qr_code.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

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

// Reads the path of qr_svg back into modules: which (x, y) the strokes, a
// module wide along y + 0.5, cover. Only the commands qr_svg writes (M, m with
// a zero dy, h) are accepted; anything else fails the test.
std::vector<bool> drawn_modules(const std::string& svg, int side) {
  std::vector<bool> dark(static_cast<std::size_t>(side * side));
  const auto start = svg.find("<path stroke=\"#000\" d=\"");
  REQUIRE(start != std::string::npos);
  const auto from = start + std::string("<path stroke=\"#000\" d=\"").size();
  std::istringstream in(svg.substr(from, svg.find('"', from) - from));
  double x = 0;
  double y = 0;
  char command = 0;
  while (in >> command) {
    double a = 0;
    double b = 0;
    if (command == 'M' || command == 'm') {
      REQUIRE(in >> a >> b);
      x = command == 'M' ? a : x + a;
      y = command == 'M' ? b : y + b;
      REQUIRE(y - static_cast<int>(y) == 0.5);  // the stroke's middle is the row's middle
    } else {
      REQUIRE(command == 'h');
      REQUIRE(in >> a);
      REQUIRE(a > 0);
      for (int i = 0; i < static_cast<int>(a); ++i) {
        const int cx = static_cast<int>(x) + i;
        const int cy = static_cast<int>(y);
        REQUIRE((cx >= 0 && cx < side && cy >= 0 && cy < side));
        dark[static_cast<std::size_t>(cy * side + cx)] = true;
      }
      x += a;
    }
  }
  return dark;
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
  CHECK(svg.find("d=\"M4 4.5h7m") != std::string::npos);
  CHECK(svg == qr_svg(url, "QR-kod: länk till \"versionen\" <online>"));
}

TEST_CASE("the SVG's strokes cover exactly the symbol's dark modules, inside the quiet zone") {
  for (const std::string& url : std::vector<std::string>{
           "https://example.org/a/", "https://example.org/styrdokument/dals-ed/integrationspolicy/2016-02-10/",
           "https://kommun.example/" + std::string(300, 'x')}) {
    const auto m = encode_qr(url);
    REQUIRE(m);
    const int side = m->size + 8;
    const auto drawn = drawn_modules(qr_svg(url, "QR"), side);
    int mismatches = 0;
    for (int y = 0; y < side; ++y) {
      for (int x = 0; x < side; ++x) {
        const bool inside = x >= 4 && y >= 4 && x < m->size + 4 && y < m->size + 4;
        const bool expected = inside && m->at(x - 4, y - 4);
        if (drawn[static_cast<std::size_t>(y * side + x)] != expected) ++mismatches;
      }
    }
    CHECK(mismatches == 0);
  }
}

TEST_CASE("text too long for any QR symbol gives no SVG") {
  CHECK_FALSE(encode_qr(std::string(8000, 'x')));
  CHECK(qr_svg(std::string(8000, 'x'), "x").empty());
  CHECK(qr_svg("", "x").empty());
}
