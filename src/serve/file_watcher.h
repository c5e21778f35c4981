// Watches a site's sources with inotify: content/, templates/, themes/ (every
// folder below them, including folders created later) and the site file.
// Linux only. Used from one thread.
#pragma once

#include <string>
#include <vector>

namespace styrdok {

class FileWatcher {
 public:
  enum class Event { changed, stop, failed };

  // Starts watching `root`. failed() tells whether inotify could be set up.
  explicit FileWatcher(std::string root);
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  bool failed() const { return fd_ < 0; }

  // Blocks until a watched file changes (then waits until the changes have
  // been quiet for a moment, so that an editor's save is one event), or
  // until `stop_fd` becomes readable. The paths changed are in changed_paths().
  Event wait(int stop_fd);
  const std::vector<std::string>& changed_paths() const { return changed_; }

 private:
  void watch_tree(const std::string& dir);
  bool drain(int timeout_ms);  // reads pending events; false if none came

  std::string root_;
  int fd_ = -1;
  std::vector<std::pair<int, std::string>> watches_;  // descriptor -> folder relative to root
  std::vector<std::string> changed_;
};

}  // namespace styrdok
