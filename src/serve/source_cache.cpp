#include "serve/source_cache.h"

namespace styrdok {

namespace {

template <typename Map>
void erase_tree(Map& map, const std::string& path) {
  map.erase(path);
  const std::string prefix = path + "/";
  for (auto it = map.lower_bound(prefix); it != map.end() && it->first.starts_with(prefix);) it = map.erase(it);
}

}  // namespace

std::optional<std::string> SourceCache::read(const std::string& path) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = files_.find(path); it != files_.end()) return it->second;
  }
  auto text = disk_->read(path);
  std::lock_guard lock(mutex_);
  files_.emplace(path, text);
  return text;
}

std::vector<DirEntry> SourceCache::list(const std::string& dir) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = listings_.find(dir); it != listings_.end()) return it->second;
  }
  auto entries = disk_->list(dir);
  std::lock_guard lock(mutex_);
  listings_.emplace(dir, entries);
  return entries;
}

bool SourceCache::is_directory(const std::string& path) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = directories_.find(path); it != directories_.end()) return it->second;
  }
  const bool is = disk_->is_directory(path);
  std::lock_guard lock(mutex_);
  directories_.emplace(path, is);
  return is;
}

void SourceCache::forget(const std::string& path) {
  std::lock_guard lock(mutex_);
  erase_tree(files_, path);
  erase_tree(listings_, path);
  erase_tree(directories_, path);
  const auto slash = path.rfind('/');
  listings_.erase(slash == std::string::npos ? "" : path.substr(0, slash));
}

void SourceCache::forget_all() {
  std::lock_guard lock(mutex_);
  files_.clear();
  listings_.clear();
  directories_.clear();
}

}  // namespace styrdok
