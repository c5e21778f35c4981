#include "import/source_text.h"

namespace styrdok {

std::string where(const SourceText& source, const SourceLine& line) {
  if (source.format == "docx") return "paragraph " + std::to_string(line.number);
  if (line.page > 0) return "page " + std::to_string(line.page) + ", line " + std::to_string(line.number);
  return "line " + std::to_string(line.number);
}

}  // namespace styrdok
