// Percent-encoding of the paths in addresses (RFC 3986): decoding a path's
// segment as a request or a text names it, and encoding a file's path for
// an address in a page. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

// One segment of a path (between raw slashes), its "%XX" decoded. nullopt
// when it is malformed ("%4", "%zz"), holds a NUL or a '\', or decodes to a
// '/' or to "." or "..": an encoded '/' would make one segment look like
// two, and an encoded ".." a way up that its writer did not show.
std::optional<std::string> decoded_path_segment(std::string_view raw);

// `path` with every byte other than an unreserved character (letters, digits,
// "-._~") or '/' written as "%XX": "bilder/karta över ån.png" ->
// "bilder/karta%20%C3%B6ver%20%C3%A5n.png".
std::string percent_encoded_path(std::string_view path);

}  // namespace styrdok
