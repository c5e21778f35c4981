// Writes a build's output into a fresh directory beside the target and swaps
// it in only when everything was written: a failed or interrupted build
// leaves the previous output exactly as it was (nothing is lost), and at
// every instant either the old or the new output is in place. What an
// interrupted build left beside the target is cleaned up when the next one
// starts (output/interrupted_builds.h).
//
// As an OutputSink it writes each file the moment the render stage hands it
// over and drops the bytes. Each directory is made once (the ones made are
// remembered), files are created with open(O_EXCL) relative to the staging
// root, so a path that comes twice or leads outside the root is an error.
//
// Thread-safety: write(), put() and keep() may be called from several
// threads at once; create, finish and commit from one thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/error.h"
#include "output/output_sink.h"

namespace styrdok {

class StagingDirectory final : public OutputSink {
 public:
  // Cleans up after interrupted builds of the target "<parent>/<name>" (a
  // warning says what was done), then creates and locks
  // "<parent>/.<name>.tmp-<pid>". The caller has checked that the target
  // may be replaced (output/output_target.h).
  static std::optional<StagingDirectory> create(const std::string& target, Diagnostics& diagnostics);
  StagingDirectory(StagingDirectory&& other) noexcept;
  StagingDirectory& operator=(StagingDirectory&&) = delete;
  // Removes the staging directory if it was never committed.
  ~StagingDirectory() override;

  // `path` is relative to the output root, '/'-separated, without "." or
  // ".." parts; missing parent directories are made. The file must not
  // exist yet. Returns an error message, or "" on success. Once the disk is
  // full, nothing more is written (finish() then reports that alone).
  std::string write(const std::string& path, std::string_view content);

  // OutputSink: write() each file; keep() is an error (there is no earlier
  // build on disk to keep a page from). A full disk is one error, naming
  // the target and the space the output needs.
  void put(OutputFile&& file) override;
  void keep(std::string_view path) override;
  std::vector<std::string> finish() override;

  // Replaces the target with the staged output in one step (Linux's
  // renameat2 exchanging the two folders), then removes the old output with
  // up to `jobs` threads. A target that is not a folder is never replaced.
  bool commit(Diagnostics& diagnostics, unsigned jobs = 1);

  const std::string& path() const { return staging_; }

 private:
  StagingDirectory(std::string target, std::string staging, int root);
  std::string make_directories(const std::string& dir);  // relative to root_; mutex_ held
  std::string failed(const std::string& what, const std::string& path, int error);
  void fail(std::string message);

  std::string target_;
  std::string staging_;
  int root_ = -1;  // the staging directory, open: files are made relative to it
  bool committed_ = false;
  std::mutex mutex_;                      // guards made_ and errors_
  std::unordered_set<std::string> made_;  // directories made so far, relative to root_
  std::vector<std::string> errors_;
  std::atomic<bool> disk_full_{false};     // a write found no space: write nothing more
  std::atomic<std::uint64_t> written_{0};  // bytes written, for the message of a full disk
};

// The message of a full disk, after `written` bytes of the new output, when
// the previous output takes `previous` bytes of the disk (0: there is none).
std::string disk_full_message(std::uint64_t written, std::uint64_t previous);

}  // namespace styrdok
