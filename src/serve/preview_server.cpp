#include "serve/preview_server.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>
#include <thread>

#include "content/version_file.h"
#include "core/confined_file_system.h"
#include "core/text.h"
#include "model/site_config.h"
#include "output/build_changes.h"
#include "render/page_plan.h"
#include "render/revision_views.h"
#include "search/index_files.h"
#include "serve/file_watcher.h"
#include "serve/http_server.h"
#include "serve/live_reload.h"
#include "serve/request_path.h"
#include "serve/source_cache.h"

namespace styrdok {

namespace {

// Where the search index's files are (search::IndexFileOptions' default).
const std::string kSearchIndexDir = search::IndexFileOptions{}.dir;

// An answer with the headers every answer of serve has.
HttpResponse response(int status, std::string content_type, std::shared_ptr<const std::string> body) {
  HttpResponse r;
  r.status = status;
  r.content_type = std::move(content_type);
  r.body = std::move(body);
  r.headers = {{"Cache-Control", "no-store"},
               {"X-Content-Type-Options", "nosniff"},
               {"Content-Security-Policy", "default-src 'self'"}};
  return r;
}

HttpResponse text_response(int status, const std::string& text) {
  return response(status, "text/plain; charset=utf-8", std::make_shared<const std::string>(text + "\n"));
}

// The event that tells open pages which build is current.
std::string build_event(std::uint64_t generation) {
  return "retry: 500\nevent: build\ndata: " + std::to_string(generation) + "\n\n";
}

std::chrono::milliseconds cpu_time() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  const auto us = [](const timeval& t) {
    return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
  };
  return std::chrono::duration_cast<std::chrono::milliseconds>(us(usage.ru_utime) + us(usage.ru_stime));
}

}  // namespace

PreviewServer::PreviewServer(ServeOptions options)
    : options_(std::move(options)),
      server_(std::make_unique<HttpServer>([this](const HttpRequest& request) { return answer(request); })),
      sources_(std::make_unique<ConfinedFileSystem>(options_.build.source)),
      files_(kSearchIndexDir) {
  options_.build.write = true;
  options_.build.cache = &cache_;
  options_.build.themes = &themes_;
  options_.build.plans = &plans_;
  options_.build.models = &models_;
}

PreviewServer::~PreviewServer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  search_wake_.notify_all();
  if (search_thread_.joinable()) search_thread_.join();
}

std::string PreviewServer::bind(std::string& error) {
  int port = server_->listen(options_.address, options_.port, error);
  std::string again;  // the port asked for is taken: any free one (error keeps the first attempt's reason)
  if (port < 0 && options_.port != 0) port = server_->listen(options_.address, 0, again);
  if (port < 0) {
    error += "; is it an address of this machine?";  // the likeliest cause, after the reason listen() gave
    return "";
  }
  const bool v6 = options_.address.find(':') != std::string::npos;
  const std::string url =
      "http://" + (v6 ? "[" + options_.address + "]" : options_.address) + ":" + std::to_string(port) + "/";
  options_.build.base_url = url;  // permanent links and the 404 page point at the preview
  return url;
}

void PreviewServer::note_changes(const std::vector<std::string>& changed) {
  for (const auto& path : changed) {
    // "content/<organisation>/<document>/<file>" concerns one document.
    const auto parts = std::count(path.begin(), path.end(), '/');
    if (!path.starts_with("content/") || parts != 3) {
      changed_everything_ = true;
      continue;
    }
    const std::string folder = path.substr(0, path.rfind('/'));
    changed_documents_.insert(folder);
    // The lists show each version's metadata and, for revisions, a summary
    // of the text's changes: only an edit of the text of a document's one
    // version leaves them as they were.
    const auto before = sources_.read(path);  // as last read: the cache has not forgotten it yet
    sources_.forget(path);
    const auto after = sources_.read(path);
    const auto entries = sources_.list(folder);
    const auto versions = std::count_if(entries.begin(), entries.end(),
                                        [](const DirEntry& e) { return !e.is_directory && e.name.ends_with(".md"); });
    Diagnostics ignored;
    const auto old_split = before ? split_front_matter(*before, path, ignored) : std::nullopt;
    const auto new_split = after ? split_front_matter(*after, path, ignored) : std::nullopt;
    if (!old_split || !new_split || old_split->yaml != new_split->yaml) {
      changed_lists_ = true;
    } else if (versions != 1) {
      changed_summaries_ = true;  // a revision's words added and removed, or those of the one after it
    }
  }
}

