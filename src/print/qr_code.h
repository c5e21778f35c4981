// QR codes for print editions: the permanent online address of a printed
// version, as an inline SVG that prints sharply at any size. Encoding is
// done by Debian's libqrencode; this file only turns its module matrix into
// SVG. Pure functions; thread-safe (libqrencode keeps no state between calls).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace styrdok {

// A QR symbol as a square of modules, row by row; true is dark.
struct QrMatrix {
  int size = 0;  // modules per side, without the quiet zone
  std::vector<bool> dark;
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Encodes `text` (UTF-8, as 8-bit data) with error correction level M.
// nullopt if libqrencode cannot (text too long for any QR version).
std::optional<QrMatrix> encode_qr(const std::string& text);

// An <svg> element for `text`: one path whose strokes, a module wide, draw
// each row's runs of dark modules, with a four-module quiet zone,
// role="img" and `label` as its accessible name (and <title>). `label` is
// escaped here. Empty string if the text cannot be encoded.
std::string qr_svg(const std::string& text, const std::string& label);

}  // namespace styrdok
