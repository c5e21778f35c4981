#include "core/file_system.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

namespace styrdok {

namespace fs = std::filesystem;

std::string join_path(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return a.back() == '/' ? a + b : a + "/" + b;
}

std::string DiskFileSystem::full(const std::string& path) const { return join_path(root_, path); }

std::optional<std::string> DiskFileSystem::read(const std::string& path) const {
  // O_NONBLOCK: opening a named pipe with no writer would wait for one.
  const int fd = ::open(full(path).c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st;
  std::optional<std::string> bytes;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    bytes.emplace();
    bytes->reserve(std::min(static_cast<std::size_t>(st.st_size), max_bytes_));
    char buffer[65536];
    for (;;) {
      const ssize_t n = ::read(fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) bytes.reset();
      if (n <= 0) break;
      if (bytes->size() + static_cast<std::size_t>(n) > max_bytes_) {
        bytes.reset();
        break;
      }
      bytes->append(buffer, static_cast<std::size_t>(n));
    }
  }
  ::close(fd);
  return bytes;
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

bool DiskFileSystem::is_file(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(full(path), ec);
}

std::optional<std::uintmax_t> DiskFileSystem::size_of(const std::string& path) const {
  struct stat st;
  if (::stat(full(path).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<std::uintmax_t>(st.st_size);
}

std::optional<std::uintmax_t> MemoryFileSystem::size_of(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second.size();
}

std::optional<std::string> MemoryFileSystem::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return std::nullopt;
  return it->second;
}

std::vector<DirEntry> MemoryFileSystem::list(const std::string& dir) const {
  const std::string prefix = dir.empty() ? "" : dir + "/";
  std::vector<DirEntry> out;
  // The paths under `dir` are one run of the sorted map: a site's build
  // lists thousands of folders of its own that the built-in theme (this
  // file system, under the site's) does not have.
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) {
    const std::string_view rest = std::string_view(it->first).substr(prefix.size());
    const auto slash = rest.find('/');
    DirEntry e{std::string(rest.substr(0, slash)), slash != std::string_view::npos};
    if (out.empty() || out.back().name != e.name) out.push_back(std::move(e));
  }
  return out;  // std::map keeps them sorted
}

bool MemoryFileSystem::is_directory(const std::string& path) const {
  const std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace styrdok