// Pages that list every document or plan, and show of each only its metadata.
// The open data pages (oppna-data/, one per organisation) list plans and
// indicators, whose edits these flags do not follow: they are made again on
// every rebuild, a few small pages.
bool lists_documents(const Page& page) {
  switch (page.kind) {
    case PageKind::home:
    case PageKind::organisation:
    case PageKind::due_for_revision:
    case PageKind::organisation_due_for_revision:
    case PageKind::sitemap:
    case PageKind::sitemap_index:
    case PageKind::plans_index:
    case PageKind::responsible_index:
    case PageKind::responsible: return true;
    case PageKind::data_file: return page.data == DataFile::documents_json || page.data == DataFile::documents_csv;
    default: return false;
  }
}

// Pages that list versions with a summary of what each changed in the text.
bool lists_changes(const Page& page) {
  return page.kind == PageKind::whats_new || (page.kind == PageKind::feed && page.feed != FeedScope::document);
}

RebuildReport PreviewServer::rebuild(std::vector<std::string> changed) {
  const auto start = std::chrono::steady_clock::now();
  const auto cpu_start = cpu_time();
  note_changes(changed);
  for (const auto& path : changed) {
    sources_.forget(path);
    cache_.forget(path);
  }
  const Date today = options_.build.as_of.value_or(today_local());
  if (today != built_for_) changed_everything_ = true;  // statuses change at midnight
  if (changed_everything_) themes_.forget();            // a file of the theme, i18n/, static/ or the site file, say
  // A document's model and pages are kept (not loaded, planned nor rendered
  // again) unless its folder changed; anything else changing makes all again.
  if (changed_everything_) {
    models_.forget_all();
    plans_.forget_all();
  }
  for (const auto& folder : changed_documents_) {
    models_.forget(folder);
    plans_.forget(folder);
  }
  bool has_output = false;
  {
    std::lock_guard lock(mutex_);
    has_output = files_.has_output();
  }
  BuildOptions build = options_.build;
  build.as_of = today;
  build.as_of_is_today = !options_.build.as_of;  // a version decided after today is warned of, as by build
  // The first build makes the search index; later ones serve the last index
  // until update_search_index() has made the new one.
  build.defer_search_index = has_output;
  build.keep_changes = true;
  if (has_output && !changed_everything_) {
    build.earlier_changes = {changes_,
                             [&](const Document& doc) { return !changed_documents_.contains(doc.source_dir); }};
    auto listing_changed = [&](const Document& doc) { return changed_documents_.contains(doc.source_dir); };
    struct Parts {  // of what's new and the organisations' feeds, found at the first page, from any thread
      std::once_flag once;
      std::vector<bool> listing_changed;  // per part of what's new
      std::vector<bool> organisation_changed;
    };
    auto find_parts = [listing_changed](Parts& parts, const Site& site) {
      parts.listing_changed = whats_new_parts_listing(site, listing_changed);
      const auto& organisations = site.config.organisations;
      parts.organisation_changed.assign(organisations.size(), false);
      for (const auto& doc : site.documents) {
        if (!listing_changed(doc)) continue;
        if (const Organisation* org = site.config.find_organisation(doc.organisation_id))
          parts.organisation_changed[static_cast<std::size_t>(org - organisations.data())] = true;
      }
    };
    build.reuse = [&, listing_changed, find_parts, changed_parts = std::make_shared<Parts>()](const Page& page,
                                                                                              const Site& site) {
      bool unchanged = false;
      // A page of one document (render/page_plan.h) is kept while its folder
      // is unchanged: the site file, the theme and a plan's own file
      // changing rebuild everything.
      if (shows_one_document(page)) {
        unchanged = !listing_changed(site.documents[page.document]);
      } else if (page.kind == PageKind::whats_new && !changed_lists_) {
        // Its order is the versions' dates: only the pages listing a document
        // whose text changed show anything new.
        std::call_once(changed_parts->once, find_parts, *changed_parts, site);
        const auto& parts = changed_parts->listing_changed;
        unchanged = !changed_summaries_ || (page.part < parts.size() && !parts[page.part]);
      } else if (page.kind == PageKind::feed && page.feed == FeedScope::organisation && !changed_lists_) {
        // An organisation's feed lists its own documents' versions only.
        std::call_once(changed_parts->once, find_parts, *changed_parts, site);
        const auto& changed = changed_parts->organisation_changed;
        unchanged = !changed_summaries_ || (page.organisation < changed.size() && !changed[page.organisation]);
      } else if (lists_changes(page)) {
        unchanged = !changed_lists_ && !changed_summaries_;
      } else {
        unchanged = lists_documents(page) && !changed_lists_;
      }
      // Without the lock: only this thread's apply() below changes the pages
      // (the search thread changes only its own folder's files).
      return unchanged && files_.contains_page(page.output);
    };
  }
  StageTimes times;
  BuildChanges output(std::move(kept_paths_));
  BuildResult result =
      render_site(build, sources_, output, [&](const std::string& stage, std::size_t) { times.start(stage); });
  times.start("serving");
  result.diagnostics.sort();
  if (result.ok()) {
    changed_documents_.clear();
    changed_everything_ = false;
    changed_lists_ = false;
    changed_summaries_ = false;
    built_for_ = today;
    changes_ = result.changes;
  }

  std::vector<Diagnostic> failed;
  for (const auto& d : result.diagnostics.items()) {
    if (d.severity == Severity::error) failed.push_back(d);
  }
  std::string errors;
  for (const auto& d : listed_per_file(std::move(failed))) errors += options_.messages.to_string(d) + "\n";
  std::uint64_t generation = 0;
  std::vector<ServedFiles::Bytes> replaced;
  {
    std::lock_guard lock(mutex_);
    if (result.ok()) replaced = files_.apply(std::move(output.rendered()), output.kept(), !build.defer_search_index);
    errors_ = std::move(errors);
    generation = ++generation_;
  }
  server_->broadcast(build_event(generation));
  kept_paths_ = output.take_kept();
  times.stop();
  // Freed once the open pages are told, and outside the lock (answers still
  // sending them keep theirs).
  replaced.clear();
  if (result.ok() && build.defer_search_index) update_search_index(result.site, today, generation);

  RebuildReport report;
  report.diagnostics = std::move(result.diagnostics);
  report.pages = result.pages;
  report.changed = std::move(changed);
  report.stages = times.times();
  report.cpu = cpu_time() - cpu_start;
  report.took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  return report;
}

