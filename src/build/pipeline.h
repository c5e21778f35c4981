// The build, top to bottom, one line per stage:
//   load site file → load theme → load and validate content → plan pages →
//   render pages → write output.
// This is the one place to read to see what `styrdok build` does.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "content/version_cache.h"
#include "core/date.h"
#include "core/error.h"
#include "core/file_system.h"
#include "output/output_file.h"
#include "render/change_log.h"

namespace styrdok {

struct Page;
struct Site;

// Lets a caller that rendered the same site before (serve) keep a page it
// already has instead of rendering it again: returns true to keep it (its
// bytes are then left empty and BuildResult::kept says so). Called from
// several threads at once.
using PageReuse = std::function<bool(const Page& page, const Site& site)>;

struct BuildOptions {
  std::string source = ".";   // the site's folder
  std::string out;            // output directory; empty means <source>/public
  std::optional<Date> as_of;  // day statuses are computed for; empty means today
  std::string base_url;       // overrides site.yaml's base_url when set
  unsigned jobs = 1;
  bool write = true;                             // false: validate only (styrdok check)
  bool drafts = false;                           // publish proposals (also site.yaml's `drafts: true`)
  VersionCache* cache = nullptr;                 // parsed files kept between builds (serve)
  PageReuse reuse;                               // pages kept between builds (serve)
  bool defer_search_index = false;               // leave the search index out (serve builds it afterwards)
  EarlierChangeLog earlier_changes;              // comparisons kept between builds (serve)
  std::atomic<std::size_t>* progress = nullptr;  // items done in the current stage, for a progress line
};

struct BuildResult {
  Diagnostics diagnostics;
  std::size_t pages = 0;
  std::string out;                           // where the output was written
  OutputFiles files;                         // every output file (pages first), rendered in memory
  std::vector<bool> kept;                    // per file: left empty because options.reuse kept it
  std::shared_ptr<const Site> site;          // the site that was rendered (for a deferred search index)
  std::shared_ptr<const ChangeLog> changes;  // its comparisons (for the next build's earlier_changes)
  bool ok() const { return !diagnostics.has_errors(); }
};

// Called as each stage starts, for progress on a terminal.
using StageListener = std::function<void(const std::string& stage, std::size_t items)>;

// Loads, validates, plans and (when options.write) renders the site into
// memory, without touching the disk: the output set is result.files.
BuildResult render_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage = {});

// The search index's files for a loaded site: what render_site adds unless
// options.defer_search_index is set.
OutputFiles search_index_files(const Site& site, Date as_of, unsigned jobs);

// render_site, then writes the output set to disk as the last step (staged,
// swapped in). On any content error nothing is written and the previous output stays.
BuildResult build_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage = {});

}  // namespace styrdok
