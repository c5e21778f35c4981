// The site's folder on disk as serve reads it: like DiskFileSystem, but a
// file or folder whose real path (symbolic links followed) lies outside the
// site's folder does not exist, so a link cannot publish files from
// elsewhere on the machine. Thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <string>

#include "core/file_system.h"

namespace styrdok {

class ConfinedFileSystem final : public FileSystem {
 public:
  explicit ConfinedFileSystem(const std::string& root);
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;

 private:
  bool inside(const std::string& path) const;
  bool file_inside(const std::string& path) const;
  std::string root_;  // canonical, ending in '/'
  DiskFileSystem disk_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, bool> folders_;  // folder -> whether it lies inside (cached)
};

}  // namespace styrdok
