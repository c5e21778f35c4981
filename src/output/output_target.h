// Where a build may put its output. A build replaces its output folder as a
// whole, so before anything is written it checks that the folder is one it
// may replace: never the site or a folder of it, never a file or a symbolic
// link, and, when it exists, an earlier output of styrdok (which holds the
// marker file), an empty folder, or one the user said to replace (--force).
//
// Pure functions of the disk's state; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

// The file every output holds, naming the styrdok and the site that made it.
inline constexpr std::string_view kOutputMarker = ".styrdok-output";

struct OutputTargetRules {
  std::string source;                     // the site's folder
  std::vector<std::string> site_entries;  // what the site's top level holds that styrdok reads ("content", …)
  bool force = false;                     // replace an existing folder that is not an earlier output
};

// Why a build may not write its output to `out`, or "" when it may. The
// message follows "<out>: ". Refused whatever `force` says: the site's folder,
// a folder holding it, a folder inside it (but for a new folder or an
// earlier output at its top level that is not one of `site_entries`), a file,
// a symbolic link. Symbolic links in the folders above `out` are followed,
// so a link into the site is no way around the rule.
std::string output_target_problem(const std::string& out, const OutputTargetRules& rules);

// Whether `dir` holds the marker file of an earlier output.
bool is_earlier_output(const std::string& dir);

// The marker file's text: the styrdok version. Not the site's folder: the
// file is published with the site, and the same site built anywhere gives
// the same output.
std::string output_marker_text(std::string_view version);

}  // namespace styrdok
