// Writes a build's output into a fresh directory beside the target and swaps
// it in only when everything was written: a failed or interrupted build
// leaves the previous output exactly as it was (nothing is lost).
//
// As an OutputSink it writes each file the moment the render stage hands it
// over and drops the bytes. Each directory is made once (the ones made are
// remembered), files are created with open(O_EXCL) relative to the staging
// root, so a path that comes twice or leads outside the root is an error.
//
// Thread-safety: write(), put() and keep() may be called from several
// threads at once; create, finish and commit from one thread.
#pragma once

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
  // Creates "<parent>/.<name>.tmp-<pid>" for the target "<parent>/<name>".
  static std::optional<StagingDirectory> create(const std::string& target, Diagnostics& diagnostics);
  StagingDirectory(StagingDirectory&& other) noexcept;
  StagingDirectory& operator=(StagingDirectory&&) = delete;
  // Removes the staging directory if it was never committed.
  ~StagingDirectory() override;

  // `path` is relative to the output root, '/'-separated, without "." or
  // ".." parts; missing parent directories are made. The file must not
  // exist yet. Returns an error message, or "" on success.
  std::string write(const std::string& path, std::string_view content);

  // OutputSink: write() each file; keep() is an error (there is no earlier
  // build on disk to keep a page from).
  void put(OutputFile&& file) override;
  void keep(std::string path) override;
  std::vector<std::string> finish() override;

  // Replaces the target with the staged output. The old output is moved
  // aside first and removed, with up to `jobs` threads, only after the new
  // one is in place.
  bool commit(Diagnostics& diagnostics, unsigned jobs = 1);

  const std::string& path() const { return staging_; }

 private:
  StagingDirectory(std::string target, std::string staging, int root);
  std::string make_directories(const std::string& dir);  // relative to root_; mutex_ held
  void fail(std::string message);

  std::string target_;
  std::string staging_;
  int root_ = -1;  // the staging directory, open: files are made relative to it
  bool committed_ = false;
  std::mutex mutex_;                      // guards made_ and errors_
  std::unordered_set<std::string> made_;  // directories made so far, relative to root_
  std::vector<std::string> errors_;
};

}  // namespace styrdok
