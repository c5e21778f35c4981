#include "theme/theme_export_record.h"

#include <cstdint>
#include <sstream>

#include "core/fnv1a.h"
#include "theme/builtin_theme.h"

namespace styrdok {

std::string theme_file_fingerprint(const std::string& bytes) {
  std::uint64_t hash = fnv1a(bytes);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xf];
  return out;
}

std::string theme_export_record(const std::vector<std::pair<std::string, std::string>>& files) {
  std::string out =
      "# Written by `styrdok theme export`: each file it wrote here, and a fingerprint of the\n"
      "# built-in file it was copied from. A file you keep replaces the built-in one; when a\n"
      "# newer styrdok's built-in file has changed, `styrdok check` and `styrdok build` say so,\n"
      "# to compare it with yours. After carrying the change over, put the fingerprint the\n"
      "# warning gives on the file's line. Delete a line, or this file, to stop the warnings.\n";
  for (const auto& [path, text] : files) out += path + " " + theme_file_fingerprint(text) + "\n";
  return out;
}

void check_theme_export_record(const FileSystem& files, Diagnostics& diagnostics) {
  const auto record = files.read(kThemeExportRecord);
  if (!record) return;
  std::istringstream lines(*record);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const SourceLocation where{kThemeExportRecord, number, 1};
    const auto space = line.rfind(' ');
    const std::string path = space == std::string::npos ? "" : line.substr(0, space);
    const std::string copied = space == std::string::npos ? "" : line.substr(space + 1);
    if (path.empty() || copied.size() != 16 || copied.find_first_not_of("0123456789abcdef") != std::string::npos) {
      diagnostics.warning(where,
                          "expected a file's path, a space and a fingerprint of 16 hex digits; "
                          "the line is skipped");
      continue;
    }
    // Strings are merged key by key (render/theme.h): a new string reaches
    // the site without its copy, and a kept copy of a strings file is there
    // for the strings it changes.
    if (path.starts_with("i18n/")) continue;
    const auto builtin = builtin_theme_files().read(join_path(kBuiltinThemeDir, path));
    if (!builtin) continue;  // no longer a file of the theme: nothing of it to follow
    const auto own = files.read(path);
    if (!own || *own == *builtin) continue;  // the site has none, or today's
    const std::string now = theme_file_fingerprint(*builtin);
    if (now == copied) continue;  // the site changed its copy; the built-in file has not moved
    diagnostics.warning(where, "the built-in " + path +
                                   " has changed since it was copied here, and the site's copy replaces it; "
                                   "compare the two ('styrdok theme export DIR' writes today's into an empty "
                                   "folder DIR), carry over what you need, then put " +
                                   now + " on this line");
  }
}

}  // namespace styrdok
