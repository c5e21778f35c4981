// Where the render stage hands each output file the moment it is finished:
// straight to disk (StagingDirectory, for `styrdok build`) or into memory
// (MemoryOutput, for `styrdok serve`). A build therefore never has to hold
// its whole output, and writing overlaps rendering.
//
// Thread-safety: put() and keep() are called from several threads at once;
// finish() is called once, from one thread, after the last put() or keep().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "output/output_file.h"

namespace styrdok {

// What finish() says of a path that was handed over twice (every sink says it alike).
inline std::string same_path_error(const std::string& path) { return "two output files have the same path: " + path; }

class OutputSink {
 public:
  virtual ~OutputSink() = default;

  // Takes one finished file. Every path is put or kept once; a failure (a
  // file that cannot be written, a path that comes twice) is remembered and
  // returned by finish(), never thrown.
  virtual void put(OutputFile&& file) = 0;

  // Notes that the file at `path` was not rendered because the caller still
  // has it from an earlier build (BuildOptions::reuse).
  virtual void keep(std::string_view path) = 0;

  // After the last file: what went wrong, one message each, sorted so that
  // the report does not depend on threads; empty when every file arrived.
  virtual std::vector<std::string> finish() = 0;
};

}  // namespace styrdok
