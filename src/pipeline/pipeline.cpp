#include "pipeline/pipeline.h"

#include <malloc.h>

#include <algorithm>
#include <map>
#include <optional>

#include "check/link_check.h"
#include "content/branding.h"
#include "content/meeting_file.h"
#include "content/site_loader.h"
#include "core/layered_file_system.h"
#include "core/parallel.h"
#include "core/text.h"
#include "model/next_status_change.h"
#include "model/point_in_time.h"
#include "output/memory_output.h"
#include "output/output_target.h"
#include "output/staging_directory.h"
#include "print/shared_qr_codes.h"
#include "render/change_log.h"
#include "render/document_lists.h"
#include "render/due_list.h"
#include "render/open_data.h"
#include "render/page_plan.h"
#include "render/page_views.h"
#include "render/plan_cache.h"
#include "render/published_files.h"
#include "render/theme.h"
#include "search/index_files.h"
#include "search/search_entries.h"
#include "theme/builtin_theme.h"
#include "version.h"

namespace styrdok {

namespace {

// Calls fn(body) for each body, versions' and editions', that this build
// holds alone; those it shares with a cache (serve) stay whole for the next
// build.
template <class Fn>
void each_body_held_alone(Site& site, Fn fn) {
  auto visit = [&](std::shared_ptr<const Body>& body) {
    if (body.use_count() == 1) fn(body);
  };
  for (auto& doc : site.documents) {
    for (auto& version : doc.versions) {
      visit(version.body);
      for (auto& edition : version.editions) visit(edition.body);
    }
  }
}

// Drops the bodies' HTML once every page is rendered. parse_version() and
// parse_edition() make every body with HTML as a mutable object, which is
// what makes the cast well defined (the models' default bodies are const,
// and empty).
void release_body_html(Site& site) {
  each_body_held_alone(site, [](std::shared_ptr<const Body>& body) {
    if (!body->html.empty()) std::string().swap(std::const_pointer_cast<Body>(body)->html);
  });
}

// Drops the bodies once the search entries hold the text the index needs:
// their blocks' text is as large as the entries', and nothing after the
// search index reads it.
void release_bodies(Site& site) {
  const auto empty = std::make_shared<const Body>();
  each_body_held_alone(site, [&](std::shared_ptr<const Body>& body) { body = empty; });
}

// An adopted version decided after today is not published until then (see
// keep_what_existed_on); say so, since it is more likely a typing error or
// a proposal than a decision from the future.
void warn_of_future_decisions(const Site& site, Date today, Diagnostics& diagnostics) {
  for (const auto& doc : site.documents)
    for (const auto& v : doc.versions)
      if (v.status == VersionStatus::adopted && v.decision_date && *v.decision_date > today)
        diagnostics.warning({v.source_path, 0, 0}, "decision_date " + v.decision_date->iso() +
                                                       " is after today; the version is not published until then "
                                                       "(is it a proposal? then write 'status: proposal')");
}

std::string output_directory(const BuildOptions& options) {
  return options.out.empty() ? join_path(options.source, "public") : options.out;
}

// The files the file system would not read (links out of the site, named
// pipes) fail the build. Each says why it was not read; what the stages said
// of such a file as a whole ("cannot read the file", "no site file here")
// only repeats that less exactly, and goes.
void report_refusals(const FileSystem& files, Diagnostics& diagnostics) {
  const auto refused = files.refusals();
  if (refused.empty()) return;
  Diagnostics kept;
  for (const auto& d : diagnostics.items()) {
    const bool repeats = d.where.line == 0 && std::any_of(refused.begin(), refused.end(),
                                                          [&](const Refusal& r) { return r.path == d.where.path; });
    if (!repeats) kept.add(d);
  }
  for (const auto& r : refused) kept.error({r.path, 0, 0}, r.why);
  diagnostics = std::move(kept);
}

// The theme a build renders with: the one kept from the last build (serve's
// ThemeCache) while it holds the strings of the site's edition languages,
// else `loaded` (or one loaded now) with the site's branding files and the
// editions' strings, kept for the next build. `found` is what loading
// `loaded` reported. Null on an error.
struct BuildTheme {
  std::shared_ptr<const Theme> theme;
  bool kept = false;  // the one kept from the last build
};
BuildTheme complete_theme(const FileSystem& files, const Site& site, std::shared_ptr<const Theme> kept,
                          std::optional<Theme> loaded, Diagnostics found, ThemeCache* cache, Diagnostics& diagnostics) {
  auto languages = edition_languages_of(site);
  if (kept && cache->made_for(languages)) {
    diagnostics.merge(cache->diagnostics());
    return {std::move(kept), true};
  }
  if (!loaded) {
    loaded = load_theme(files, site.config.language, found);
    diagnostics.merge(found);
    if (!loaded) return {};
  }
  const Branding& branding = site.config.branding;
  for (const auto& [source, output] :
       {std::pair{branding.logo, branding.logo_output()}, std::pair{branding.favicon, branding.favicon_output()}})
    if (!source.empty()) loaded->static_files.push_back({source, output});
  Diagnostics edition_found;
  add_edition_strings(files, languages, site.config.language, *loaded, edition_found);
  diagnostics.merge(edition_found);
  found.merge(edition_found);
  auto theme = std::make_shared<const Theme>(std::move(*loaded));
  if (cache && !found.has_errors())
    cache->store(theme, site.config.language, branding, std::move(languages), std::move(found));
  return {std::move(theme), false};
}

// The stages of render_site; `result.diagnostics` collects their errors.
// `pages` is left holding the plan, for options.plans, and `model` the site, for options.models.
void render_stages(const BuildOptions& options, const FileSystem& files, OutputSink& sink,
                   const StageListener& on_stage, BuildResult& result, std::vector<Page>& pages,
                   std::shared_ptr<Site>& model) {
  Diagnostics& diagnostics = result.diagnostics;
  auto stage = [&](const char* name, std::size_t items) {
    if (options.progress) options.progress->store(0, std::memory_order_relaxed);
    if (on_stage) on_stage(name, items);
  };
  auto advance = [&] {
    if (options.progress) options.progress->fetch_add(1, std::memory_order_relaxed);
  };

  // 1. Load: the site file, the theme in the site's language, then all content.
  stage("loading", 0);
  auto config = load_site_config(files, options.base_url, diagnostics);
  if (!config) return;
  // The theme kept from the last build (serve), or loaded now; what loading
  // it reports is kept with it.
  std::shared_ptr<const Theme> kept_theme =
      options.themes ? options.themes->find(config->language, config->branding) : nullptr;
  std::optional<Theme> loaded_theme;
  Diagnostics theme_found;
  if (!kept_theme) {
    loaded_theme = load_theme(files, config->language, theme_found);
    diagnostics.merge(theme_found);
    if (!loaded_theme) return;
  }
  // The site's own logo and favicon are published with the theme's files.
  check_branding_files(config->branding, files, diagnostics);
  if (diagnostics.has_errors()) return;
  LoadOptions load;
  load.jobs = options.jobs;
  {
    const Strings& strings = kept_theme ? kept_theme->strings : loaded_theme->strings;
    load.labels.block_link_label = strings.get("block_link_label");
    load.labels.table_label = strings.get("table_label");
    load.labels.footnotes_label = strings.get("footnotes_label");
    load.labels.footnote_back_label = strings.get("footnote_back_label");
  }
  load.labels.limits = options.limits;
  load.include_proposals = options.drafts || config->drafts || !options.write;
  load.cache = options.cache;
  load.models = options.models;

  // 2. Validate and 3. model: parsing checks each file, loading checks across files.
  auto loaded = load_site(files, std::move(*config), load, diagnostics);
  if (!loaded) return;
  model = std::make_shared<Site>(std::move(*loaded));
  Site* const site = model.get();
  result.site = model;
  site->meetings = load_meetings(files, *site, diagnostics, options.limits);  // agendas refer to the documents
  // The theme with the strings of the editions' languages.
  const BuildTheme built_theme = complete_theme(files, *site, std::move(kept_theme), std::move(loaded_theme),
                                                std::move(theme_found), options.themes, diagnostics);
  const std::shared_ptr<const Theme>& theme = built_theme.theme;
  if (!theme || diagnostics.has_errors()) return;

  // 3b. Point in time: the site as it was published on the day, without
  // anything dated after it (everything was validated above).
  const Date day = options.as_of.value_or(today_local());
  if (!options.as_of || options.as_of_is_today) warn_of_future_decisions(*site, day, diagnostics);
  keep_what_existed_on(*site, day);
  // When what the pages state stops holding: each page carries the day.
  const StatusChanges status_changes = next_status_changes(*site, day);
  result.status_changes = status_changes.first;

  // 4. Plan every page and its address.
  stage("planning", 0);
  pages = plan_pages(*site, day, diagnostics, options.plans);
  if (diagnostics.has_errors()) return;
  result.pages = pages.size();

  // 4b. Check links, anchors and images against the planned pages; check
  // (which does not write) also warns of documents due for revision.
  stage("checking links", 0);
  {
    std::vector<std::string_view> published;
    published.reserve(pages.size() + theme->static_files.size());
    for (const auto& page : pages) published.push_back(page.output);
    for (const auto& file : theme->static_files) published.push_back(file.output);
    check_links(*site, pages, published, files, day, diagnostics);
  }
  if (!options.write) {
    check_revision_due(*site, day, diagnostics);
    check_stale_editions(*site, day, diagnostics);
    check_empty_versions(*site, diagnostics);
  }
  // Everything the pages are made from has been read by now.
  if (diagnostics.has_errors() || !files.refusals().empty() || !options.write) return;

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
    // Which pages to render: in serve nearly all are kept from the last build
    // (their document did not change, or options.reuse says the page would be
    // the same). Deciding that here, on one thread, leaves the render threads
    // the few that changed; deciding it on them, each handing the sink its
    // kept pages under the sink's lock, took longer than rendering a save's
    // pages.
    std::vector<std::size_t> changed;
    changed.reserve(options.plans || options.reuse ? 0 : pages.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
      const bool carried = options.plans && options.plans->carried(i);  // its document has not changed
      if (carried || (options.reuse && options.reuse(pages[i], *site))) {
        sink.keep(pages[i].output);
        advance();
      } else {
        changed.push_back(i);
      }
    }
    // The lists that several pages show, made once for all of them when such
    // a page is to be rendered (a save in serve seldom renders one). Without
    // them a page makes the one it shows.
    auto renders = [&](std::initializer_list<PageKind> kinds) {
      return std::any_of(changed.begin(), changed.end(), [&](std::size_t i) {
        return std::find(kinds.begin(), kinds.end(), pages[i].kind) != kinds.end();
      });
    };
    std::optional<std::vector<DueList>> due;  // every organisation's due-for-revision list
    if (renders({PageKind::due_for_revision, PageKind::organisation_due_for_revision})) due = due_lists(*site, day);
    std::optional<std::vector<DocumentList>> listed;  // every organisation's list of documents
    if (renders({PageKind::home, PageKind::organisation})) listed = document_lists(*site, day);
    std::optional<std::map<std::string, std::vector<BodyAction>>> body_actions;  // every responsible body's actions
    if (renders({PageKind::responsible})) body_actions = actions_by_body(*site);
    std::optional<std::vector<std::vector<ActionRef>>> plan_actions;  // every plan's actions in order
    if (renders({PageKind::action})) {
      plan_actions.emplace();
      for (const auto& plan : site->plans) plan_actions->push_back(flatten(plan));
    }
    SharedQrCodes qr_codes;  // a document's page and its shown version's page print one code
    const RenderContext ctx{.site = *site,
                            .strings = theme->strings,
                            .as_of = day,
                            .changes = changes.get(),
                            .edition_strings = &theme->edition_strings,
                            .due = due ? &*due : nullptr,
                            .documents = listed ? &*listed : nullptr,
                            .body_actions = body_actions ? &*body_actions : nullptr,
                            .plan_actions = plan_actions ? &*plan_actions : nullptr,
                            .qr_codes = &qr_codes,
                            .status_changes = &status_changes};
    auto render = [&](const Page& page) {
      if (template_for(page.kind).empty()) return generated_file(page, *site, day);  // CSV, JSON, CSS
      std::string text = theme->page(template_for(page.kind))
                             .render(page_view(page, ctx), &theme->globals_for(edition_language(page, *site)));
      // XML 1.0 cannot hold a form feed or vertical tab even escaped (core/text.h).
      if (page.kind == PageKind::feed || page.kind == PageKind::sitemap || page.kind == PageKind::sitemap_index)
        return xml_text(text);
      return text;
    };
    parallel_for(changed.size(), options.jobs, [&](std::size_t k) {
      const Page& page = pages[changed[k]];
      sink.put({page.output, render(page)});
      advance();
    });
  }
  stage("static files", theme->static_files.size());
  // A kept theme's files are as the last build read them, when the caller
  // keeps pages too (serve keeps the theme while no file outside content/
  // changes): kept, not read and handed over again (a logo in content/
  // excepted).
  const bool same_static_files = built_theme.kept && options.reuse;
  const std::string content_prefix = std::string(kContentDir) + "/";
  for (const auto& file : theme->static_files) {
    if (same_static_files && !file.source.starts_with(content_prefix)) {
      sink.keep(file.output);
      advance();
      continue;
    }
    auto bytes = files.read(file.source);
    if (bytes) {
      sink.put({file.output, std::move(*bytes)});
    } else {
      diagnostics.error({file.source, 0, 0}, "cannot read the file");
    }
    advance();
  }
  // The pictures and attachments beside the texts, copied from content/
  // (read again on every build, as a logo in content/ is: a save may have
  // changed one).
  const auto beside = published_files(*site);
  stage("pictures and attachments", beside.size());
  for (const auto& file : beside) {
    if (auto bytes = files.read(file.file)) {
      sink.put({file.output, std::move(*bytes)});
    } else {
      diagnostics.error({file.file, 0, 0}, "cannot read the file");
    }
    advance();
  }
  // Every page is rendered: the stages after this one read the model's
  // metadata and plain text, not the bodies' HTML, which goes now so that it
  // and the search index are never in memory together.
  if (!options.cache) {
    release_body_html(*site);
    if (!options.plans) std::vector<Page>().swap(pages);  // nor the plan, which no later build takes
    // Hand the freed pages back, so that the search index's peak starts
    // lower: glibc's allocator (the tests, and -DSTYRDOK_JEMALLOC=OFF).
    // jemalloc, the program's own, passes over this and does it by itself.
    ::malloc_trim(0);
  }
  // The search index over every version's sections and every action.
  if (!options.defer_search_index) {
    stage("search index", 0);
    auto entries = search::site_entries(*site, day, options.jobs);
    if (!options.cache) {
      release_bodies(*site);
      ::malloc_trim(0);  // the index is built on other threads, whose glibc arenas would not reuse these pages
    }
    search::write_index_files(std::move(entries), {.language = site->config.language, .jobs = options.jobs},
                              {.jobs = options.jobs}, [&](OutputFile&& file) { sink.put(std::move(file)); });
  }

