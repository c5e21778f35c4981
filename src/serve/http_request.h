// Reading the head of an HTTP/1.x request (request line and header fields)
// from the bytes received so far, within a size limit. Pure, so that the
// limits serve keeps can be tested without sockets. serve answers GET and
// HEAD only, so a request with a body is recognised (to be refused), never
// read.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace styrdok {

struct HttpRequest {
  std::string method;       // "GET"
  std::string target;       // as sent: "/lysekil/?q=1", still percent-encoded
  bool keep_alive = false;  // the client wants the connection kept for another request
};

struct RequestHead {
  enum class Status {
    incomplete,  // no blank line yet: wait for more bytes
    complete,    // `request` holds it, `length` bytes long
    bad,         // not an HTTP/1.x request head
    too_large,   // `max_bytes` and still no end
    has_body,    // a Content-Length above 0 or a Transfer-Encoding
  };
  Status status = Status::incomplete;
  HttpRequest request;
  std::size_t length = 0;  // bytes of the head, its blank line included
};

// The request head at the start of `received`, which may hold more (the
// next request) or less (the rest is on its way). A head longer than
// `max_bytes` is too large, whatever follows.
RequestHead parse_request_head(std::string_view received, std::size_t max_bytes);

}  // namespace styrdok
