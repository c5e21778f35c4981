#include "core/layered_file_system.h"

#include <algorithm>

namespace styrdok {

std::optional<std::string> LayeredFileSystem::read(const std::string& path) const {
  if (auto text = upper_.read(path)) return text;
  return lower_.read(path);
}

std::optional<std::uintmax_t> LayeredFileSystem::size_of(const std::string& path) const {
  if (auto size = upper_.size_of(path)) return size;
  return lower_.size_of(path);
}

std::vector<DirEntry> LayeredFileSystem::list(const std::string& dir) const {
  std::vector<DirEntry> out = upper_.list(dir);
  const auto lower = lower_.list(dir);
  if (lower.empty()) return out;
  if (out.empty()) return lower;
  std::vector<DirEntry> merged;
  merged.reserve(out.size() + lower.size());
  auto by_name = [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; };
  std::merge(out.begin(), out.end(), lower.begin(), lower.end(), std::back_inserter(merged), by_name);
  // One entry per name; a folder in either layer is a folder.
  std::vector<DirEntry> unique;
  unique.reserve(merged.size());
  for (auto& e : merged) {
    if (!unique.empty() && unique.back().name == e.name) {
      unique.back().is_directory = unique.back().is_directory || e.is_directory;
    } else {
      unique.push_back(std::move(e));
    }
  }
  return unique;
}

bool LayeredFileSystem::is_directory(const std::string& path) const {
  return upper_.is_directory(path) || lower_.is_directory(path);
}

bool LayeredFileSystem::is_file(const std::string& path) const { return upper_.is_file(path) || lower_.is_file(path); }

std::vector<Refusal> LayeredFileSystem::refusals() const {
  auto out = upper_.refusals();
  auto lower = lower_.refusals();
  if (lower.empty()) return out;
  out.insert(out.end(), lower.begin(), lower.end());
  std::sort(out.begin(), out.end(), [](const Refusal& a, const Refusal& b) { return a.path < b.path; });
  return out;
}

}  // namespace styrdok
