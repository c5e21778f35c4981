#include "serve/source_cache.h"

namespace styrdok {

namespace {

template <typename Map>
void erase_tree(Map& map, const std::string& path) {
  map.erase(path);
  const std::string prefix = path.empty() ? "" : path + "/";  // "" is the root: everything lies below it
  for (auto it = map.lower_bound(prefix); it != map.end() && it->first.starts_with(prefix);) it = map.erase(it);
}

// The cached answer for `key`, or computes (outside the lock) and keeps it.
template <typename Map, typename Compute>
typename Map::mapped_type cached(std::mutex& mutex, Map& map, const std::string& key, Compute compute) {
  {
    std::lock_guard lock(mutex);
    if (auto it = map.find(key); it != map.end()) return it->second;
  }
  auto value = compute();
  std::lock_guard lock(mutex);
  map.emplace(key, value);
  return value;
}

}  // namespace

std::optional<std::string> SourceCache::read(const std::string& path) const {
  return cached(mutex_, files_, path, [&] { return disk_->read(path); });
}

std::optional<std::uintmax_t> SourceCache::size_of(const std::string& path) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = files_.find(path); it != files_.end()) {
      return it->second ? std::optional<std::uintmax_t>(it->second->size()) : std::nullopt;
    }
  }
  return disk_->size_of(path);
}

std::vector<DirEntry> SourceCache::list(const std::string& dir) const {
  return cached(mutex_, listings_, dir, [&] { return disk_->list(dir); });
}

bool SourceCache::is_directory(const std::string& path) const {
  return cached(mutex_, directories_, path, [&] { return disk_->is_directory(path); });
}

bool SourceCache::is_file(const std::string& path) const {
  return cached(mutex_, regular_files_, path, [&] { return disk_->is_file(path); });
}

void SourceCache::forget(const std::string& path) {
  disk_->forget(path);
  std::lock_guard lock(mutex_);
  erase_tree(files_, path);
  erase_tree(listings_, path);
  erase_tree(directories_, path);
  erase_tree(regular_files_, path);
  const auto slash = path.rfind('/');
  listings_.erase(slash == std::string::npos ? "" : path.substr(0, slash));
}

}  // namespace styrdok
