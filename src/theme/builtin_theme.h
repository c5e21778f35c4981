// The default theme, built into the program: every file of the repository's
// themes/default/ folder (templates, static files, UI strings, scaffolds),
// embedded at compile time by cmake/embed_files.cmake. A site needs no copy
// of it; the files a site keeps in templates/, static/, i18n/ (or, as sites
// made before the theme was built in do, in themes/default/) replace the
// built-in file of the same name (docs/content-format.md, "The theme").
//
// The built-in files are constant and made once; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/file_system.h"

namespace styrdok {

// The folder under which the built-in files appear in builtin_theme_files(),
// as a copied theme does in a site: "themes/default".
extern const char* const kBuiltinThemeDir;

// The built-in theme as a read-only file system, its files under
// "themes/default/" (e.g. "themes/default/templates/home.mustache").
const FileSystem& builtin_theme_files();

// Every built-in file's path relative to the theme's folder
// ("templates/home.mustache"), sorted.
std::vector<std::string> builtin_theme_paths();

}  // namespace styrdok
