#include "serve/file_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "core/file_system.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t kMask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY;
constexpr int kQuietMs = 15;  // an editor's save (write, rename, chmod) arrives within this

}  // namespace

FileWatcher::FileWatcher(std::string root) : root_(std::move(root)) {
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) return;
  const int wd = inotify_add_watch(fd_, root_.c_str(), kMask);  // site.yaml, and the folders appearing
  if (wd >= 0) watches_.emplace_back(wd, "");
  for (const char* dir : {"content", "templates", "themes"}) watch_tree(dir);
}

FileWatcher::~FileWatcher() {
  if (fd_ >= 0) ::close(fd_);
}

void FileWatcher::watch_tree(const std::string& dir) {
  std::error_code ec;
  const fs::path full = fs::path(root_) / dir;
  if (!fs::is_directory(full, ec)) return;
  const int wd = inotify_add_watch(fd_, full.c_str(), kMask | IN_ONLYDIR);
  if (wd < 0) return;
  if (std::none_of(watches_.begin(), watches_.end(), [&](const auto& w) { return w.first == wd; })) {
    watches_.emplace_back(wd, dir);
  }
  for (fs::directory_iterator it(full, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec) && !it->is_symlink(ec)) watch_tree(join_path(dir, it->path().filename().string()));
  }
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
      const auto w = std::find_if(watches_.begin(), watches_.end(), [&](const auto& x) { return x.first == e->wd; });
      if (w == watches_.end() || e->len == 0) continue;
      const std::string name = e->name;
      const std::string path = join_path(w->second, name);
      if (w->second.empty() && name != "site.yaml" && name != "content" && name != "templates" && name != "themes") {
        continue;  // other files beside site.yaml (public/, editors' backups) do not matter
      }
      if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO))) watch_tree(path);
      if (std::find(changed_.begin(), changed_.end(), path) == changed_.end()) changed_.push_back(path);
      any = true;
    }
  }
  return any;
}

FileWatcher::Event FileWatcher::wait(int stop_fd) {
  changed_.clear();
  if (fd_ < 0) return Event::failed;
  for (;;) {
    pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_fd, POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) continue;
    if (fds[1].revents) return Event::stop;
    if (!drain(0)) continue;
    for (int i = 0; i < 40 && drain(kQuietMs); ++i) {
    }
    return Event::changed;
  }
}

}  // namespace styrdok
