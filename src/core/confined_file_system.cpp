#include "serve/confined_file_system.h"

#include <filesystem>

namespace styrdok {

namespace fs = std::filesystem;

namespace {

std::string canonical_root(const std::string& root) {
  std::error_code ec;
  auto path = fs::canonical(root, ec);
  return (ec ? fs::absolute(root) : path).string() + "/";
}

}  // namespace

ConfinedFileSystem::ConfinedFileSystem(const std::string& root) : root_(canonical_root(root)), disk_(root) {}

bool ConfinedFileSystem::inside(const std::string& path) const {
  std::error_code ec;
  const auto real = fs::canonical(fs::path(root_) / path, ec);
  if (ec) return false;
  return (real.string() + "/").starts_with(root_);
}

bool ConfinedFileSystem::file_inside(const std::string& path) const {
  // The folder's verdict is remembered: a rebuild reads thousands of files
  // from hundreds of folders, and resolving each whole path is slow.
  const auto slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash);
  bool dir_inside = false;
  {
    std::lock_guard lock(mutex_);
    auto it = folders_.find(dir);
    if (it != folders_.end()) dir_inside = it->second;
  }
  if (!dir_inside) {
    dir_inside = inside(dir);
    std::lock_guard lock(mutex_);
    folders_[dir] = dir_inside;
  }
  if (!dir_inside) return false;
  std::error_code ec;
  return !fs::is_symlink(fs::path(root_) / path, ec) || inside(path);
}

std::optional<std::string> ConfinedFileSystem::read(const std::string& path) const {
  if (!file_inside(path)) return std::nullopt;
  return disk_.read(path);
}

std::vector<DirEntry> ConfinedFileSystem::list(const std::string& dir) const {
  if (!inside(dir)) return {};
  auto entries = disk_.list(dir);
  std::erase_if(entries, [&](const DirEntry& e) {
    std::error_code ec;
    const std::string path = join_path(dir, e.name);
    return fs::is_symlink(fs::path(root_) / path, ec) && !inside(path);
  });
  return entries;
}

bool ConfinedFileSystem::is_directory(const std::string& path) const {
  return inside(path) && disk_.is_directory(path);
}

}  // namespace styrdok
