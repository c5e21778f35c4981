#include "render/template_sections.h"

#include <vector>

namespace styrdok {

namespace {

struct OpenSection {
  std::string name;
  std::size_t at;  // offset of its {{
};

std::string trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

TemplateProblem unclosed(std::string_view text, const OpenSection& open) {
  return {position_of(text, open.at),
          "the section '" + open.name + "' that starts here is never closed; add {{/" + open.name + "}} where it ends"};
}

}  // namespace

std::optional<TemplateProblem> find_section_problem(std::string_view text) {
  std::vector<OpenSection> open;
  for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at)) {
    const bool triple = text.substr(at, 3) == "{{{";
    const std::string_view end_mark = triple ? "}}}" : "}}";
    const std::size_t end = text.find(end_mark, at + 2);
    if (end == std::string_view::npos) {
      return TemplateProblem{position_of(text, at),
                             "the tag that starts here is never closed; end it with " + std::string(end_mark)};
    }
    const std::string_view inside = text.substr(at + (triple ? 3 : 2), end - at - (triple ? 3 : 2));
    const char kind = inside.empty() ? '\0' : inside.front();
    if (!triple && kind == '=') return std::nullopt;  // other delimiters from here on
    if (!triple && (kind == '#' || kind == '^')) {
      open.push_back({trimmed(inside.substr(1)), at});
    } else if (!triple && kind == '/') {
      const std::string name = trimmed(inside.substr(1));
      std::size_t match = open.size();
      while (match > 0 && open[match - 1].name != name) --match;
      if (match == 0) {
        return TemplateProblem{position_of(text, at), "{{/" + name + "}} closes a section '" + name +
                                                          "' that is not open here; remove it, or open the section "
                                                          "with {{#" +
                                                          name + "}} before it"};
      }
      if (match < open.size()) return unclosed(text, open.back());  // a section inside it was left open
      open.pop_back();
    }
    at = end + end_mark.size();
  }
  if (!open.empty()) return unclosed(text, open.back());
  return std::nullopt;
}

}  // namespace styrdok
