// styrdok serve: a request head as received, and the path of its target.
#include "fuzz_input.h"
#include "serve/http_request.h"
#include "serve/request_path.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = styrdok::fuzz::text_of(data, size);
  const auto head = styrdok::parse_request_head(text, 16 * 1024);
  if (head.status == styrdok::RequestHead::Status::complete) {
    if (auto path = styrdok::parse_request_path(head.request.target)) (void)styrdok::content_type_for(path->path);
  }
  if (auto path = styrdok::parse_request_path(text)) {
    // A decoded path never leaves the site: no '.' or '..' segment, no
    // leading '/', no backslash or NUL.
    const std::string& p = path->path;
    if (p.rfind("/", 0) == 0 || p.find('\\') != std::string::npos || p.find('\0') != std::string::npos)
      __builtin_trap();
    std::size_t from = 0;
    while (from <= p.size()) {
      const auto slash = p.find('/', from);
      const std::string segment = p.substr(from, slash == std::string::npos ? std::string::npos : slash - from);
      if (segment == "." || segment == "..") __builtin_trap();
      if (slash == std::string::npos) break;
      from = slash + 1;
    }
  }
  return 0;
}
