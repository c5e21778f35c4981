// The build, top to bottom, one line per stage:
//   load site file → load theme → load and validate content → plan pages →
//   render pages → write output.
// This is the one place to read to see what `styrdok build` does.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/error.h"
#include "core/file_system.h"

namespace styrdok {

struct BuildOptions {
  std::string source = ".";   // the site's folder
  std::string out;            // output directory; empty means <source>/public
  std::optional<Date> as_of;  // day statuses are computed for; empty means today
  std::string base_url;       // overrides site.yaml's base_url when set
  unsigned jobs = 1;
  bool write = true;    // false: validate only (styrdok check)
  bool drafts = false;  // publish proposals (also site.yaml's `drafts: true`)
};

struct BuildResult {
  Diagnostics diagnostics;
  std::size_t pages = 0;
  std::string out;  // where the output was written
  bool ok() const { return !diagnostics.has_errors(); }
};

// Called as each stage starts, for progress on a terminal.
using StageListener = std::function<void(const std::string& stage, std::size_t items)>;

// Builds the site whose files `files` serves (rooted at options.source).
// On any content error nothing is written and the previous output stays.
BuildResult build_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage = {});

}  // namespace styrdok
