#include "core/file_system.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace styrdok {

namespace fs = std::filesystem;

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a.back() == '/' ? a + b : a + "/" + b;
}

std::string DiskFileSystem::full(const std::string& path) const { return join_path(root_, path); }

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
  std::ifstream in(full(path), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<DirEntry> DiskFileSystem::list(const std::string& dir) const {
  std::vector<DirEntry> out;
  std::error_code ec;
  for (fs::directory_iterator it(full(dir), ec), end; !ec && it != end; it.increment(ec)) {
    out.push_back({it->path().filename().string(), it->is_directory(ec)});
  }
  std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return out;
}

bool DiskFileSystem::is_directory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(full(path), ec);
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::vector<DirEntry> MemoryFileSystem::list(const std::string& dir) const {
  const std::string prefix = dir.empty() ? "" : dir + "/";
  std::vector<DirEntry> out;
  for (const auto& [path, _] : files_) {
    if (path.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = path.substr(prefix.size());
    const auto slash = rest.find('/');
    DirEntry e{rest.substr(0, slash), slash != std::string::npos};
    if (out.empty() || out.back().name != e.name) out.push_back(e);
  }
  return out;  // std::map keeps them sorted
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  const std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace styrdok
