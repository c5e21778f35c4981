// Times building the search index of a site, the way `styrdok build` does
// (entries from the model, the index, its files), without rendering pages.
//
//   search_index_bench SITE_DIR
//
// Prints the median of three runs and the size of the files.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "content/site_loader.h"
#include "core/file_system.h"
#include "core/parallel.h"
#include "search/index_files.h"
#include "search/search_entries.h"

using namespace styrdok;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: search_index_bench SITE_DIR\n");
    return 2;
  }
  DiskFileSystem files(argv[1]);
  Diagnostics diagnostics;
  auto config = load_site_config(files, "", diagnostics);
  if (!config) return 1;
  LoadOptions load;
  const unsigned jobs = default_jobs();
  load.jobs = jobs;
  load.include_proposals = true;
  auto site = load_site(files, std::move(*config), load, diagnostics);
  if (!site) {
    for (const auto& d : diagnostics.items()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    return 1;
  }
  std::vector<double> ms;
  OutputFiles out;
  for (int run = 0; run < 3; ++run) {
    const auto start = std::chrono::steady_clock::now();
    out = search::index_files(search::SearchIndex::build(search::site_entries(*site, today_utc()),
                                                         {.language = site->config.language, .jobs = jobs}),
                              {.jobs = jobs});
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::size_t bytes = 0;
  for (const auto& f : out) bytes += f.bytes.size();
  std::printf("search index: median %.0f ms over 3 runs; %zu files, %zu bytes\n", ms[1], out.size(), bytes);
  return 0;
}
