// The build, top to bottom, one line per stage:
//   load site file → load theme → load and validate content → plan pages →
//   render pages, each handed to an OutputSink as it is done (written to a
//   staging directory, or kept in memory) → swap the staging directory in.
// This is the one place to read to see what `styrdok build` does.
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "content/model_cache.h"
#include "content/parse_cache.h"
#include "core/date.h"
#include "core/error.h"
#include "core/file_system.h"
#include "core/limits.h"
#include "output/output_file.h"
#include "output/output_sink.h"
#include "render/change_log.h"

namespace styrdok {

struct Page;
struct Site;
class ThemeCache;
class PlanCache;

// Lets a caller that rendered the same site before (serve) keep a page it
// already has instead of rendering it again: returns true to keep it (its
// bytes are then left empty and BuildResult::kept says so). Called from
// several threads at once.
using PageReuse = std::function<bool(const Page& page, const Site& site)>;

struct BuildOptions {
  std::string source = ".";     // the site's folder
  std::string out;              // output directory; empty means <source>/public
  bool force = false;           // replace an existing `out` that is not an earlier output (output/output_target.h)
  std::optional<Date> as_of;    // day statuses are computed for; empty means today
  bool as_of_is_today = false;  // as_of is today's date (serve pins it), not a day asked for: warn as without it
  std::string base_url;         // overrides site.yaml's base_url when set
  unsigned jobs = 1;
  bool write = true;                             // false: validate only (styrdok check)
  bool drafts = false;                           // publish proposals (also site.yaml's `drafts: true`)
  ContentCache* cache = nullptr;                 // parsed files kept between builds (serve)
  ThemeCache* themes = nullptr;                  // the theme kept between builds (serve)
  PlanCache* plans = nullptr;                    // pages planned per document, kept between builds (serve):
                                                 // a page taken from it is kept, as if `reuse` said so
  ModelCache* models = nullptr;                  // the last build's documents, taken as they are (serve, with a
                                                 // told `cache`)
  PageReuse reuse;                               // pages kept between builds (serve)
  bool defer_search_index = false;               // leave the search index out (serve builds it afterwards)
  EarlierChangeLog earlier_changes;              // comparisons kept between builds (serve)
  bool keep_changes = false;                     // return the comparisons in BuildResult::changes (serve)
  std::atomic<std::size_t>* progress = nullptr;  // items done in the current stage, for a progress line
  InputLimits limits;                            // the most work one input file may ask for (core/limits.h)
};

struct BuildResult {
  Diagnostics diagnostics;
  std::size_t pages = 0;
  std::string out;                           // where the output was written
  OutputFiles files;                         // render_site into memory: every output file, sorted by path
  std::vector<bool> kept;                    // per file: left empty because options.reuse kept it
  std::shared_ptr<const Site> site;          // the site that was rendered (for a deferred search index)
  std::shared_ptr<const ChangeLog> changes;  // its comparisons (for the next build's earlier_changes)
  // The first day after the build's day on which a status the site states
  // changes by the calendar alone (model/next_status_change.h): the day to
  // build it again by.
  std::optional<Date> status_changes;
  bool ok() const { return !diagnostics.has_errors(); }
};

// Called as each stage starts, for progress on a terminal.
using StageListener = std::function<void(const std::string& stage, std::size_t items)>;

// Loads, validates, plans and (when options.write) renders the site, handing
// every output file to `sink` as soon as it is finished (from several
// threads at once); the sink's failures become errors of the result. Nothing
// is handed over when loading or checking finds an error, or when `files`
// refused a file (a link out of the site: each refusal is an error). An
// exception from a stage (out of memory, a library's) becomes an error too.
BuildResult render_site(const BuildOptions& options, const FileSystem& files, OutputSink& sink,
                        const StageListener& on_stage = {});

// render_site into memory, without touching the disk: the output set is
// result.files (and result.kept).
BuildResult render_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage = {});

// The search index's files for a loaded site: what render_site adds unless
// options.defer_search_index is set, collected. Lets go of `site` as soon as
// it has read it (serve's next build may then take the model's documents:
// content/model_cache.h).
OutputFiles search_index_files(std::shared_ptr<const Site> site, Date as_of, unsigned jobs);

// render_site straight into a staging directory beside the output, swapped in
// when every file was written. First checks that the output folder may be
// replaced (output_folder_problem) and cleans up after interrupted builds.
// On any error the staging directory is removed and the previous output
// stays as it was; result.files stays empty.
BuildResult build_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage = {});

// Why the output of the site in `source` may not replace the folder `out`
// (output/output_target.h, with the site's own files and folders named), or
// "" when it may. For `build` and for `pdf --out`.
std::string output_folder_problem(const std::string& source, const std::string& out, bool force);

}  // namespace styrdok
