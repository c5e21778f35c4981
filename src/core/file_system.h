// The file system as the content stages see it: a read-only tree of files
// addressed by '/'-separated paths relative to the site root. The disk
// version is used by the program; the in-memory version lets tests declare a
// whole site inline. Both are safe to read from several threads at once.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace styrdok {

struct DirEntry {
  std::string name;
  bool is_directory = false;
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;
  // The file's bytes, or nullopt if it does not exist or cannot be read.
  virtual std::optional<std::string> read(const std::string& path) const = 0;
  // Entries of a directory sorted by name (so callers never depend on the
  // order the operating system lists them in); empty if it does not exist.
  virtual std::vector<DirEntry> list(const std::string& dir) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
};

class DiskFileSystem final : public FileSystem {
 public:
  explicit DiskFileSystem(std::string root) : root_(std::move(root)) {}
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;

 private:
  std::string full(const std::string& path) const;
  std::string root_;
};

class MemoryFileSystem final : public FileSystem {
 public:
  void add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// "a/b" + "c" -> "a/b/c"; either side may be empty.
std::string join_path(const std::string& a, const std::string& b);

}  // namespace styrdok
