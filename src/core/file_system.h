// The file system as the content stages see it: a read-only tree of files
// addressed by '/'-separated paths relative to the site root. The program
// reads the disk through ConfinedFileSystem (core/confined_file_system.h),
// which keeps out whatever lies outside the site; the in-memory version lets
// tests declare a whole site inline. All are safe to read from several
// threads at once.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace styrdok {

struct DirEntry {
  std::string name;
  bool is_directory = false;
};

// A path the file system would not read, and why ("the link points outside
// the site (to /etc/passwd); …").
struct Refusal {
  std::string path;
  std::string why;
  bool operator==(const Refusal&) const = default;
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
  // Whether read(path) would find a file, without reading it (an image may
  // be large, or be /dev/zero).
  virtual bool is_file(const std::string& path) const = 0;
  // The size in bytes of the file read(path) would find, or nullopt where it
  // finds none; the disk tells without reading it, so that a file too large
  // to parse is refused unread. This default reads it.
  virtual std::optional<std::uintmax_t> size_of(const std::string& path) const {
    const auto bytes = read(path);
    return bytes ? std::optional<std::uintmax_t>(bytes->size()) : std::nullopt;
  }
  // What the file system refused to read or list so far, one per path,
  // sorted by path: such a path reads as missing, and the build fails with
  // these reasons. Only the disk refuses anything.
  virtual std::vector<Refusal> refusals() const { return {}; }
  // Drops what the file system remembers about `path` and everything below
  // it ("" is the root), after a change on disk (serve).
  virtual void forget(const std::string& /*path*/) {}
};

// The disk under a folder, as it is: symbolic links are followed wherever
// they lead. Only regular files are read (a named pipe or a device reads as
// missing, and never blocks). ConfinedFileSystem builds on it.
class DiskFileSystem final : public FileSystem {
 public:
  // A file that grows past `max_bytes` while it is read reads as missing.
  explicit DiskFileSystem(std::string root, std::size_t max_bytes = SIZE_MAX)
      : root_(std::move(root)), max_bytes_(max_bytes) {}
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  std::optional<std::uintmax_t> size_of(const std::string& path) const override;

 private:
  std::string full(const std::string& path) const;
  std::string root_;
  std::size_t max_bytes_;
};

class MemoryFileSystem final : public FileSystem {
 public:
  void add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override { return files_.contains(path); }
  std::optional<std::uintmax_t> size_of(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// "a/b" + "c" -> "a/b/c"; either side may be empty.
std::string join_path(const std::string& a, const std::string& b);

}  // namespace styrdok
