// styrdok's command line: parses arguments, runs the pipeline, prints
// diagnostics. The only place that prints or exits.
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>

#include "build/pipeline.h"
#include "core/parallel.h"
#include "print/pdf_export.h"
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
};

void add_common(CLI::App* cmd, CommonFlags& flags) {
  cmd->add_option("-s,--source", flags.source, "The site's folder (holding site.yaml)")->default_str(".");
  cmd->add_option("--as-of", flags.as_of, "Compute every status as of this day, YYYY-MM-DD (default: today)");
  cmd->add_option("--base-url", flags.base_url, "Publish under this address instead of site.yaml's base_url");
  cmd->add_option("-j,--jobs", flags.jobs, "Threads to use (default: all cores)")->check(CLI::Range(1u, 256u));
  cmd->add_flag("-q,--quiet", flags.quiet, "Print only errors");
  cmd->add_flag("-D,--drafts", flags.drafts, "Publish proposals (versions with status: proposal)");
}

int run(const BuildOptions& options, bool quiet, const char* verb) {
  const auto start = std::chrono::steady_clock::now();
  const bool tty = !quiet && ::isatty(STDERR_FILENO);
  DiskFileSystem files(options.source);
  auto progress = [&](const std::string& stage, std::size_t items) {
    if (!tty) return;
    if (items > 0) {
      std::fprintf(stderr, "\r\033[K%s %zu files…", stage.c_str(), items);
    } else {
      std::fprintf(stderr, "\r\033[K%s…", stage.c_str());
    }
  };
  BuildResult result = build_site(options, files, progress);
  if (tty) std::fprintf(stderr, "\r\033[K");
  result.diagnostics.sort();
  for (const auto& d : result.diagnostics.items()) std::cerr << d.to_string() << '\n';
  if (!result.ok()) {
    const auto n = result.diagnostics.error_count();
    std::cerr << "styrdok: " << n << (n == 1 ? " error" : " errors") << "; nothing was written"
              << (options.write ? ", the previous output is unchanged" : "") << ".\n";
    return kExitContentErrors;
  }
  if (!quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.write) {
      std::printf("%s %zu pages into %s in %.2f s. Open %s/index.html\n", verb, result.pages, result.out.c_str(),
                  seconds, result.out.c_str());
    } else {
      std::printf("%s: no errors (%zu pages would be built).\n", verb, result.pages);
    }
  }
  return kExitOk;
}

std::optional<BuildOptions> to_options(const CommonFlags& flags) {
  BuildOptions o;
  o.source = flags.source;
  o.base_url = flags.base_url;
  o.jobs = flags.jobs;
  o.drafts = flags.drafts;
  if (!flags.as_of.empty()) {
    std::string why;
    o.as_of = parse_date(flags.as_of, &why);
    if (!o.as_of) {
      std::cerr << "styrdok: --as-of '" << flags.as_of << "' is not a date (" << why << ")\n";
      return std::nullopt;
    }
  }
  return o;
}

struct PdfFlags {
  std::string engine;
  std::string out;
  std::string from;  // an already built site; empty: build one
  std::vector<std::string> what;
};

// `styrdok pdf`: build (or take) the site, then print its print pages to PDF.
int run_pdf(const CommonFlags& common, const PdfFlags& flags) {
  std::optional<PdfEngine> wanted;
  if (flags.engine == "chromium") wanted = PdfEngine::chromium;
  if (flags.engine == "weasyprint") wanted = PdfEngine::weasyprint;
  std::string why;
  const auto engine = find_pdf_engine(wanted, why);
  if (!engine) {
    std::cerr << "styrdok: " << why << "\n";
    return kExitContentErrors;
  }
  std::string site = flags.from;
  std::string temp;
  if (site.empty()) {
    auto options = to_options(common);
    if (!options) return kExitUsage;
    char pattern[] = "/tmp/styrdok-pdf-site-XXXXXX";
    if (!::mkdtemp(pattern)) {
      std::cerr << "styrdok: cannot create a temporary folder\n";
      return kExitContentErrors;
    }
    temp = pattern;
    site = temp + "/public";
    options->out = site;
    if (const int code = run(*options, true, "Built"); code != kExitOk) {
      std::filesystem::remove_all(temp);
      return code;
    }
  }
  const std::string out = flags.out.empty() ? join_path(common.source, "pdf") : flags.out;
  const auto jobs = plan_pdf_jobs(site, out, flags.what);
  int code = kExitOk;
  if (jobs.empty()) {
    std::cerr << "styrdok: no print page" << (flags.what.empty() ? "" : " matches the addresses given") << " in "
              << site << "\n";
    code = kExitContentErrors;
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
      std::fprintf(stderr, "\r\033[K%s: %zu of %zu PDF files…", engine->name().c_str(), n, jobs.size());
    }
  });
  if (tty) std::fprintf(stderr, "\r\033[K");
  for (const auto& e : errors) {
    if (e.empty()) continue;
    std::cerr << "styrdok: " << e << "\n";
    code = kExitContentErrors;
  }
  if (!temp.empty()) std::filesystem::remove_all(temp);
  if (code == kExitOk && !common.quiet) {
    std::printf("Wrote %zu PDF files with %s into %s\n", jobs.size(), engine->name().c_str(), out.c_str());
  }
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"styrdok " STYRDOK_VERSION
               " - publishes governing documents (policies, guidelines, plans) as an accessible static website.\n"
               "Run 'styrdok build' in a site's folder (one holding site.yaml) to build it into public/."};
  app.set_version_flag("-V,--version", "styrdok " STYRDOK_VERSION);
  app.require_subcommand(1);

  CommonFlags build_flags;
  std::string out;
  auto* build = app.add_subcommand("build", "Build the site into public/ (or --out DIR)");
  add_common(build, build_flags);
  build->add_option("-o,--out", out, "Output directory (default: <source>/public)");

  CommonFlags check_flags;
  auto* check = app.add_subcommand("check", "Validate the site and report every problem; write nothing");
  add_common(check, check_flags);

  CommonFlags pdf_common;
  PdfFlags pdf_flags;
  auto* pdf = app.add_subcommand("pdf", "Build the site and write its print editions and meeting handouts as PDF");
  add_common(pdf, pdf_common);
  pdf->add_option("--engine", pdf_flags.engine, "chromium or weasyprint (default: the first installed)")
      ->check(CLI::IsMember({"chromium", "weasyprint"}));
  pdf->add_option("-o,--out", pdf_flags.out, "Where to write the PDF files (default: <source>/pdf)");
  pdf->add_option("--from", pdf_flags.from, "Print an already built site in DIR instead of building one")
      ->check(CLI::ExistingDirectory);
  pdf->add_option("what", pdf_flags.what,
                  "Addresses to print, e.g. lysekil/ or moten/2016-01-20-kommunstyrelsen/ (default: all)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  if (*build) {
    auto options = to_options(build_flags);
    if (!options) return kExitUsage;
    options->out = out;
    return run(*options, build_flags.quiet, "Built");
  }
  if (*pdf) return run_pdf(pdf_common, pdf_flags);
  auto options = to_options(check_flags);
  if (!options) return kExitUsage;
  options->write = false;
  return run(*options, check_flags.quiet, "Checked");
}
