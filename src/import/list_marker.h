// List markers at the start of a line: bullets ("•", "-", "–", "o"),
// numbers ("1.", "2)"), and the two together ("- 1."). Pure; thread-safe.
#pragma once

#include <optional>
#include <string>

namespace styrdok {

struct ListMarker {
  bool ordered = false;
  int number = 0;          // for a numbered item
  std::size_t text_begin;  // where the item's text starts
};

std::optional<ListMarker> list_marker(const std::string& line);

}  // namespace styrdok
