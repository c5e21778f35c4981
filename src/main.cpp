// styrdok's command line: parses arguments, runs the pipeline, prints
// diagnostics. The only place that prints or exits.
#include <fmt/format.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <atomic>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <string_view>
#include <thread>

#include "check/check_report.h"
#include "content/site_file.h"
#include "core/confined_file_system.h"
#include "core/edit_distance.h"
#include "core/parallel.h"
#include "core/slug.h"
#include "core/text.h"
#include "import/files_to_import.h"
#include "import/importer.h"
#include "messages/message_catalogue.h"
#include "messages/translated_help.h"
#include "output/output_target.h"
#include "pipeline/pipeline.h"
#include "pipeline/stage_times.h"
#include "print/pdf_export.h"
#include "scaffold/new_site.h"
#include "scaffold/scaffold.h"
#include "serve/preview_server.h"
#include "version.h"

namespace {

using namespace styrdok;

constexpr int kExitOk = 0;
constexpr int kExitContentErrors = 1;
constexpr int kExitUsage = 2;

struct CommonFlags {
  std::string source = ".";
  std::string as_of;
  std::string base_url;
  unsigned jobs = default_jobs();
  bool quiet = false;
  bool drafts = false;
  bool timings = false;
  std::string lang;  // of the messages; empty: the site's language
};

// `--lang`: the language of a command's messages (messages/message_catalogue.h).
void add_lang(CLI::App* cmd, std::string& lang) {
  cmd->add_option("--lang", lang, "Language of the messages: sv or en (default: the site's language)")
      ->check(CLI::IsMember({"sv", "en"}).description(""));
}

// -j: a whole number of threads. CLI11's range check alone says of a word
// that is no number ("-j x") that it is not in the range.
CLI::Validator thread_count() {
  return CLI::Validator(
      [](std::string& input) -> std::string {
        unsigned value = 0;
        const char* end = input.data() + input.size();
        const auto [at, error] = std::from_chars(input.data(), end, value);
        if (error == std::errc() && at == end) return "";
        return "'" + input + "' is not a number; give how many threads to use, from 1 to 256";
      },
      "");
}

void add_common(CLI::App* cmd, CommonFlags& flags) {
  cmd->add_option("-s,--source", flags.source, "The site's folder (holding site.yaml)")->default_str(".");
  cmd->add_option("--as-of", flags.as_of, "Compute every status as of this day, YYYY-MM-DD (default: today)");
  cmd->add_option("--base-url", flags.base_url, "Publish under this address instead of site.yaml's base_url");
  cmd->add_option("-j,--jobs", flags.jobs, "Threads to use (default: all cores)")
      ->check(thread_count())
      ->check(CLI::Range(1u, 256u).description(""));
  cmd->add_flag("-q,--quiet", flags.quiet, "Print only errors");
  cmd->add_flag("-D,--drafts", flags.drafts, "Publish proposals (versions with status: proposal)");
  add_lang(cmd, flags.lang);
}

// What --help shows for each option's value, by the option's name, in words
// the catalogue translates (CLI11's own are C++'s: TEXT, UINT); a
// positional shows its name alone.
void name_values(CLI::App& app) {
  static const std::map<std::string, std::string> kValues = {
      {"--source", "DIR"},   {"--out", "DIR"},      {"--from", "DIR"},          {"--as-of", "DATE"},
      {"--date", "DATE"},    {"--base-url", "URL"}, {"--jobs", "NUMBER"},       {"--port", "PORT"},
      {"--bind", "ADDRESS"}, {"--lang", "sv|en"},   {"--format", "text|json"},  {"--engine", "chromium|weasyprint"},
      {"--title", "TEXT"},   {"--type", "TYPE"},    {"--organisation", "NAME"}, {"--name", "NAME"},
      {"--id", "ID"},        {"--org", "ID"},       {"--goal", "ANCHOR"},       {"--into", "ORGANISATION/DOCUMENT"}};
  for (CLI::Option* option : app.get_options()) {
    if (!option->nonpositional()) {
      option->type_name("");
    } else if (const auto it = kValues.find(option->get_name()); it != kValues.end()) {
      option->type_name(it->second);
    }
  }
  for (CLI::App* sub : app.get_subcommands({})) name_values(*sub);
}

// On a terminal, a line showing the stage and, while rendering (pages are
// written as they are rendered), the count of items done (read from the pipeline's counter by a
// thread of its own, so the build itself only increments an atomic); in
// the language of `messages`.
class ProgressLine {
 public:
  ProgressLine(bool enabled, const MessageCatalogue& messages) : enabled_(enabled), messages_(messages) {
    if (enabled_) ticker_ = std::thread([this] { tick(); });
  }
  ~ProgressLine() { finish(); }

  std::atomic<std::size_t>* counter() { return enabled_ ? &done_ : nullptr; }

  void stage(const std::string& name, std::size_t items) {
    if (!enabled_) return;
    std::lock_guard lock(mutex_);
    stage_ = name;
    items_ = items;
    print();
  }

  void finish() {
    if (!enabled_) return;
    {
      std::lock_guard lock(mutex_);
      if (stopped_) return;
      stopped_ = true;
    }
    wake_.notify_all();
    ticker_.join();
    std::fprintf(stderr, "\r\033[K");
  }