  for (auto& error : sink.finish()) diagnostics.error({result.out, 0, 0}, std::move(error));
}

}  // namespace

BuildResult render_site(const BuildOptions& options, const FileSystem& site_files, OutputSink& sink,
                        const StageListener& on_stage) {
  // The site's files over the theme built into the program: a site needs no
  // copy of the theme, and any file it has replaces the built-in one.
  const LayeredFileSystem files(site_files, builtin_theme_files());
  BuildResult result;
  result.out = output_directory(options);
  std::string current = "loading";
  std::vector<Page> pages;
  std::shared_ptr<Site> model;
  try {
    render_stages(
        options, files, sink,
        [&](const std::string& stage, std::size_t items) {
          current = stage;
          if (on_stage) on_stage(stage, items);
        },
        result, pages, model);
  } catch (const std::bad_alloc&) {
    result.diagnostics.error({options.source, 0, 0}, "out of memory in the stage '" + current + "'");
  } catch (const std::exception& e) {
    // A library's exception (yaml-cpp, std::filesystem) that its stage did
    // not turn into a diagnostic: a bug, reported rather than a crash.
    result.diagnostics.error({options.source, 0, 0}, "unexpected error in the stage '" + current + "': " + e.what() +
                                                         " (a bug in styrdok: please report it)");
  }
  report_refusals(files, result.diagnostics);
  // The plan and the model of a build that succeeded, every page of it handed over, for the next.
  const bool served = result.ok() && options.write;
  if (options.plans) options.plans->store(served ? std::move(pages) : std::vector<Page>{});
  if (options.models) options.models->store(served ? std::move(model) : nullptr, result.diagnostics);
  return result;
}

