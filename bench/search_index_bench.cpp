// Times building the search index of a site, the way `styrdok build` does
// (entries from the model, the text files, the index, its shards), without
// rendering pages, and each of the four apart.
//
//   search_index_bench [--jobs N] [--runs N] [--steps] [--collected] SITE_DIR
//
// Prints the median of the runs (default 3, on every core) and the size of
// the files; with --steps also the median of each step of the index's
// build (SearchIndex::build's numbered steps, finer where a step has
// parts). With --collected the files are made and kept as serve's index
// thread does (search::index_files: the index first, then all its files,
// timed as "files"). The site is loaded once, before any timing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "content/site_loader.h"
#include "core/file_system.h"
#include "core/parallel.h"
#include "search/index_files.h"
#include "search/search_entries.h"

using namespace styrdok;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  unsigned jobs = default_jobs();
  int runs = 3;
  bool steps = false, collected = false;
  const char* site_dir = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--jobs") == 0 && i + 1 < argc) {
      jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--steps") == 0) {
      steps = true;
    } else if (std::strcmp(argv[i], "--collected") == 0) {
      collected = true;
    } else if (!site_dir && argv[i][0] != '-') {
      site_dir = argv[i];
    } else {
      site_dir = nullptr;
      break;
    }
  }
  if (!site_dir) {
    std::fprintf(stderr, "usage: search_index_bench [--jobs N] [--runs N] [--steps] [--collected] SITE_DIR\n");
    return 2;
  }
  DiskFileSystem files(site_dir);
  Diagnostics diagnostics;
  auto config = load_site_config(files, "", diagnostics);
  if (!config) return 1;
  LoadOptions load;
  load.jobs = jobs;
  load.include_proposals = true;
  auto site = load_site(files, std::move(*config), load, diagnostics);
  if (!site) {
    for (const auto& d : diagnostics.items()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  auto ms_since = [](Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
  };
  // Processor time of all threads: steadier than wall time on a busy machine.
  auto cpu_ms = [] {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000 + static_cast<double>(t.tv_nsec) / 1e6;
  };
  std::vector<double> total, entries_ms, text_ms, build_ms, shards_ms, cpu;
  std::mutex mutex;
  std::size_t files_out = 0, bytes_out = 0;
  std::size_t entry_count = 0;
  std::vector<std::string> step_names;                 // in the order they end
  std::map<std::string, std::vector<double>> step_ms;  // per step, one time per run
  for (int run = 0; run < runs; ++run) {
    const auto start = Clock::now();
    const double cpu_start = cpu_ms();
    auto entries = search::site_entries(*site, today_local(), jobs);
    entry_count = entries.size();
    entries_ms.push_back(ms_since(start));
    auto step_start = Clock::now();
    double text = 0, shards = 0;
    search::IndexOptions options{.language = site->config.language, .jobs = jobs};
    options.step_done = [&](const char* step) {
      const double ms = ms_since(step_start);
      if (std::strcmp(step, "text files") == 0) text = ms;
      if (std::strcmp(step, "shards") == 0 || std::strcmp(step, "files") == 0) shards = ms;
      auto& times = step_ms[step];
      if (times.empty()) step_names.push_back(step);
      times.push_back(ms);
      step_start = Clock::now();
    };
    const auto t = Clock::now();
    // As `styrdok build` writes them: each file dropped once written.
    files_out = 0;
    bytes_out = 0;
    if (collected) {
      const auto kept = search::index_files(std::move(entries), options, {.jobs = jobs});
      files_out = kept.size();
      for (const auto& f : kept) bytes_out += f.bytes.size();
    } else {
      search::write_index_files(std::move(entries), options, {.jobs = jobs}, [&](OutputFile&& file) {
        std::lock_guard lock(mutex);
        ++files_out;
        bytes_out += file.bytes.size();
      });
    }
    const double files = ms_since(t);
    text_ms.push_back(text);
    shards_ms.push_back(shards);
    build_ms.push_back(files - text - shards);
    total.push_back(ms_since(start));
    cpu.push_back(cpu_ms() - cpu_start);
  }
  std::printf(
      "search index: median %.0f ms (%.0f ms CPU) over %d runs on %u threads (entries %.0f ms, text files %.0f ms, "
      "index %.0f ms, %s %.0f ms); %zu entries, %zu files, %zu bytes\n",
      median(total), median(cpu), runs, jobs, median(entries_ms), median(text_ms), median(build_ms),
      collected ? "files" : "shards", median(shards_ms), entry_count, files_out, bytes_out);
  if (!steps) return 0;
  for (const auto& name : step_names) std::printf("  %-16s %6.0f ms\n", name.c_str(), median(step_ms[name]));
  return 0;
}
