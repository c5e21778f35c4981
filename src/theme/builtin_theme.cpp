#include "theme/builtin_theme.h"

#include "theme/embedded_file.h"

namespace styrdok {

// Written by cmake/embed_files.cmake into the build folder.
extern const EmbeddedFile kEmbeddedFiles[];
extern const std::size_t kEmbeddedFileCount;

const char* const kBuiltinThemeDir = "themes/default";

const FileSystem& builtin_theme_files() {
  static const MemoryFileSystem kFiles = [] {
    MemoryFileSystem files;
    for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) {
      const auto& f = kEmbeddedFiles[i];
      files.add(join_path(kBuiltinThemeDir, f.path), std::string(reinterpret_cast<const char*>(f.bytes), f.size));
    }
    return files;
  }();
  return kFiles;
}

std::vector<std::string> builtin_theme_paths() {
  std::vector<std::string> out;
  out.reserve(kEmbeddedFileCount);
  for (std::size_t i = 0; i < kEmbeddedFileCount; ++i) out.emplace_back(kEmbeddedFiles[i].path);
  return out;
}

}  // namespace styrdok
