#include "output/build_changes.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace styrdok {

void BuildChanges::put(OutputFile&& file) {
  std::lock_guard lock(mutex_);
  rendered_.push_back(std::move(file));
}

void BuildChanges::keep(std::string_view path) {
  std::lock_guard lock(mutex_);
  kept_.push_back(path);
}

std::vector<std::string> BuildChanges::finish() {
  std::lock_guard lock(mutex_);
  std::unordered_set<std::string_view> seen;
  seen.reserve(rendered_.size());
  std::vector<std::string> twice;
  for (const auto& file : rendered_)
    if (!seen.insert(file.path).second) twice.push_back(file.path);
  std::sort(twice.begin(), twice.end());
  twice.erase(std::unique(twice.begin(), twice.end()), twice.end());
  std::vector<std::string> errors;
  for (const auto& path : twice) errors.push_back(same_path_error(path));
  return errors;
}

}  // namespace styrdok
