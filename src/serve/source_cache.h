// The site's files as serve last read them, so that a rebuild reads from
// disk only what the watcher reported as changed. Wraps the file system the
// site is read through; forget() drops what a change may have touched.
//
// Thread-safe: builds read from several threads; forget() is called
// between builds.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/file_system.h"

namespace styrdok {

class SourceCache final : public FileSystem {
 public:
  explicit SourceCache(std::unique_ptr<FileSystem> disk) : disk_(std::move(disk)) {}

  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  // The size of the text kept, else of the file on disk (not kept: a file
  // refused for its size is never read, so it is asked again each build).
  std::optional<std::uintmax_t> size_of(const std::string& path) const override;
  std::vector<Refusal> refusals() const override { return disk_->refusals(); }

  // Drops every cached answer about `path`, what lies below it, and the
  // listing of the folder holding it, here and in the file system below. An
  // empty path is the site's root: everything is forgotten.
  void forget(const std::string& path) override;

 private:
  std::unique_ptr<FileSystem> disk_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::optional<std::string>> files_;
  mutable std::map<std::string, std::vector<DirEntry>> listings_;
  mutable std::map<std::string, bool> directories_;
  mutable std::map<std::string, bool> regular_files_;
};

}  // namespace styrdok
