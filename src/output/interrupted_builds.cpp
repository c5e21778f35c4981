#include "output/interrupted_builds.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>

#include "output/remove_tree.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

const char* suffix(BuildFolder kind) { return kind == BuildFolder::staging ? ".tmp-" : ".old-"; }

fs::path parent_of(const fs::path& target) {
  return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

// The process's name as the kernel knows it ("styrdok"), or "".
std::string command_of(const std::string& pid) {
  std::ifstream in("/proc/" + pid + "/comm");
  std::string name;
  std::getline(in, name);
  return name;
}

// Whether process `pid` may still be the styrdok build that made a folder:
// it runs, is not this process (a new build can get the process id of one
// that was killed, in a container that starts each at the same number), and
// has the same program name.
bool may_still_run(pid_t pid) {
  if (pid <= 0 || pid == ::getpid()) return false;
  if (::kill(pid, 0) != 0 && errno == ESRCH) return false;
  const std::string name = command_of(std::to_string(pid));
  return name.empty() || name == command_of("self");
}

struct Leftover {
  std::string name;
  BuildFolder kind;
  pid_t pid;
};

// The folders beside `target` named as a build's, old outputs first.
std::vector<Leftover> leftovers(const fs::path& target) {
  std::vector<Leftover> out;
  const std::string name = target.filename().string();
  std::error_code ec;
  for (fs::directory_iterator it(parent_of(target), ec), end; !ec && it != end; it.increment(ec)) {
    const std::string entry = it->path().filename().string();
    for (const BuildFolder kind : {BuildFolder::old_output, BuildFolder::staging}) {
      const std::string prefix = "." + name + suffix(kind);
      if (!entry.starts_with(prefix) || entry.size() == prefix.size() || entry.size() - prefix.size() > 9) continue;
      const std::string digits = entry.substr(prefix.size());
      if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      out.push_back({entry, kind, static_cast<pid_t>(std::stol(digits))});
    }
  }
  std::sort(out.begin(), out.end(), [](const Leftover& a, const Leftover& b) {
    return std::pair(a.kind != BuildFolder::old_output, a.name) < std::pair(b.kind != BuildFolder::old_output, b.name);
  });
  return out;
}

}  // namespace

std::string build_folder(const fs::path& target, BuildFolder kind, pid_t pid) {
  return (parent_of(target) / ("." + target.filename().string() + suffix(kind) + std::to_string(pid))).string();
}

bool lock_build_folder(int fd) {
  if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return true;
  return errno != EWOULDBLOCK;
}

Cleanup clean_interrupted_builds(const fs::path& target) {
  Cleanup cleanup;
  for (const auto& leftover : leftovers(target)) {
    const std::string path = (parent_of(target) / leftover.name).string();
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) continue;  // not a folder: not a build's
    // Locked: its build is running. Its process running: the build may be
    // between making the folder and locking it, or on a file system
    // without locks.
    const bool locked = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    if (locked || may_still_run(leftover.pid)) {
      ::close(fd);
      continue;
    }
    std::error_code missing;
    if (leftover.kind == BuildFolder::old_output && !fs::exists(fs::symlink_status(target, missing))) {
      if (::rename(path.c_str(), target.c_str()) == 0) {
        cleanup.done.push_back("put back the previous output, which an interrupted build had moved aside to " + path);
      } else {
        cleanup.errors.push_back("cannot put back the previous output from " + path + ": " +
                                 std::error_code(errno, std::generic_category()).message());
      }
    } else if (auto error = remove_tree(path); error.empty()) {
      cleanup.done.push_back("removed " + path + ", left by an interrupted build");
    } else {
      cleanup.errors.push_back(error);
    }
    ::close(fd);
  }
  return cleanup;
}

}  // namespace styrdok
