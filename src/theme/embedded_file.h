// One file built into the program at compile time, as cmake/embed_files.cmake
// writes them: the path relative to the embedded folder and its bytes.
#pragma once

#include <cstddef>

namespace styrdok {

struct EmbeddedFile {
  const char* path;            // "templates/home.mustache"
  const unsigned char* bytes;  // followed by a zero byte not counted in size
  std::size_t size;
};

}  // namespace styrdok