 private:
  void print() {
    const std::string line = items_ == 0
                                 ? messages_.translate(stage_) + "…"
                                 : messages_.translate(fmt::format("{}: {}/{} files…", stage_,
                                                                   done_.load(std::memory_order_relaxed), items_));
    std::fprintf(stderr, "\r\033[K%s", line.c_str());
  }
  void tick() {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::milliseconds(100), [this] { return stopped_; })) {
      if (!stage_.empty()) print();
    }
  }

  bool enabled_;
  const MessageCatalogue& messages_;
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string stage_;
  std::size_t items_ = 0;
  bool stopped_ = false;
  std::thread ticker_;
};

// `--lang`, or else the environment's STYRDOK_LANG (for a clerk who wants
// every command's messages in one language, and for the tests), or "".
std::string requested_lang(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("STYRDOK_LANG");
  return env && (std::string_view(env) == "sv" || std::string_view(env) == "en") ? env : "";
}

// The messages of a command on the site in `source`, in `lang` or the site's language.
MessageCatalogue messages_for(const std::string& lang, const FileSystem& source) {
  return MessageCatalogue::for_language(message_language(requested_lang(lang), &source), &source);
}

int run(BuildOptions options, bool quiet, const char* verb, const std::string& lang, bool json = false,
        bool timings = false) {
  const auto start = std::chrono::steady_clock::now();
  const ConfinedFileSystem files(options.source);  // nothing from outside the site
  const MessageCatalogue messages = messages_for(lang, files);
  BuildResult result;
  StageTimes times;
  {
    ProgressLine progress(!quiet && !json && ::isatty(STDERR_FILENO), messages);
    options.progress = progress.counter();
    result = build_site(options, files, [&](const std::string& stage, std::size_t items) {
      times.start(stage);
      progress.stage(stage, items);
    });
    times.stop();
  }
  if (timings) {
    print_stage_times(stderr, times.times());
  }
  result.diagnostics.sort();
  const auto errors = result.diagnostics.error_count();
  const auto warnings = result.diagnostics.items().size() - errors;
  if (json) {
    std::cout << check_report_json(result.diagnostics, result.pages);
    return result.ok() ? kExitOk : kExitContentErrors;
  }
  std::vector<Diagnostic> listed;
  for (const auto& d : result.diagnostics.items()) {
    if (!quiet || d.severity == Severity::error) listed.push_back(d);
  }
  for (const auto& d : listed_per_file(std::move(listed))) std::cerr << messages.to_string(d) << '\n';
  if (!result.ok()) {
    std::cerr << "styrdok: "
              << messages.translate(counted(errors, "error", "errors") + "; nothing was written" +
                                    (options.write ? ", the previous output is unchanged" : "") + ".")
              << "\n";
    return kExitContentErrors;
  }
  if (!quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string warned = warnings > 0 ? ", " + counted(warnings, "warning", "warnings") : "";
    if (options.write) {
      std::cout << messages.translate(fmt::format("{} {} pages into {} in {:.2f} s{}. Open {}/index.html", verb,
                                                  result.pages, result.out, seconds, warned, result.out))
                << '\n';
      if (result.status_changes) {
        std::cout << messages.translate(fmt::format(
                         "A status on the site changes by the calendar on {}: build the site again that day (or "
                         "every night) to keep every status true.",
                         result.status_changes->iso()))
                  << '\n';
      }
    } else {
      std::cout << messages.translate(
                       fmt::format("{}: no errors{} ({} pages would be built).", verb, warned, result.pages))
                << '\n';
    }
  }
  return kExitOk;
}

std::optional<BuildOptions> to_options(const CommonFlags& flags) {
  if (std::error_code ec; !std::filesystem::is_directory(flags.source, ec)) {
    // Not "no site file here", which sends the clerk looking in the folder.
    const MessageCatalogue messages = messages_for(flags.lang, ConfinedFileSystem("."));
    std::cerr << "styrdok: "
              << messages.translate("--source '" + flags.source +
                                    "' is no folder; give the site's folder, the one holding site.yaml")
              << '\n';
    return std::nullopt;
  }
  if (std::string why; !flags.base_url.empty() && normalize_base_url(flags.base_url, &why).empty()) {
    const MessageCatalogue messages = messages_for(flags.lang, ConfinedFileSystem(flags.source));
    std::cerr << "styrdok: " << messages.translate("--base-url: " + why) << '\n';
    return std::nullopt;
  }
  BuildOptions o;
  o.source = flags.source;
  o.base_url = flags.base_url;
  o.jobs = flags.jobs;
  o.drafts = flags.drafts;
  if (!flags.as_of.empty()) {
    std::string why;
    o.as_of = parse_date(flags.as_of, &why);
    if (!o.as_of) {
      const MessageCatalogue messages = messages_for(flags.lang, ConfinedFileSystem(flags.source));
      std::cerr << "styrdok: " << messages.translate("--as-of '" + flags.as_of + "' is not a date (" + why + ")")
                << '\n';
      return std::nullopt;
    }
  }
  return o;
}

