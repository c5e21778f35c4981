#include "output/memory_output.h"

#include <algorithm>
#include <numeric>

namespace styrdok {

void MemoryOutput::put(OutputFile&& file) {
  std::lock_guard lock(mutex_);
  files_.push_back(std::move(file));
  kept_.push_back(false);
}

void MemoryOutput::keep(std::string_view path) {
  std::lock_guard lock(mutex_);
  files_.push_back({std::string(path), ""});
  kept_.push_back(true);
}

std::vector<std::string> MemoryOutput::finish() {
  std::lock_guard lock(mutex_);
  std::vector<std::size_t> order(files_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return files_[a].path < files_[b].path; });
  OutputFiles files;
  std::vector<bool> kept;
  files.reserve(order.size());
  kept.reserve(order.size());
  std::vector<std::string> errors;
  for (const std::size_t i : order) {
    if (!files.empty() && files.back().path == files_[i].path) {
      if (errors.empty() || errors.back() != same_path_error(files_[i].path))
        errors.push_back(same_path_error(files_[i].path));
      continue;
    }
    files.push_back(std::move(files_[i]));
    kept.push_back(kept_[i]);
  }
  files_ = std::move(files);
  kept_ = std::move(kept);
  return errors;
}

}  // namespace styrdok
