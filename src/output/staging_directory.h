// Writes a build's output into a fresh directory beside the target and swaps
// it in only when everything was written: a failed or interrupted build
// leaves the previous output exactly as it was (nothing is lost).
//
// Thread-safety: write() may be called from several threads at once for
// different paths; create/commit are called from one thread.
#pragma once

#include <optional>
#include <string>

#include "core/error.h"

namespace styrdok {

class StagingDirectory {
 public:
  // Creates "<parent>/.<name>.tmp-<pid>" for the target "<parent>/<name>".
  static std::optional<StagingDirectory> create(const std::string& target, Diagnostics& diagnostics);
  StagingDirectory(StagingDirectory&& other) noexcept;
  StagingDirectory& operator=(StagingDirectory&&) = delete;
  // Removes the staging directory if it was never committed.
  ~StagingDirectory();

  // `path` is relative to the output root; parent directories are created.
  // Returns an error message, or "" on success.
  std::string write(const std::string& path, const std::string& content) const;

  // Replaces the target with the staged output. The old output is moved
  // aside first and removed only after the new one is in place.
  bool commit(Diagnostics& diagnostics);

  const std::string& path() const { return staging_; }

 private:
  StagingDirectory(std::string target, std::string staging)
      : target_(std::move(target)), staging_(std::move(staging)) {}
  std::string target_;
  std::string staging_;
  bool committed_ = false;
};

}  // namespace styrdok
