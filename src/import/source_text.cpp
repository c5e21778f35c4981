#include "import/source_text.h"

namespace styrdok {

std::string markdown_escaped(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

std::string where(const SourceText& source, const SourceLine& line) {
  if (source.format == "docx") return "paragraph " + std::to_string(line.number);
  if (line.page > 0) return "page " + std::to_string(line.page) + ", line " + std::to_string(line.number);
  return "line " + std::to_string(line.number);
}

}  // namespace styrdok
