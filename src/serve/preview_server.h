// `styrdok serve`: builds the site into memory, serves it over HTTP, watches
// its sources and rebuilds when they change, and tells open pages to reload
// (Server-Sent Events). A failed rebuild keeps serving the last good site,
// with the errors laid over every page, until the files are fixed.
//
// Threads: run() watches and rebuilds on the calling thread; requests are
// answered on the HTTP server's one thread (serve/http_server.h, which also
// keeps the live-reload streams and the limits on slow or idle clients);
// the search index is made on a thread of its own. The output they share is
// changed in place, under a lock, by whatever a build or the index changed
// (serve/served_files.h): a request sees the output before a change or after
// it, never half of one. Nothing here prints: main prints the reports.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "content/parse_cache.h"
#include "messages/message_catalogue.h"
#include "output/path_list.h"
#include "pipeline/pipeline.h"
#include "pipeline/stage_times.h"
#include "render/plan_cache.h"
#include "render/theme.h"
#include "serve/http_server.h"
#include "serve/served_files.h"
#include "serve/source_cache.h"

namespace styrdok {

struct ServeOptions {
  BuildOptions build;                 // source, drafts, jobs, as_of (write and cache are set by serve)
  std::string address = "127.0.0.1";  // --bind
  int port = 1414;                    // --port; 0 picks a free one
  MessageCatalogue messages;          // the error overlay's words and the errors in it
  std::string language = "en";        // of `messages`
};

// What one build gave, for the terminal.
struct RebuildReport {
  Diagnostics diagnostics;
  std::size_t pages = 0;
  std::chrono::milliseconds took{0};
  std::chrono::milliseconds cpu{0};  // processor time used by all threads (the machine may be busy)
  std::vector<std::string> changed;  // the paths that triggered it ("" for all); none for the first build
  StageSeconds stages;               // how long each stage of the build took
  bool ok() const { return !diagnostics.has_errors(); }
};

class PreviewServer {
 public:
  explicit PreviewServer(ServeOptions options);
  ~PreviewServer();

  // Binds the address and port; when the port is taken, a free one is
  // chosen. Returns the site's URL ("http://127.0.0.1:1414/"), or an empty
  // string with `error` set when nothing could be bound.
  std::string bind(std::string& error);

  // Builds, serves, then rebuilds on every change until `stop_fd` becomes
  // readable (main passes a signalfd for Ctrl-C). `report` is called after
  // each build, on this thread. Returns false if watching failed to start.
  bool run(int stop_fd, const std::function<void(const RebuildReport&)>& report);

 private:
  RebuildReport rebuild(std::vector<std::string> changed);
  // Asks for the search index of `site` to be built on a thread of its own,
  // at a lower priority, and put into the output of build `generation` if
  // that is still the newest: a save shows its page without waiting for the
  // index. A request made while an index is being built replaces any that
  // waits, so only the newest site is indexed next.
  void update_search_index(std::shared_ptr<const Site> site, Date day, std::uint64_t generation);
  void index_searches();  // the search thread's loop
  void note_changes(const std::vector<std::string>& changed);
  HttpResponse answer(const HttpRequest& request);  // on the server's thread

  ServeOptions options_;
  std::unique_ptr<HttpServer> server_;
  ContentCache cache_{CacheValidation::told};
  ThemeCache themes_;    // the last build's theme, forgotten when a file outside content/ changes
  PlanCache plans_;      // the last served build's pages per document, forgotten as its folder changes
  ModelCache models_;    // the last served build's documents, plans and indicators, forgotten likewise
  SourceCache sources_;  // the site's files, read again only when the watcher reports a change
  // What changed since the last successful build: the folders of the
  // documents whose files changed, or anything else (site file, theme).
  // Pages of other documents are taken from the last good output.
  std::set<std::string> changed_documents_;
  bool changed_everything_ = true;
  // Whether the pages listing every document (home, organisations, plans…)
  // may show something else: false while the only changes are to the text,
  // not the metadata, of documents, whose text they do not show.
  bool changed_lists_ = true;
  // Whether the pages listing changes (what's new, the site's and the
  // organisations' feeds) may: they show how many words each revision added
  // and removed, so a text edit in a document with several versions counts.
  bool changed_summaries_ = true;
  Date built_for_;

  std::mutex mutex_;
  // The last good output (guarded by mutex_, like the three below it; the
  // rebuilding thread, the one that changes its pages, reads those without
  // it: ServedFiles::contains_page).
  ServedFiles files_;
  std::string errors_;            // of the last build; empty when it succeeded
  std::uint64_t generation_ = 0;  // counts builds
  bool stopping_ = false;
  struct SearchRequest {
    std::shared_ptr<const Site> site;
    Date day;
    std::uint64_t generation = 0;
  };
  std::optional<SearchRequest> search_request_;  // the next index to build (guarded by mutex_)
  std::condition_variable search_wake_;
  std::thread search_thread_;                 // runs index_searches(), from the first request on
  std::shared_ptr<const ChangeLog> changes_;  // the comparisons of the last good build
  PathList kept_paths_;                       // the memory a build notes its kept pages in
};

}  // namespace styrdok