// Ctrl-C and SIGTERM arrive on a descriptor the watcher polls, so that the
// server stops between requests and builds rather than in the middle of one.
int serve(const BuildOptions& build, const std::string& address, int port, bool timings, const std::string& lang) {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);  // before any thread starts, so all inherit it
  const int stop_fd = signalfd(-1, &stop_signals, SFD_CLOEXEC);

  ServeOptions options;
  options.build = build;
  options.address = address;
  options.port = port;
  {
    const ConfinedFileSystem files(build.source);
    options.language = message_language(requested_lang(lang), &files);
    options.messages = MessageCatalogue::for_language(options.language, &files);
  }
  const MessageCatalogue& messages = options.messages;
  PreviewServer server(options);
  std::string error;
  const std::string url = server.bind(error);
  if (url.empty() || stop_fd < 0) {
    std::cerr << "styrdok: " << messages.translate(url.empty() ? error : "cannot watch for Ctrl-C") << '\n';
    return kExitUsage;
  }
  if (port != 0 && url.find(":" + std::to_string(port) + "/") == std::string::npos) {
    std::cerr << "styrdok: " << messages.translate(fmt::format("port {} is in use; using another.", port)) << '\n';
  }
  bool first = true;
  const bool ok = server.run(stop_fd, [&](const RebuildReport& r) {
    for (const auto& d : r.diagnostics.items()) std::cerr << messages.to_string(d) << '\n';
    if (!r.ok()) {
      std::cerr << "styrdok: "
                << messages.translate(
                       counted(r.diagnostics.error_count(), "error", "errors") + "; " +
                       (first ? "fix it and save" : "the browser shows the last good site with the errors") + ".")
                << '\n';
    } else if (first) {
      std::cout << messages.translate(fmt::format("Built {} pages in {} ms.", r.pages, r.took.count())) << '\n';
    } else {
      const std::string what = r.changed.empty() ? messages.translate("changes")
                               : r.changed.back().empty()
                                   ? messages.translate("too many changes at once to tell which files")
                                   : r.changed.back();
      std::cout << messages.translate(fmt::format("Rebuilt {} pages in {} ms, {} ms CPU ({}).", r.pages, r.took.count(),
                                                  r.cpu.count(), what))
                << '\n';
    }
    if (timings) print_stage_times(stderr, r.stages);
    if (first) std::cout << messages.translate(fmt::format("Serving the site at {} (Ctrl-C to stop)", url)) << '\n';
    std::cout.flush();
    first = false;
  });
  ::close(stop_fd);
  if (!ok) {
    std::cerr << "styrdok: " << messages.translate("cannot watch the site's files for changes (inotify)") << '\n';
    return kExitUsage;
  }
  std::cout << messages.translate("Stopped.") << '\n';
  return kExitOk;
}

int create(const std::string& source, const std::optional<NewFile>& file, const Diagnostics& diagnostics,
           const MessageCatalogue& messages) {
  for (const auto& d : diagnostics.items()) std::cerr << messages.to_string(d) << '\n';
  if (!file) return kExitContentErrors;
  if (const auto error = write_new_file(source, *file); !error.empty()) {
    std::cerr << "styrdok: " << messages.translate(error) << '\n';
    return kExitContentErrors;
  }
  std::cout << messages.translate("Created " + join_path(source, file->path)) << "\n"
            << messages.translate(file->next_step) << '\n';
  return kExitOk;
}

// `styrdok init`: a new site in `folder`, which must be new or empty.
int init_site(const std::string& folder, NewSiteRequest request) {
  request.today = today_local();
  const auto messages = MessageCatalogue::for_language(
      requested_lang("").empty() ? (request.language.empty() ? "sv" : request.language) : requested_lang(""));
  if (const auto problems = new_site_flag_problems(request); !problems.empty()) {
    for (const auto& problem : problems) std::cerr << "styrdok: " << messages.translate(problem) << '\n';
    return kExitUsage;
  }
  const DiskFileSystem target(folder);
  Diagnostics diagnostics;
  const auto site = new_site(request, target, folder, diagnostics);
  for (const auto& d : diagnostics.items()) std::cerr << messages.to_string(d) << '\n';
  if (!site) return kExitContentErrors;
  if (const auto error = write_new_files(folder, site->files); !error.empty()) {
    std::cerr << "styrdok: " << messages.translate(error) << '\n';
    return kExitContentErrors;
  }
  std::cout << messages.translate("Created a new site in " + folder + ":") << '\n';
  for (const auto& file : site->files) std::cout << "  " << file.path << '\n';
  std::cout << messages.translate(site->next_step) << '\n';
  return kExitOk;
}

// `styrdok theme export`: the built-in theme's files, into `folder`.
int export_builtin_theme(const std::string& folder) {
  const DiskFileSystem target(folder);
  const MessageCatalogue messages = messages_for("", target);  // the site's language, when the folder is a site's
  Diagnostics diagnostics;
  const auto files = export_theme(target, folder, diagnostics);
  for (const auto& d : diagnostics.items()) std::cerr << messages.to_string(d) << '\n';
  if (!files) return kExitContentErrors;
  if (const auto error = write_new_files(folder, *files); !error.empty()) {
    std::cerr << "styrdok: " << messages.translate(error) << '\n';
    return kExitContentErrors;
  }
  std::cout << messages.translate(fmt::format(
                   "Wrote the built-in theme's {} files into {} (templates/, static/, i18n/, scaffolds/ and "
                   "theme-export.txt).\nChange the ones you want to and delete the others: a file you keep replaces "
                   "the built-in one,\nso it no longer follows improvements of the theme in new versions of styrdok. "
                   "theme-export.txt\nrecords what was copied: check and build warn when a built-in file you "
                   "replaced has changed.",
                   files->size(), folder))
            << '\n';
  return kExitOk;
}

