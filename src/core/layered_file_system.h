// Two file systems seen as one: a path in the upper one hides the same path
// in the lower one, and a folder lists the entries of both. The pipeline
// reads a site through one, with the site's own files over the theme built
// into the program (theme/builtin_theme.h), so that a site needs no copy of
// the theme and may still replace any file of it.
//
// Holds references to both layers, which must outlive it. Thread-safe when
// both layers are.
#pragma once

#include "core/file_system.h"

namespace styrdok {

class LayeredFileSystem final : public FileSystem {
 public:
  LayeredFileSystem(const FileSystem& upper, const FileSystem& lower) : upper_(upper), lower_(lower) {}
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  std::optional<std::uintmax_t> size_of(const std::string& path) const override;
  // What either layer refused: a file of the site the upper layer refused
  // is not replaced by the lower layer's, it fails the build.
  std::vector<Refusal> refusals() const override;

 private:
  const FileSystem& upper_;
  const FileSystem& lower_;
};

}  // namespace styrdok
