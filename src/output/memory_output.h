// An OutputSink that keeps every file in memory, for the preview server,
// which serves the bytes itself and keeps pages between builds.
//
// Thread-safety: as OutputSink; files() and kept() are read after finish().
#pragma once

#include <mutex>

#include "output/output_sink.h"

namespace styrdok {

class MemoryOutput final : public OutputSink {
 public:
  void put(OutputFile&& file) override;
  void keep(std::string_view path) override;
  // Sorts the files by path (the order they arrived in depends on threads)
  // and reports any path that came twice.
  std::vector<std::string> finish() override;

  // After finish(): every file, sorted by path, and per file whether it was
  // kept (its bytes then empty: the caller has them from an earlier build).
  OutputFiles& files() { return files_; }
  std::vector<bool>& kept() { return kept_; }

 private:
  std::mutex mutex_;
  OutputFiles files_;
  std::vector<bool> kept_;
};

}  // namespace styrdok