struct ImportFlags {
  std::vector<std::string> files;
  std::string into;
  std::string organisation;
  std::string source = ".";
  std::string lang;
};

// `styrdok import`: each file into a version file, the files of each folder
// named too; a file that cannot be read is reported and nothing is written
// for it.
int import_files(const ImportFlags& flags) {
  const ConfinedFileSystem site(flags.source);  // the site, read as every command reads it
  const MessageCatalogue messages = messages_for(flags.lang, site);
  const FilesToImport listed = files_to_import(flags.files, flags.source);
  if (!flags.into.empty() && listed.files.size() > 1) {
    std::cerr << "styrdok: " << messages.translate("--into names one document; give one file with it, or leave it out")
              << '\n';
    return kExitUsage;
  }
  int code = kExitOk;
  bool wrote = false;
  for (const auto& folder : listed.site_folders) {
    std::cerr << folder << ": "
              << messages.translate(
                     "the site itself, a folder holding it, or its content or output; give the "
                     "folder the documents came in, e.g. an inkorg/ folder beside content/")
              << '\n';
    code = kExitContentErrors;
  }
  for (const auto& folder : listed.empty_folders) {
    std::cerr << folder << ": " << messages.translate("no PDF, Word or text file in this folder or its subfolders")
              << '\n';
    code = kExitContentErrors;
  }
  // The files a Word document took in as its attachments (by their resolved
  // path), with that document: found in a folder too, they are not
  // documents of their own.
  std::map<std::string, std::string> attached;
  for (const auto& [path, named, linked_from] : listed.files) {
    if (const auto by = attached.find(resolved_path(path)); !named && by != attached.end()) {
      std::cout << path << ": " << messages.translate("taken in as an attachment of '" + by->second + "'") << '\n';
      continue;
    }
    if (!linked_from.empty()) {
      std::cout << path << ": "
                << messages.translate("not imported: '" + linked_from +
                                      "' links to it as an attachment but did not take it in (see above); to import "
                                      "it as a document of its own, give it alone")
                << '\n';
      continue;
    }
    std::string error;
    const auto bytes = read_file_to_import(path, error);
    Diagnostics diagnostics;
    std::optional<ImportResult> result;
    // The files it links to are read from its own folder, and from nowhere else.
    const std::string folder = std::filesystem::path(path).parent_path().string();
    const ConfinedFileSystem beside(folder.empty() ? "." : folder);
    if (bytes) result = import_document({path, flags.into, flags.organisation, &beside}, *bytes, site, diagnostics);
    if (!bytes) diagnostics.error({path, 0, 0}, error);
    if (result && !result->unchanged) {
      // The pictures and attachments first: a version file is never left
      // showing or linking to one that is not there.
      std::vector<NewFile> files = std::move(result->pictures);
      for (auto& a : result->attachments) files.push_back(std::move(a));
      files.push_back(result->file);
      if (auto e = write_new_files(flags.source, files); !e.empty()) diagnostics.error({path, 0, 0}, e);
    }
    if (!result || diagnostics.has_errors()) {
      for (const auto& d : diagnostics.items()) std::cerr << messages.to_string(d) << '\n';
      code = kExitContentErrors;
      continue;
    }
    for (const auto& file : result->attached) attached.emplace(resolved_path(join_path(folder, file)), path);
    if (result->unchanged) {
      std::cout << path << ": "
                << messages.translate("already imported as '" + join_path(flags.source, result->file.path) +
                                      "', unchanged since; nothing was written")
                << '\n';
      continue;
    }
    wrote = true;
    std::cout << path << " -> " << join_path(flags.source, result->file.path) << '\n';
    for (const auto& line : result->report) std::cout << "  " << messages.translate(line) << '\n';
  }
  // What a folder held that import does not read, unless a Word document took it in.
  bool heading = false;
  for (const auto& path : listed.left_out) {
    if (attached.contains(resolved_path(path))) continue;
    if (!heading) std::cout << messages.translate("Left out, not a PDF, Word or text file:") << '\n';
    heading = true;
    // A word processor's other formats can be saved as one import reads.
    const std::string kind = fold_diacritics(std::filesystem::path(path).extension().string());
    const bool document = kind == ".odt" || kind == ".rtf" || kind == ".pages";
    std::cout << "  " << path
              << (document ? " (" +
                                 messages.translate("save it as .docx (Word: Save as; LibreOffice: Save as, Word "
                                                    "2007-365) and import that") +
                                 ")"
                           : "")
              << '\n';
  }
  if (code == kExitOk && wrote) {
    std::cout << messages.translate("Check the imported files against their sources, then run 'styrdok check'.")
              << '\n';
  }
  return code;
}

struct PdfFlags {
  std::string engine;
  std::string out;
  bool force = false;
  std::string from;  // an already built site; empty: build one
  std::vector<std::string> what;
};