void PreviewServer::update_search_index(std::shared_ptr<const Site> site, Date day, std::uint64_t generation) {
  {
    std::lock_guard lock(mutex_);
    search_request_ = SearchRequest{std::move(site), day, generation};
  }
  if (!search_thread_.joinable()) search_thread_ = std::thread([this] { index_searches(); });
  search_wake_.notify_one();
}

void PreviewServer::index_searches() {
  // Below the rebuilds in priority (Linux: per thread, inherited by the
  // threads the index starts), so that the next save's pages come first.
  ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
  std::unique_lock lock(mutex_);
  for (;;) {
    search_wake_.wait(lock, [this] { return stopping_ || search_request_.has_value(); });
    if (stopping_) return;
    SearchRequest request = std::move(*search_request_);
    search_request_.reset();
    lock.unlock();
    OutputFiles index;
    bool made = true;
    try {
      // Given away: the next build may take the site's documents once it is read.
      index = search_index_files(std::move(request.site), request.day, options_.build.jobs);
    } catch (const std::exception&) {
      made = false;  // out of memory, say: the pages keep the last index rather than the server ending
    }
    lock.lock();
    if (!made || generation_ != request.generation || !files_.has_output()) continue;  // or a newer build asks
    auto replaced = files_.replace_separate(std::move(index));  // the same generation: open pages need not reload
    lock.unlock();
    replaced.clear();  // freed outside the lock
    lock.lock();
  }
}

