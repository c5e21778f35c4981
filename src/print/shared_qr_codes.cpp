#include "print/shared_qr_codes.h"

#include "print/qr_code.h"

namespace styrdok {

std::string SharedQrCodes::svg_for_two(const std::string& text, const std::string& label) {
  std::string key = label + '\0' + text;
  {
    std::lock_guard lock(mutex_);
    if (auto node = waiting_.extract(key)) return std::move(node.mapped());
  }
  // Encoded outside the lock. Should the other page ask meanwhile, both
  // encode the same bytes and one copy stays until the build ends.
  std::string svg = qr_svg(text, label);
  std::lock_guard lock(mutex_);
  waiting_.emplace(std::move(key), svg);
  return svg;
}

std::size_t SharedQrCodes::waiting() const {
  std::lock_guard lock(mutex_);
  return waiting_.size();
}

}  // namespace styrdok
