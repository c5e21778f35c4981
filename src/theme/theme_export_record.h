// What `styrdok theme export` wrote, kept beside it in the site
// (theme-export.txt): each file's path and a fingerprint of the built-in file
// it copied. A file the site keeps replaces the built-in one and so stops
// following it: when a later styrdok's built-in file has changed (a value
// the pages now need, a fault fixed), the site's copy goes on without it.
// check_theme_export_record() finds those copies, so that check and build
// can say which to compare, as WooCommerce warns of a theme's outdated
// template copies. Pure, but for reading `files`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/file_system.h"

namespace styrdok {

inline constexpr const char* kThemeExportRecord = "theme-export.txt";

// The fingerprint of a file's bytes: FNV-1a, 64 bits, as 16 hex digits.
std::string theme_file_fingerprint(const std::string& bytes);

// The record of the files an export writes: (path in the site, text).
std::string theme_export_record(const std::vector<std::pair<std::string, std::string>>& files);

// For each line of the site's record (read from `files`; none: nothing to
// do) whose file the site still has, differing from today's built-in file,
// which itself differs from the one the record says was copied: a warning
// at that line. Strings files (i18n/) are left out: they are merged key by
// key, so a kept copy misses no new string. A line that cannot be read is a
// warning too.
void check_theme_export_record(const FileSystem& files, Diagnostics& diagnostics);

}  // namespace styrdok
