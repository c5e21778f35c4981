#include "content/file_name.h"

#include <vector>

#include "core/date.h"

namespace styrdok {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::optional<std::string> meant_name(std::string_view name, std::string_view extension) {
  const std::string folded = lower(name);
  std::string_view stem = name;
  std::string_view rest = folded;
  if (rest.ends_with(".txt")) {  // an editor's extension after the real one, or instead of it
    stem.remove_suffix(4);
    rest.remove_suffix(4);
    if (extension == ".md" && parse_date(stem)) return std::string(stem) + ".md";
  }
  const auto spellings = extension == ".md" ? std::vector<std::string_view>{".md", ".markdown", ".mdown", ".mkd"}
                                            : std::vector<std::string_view>{".yaml", ".yml"};
  for (const std::string_view spelling : spellings) {
    if (!rest.ends_with(spelling) || rest.size() == spelling.size()) continue;
    const std::string meant = std::string(stem.substr(0, stem.size() - spelling.size())) + std::string(extension);
    if (meant == name) return std::nullopt;  // already right
    return meant;
  }
  return std::nullopt;
}

void report_near_miss(const std::string& path, std::string_view name, std::string_view extension,
                      Diagnostics& diagnostics) {
  if (const auto meant = meant_name(name, extension)) {
    diagnostics.error({path, 0, 0}, "this file is not read, since its name does not end in '" + std::string(extension) +
                                        "'; rename it '" + *meant + "'");
  }
}

}  // namespace styrdok
