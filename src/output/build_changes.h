// An OutputSink that keeps what one build handed over, in the order it came:
// the files it rendered, and the paths of those it kept from the build
// before (BuildOptions::reuse). For `styrdok serve`, which changes the files
// it serves in place (serve/served_files.h) and needs them in no order: a
// save at 10,000 documents kept about 170,000 files, and sorting their paths
// as MemoryOutput does cost more than rendering the few that changed.
//
// Thread-safety: as OutputSink; rendered() and kept() are read after finish().
#pragma once

#include <mutex>

#include "output/output_sink.h"
#include "output/path_list.h"

namespace styrdok {

class BuildChanges final : public OutputSink {
 public:
  // `memory`: a list to note the kept paths in, emptied (serve hands back the
  // last build's, whose memory then serves again rather than being faulted
  // in anew on every save).
  explicit BuildChanges(PathList memory = {}) : kept_(std::move(memory)) { kept_.clear(); }

  void put(OutputFile&& file) override;
  void keep(std::string_view path) override;
  // Reports a path rendered twice (a kept path is one the build did not
  // render: the pipeline keeps or renders each page once).
  std::vector<std::string> finish() override;

  OutputFiles& rendered() { return rendered_; }
  const PathList& kept() const { return kept_; }
  PathList take_kept() { return std::move(kept_); }

 private:
  std::mutex mutex_;
  OutputFiles rendered_;
  PathList kept_;
};

}  // namespace styrdok