// `styrdok pdf`: build (or take) the site, then print its print pages to PDF.
int run_pdf(const CommonFlags& common, const PdfFlags& flags) {
  const MessageCatalogue messages = messages_for(common.lang, ConfinedFileSystem(common.source));
  std::optional<PdfEngine> wanted;
  if (flags.engine == "chromium") wanted = PdfEngine::chromium;
  if (flags.engine == "weasyprint") wanted = PdfEngine::weasyprint;
  std::string why;
  const auto engine = find_pdf_engine(wanted, why);
  if (!engine) {
    std::cerr << "styrdok: " << messages.translate(why) << "\n";
    return kExitContentErrors;
  }
  const std::string out = flags.out.empty() ? join_path(common.source, "pdf") : flags.out;
  if (const auto problem = output_folder_problem(common.source, out, flags.force); !problem.empty()) {
    std::cerr << out << ": " << messages.translate(problem) << "\n";
    return kExitContentErrors;
  }
  std::string site = flags.from;
  if (!site.empty() && !std::filesystem::is_regular_file(std::filesystem::path(site) / "index.html")) {
    std::cerr << "styrdok: "
              << messages.translate("'" + site +
                                    "' holds no built site (no index.html); build one with 'styrdok build', or leave "
                                    "out --from")
              << '\n';
    return kExitContentErrors;
  }
  std::string temp;
  if (site.empty()) {
    auto options = to_options(common);
    if (!options) return kExitUsage;
    char pattern[] = "/tmp/styrdok-pdf-site-XXXXXX";
    if (!::mkdtemp(pattern)) {
      std::cerr << "styrdok: " << messages.translate("cannot create a temporary folder") << '\n';
      return kExitContentErrors;
    }
    temp = pattern;
    site = temp + "/public";
    options->out = site;
    if (const int code = run(*options, true, "Built", common.lang); code != kExitOk) {
      std::filesystem::remove_all(temp);
      return code;
    }
  }
  const auto jobs = plan_pdf_jobs(site, out, flags.what);
  const auto unmatched = unmatched_addresses(jobs, flags.what);
  int code = kExitOk;
  if (!unmatched.empty()) {
    // Named as the clerk gave them, and where they were looked for: the
    // folder given, or the site (not the temporary folder it was built in).
    for (const auto& address : unmatched) {
      const std::string what = "'" + address + "' is the address of no print page " +
                               (flags.from.empty() ? std::string("of the site") : "in " + flags.from);
      std::cerr << "styrdok: "
                << messages.translate(what +
                                      "; give the address of a document, version, comparison, action plan or meeting "
                                      "as in its web address, e.g. lysekil/riktlinjer/")
                << '\n';
    }
    if (!temp.empty()) std::filesystem::remove_all(temp);
    return kExitContentErrors;  // nothing printed: not some of what was asked for
  }
  if (jobs.empty()) {
    std::cerr << "styrdok: "
              << messages.translate(flags.from.empty() ? std::string("the site has no print page")
                                                       : "no print page in " + flags.from)
              << '\n';
    code = kExitContentErrors;
  } else if (const auto error = make_pdf_folder(out, std::string(kOutputMarker), output_marker_text(STYRDOK_VERSION));
             !error.empty()) {
    std::cerr << out << ": " << messages.translate(error) << "\n";
    if (!temp.empty()) std::filesystem::remove_all(temp);
    return kExitContentErrors;
  }
  if (const auto warning = engine_warning(*engine, jobs); !warning.empty() && !common.quiet) {
    std::cerr << "styrdok: " << messages.translate("warning") << ": " << messages.translate(warning) << "\n";
  }
  const bool tty = !common.quiet && ::isatty(STDERR_FILENO);
  std::vector<std::string> errors(jobs.size());
  std::atomic<std::size_t> done{0};
  std::mutex progress;
  parallel_for(jobs.size(), common.jobs, [&](std::size_t i) {
    errors[i] = write_pdf(*engine, jobs[i]);
    const std::size_t n = ++done;
    if (tty) {
      std::lock_guard<std::mutex> lock(progress);
      const std::string line =
          messages.translate(fmt::format("{}: {} of {} PDF files…", engine->name(), n, jobs.size()));
      std::fprintf(stderr, "\r\033[K%s", line.c_str());
    }
  });
  if (tty) std::fprintf(stderr, "\r\033[K");
  for (const auto& e : errors) {
    if (e.empty()) continue;
    std::cerr << "styrdok: " << messages.translate(e) << "\n";
    code = kExitContentErrors;
  }
  if (!temp.empty()) std::filesystem::remove_all(temp);
  if (code == kExitOk && !common.quiet) {
    std::cout << messages.translate(
                     jobs.size() == 1
                         ? fmt::format("Wrote 1 PDF file with {} into {}", engine->name(), out)
                         : fmt::format("Wrote {} PDF files with {} into {}", jobs.size(), engine->name(), out))
              << '\n';
  }
  return code;
}

}  // namespace

