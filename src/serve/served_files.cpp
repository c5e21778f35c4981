#include "serve/served_files.h"

#include <algorithm>
#include <unordered_set>

namespace styrdok {

ServedFiles::ServedFiles(std::string separate_dir) : separate_dir_(std::move(separate_dir)) {}

ServedFiles::Bytes ServedFiles::find(const std::string& path) const {
  const auto& files = is_separate(path) ? separate_ : pages_;
  const auto it = files.find(path);
  return it == files.end() ? nullptr : it->second;
}

std::vector<std::string> ServedFiles::separate() const {
  std::vector<std::string> paths;
  paths.reserve(separate_.size());
  for (const auto& entry : separate_) paths.push_back(entry.first);
  std::sort(paths.begin(), paths.end());
  return paths;
}

void ServedFiles::apply(OutputFiles&& rendered, const std::vector<std::string>& kept, bool has_separate) {
  std::unordered_set<std::string_view> made;  // the pages rendered
  made.reserve(rendered.size());
  std::size_t new_pages = 0;
  for (const auto& file : rendered) {
    if (is_separate(file.path)) continue;
    made.insert(file.path);
    if (!pages_.contains(file.path)) ++new_pages;
  }
  // The kept pages are served already (the caller kept only those), and no
  // rendered page is new: with as many pages as before, the build made the
  // same set of pages, and nothing needs to go. That is a save's usual
  // case, decided without looking at every page.
  if (!has_output_ || new_pages != 0 || kept.size() + made.size() != pages_.size()) {
    // Pages came or went: every page the build did not make or keep goes.
    std::unordered_set<std::string_view> now = std::move(made);
    now.insert(kept.begin(), kept.end());
    std::erase_if(pages_, [&](const auto& entry) { return !now.contains(entry.first); });
  }
  made.clear();  // its views are of the paths moved below
  if (has_separate) separate_.clear();
  for (auto& file : rendered) {
    auto& files = is_separate(file.path) ? separate_ : pages_;
    files.insert_or_assign(std::move(file.path), std::make_shared<const std::string>(std::move(file.bytes)));
  }
  has_output_ = true;
}

void ServedFiles::replace_separate(OutputFiles&& files) {
  separate_.clear();
  for (auto& file : files)
    separate_.insert_or_assign(std::move(file.path), std::make_shared<const std::string>(std::move(file.bytes)));
}

}  // namespace styrdok
