// Watches a site's sources with inotify: content/, templates/, static/, i18n/, themes/ (every
// folder below them, including folders created later) and the site file.
// Linux only. Used from one thread.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"

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
  // until `stop_fd` becomes readable. The paths changed are in
  // changed_paths(), relative to the root. One empty path stands for every
  // file: more changed at once than the kernel could queue, so which is not
  // known.
  Event wait(int stop_fd);
  const std::vector<std::string>& changed_paths() const { return changed_; }

  // Folders that could not be watched since the last call (the system's
  // limit on watches reached, say), as warnings: edits in them go unseen.
  Diagnostics take_warnings();

 private:
  void watch_tree(const std::string& dir);
  bool drain(int timeout_ms);  // reads pending events; false if none came
  void note_changed(const std::string& path);

  std::string root_;
  int fd_ = -1;
  std::unordered_map<int, std::string> watches_;  // descriptor -> folder relative to root
  std::vector<std::string> changed_;
  std::unordered_set<std::string> seen_;                // changed_, for finding
  std::vector<std::pair<std::string, int>> unwatched_;  // folder, errno
};

// Warnings for folders that could not be watched (folder, errno): one per
// reason, at the first such folder, counting the others; at the system's
// limit on watches there would otherwise be one per folder.
Diagnostics unwatched_warnings(std::vector<std::pair<std::string, int>> unwatched);

}  // namespace styrdok
