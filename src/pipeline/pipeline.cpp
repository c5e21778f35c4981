#include "pipeline/pipeline.h"

#include <malloc.h>

#include <filesystem>

#include "check/link_check.h"
#include "content/meeting_file.h"
#include "content/site_loader.h"
#include "core/parallel.h"
#include "output/memory_output.h"
#include "output/staging_directory.h"
#include "render/change_log.h"
#include "render/open_data.h"
#include "render/page_plan.h"
#include "render/page_views.h"
#include "render/theme.h"
#include "search/index_files.h"
#include "search/search_entries.h"

namespace styrdok {

namespace {

// The output must never be (or contain) the source: swapping it in replaces
// the whole directory.
bool output_would_clobber_source(const std::string& source, const std::string& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const auto src = fs::weakly_canonical(fs::absolute(source), ec).string() + "/";
  const auto dst = fs::weakly_canonical(fs::absolute(out), ec).string() + "/";
  return src.rfind(dst, 0) == 0;
}

// Drops the HTML of the bodies this build holds alone; those it shares with
// a cache (serve) stay whole for the next build. parse_version() makes every
// body as a mutable object, which is what makes the cast below well defined.
void release_body_html(Site& site) {
  for (auto& doc : site.documents)
    for (auto& version : doc.versions)
      if (version.body.use_count() == 1) std::string().swap(std::const_pointer_cast<Body>(version.body)->html);
}

std::string output_directory(const BuildOptions& options) {
  return options.out.empty() ? join_path(options.source, "public") : options.out;
}

}  // namespace

BuildResult render_site(const BuildOptions& options, const FileSystem& files, OutputSink& sink,
                        const StageListener& on_stage) {
  BuildResult result;
  Diagnostics& diagnostics = result.diagnostics;
  auto stage = [&](const char* name, std::size_t items) {
    if (options.progress) options.progress->store(0, std::memory_order_relaxed);
    if (on_stage) on_stage(name, items);
  };
  auto advance = [&] {
    if (options.progress) options.progress->fetch_add(1, std::memory_order_relaxed);
  };
  result.out = output_directory(options);

  // 1. Load: the site file, the theme in the site's language, then all content.
  stage("loading", 0);
  auto config = load_site_config(files, options.base_url, diagnostics);
  if (!config) return result;
  auto theme = load_theme(files, config->language, diagnostics);
  if (!theme) return result;
  LoadOptions load;
  load.jobs = options.jobs;
  load.labels.block_link_label = theme->strings.get("block_link_label");
  load.labels.table_label = theme->strings.get("table_label");
  load.include_proposals = options.drafts || config->drafts || !options.write;
  load.cache = options.cache;

  // 2. Validate and 3. model: parsing checks each file, loading checks across files.
  auto loaded = load_site(files, std::move(*config), load, diagnostics);
  if (!loaded) return result;
  const auto site = std::make_shared<Site>(std::move(*loaded));
  result.site = site;
  site->meetings = load_meetings(files, *site, diagnostics);  // agendas refer to the documents
  if (diagnostics.has_errors()) return result;

  // 4. Plan every page and its address.
  stage("planning", 0);
  const auto pages = plan_pages(*site, diagnostics);
  if (diagnostics.has_errors()) return result;
  result.pages = pages.size();

  // 4b. Check links, anchors and images against the planned pages; check
  // (which does not write) also warns of documents due for revision.
  stage("checking links", 0);
  const Date day = options.as_of.value_or(today_utc());
  std::vector<std::string_view> published;
  published.reserve(pages.size() + theme->static_files.size());
  for (const auto& page : pages) published.push_back(page.output);
  for (const auto& file : theme->static_files) published.push_back(file.output);
  check_links(*site, pages, published, files, day, diagnostics);
  if (!options.write) check_revision_due(*site, day, diagnostics);
  if (diagnostics.has_errors()) return result;
  if (!options.write) return result;

  // 5. Render every page, in parallel, handing each to the sink as it is
  // done; then the files that are not pages, produced by their own stages.
  {
    // The comparisons are needed by the pages only: freed before the search
    // index is built (unless the caller keeps them), so that the two do not
    // add up in memory.
    stage("comparing versions", 0);
    auto changes = std::make_shared<const ChangeLog>(ChangeLog::compute(*site, options.jobs, options.earlier_changes));
    if (options.keep_changes) result.changes = changes;
    stage("rendering", pages.size());
    const RenderContext ctx{*site, theme->strings, day, changes.get()};
    auto render = [&](const Page& page) {
      if (page.kind == PageKind::data_file) return data_file(page, *site, day);  // CSV and JSON: no template
      return theme->page(template_for(page.kind)).render(page_view(page, ctx), &theme->globals);
    };
    parallel_for(pages.size(), options.jobs, [&](std::size_t i) {
      if (options.reuse && options.reuse(pages[i], *site)) {
        sink.keep(pages[i].output);
      } else {
        sink.put({pages[i].output, render(pages[i])});
      }
      advance();
    });
  }
  stage("static files", theme->static_files.size());
  for (const auto& file : theme->static_files) {
    auto bytes = files.read(file.source);
    if (bytes) {
      sink.put({file.output, std::move(*bytes)});
    } else {
      diagnostics.error({file.source, 0, 0}, "cannot read the file");
    }
    advance();
  }
  // Every page is rendered: the stages after this one read the model's
  // metadata and plain text, not the bodies' HTML, which goes now so that it
  // and the search index are never in memory together.
  if (!options.cache) {
    release_body_html(*site);
    ::malloc_trim(0);  // hand the freed pages back, so that the search index's peak starts lower
  }
  // The search index over every version's sections and every action.
  if (!options.defer_search_index) {
    stage("search index", 0);
    write_search_index(*site, day, options.jobs, [&](OutputFile&& file) { sink.put(std::move(file)); });
  }

  for (auto& error : sink.finish()) diagnostics.error({result.out, 0, 0}, std::move(error));
  return result;
}

BuildResult render_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage) {
  MemoryOutput memory;
  BuildResult result = render_site(options, files, memory, on_stage);
  result.files = std::move(memory.files());
  result.kept = std::move(memory.kept());
  return result;
}

namespace {

search::SearchIndex build_search_index(const Site& site, Date as_of, unsigned jobs) {
  return search::SearchIndex::build(search::site_entries(site, as_of, jobs),
                                    {.language = site.config.language, .jobs = jobs});
}

}  // namespace

void write_search_index(const Site& site, Date as_of, unsigned jobs, const std::function<void(OutputFile&&)>& put) {
  search::write_index_files(build_search_index(site, as_of, jobs), {.jobs = jobs}, put);
}

OutputFiles search_index_files(const Site& site, Date as_of, unsigned jobs) {
  return search::index_files(build_search_index(site, as_of, jobs), {.jobs = jobs});
}

BuildResult build_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage) {
  if (!options.write) return render_site(options, files, on_stage);

  // 6. Write into a staging directory as pages are rendered, and swap it in
  // when every file is there; on any error the previous output stays.
  BuildResult result;
  result.out = output_directory(options);
  if (output_would_clobber_source(options.source, result.out)) {
    result.diagnostics.error({result.out, 0, 0},
                             "the output directory would replace the site's own files; choose another --out");
    return result;
  }
  auto staging = StagingDirectory::create(result.out, result.diagnostics);
  if (!staging) return result;
  result = render_site(options, files, *staging, on_stage);
  if (!result.ok()) return result;
  if (on_stage) on_stage("swapping in", 0);
  staging->commit(result.diagnostics, options.jobs);
  return result;
}

}  // namespace styrdok
