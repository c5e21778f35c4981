#include "print/qr_code.h"

#include <qrencode.h>

#include <memory>

#include "core/text.h"

namespace styrdok {

namespace {

constexpr int kQuietZone = 4;  // modules of white around the symbol, as ISO/IEC 18004 asks

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

std::optional<QrMatrix> encode_qr(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::unique_ptr<QRcode, QrFree> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M));
  if (!code) return std::nullopt;
  QrMatrix m;
  m.size = code->width;
  m.dark.resize(static_cast<std::size_t>(m.size * m.size));
  for (std::size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = (code->data[i] & 1) != 0;
  return m;
}

std::string qr_svg(const std::string& text, const std::string& label) {
  const auto m = encode_qr(text);
  if (!m) return "";
  const int side = m->size + 2 * kQuietZone;
  // Each horizontal run of dark modules is one stroke a module wide along the
  // middle of its row: a row starts with an absolute move, its later runs move
  // relative to the end of the run before. About half the bytes of one filled
  // square per run, on every page that prints itself.
  std::string path;
  for (int y = 0; y < m->size; ++y) {
    int end = -1;  // where the row's last run ended; -1 before its first
    for (int x = 0; x < m->size;) {
      if (!m->at(x, y)) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < m->size && m->at(x + run, y)) ++run;
      if (end < 0) {
        path += "M" + std::to_string(x + kQuietZone) + " " + std::to_string(y + kQuietZone) + ".5";
      } else {
        path += "m" + std::to_string(x - end) + " 0";
      }
      path += "h" + std::to_string(run);
      x += run;
      end = x;
    }
  }
  const std::string s = std::to_string(side);
  const std::string name = html_escape(label);
  return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + s + " " + s +
         "\" role=\"img\" aria-label=\"" + name + "\"><title>" + name + "</title><rect width=\"" + s + "\" height=\"" +
         s + "\" fill=\"#fff\"/><path stroke=\"#000\" d=\"" + path + "\"/></svg>";
}

}  // namespace styrdok
