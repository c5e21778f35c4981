// Turns the target of an HTTP request ("/lysekil/?x=1") into the path of a
// file in the site's output ("lysekil/index.html"), refusing anything that
// could reach outside it: ".." or "." segments, raw or percent-encoded;
// encoded slashes and backslashes; NUL bytes; malformed escapes.
// Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

struct RequestPath {
  std::string path;        // decoded, '/'-separated, no leading '/': "lysekil/" or "assets/style.css"
  bool directory = false;  // the target ends with '/' (or is the root): serve its index.html
};

// Nullopt when the target must be refused (403).
std::optional<RequestPath> parse_request_path(std::string_view target);

// "text/html; charset=utf-8" for "index.html"; application/octet-stream if unknown.
std::string content_type_for(std::string_view path);

}  // namespace styrdok
