#include "import/list_marker.h"

#include <regex>

namespace styrdok {

std::optional<ListMarker> list_marker(const std::string& line) {
  // Bullets as Word, PDF and text exports write them (U+2022 •, U+25CF ●,
  // U+25AA ▪, U+25A0 ■, U+25E6 ◦, U+2013 –, U+2014 —, U+00B7 ·, U+F0B7 and
  // U+F0A7 from Symbol and Wingdings fonts, U+27A2 ➢).
  static const std::regex kNumbered(R"(^\s*(?:[-–•]\s*)?([0-9]{1,3})[.)]\s+\S)");
  static const std::regex kBullet("^\\s*(?:[-*+]|o|•|●|▪|■|◦|–|—|·|\xEF\x82\xB7|\xEF\x82\xA7|➢|✓)\\s+\\S");
  std::smatch m;
  if (std::regex_search(line, m, kNumbered)) {
    return ListMarker{true, std::stoi(m[1].str()), static_cast<std::size_t>(m.length(0)) - 1};
  }
  if (std::regex_search(line, m, kBullet)) {
    return ListMarker{false, 0, static_cast<std::size_t>(m.length(0)) - 1};
  }
  return std::nullopt;
}

}  // namespace styrdok