BuildResult render_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage) {
  MemoryOutput memory;
  BuildResult result = render_site(options, files, memory, on_stage);
  result.files = std::move(memory.files());
  result.kept = std::move(memory.kept());
  return result;
}

OutputFiles search_index_files(std::shared_ptr<const Site> site, Date as_of, unsigned jobs) {
  // The entries are copies of what the index needs: the site is not read after them.
  auto entries = search::site_entries(*site, as_of, jobs);
  const auto language = site->config.language;
  site.reset();
  return search::index_files(std::move(entries), {.language = language, .jobs = jobs}, {.jobs = jobs});
}

std::string output_folder_problem(const std::string& source, const std::string& out, bool force) {
  OutputTargetRules rules;
  rules.source = source;
  // What a site's top level holds that styrdok reads (render/theme.cpp and
  // scaffold read the last five): never an output.
  rules.site_entries = {kSiteFile, kContentDir, kMeetingsDir, "themes", "templates", "static", "i18n", "scaffolds"};
  rules.force = force;
  return output_target_problem(out, rules);
}

BuildResult build_site(const BuildOptions& options, const FileSystem& files, const StageListener& on_stage) {
  if (!options.write) return render_site(options, files, on_stage);

  // 6. Write into a staging directory as pages are rendered, and swap it in
  // when every file is there; on any error the previous output stays.
  BuildResult result;
  result.out = output_directory(options);
  if (auto problem = output_folder_problem(options.source, result.out, options.force); !problem.empty()) {
    result.diagnostics.error({result.out, 0, 0}, std::move(problem));
    return result;
  }
  auto staging = StagingDirectory::create(result.out, result.diagnostics);
  if (!staging) return result;
  const Diagnostics cleanup = std::move(result.diagnostics);  // what was found beside the output, and cleaned
  staging->put({std::string(kOutputMarker), output_marker_text(STYRDOK_VERSION)});
  result = render_site(options, files, *staging, on_stage);
  result.diagnostics.merge(cleanup);
  if (!result.ok()) return result;
  if (on_stage) on_stage("swapping in", 0);
  staging->commit(result.diagnostics, options.jobs);
  return result;
}

}  // namespace styrdok