// The language of --help and of the command line's errors, known before the
// command line is parsed: --lang, else STYRDOK_LANG, else the language of
// the site in --source (or the current folder).
MessageCatalogue messages_before_parsing(int argc, char** argv) {
  std::string lang, source = ".";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view flag, std::string& out) {
      if (arg == flag && i + 1 < argc) {
        out = argv[++i];
        return true;
      }
      if (arg.size() > flag.size() && arg.starts_with(flag) && arg[flag.size()] == '=') {
        out = std::string(arg.substr(flag.size() + 1));
        return true;
      }
      return false;
    };
    if (!value("--lang", lang) && !value("--source", source)) value("-s", source);
  }
  return messages_for(lang == "sv" || lang == "en" ? lang : "", ConfinedFileSystem(source));
}

// A word of the command line where a command is expected that names none
// ("styrdok bild"): what CLI11 says of it ("A subcommand is required")
// does not name the word. Empty when there is no such word.
std::string unknown_command(const CLI::App& app, int argc, char** argv) {
  const CLI::App* at = &app;
  for (int i = 1; i < argc && !at->get_subcommands({}).empty(); ++i) {
    const std::string word = argv[i];
    if (word.starts_with("-")) return "";  // options come first: their values are not commands
    std::vector<std::string> names;
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : at->get_subcommands({})) {
      names.push_back(sub->get_name());
      if (sub->get_name() == word) next = sub;
    }
    if (!next) {
      const std::string command = at == &app ? "styrdok" : "styrdok " + at->get_name();
      const std::string suggestion = closest_match(word, names);
      std::string list;
      for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
      return "'" + word + "' is not a command of " + command + "; " +
             (suggestion.empty() ? "the commands are: " + list : "did you mean '" + suggestion + "'?");
    }
    at = next;
  }
  return "";
}

