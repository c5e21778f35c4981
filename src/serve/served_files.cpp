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

namespace {

// Puts `bytes` at `path`, moving what was there to `old`.
void put(std::unordered_map<std::string, ServedFiles::Bytes>& files, std::string&& path, std::string&& bytes,
         std::vector<ServedFiles::Bytes>& old) {
  auto [it, inserted] = files.try_emplace(std::move(path));  // the path is not moved from if it is there
  if (!inserted) old.push_back(std::move(it->second));
  it->second = std::make_shared<const std::string>(std::move(bytes));
}

// Empties `files`, moving their bytes to `old`.
void clear(std::unordered_map<std::string, ServedFiles::Bytes>& files, std::vector<ServedFiles::Bytes>& old) {
  for (auto& entry : files) old.push_back(std::move(entry.second));
  files.clear();
}

}  // namespace

std::vector<ServedFiles::Bytes> ServedFiles::apply(OutputFiles&& rendered, const PathList& kept, bool has_separate) {
  std::vector<Bytes> old;
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
    for (std::size_t i = 0; i < kept.size(); ++i) now.insert(kept[i]);
    for (auto it = pages_.begin(); it != pages_.end();) {
      if (now.contains(it->first)) {
        ++it;
      } else {
        old.push_back(std::move(it->second));
        it = pages_.erase(it);
      }
    }
  }
  made.clear();  // its views are of the paths moved below
  if (has_separate) clear(separate_, old);
  for (auto& file : rendered)
    put(is_separate(file.path) ? separate_ : pages_, std::move(file.path), std::move(file.bytes), old);
  has_output_ = true;
  return old;
}

std::vector<ServedFiles::Bytes> ServedFiles::replace_separate(OutputFiles&& files) {
  std::vector<Bytes> old;
  clear(separate_, old);
  for (auto& file : files) put(separate_, std::move(file.path), std::move(file.bytes), old);
  return old;
}

}  // namespace styrdok
