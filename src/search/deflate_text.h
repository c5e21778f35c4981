// Compresses text for the index's text files: zlib's deflate (zlib format),
// written as base64 so that it can stand in a script file. The search page
// reads it back with the browser's DecompressionStream("deflate"). Pure;
// thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace styrdok::search {

std::string deflate_base64(std::string_view text);

// The reverse, for tests; "" if the input is not valid.
std::string inflate_base64(std::string_view base64);

}  // namespace styrdok::search
