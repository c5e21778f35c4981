#include "output/remove_tree.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "core/parallel.h"

namespace styrdok {

namespace {

std::string error_text(int error) { return std::error_code(error, std::generic_category()).message(); }

// "cannot <what> <where>: <errno's message>", errno read before anything else.
std::string failure(const char* what, const std::string& where) {
  const int error = errno;
  return std::string("cannot ") + what + " " + where + ": " + error_text(error);
}

struct Entry {
  std::string name;
  unsigned char type = DT_UNKNOWN;
};

// The entries of `dir`, but "." and "..".
bool read_entries(DIR* dir, std::vector<Entry>& entries) {
  errno = 0;
  while (const dirent* e = ::readdir(dir)) {
    if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
      entries.push_back({e->d_name, e->d_type});
  }
  return errno == 0;
}

std::string remove_entry(int parent, const Entry& entry, const std::string& where);

// Removes everything in the open directory `fd`, which is closed.
std::string remove_contents(int fd, const std::string& where) {
  DIR* dir = ::fdopendir(fd);
  if (!dir) {
    const int error = errno;
    ::close(fd);
    return "cannot list " + where + ": " + error_text(error);
  }
  std::vector<Entry> entries;
  std::string error = read_entries(dir, entries) ? "" : failure("list", where);
  for (std::size_t i = 0; i < entries.size() && error.empty(); ++i)
    error = remove_entry(::dirfd(dir), entries[i], where + "/" + entries[i].name);
  ::closedir(dir);
  return error;
}

// Removes `entry` of the directory `parent`, and all under it; `where` names
// it in a message.
std::string remove_entry(int parent, const Entry& entry, const std::string& where) {
  if (entry.type != DT_DIR) {
    if (::unlinkat(parent, entry.name.c_str(), 0) == 0) return "";
    if (errno != EISDIR && errno != EPERM) return failure("remove", where);
  }
  const int fd = ::openat(parent, entry.name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return failure("open", where);
  if (auto error = remove_contents(fd, where); !error.empty()) return error;
  if (::unlinkat(parent, entry.name.c_str(), AT_REMOVEDIR) != 0) return failure("remove", where);
  return "";
}

}  // namespace

std::string remove_tree(const std::string& path, unsigned jobs) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT ? "" : failure("remove", path);
  if (!S_ISDIR(st.st_mode)) {
    return ::unlink(path.c_str()) == 0 ? "" : failure("remove", path);
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  DIR* dir = fd < 0 ? nullptr : ::fdopendir(fd);
  if (!dir) {
    const int error = errno;
    if (fd >= 0) ::close(fd);
    return "cannot open " + path + ": " + error_text(error);
  }
  std::vector<Entry> entries;
  if (!read_entries(dir, entries)) {
    const int error = errno;
    ::closedir(dir);
    return "cannot list " + path + ": " + error_text(error);
  }
  // Each top-level entry (an organisation, the search index) is a work item.
  std::vector<std::string> errors(entries.size());
  parallel_for(entries.size(), jobs, [&](std::size_t i) {
    errors[i] = remove_entry(::dirfd(dir), entries[i], path + "/" + entries[i].name);
  });
  ::closedir(dir);
  for (const auto& error : errors) {
    if (!error.empty()) return error;
  }
  if (::rmdir(path.c_str()) != 0) return failure("remove", path);
  return "";
}

}  // namespace styrdok
