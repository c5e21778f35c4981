// What a file's name was meant to be when its extension misses the one
// styrdok reads by a little: a file the loader would otherwise pass over in
// silence, leaving the site stating an old version as in force. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.h"

namespace styrdok {

// The name `name` was meant to have, when its extension is a near miss of
// `extension` (".md" or ".yaml"): in other letters ("2022-01-10.MD"), spelt
// out (".markdown", ".yml"), with an editor's ".txt" after it
// ("2022-01-10.md.txt"), or, for ".md", a date named ".txt"
// ("2022-01-10.txt"); nullopt for any other name.
std::optional<std::string> meant_name(std::string_view name, std::string_view extension);

// An error at `path` (the file `name` in its folder) when meant_name() gives
// a name: the file is not read, and what to rename it to.
void report_near_miss(const std::string& path, std::string_view name, std::string_view extension,
                      Diagnostics& diagnostics);

}  // namespace styrdok
