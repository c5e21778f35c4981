// One file of a build's output that is not a rendered page: a search shard,
// an open-data export, a generated image. Stages that produce such files
// return them as values; the pipeline writes them with the pages.
#pragma once

#include <string>
#include <vector>

namespace styrdok {

struct OutputFile {
  std::string path;   // relative to the output root: "sok/index/a3.js"
  std::string bytes;  // the file's content, exactly as written
};

using OutputFiles = std::vector<OutputFile>;

}  // namespace styrdok
