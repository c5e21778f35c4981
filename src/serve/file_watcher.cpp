#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <utility>

#include "core/file_system.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY;
constexpr int kQuietMs = 15;  // an editor's save (write, rename, chmod) arrives within this
constexpr const char* kTrees[] = {"content", "templates", "static", "i18n", "themes"};

std::string why_unwatched(int error) {
  if (error != ENOSPC) return std::strerror(error);
  std::string limit;
  std::ifstream("/proc/sys/fs/inotify/max_user_watches") >> limit;
  return "the system's limit of " + (limit.empty() ? "" : limit + " ") +
         "watched folders is reached; raise it, for example with "
         "`sudo sysctl fs.inotify.max_user_watches=524288`, and restart serve";
}

}  // namespace

FileWatcher::FileWatcher(std::string root) : root_(std::move(root)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return;
  const int wd = inotify_add_watch(fd_, root_.c_str(), kMask);  // site.yaml, and the folders appearing
  if (wd >= 0) watches_.emplace(wd, "");
  for (const char* dir : kTrees) watch_tree(dir);
}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

void FileWatcher::watch_tree(const std::string& dir) {
  std::error_code ec;
  const fs::path full = fs::path(root_) / dir;
  if (!fs::is_directory(full, ec)) return;
  const int wd = inotify_add_watch(fd_, full.c_str(), kMask | IN_ONLYDIR);
  if (wd < 0) {
    unwatched_.emplace_back(dir, errno);
  } else {
    watches_.emplace(wd, dir);  // keeps the first name when a folder is watched again
  }
  for (fs::directory_iterator it(full, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) watch_tree(join_path(dir, it->path().filename().string()));
  }
}

Diagnostics unwatched_warnings(std::vector<std::pair<std::string, int>> unwatched) {
  std::map<int, std::vector<std::string>> by_reason;
  for (auto& [dir, error] : unwatched) by_reason[error].push_back(std::move(dir));
  Diagnostics warnings;
  for (const auto& [error, dirs] : by_reason) {
    const auto more = dirs.size() - 1;
    std::string message = "cannot watch this folder";
    if (more > 0) message += " and " + std::to_string(more) + (more == 1 ? " other" : " others");
    message += " for changes, so saving files there will not rebuild the site: " + why_unwatched(error);
    warnings.warning({dirs.front()}, std::move(message));
  }
  return warnings;
}

Diagnostics FileWatcher::take_warnings() { return unwatched_warnings(std::exchange(unwatched_, {})); }

void FileWatcher::note_changed(const std::string& path) {
  if (seen_.insert(path).second) changed_.push_back(path);
}

bool FileWatcher::drain(int timeout_ms) {
  pollfd p{fd_, POLLIN, 0};
  if (::poll(&p, 1, timeout_ms) <= 0) return false;
  alignas(inotify_event) char buffer[16384];
  bool any = false;
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    for (char* at = buffer; at < buffer + n;) {
      const auto* e = reinterpret_cast<const inotify_event*>(at);
      at += sizeof(inotify_event) + e->len;
      if (e->mask & IN_Q_OVERFLOW) {
        // Events were dropped: any file may have changed, and folders
        // created meanwhile are not watched yet.
        note_changed("");
        for (const char* dir : kTrees) watch_tree(dir);
        any = true;
        continue;
      }
      const auto w = watches_.find(e->wd);
      if (w == watches_.end() || e->len == 0) continue;
      const std::string name = e->name;
      const std::string path = join_path(w->second, name);
      if (w->second.empty() && name != "site.yaml" && std::ranges::find(kTrees, name) == std::end(kTrees)) {
        continue;  // other files beside site.yaml (public/, editors' backups) do not matter
      }
      if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      note_changed(path);
      any = true;
    }
  }
  return any;
}

FileWatcher::Event FileWatcher::wait(int stop_fd) {
  changed_.clear();
  seen_.clear();
  if (fd_ < 0) return Event::failed;
  for (;;) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) continue;
    if (fds[1].revents) return Event::stop;
    if (!drain(0)) continue;
    for (int i = 0; i < 40 && drain(kQuietMs); ++i) {
    }
    if (seen_.contains("")) changed_ = {""};  // every file, so the others say nothing more
    return Event::changed;
  }
}

}  // namespace styrdok
