#include "serve/served_files.h"

#include <algorithm>
#include <unordered_set>

namespace styrdok {

ServedFiles::ServedFiles(std::string separate_dir) : separate_dir_(std::move(separate_dir)) {}

ServedFiles::Bytes ServedFiles::find(const std::string& path) const {
  const auto it = files_.find(path);
  return it == files_.end() ? nullptr : it->second;
}

void ServedFiles::apply(OutputFiles&& rendered, const std::vector<std::string>& kept, bool has_separate) {
  std::unordered_set<std::string_view> made;
  made.reserve(rendered.size());
  std::size_t new_pages = 0;
  std::size_t separate_made = 0;
  for (const auto& file : rendered) {
    made.insert(file.path);
    if (has_separate && is_separate(file.path)) {
      ++separate_made;
    } else if (!files_.contains(file.path)) {
      ++new_pages;
    }
  }
  // The kept files are served already (the caller kept only those), and no
  // rendered page is new: with as many pages as before, the build made the
  // same set of pages, and nothing needs to go. That is a save's usual
  // case, decided without looking at every file.
  const std::size_t pages_before = files_.size() - separate_.size();
  const std::size_t pages_now = kept.size() + made.size() - separate_made;
  if (has_output_ && new_pages == 0 && pages_now == pages_before) {
    if (has_separate)
      for (const auto& path : separate_)
        if (!made.contains(path)) files_.erase(path);
  } else {
    // Pages came or went: every file the build did not make or keep goes.
    std::unordered_set<std::string_view> now;
    now.reserve(made.size() + kept.size() + separate_.size());
    now.insert(made.begin(), made.end());
    now.insert(kept.begin(), kept.end());
    if (!has_separate) now.insert(separate_.begin(), separate_.end());
    std::erase_if(files_, [&](const auto& entry) { return !now.contains(entry.first); });
  }
  if (has_separate) {
    separate_.clear();
    for (const auto& file : rendered)
      if (is_separate(file.path)) separate_.push_back(file.path);
    std::sort(separate_.begin(), separate_.end());
    separate_.erase(std::unique(separate_.begin(), separate_.end()), separate_.end());
  }
  made.clear();  // its views are of the paths moved below
  for (auto& file : rendered)
    files_.insert_or_assign(std::move(file.path), std::make_shared<const std::string>(std::move(file.bytes)));
  has_output_ = true;
}

void ServedFiles::replace_separate(OutputFiles&& files) {
  for (const auto& path : separate_) files_.erase(path);
  separate_.clear();
  for (auto& file : files) {
    separate_.push_back(file.path);
    files_.insert_or_assign(std::move(file.path), std::make_shared<const std::string>(std::move(file.bytes)));
  }
  std::sort(separate_.begin(), separate_.end());
}

}  // namespace styrdok
