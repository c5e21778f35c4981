// The QR codes that two pages of a build print: a document's page shows the
// version in force and prints itself as that version's page does, with the
// same QR code of the version's permanent address. Encoding one takes about
// 0.1 ms (libqrencode tries eight masks), so at 10,000 documents making each
// twice costs a second of processor time. The first of the two pages to ask
// encodes the code and leaves it here; the second takes it away, so only the
// codes of pages rendered at about the same time are held.
// Thread-safe: the render stage's threads share one.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

namespace styrdok {

class SharedQrCodes {
 public:
  // qr_svg(text, label), made once for the two pages that ask for it.
  std::string svg_for_two(const std::string& text, const std::string& label);
  // How many codes wait for their second page.
  std::size_t waiting() const;

 private:
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::string> waiting_;  // key: label, NUL, text
};

}  // namespace styrdok
