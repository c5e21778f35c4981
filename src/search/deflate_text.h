// Compresses text for the index's text files: deflate in the zlib format
// (libdeflate, which compresses several times faster than zlib and as
// small), written as base64 so that it can stand in a script file. The
// search page reads it back with the browser's DecompressionStream("deflate").
//
// A TextDeflater holds one compressor (several hundred KB of tables): make
// one per thread and use it for many texts. Not thread-safe; the free
// functions are.
#pragma once

#include <string>
#include <string_view>

struct libdeflate_compressor;

namespace styrdok::search {

class TextDeflater {
 public:
  TextDeflater();
  ~TextDeflater();
  TextDeflater(const TextDeflater&) = delete;
  TextDeflater& operator=(const TextDeflater&) = delete;

  std::string deflate_base64(std::string_view text);

 private:
  libdeflate_compressor* compressor_;
};

std::string deflate_base64(std::string_view text);

// The reverse (with zlib), for tests; "" if the input is not valid.
std::string inflate_base64(std::string_view base64);

}  // namespace styrdok::search