HttpResponse PreviewServer::answer(const HttpRequest& req) {
  const std::string_view target = std::string_view(req.target).substr(0, req.target.find('?'));
  if (target == kReloadScriptPath) {
    return response(200, "text/javascript; charset=utf-8", std::make_shared<const std::string>(kReloadScript));
  }
  if (target == kOverlayStylePath) {
    return response(200, "text/css; charset=utf-8", std::make_shared<const std::string>(kOverlayStyle));
  }
  if (target == kEventsPath) {
    // A stream per open page, kept by the server without a thread of its own.
    HttpResponse events = response(200, "text/event-stream", nullptr);
    std::lock_guard lock(mutex_);
    events.body = std::make_shared<const std::string>(build_event(generation_));
    events.event_stream = true;
    return events;
  }
  const auto request = parse_request_path(req.target);
  if (!request) return text_response(403, "403 Forbidden: the address leads outside the site");
  std::string path = request->directory ? request->path + "index.html" : request->path;
  // What the request needs of the output, read at once: a build that ends
  // meanwhile changes it after, or before, all of this.
  ServedFiles::Bytes bytes;
  bool has_output = false;
  bool is_directory = false;
  int status = 200;
  std::string errors;
  std::uint64_t generation = 0;
  {
    std::lock_guard lock(mutex_);
    has_output = files_.has_output();
    errors = errors_;
    generation = generation_;
    bytes = files_.find(path);
    is_directory = !bytes && !request->directory && files_.contains(path + "/index.html");
    if (!bytes && !is_directory) {
      status = 404;
      path = "404.html";
      bytes = files_.find(path);
    }
  }
  if (!has_output) {
    return response(
        500, "text/html; charset=utf-8",
        std::make_shared<const std::string>(error_page(errors, generation, options_.messages, options_.language)));
  }
  if (is_directory) {
    HttpResponse moved = text_response(301, "301 Moved Permanently");
    moved.headers.emplace_back("Location", "/" + request->path + "/");
    return moved;
  }
  if (!bytes) return text_response(404, "404 Not Found");
  const std::string type = content_type_for(path);
  if (!type.starts_with("text/html")) return response(status, type, std::move(bytes));
  return response(status, type,
                  std::make_shared<const std::string>(with_live_reload(*bytes, errors, generation, options_.messages)));
}

bool PreviewServer::run(int stop_fd, const std::function<void(const RebuildReport&)>& report) {
  FileWatcher watcher(options_.build.source);
  if (watcher.failed()) return false;
  const auto with_warnings = [&](RebuildReport r) {
    r.diagnostics.merge(watcher.take_warnings());
    return r;
  };
  report(with_warnings(rebuild({})));
  std::thread serving([this] { server_->run(); });
  for (;;) {
    const auto event = watcher.wait(stop_fd);
    if (event != FileWatcher::Event::changed) break;
    report(with_warnings(rebuild(watcher.changed_paths())));
  }
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  search_wake_.notify_all();
  server_->stop();
  serving.join();
  if (search_thread_.joinable()) search_thread_.join();
  return true;
}

}  // namespace styrdok
