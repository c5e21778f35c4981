#include "content/version_cache.h"

#include <set>

namespace styrdok {

std::optional<VersionCache::Entry> VersionCache::find(const std::string& path, const std::string& text,
                                                      const std::string& labels) const {
  std::lock_guard lock(mutex_);
  auto it = slots_.find(path);
  if (it == slots_.end() || it->second.text != text || it->second.labels != labels) return std::nullopt;
  return it->second.entry;
}

std::optional<VersionCache::Entry> VersionCache::find(const std::string& path, const std::string& labels) const {
  std::lock_guard lock(mutex_);
  auto it = slots_.find(path);
  if (it == slots_.end() || it->second.labels != labels) return std::nullopt;
  return it->second.entry;
}

void VersionCache::forget(const std::string& path) {
  std::lock_guard lock(mutex_);
  slots_.erase(path);
  const std::string prefix = path + "/";
  for (auto it = slots_.lower_bound(prefix); it != slots_.end() && it->first.starts_with(prefix);) {
    it = slots_.erase(it);
  }
}

void VersionCache::store(const std::string& path, std::string text, const std::string& labels, Entry entry) {
  std::lock_guard lock(mutex_);
  if (validation_ == Validation::told) text.clear();  // never compared: do not keep it
  slots_[path] = Slot{std::move(text), labels, std::move(entry)};
}

void VersionCache::keep_only(const std::vector<std::string>& paths) {
  const std::set<std::string> keep(paths.begin(), paths.end());
  std::lock_guard lock(mutex_);
  std::erase_if(slots_, [&](const auto& slot) { return !keep.contains(slot.first); });
}

}  // namespace styrdok