int main(int argc, char** argv) {
  const MessageCatalogue cli_messages = messages_before_parsing(argc, argv);
  // Said once, here: requested_lang() passes over it wherever it is asked.
  if (const char* env = std::getenv("STYRDOK_LANG"); env && *env && requested_lang("").empty()) {
    std::cerr << "styrdok: "
              << cli_messages.translate(std::string("STYRDOK_LANG '") + env +
                                        "' is not a language styrdok has (sv or en); it is left out")
              << '\n';
  }
  const auto help = std::make_shared<TranslatedHelp>(cli_messages);
  CLI::App app{"styrdok " STYRDOK_VERSION
               " - publishes governing documents (policies, guidelines, plans) as an accessible static website.\n"
               "Run 'styrdok build' in a site's folder (one holding site.yaml) to build it into public/."};
  app.set_version_flag("-V,--version", "styrdok " STYRDOK_VERSION);
  app.require_subcommand(1);
  // Before the subcommands are added: each takes its parent's formatter and option group.
  app.formatter(help);
  app.failure_message([help](const CLI::App* at, const CLI::Error& e) { return help->failure(*at, e); });

  CommonFlags build_flags;
  std::string out;
  auto* build = app.add_subcommand("build", "Build the site into public/ (or --out DIR)");
  add_common(build, build_flags);
  bool force = false;
  build->add_option("-o,--out", out, "Output directory (default: <source>/public)");
  build->add_flag("--force", force,
                  "Replace --out even if it exists and is not an earlier output of styrdok (it has no .styrdok-output "
                  "file)");
  build->add_flag("--timings", build_flags.timings, "Print how long each stage took (to standard error)");

  CommonFlags check_flags;
  auto* check = app.add_subcommand("check", "Validate the site and report every problem; write nothing");
  add_common(check, check_flags);
  std::string check_format = "text";
  check->add_option("--format", check_format, "text (default) or json (for CI; see docs/check-json.md)")
      ->check(CLI::IsMember({"text", "json"}).description(""));

  CommonFlags serve_flags;
  std::string bind_address = "127.0.0.1";
  int port = 1414;
  auto* serve_cmd = app.add_subcommand("serve", "Preview the site in a browser, rebuilding it as you save files");
  add_common(serve_cmd, serve_flags);
  serve_cmd->add_option("-p,--port", port, "Port to listen on; 0 picks a free one (default 1414)")
      ->check(CLI::Range(0, 65535).description(""));
  serve_cmd->add_flag("--timings", serve_flags.timings,
                      "Print how long each stage of every build took (to standard error)");
  serve_cmd->add_option("--bind", bind_address, "Address to listen on (default 127.0.0.1: this machine only)");

  std::string new_source = ".";
  NewDocumentRequest new_doc;
  NewVersionRequest new_ver;
  NewMeetingRequest new_meet;
  NewPlanRequest new_plan_request;
  NewIndicatorRequest new_indicator_request;
  std::string new_lang;
  auto* new_cmd = app.add_subcommand(
      "new", "Start a new document, version, meeting, action plan or indicator from a file with every key explained");
  new_cmd->require_subcommand(1);
  auto* new_document_cmd = new_cmd->add_subcommand("document", "A new document: its folder and first version file");
  new_document_cmd->add_option("ORGANISATION", new_doc.organisation, "The organisation's id in site.yaml")->required();
  new_document_cmd->add_option("FOLDER", new_doc.folder, "The document's folder, i.e. its web address")->required();
  new_document_cmd->add_option("--title", new_doc.title, "The document's title");
  new_document_cmd->add_option("--type", new_doc.type,
                               "strategi, program, plan, policy, riktlinjer, regler or handlingsplan");
  new_document_cmd->add_option("--date", new_doc.date, "The decision date, YYYY-MM-DD (names the file)");
  new_document_cmd->add_flag("--proposal", new_doc.proposal, "Not decided yet (status: proposal)");
  new_document_cmd->add_option("-s,--source", new_source, "The site's folder (holding site.yaml)")->default_str(".");
  add_lang(new_document_cmd, new_lang);
  auto* new_version_cmd =
      new_cmd->add_subcommand("version", "A revision of a document, starting from its newest version");
  new_version_cmd->add_option("DOCUMENT", new_ver.document, "organisation/folder, e.g. lysekil/riktlinjer")->required();
  new_version_cmd->add_option("--date", new_ver.date, "The decision date, YYYY-MM-DD (names the file)");
  new_version_cmd->add_flag("--proposal", new_ver.proposal, "Not decided yet (status: proposal)");
  new_version_cmd->add_option("-s,--source", new_source, "The site's folder (holding site.yaml)")->default_str(".");
  add_lang(new_version_cmd, new_lang);
  auto* new_meeting_cmd = new_cmd->add_subcommand("meeting", "A meeting file with its agenda, for handouts");
  new_meeting_cmd->add_option("ORGANISATION", new_meet.organisation, "The organisation's id in site.yaml")->required();
  new_meeting_cmd->add_option("BODY", new_meet.body, "Who meets, e.g. Kommunstyrelsen")->required();
  new_meeting_cmd->add_option("--date", new_meet.date, "The day of the meeting, YYYY-MM-DD")->required();
  new_meeting_cmd->add_option("--title", new_meet.title, "The meeting's title");
  new_meeting_cmd->add_option("-s,--source", new_source, "The site's folder (holding site.yaml)")->default_str(".");
  add_lang(new_meeting_cmd, new_lang);

  std::string init_folder = ".";
  NewSiteRequest init_request;
  auto* init = app.add_subcommand(
      "init", "Start a new site in DIR: site.yaml, an example document and .gitignore (the theme is built in)");
  init->add_option("DIR", init_folder, "A new or empty folder (default: the current folder)");
  init->add_option("--title", init_request.title, "The site's name (default: Styrdokument)");
  init->add_option("--organisation", init_request.organisation,
                   "The organisation's name, e.g. \"Lysekils kommun\" (default: Exempelkommun)");
  init->add_option("--id", init_request.organisation_id,
                   "The organisation's folder under content/ (default: its name in lower case, e.g. lysekils-kommun)");
  init->add_option("--lang", init_request.language, "sv (default) or en: the site's language")
      ->check(CLI::IsMember({"sv", "en"}).description(""));
  init->add_option("--base-url", init_request.base_url,
                   "Where the site will be published (default: https://example.org/styrdokument/)");

  std::string export_folder = ".";
  auto* theme_cmd = app.add_subcommand("theme", "Work with the theme built into styrdok");
  theme_cmd->require_subcommand(1);
  auto* theme_export = theme_cmd->add_subcommand(
      "export", "Write the built-in theme into DIR as templates/, static/, i18n/ and scaffolds/, to change it");
  theme_export->add_option("DIR", export_folder, "Where to write it: the site's folder (default: the current one)");

  auto* new_plan_cmd = new_cmd->add_subcommand(
      "plan", "An action plan for a document (handlingsplaner/NAME.yaml), with every key explained");
  new_plan_cmd
      ->add_option("DOCUMENT", new_plan_request.document, "organisation/folder, e.g. dals-ed/integrationspolicy")
      ->required();
  new_plan_cmd->add_option("--name", new_plan_request.name,
                           "The plan's file name and web address (default: handlingsplan)");
  new_plan_cmd->add_option("--title", new_plan_request.title, "The plan's title");
  new_plan_cmd->add_option("-s,--source", new_source, "The site's folder (holding site.yaml)")->default_str(".");
  add_lang(new_plan_cmd, new_lang);
  auto* new_indicator_cmd = new_cmd->add_subcommand(
      "indicator", "An indicator following a goal of a document (indikatorer/ID.yaml), with every key explained");
  new_indicator_cmd
      ->add_option("DOCUMENT", new_indicator_request.document, "organisation/folder, e.g. dals-ed/integrationspolicy")
      ->required();
  new_indicator_cmd->add_option("--name", new_indicator_request.name, "What is measured");
  new_indicator_cmd->add_option("--id", new_indicator_request.id,
                                "The file name and anchor (default: the name in lower case, with hyphens)");
  new_indicator_cmd->add_option("--goal", new_indicator_request.goal,
                                "The heading or paragraph anchor it follows (default: the document's first heading)");
  new_indicator_cmd->add_option("-s,--source", new_source, "The site's folder (holding site.yaml)")->default_str(".");
  add_lang(new_indicator_cmd, new_lang);

  ImportFlags import_flags;
  auto* import_cmd = app.add_subcommand(
      "import",
      "Make PDF, Word (.docx) or text files into documents: a folder and a version file each, with the "
      "metadata block read into the front matter (what cannot be read is left unknown) and a report per file");
  import_cmd->add_option("FILES", import_flags.files, "The files or folders to import, e.g. scans/*.pdf or inkorg/")
      ->required();
  import_cmd->footer(
      "Each file's report lists the values found with the line each came from, the values left unknown and "
      "everything left out (page headers, the table of contents). A file that cannot be read (a scanned PDF "
      "without text, an encrypted PDF, a damaged .docx, a zip bomb) is reported as 'FILE: message' and nothing "
      "is written for it; the exit status is then 1. No file is ever overwritten. A folder is read with its "
      "subfolders: its Word files first (the files they link to come in with them, as attachments), then its PDF "
      "and text files; the files of other kinds are listed as left out. See docs/getting-started.md.");
  import_cmd->add_option("--into", import_flags.into,
                         "ORGANISATION/DOCUMENT: the document folder for a single file (default: the organisation's "
                         "id and the title as a web address)");
  import_cmd->add_option("--org", import_flags.organisation,
                         "The organisation's id in site.yaml (default: the site's only organisation)");
  import_cmd->add_option("-s,--source", import_flags.source, "The site's folder (holding site.yaml)")->default_str(".");
  add_lang(import_cmd, import_flags.lang);

  CommonFlags pdf_common;
  PdfFlags pdf_flags;
  auto* pdf = app.add_subcommand("pdf", "Build the site and write its print editions and meeting handouts as PDF");
  add_common(pdf, pdf_common);
  pdf->add_option("--engine", pdf_flags.engine, "chromium or weasyprint (default: the first installed)")
      ->check(CLI::IsMember({"chromium", "weasyprint"}).description(""));
  pdf->add_option("-o,--out", pdf_flags.out, "Where to write the PDF files (default: <source>/pdf)");
  pdf->add_flag("--force", pdf_flags.force,
                "Write into --out even if it exists and is not an earlier output of styrdok (it has no "
                ".styrdok-output file)");
  pdf->add_option("--from", pdf_flags.from, "Print an already built site in DIR instead of building one")
      ->check(CLI::Validator(CLI::ExistingDirectory).description(""));
  pdf->add_option("ADDRESSES", pdf_flags.what,
                  "Addresses to print, e.g. lysekil/ or moten/2016-01-20-kommunstyrelsen/ (default: all)");

  name_values(app);

  // "styrdok help build", as git has it: "styrdok build --help".
  std::vector<char*> args(argv, argv + argc);
  static char help_flag[] = "--help";
  if (args.size() >= 2 && std::string_view(args[1]) == "help") {
    args.erase(args.begin() + 1);
    args.push_back(help_flag);
  }
  argc = static_cast<int>(args.size());
  argv = args.data();
  if (const std::string unknown = unknown_command(app, argc, argv); !unknown.empty()) {
    std::cerr << "styrdok: " << cli_messages.translate(unknown) << '\n'
              << cli_messages.translate("Run with --help for more information.") << '\n';
    return kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  // Every stage turns its failures into diagnostics; this is the last
  // resort for what escapes one, so that no exception ends as a signal (and
  // the staging directory, removed as the stack unwinds, does not stay).
  try {
    if (*build) {
      auto options = to_options(build_flags);
      if (!options) return kExitUsage;
      options->out = out;
      options->force = force;
      return run(*options, build_flags.quiet, "Built", build_flags.lang, false, build_flags.timings);
    }
    if (*new_cmd) {
      const ConfinedFileSystem site(new_source);
      const MessageCatalogue messages = messages_for(new_lang, site);
      Diagnostics diagnostics;
      if (*new_document_cmd) return create(new_source, new_document(new_doc, site, diagnostics), diagnostics, messages);
      if (*new_meeting_cmd) return create(new_source, new_meeting(new_meet, site, diagnostics), diagnostics, messages);
      if (*new_plan_cmd)
        return create(new_source, new_plan(new_plan_request, site, diagnostics), diagnostics, messages);
      if (*new_indicator_cmd) {
        new_indicator_request.year = today_local().year;
        return create(new_source, new_indicator(new_indicator_request, site, diagnostics), diagnostics, messages);
      }
      return create(new_source, new_version(new_ver, site, diagnostics), diagnostics, messages);
    }
    if (*serve_cmd) {
      auto options = to_options(serve_flags);
      if (!options) return kExitUsage;
      return serve(*options, bind_address, port, serve_flags.timings, serve_flags.lang);
    }
    if (*pdf) return run_pdf(pdf_common, pdf_flags);
    if (*init) return init_site(init_folder, init_request);
    if (*import_cmd) return import_files(import_flags);
    if (*theme_export) return export_builtin_theme(export_folder);
    auto options = to_options(check_flags);
    if (!options) return kExitUsage;
    options->write = false;
    return run(*options, check_flags.quiet, "Checked", check_flags.lang, check_format == "json");
  } catch (const std::bad_alloc&) {
    std::cerr << "styrdok: "
              << cli_messages.translate("out of memory; nothing was written, the previous output is unchanged.")
              << '\n';
  } catch (const std::exception& e) {
    std::cerr << "styrdok: "
              << cli_messages.translate(std::string("unexpected error: ") + e.what() +
                                        " (a bug in styrdok: please report it); nothing was written, the previous "
                                        "output is unchanged.")
              << '\n';
  }
  return kExitContentErrors;
}
