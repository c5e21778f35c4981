#include "serve/http_request.h"

#include <algorithm>
#include <vector>

namespace styrdok {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 9110's token: the characters a method or a field name may hold.
bool is_token(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
  });
}

bool has_control(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// "GET /x HTTP/1.1" -> the request; false when it is not one.
bool parse_request_line(std::string_view line, HttpRequest& request, bool& http11) {
  const auto first = line.find(' ');
  const auto last = line.rfind(' ');
  if (first == std::string_view::npos || first == last) return false;
  const std::string_view method = line.substr(0, first);
  const std::string_view target = line.substr(first + 1, last - first - 1);
  const std::string_view version = line.substr(last + 1);
  if (!is_token(method) || target.empty() || target.find(' ') != std::string_view::npos || has_control(target))
    return false;
  if (version != "HTTP/1.1" && version != "HTTP/1.0") return false;
  request.method = method;
  request.target = target;
  http11 = version == "HTTP/1.1";
  return true;
}

// Whether the comma-separated list `value` holds `token`, in any case.
bool lists(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    const auto comma = std::min(value.find(','), value.size());
    if (equals_ignoring_case(trimmed(value.substr(0, comma)), token)) return true;
    value.remove_prefix(std::min(comma + 1, value.size()));
  }
  return false;
}

}  // namespace

RequestHead parse_request_head(std::string_view received, std::size_t max_bytes) {
  RequestHead head;
  // Empty lines before the request line are to be ignored (RFC 9112, 2.2).
  std::size_t pos = 0;
  while (pos < received.size() && (received[pos] == '\r' || received[pos] == '\n')) ++pos;
  std::vector<std::string_view> lines;
  for (;;) {
    const auto newline = received.find('\n', pos);
    if (newline == std::string_view::npos || newline + 1 > max_bytes) {
      head.status = std::min(received.size(), newline) >= max_bytes ? RequestHead::Status::too_large
                                                                    : RequestHead::Status::incomplete;
      return head;
    }
    std::string_view line = received.substr(pos, newline - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = newline + 1;
    if (line.empty()) break;
    lines.push_back(line);
  }
  head.length = pos;
  head.status = RequestHead::Status::bad;
  bool http11 = false;
  if (lines.empty() || !parse_request_line(lines.front(), head.request, http11)) return head;
  bool close = false;
  bool keep_alive = false;
  bool body = false;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const auto colon = line.find(':');
    // No name, or a line folded onto the one before (obsolete, RFC 9112 5.2).
    if (colon == std::string_view::npos || !is_token(line.substr(0, colon))) return head;
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trimmed(line.substr(colon + 1));
    if (equals_ignoring_case(name, "content-length")) {
      if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return head;
      body = body || value.find_first_not_of('0') != std::string_view::npos;
    } else if (equals_ignoring_case(name, "transfer-encoding")) {
      body = true;
    } else if (equals_ignoring_case(name, "connection")) {
      close = close || lists(value, "close");
      keep_alive = keep_alive || lists(value, "keep-alive");
    }
  }
  head.request.keep_alive = !close && (http11 || keep_alive);
  head.status = body ? RequestHead::Status::has_body : RequestHead::Status::complete;
  return head;
}

}  // namespace styrdok
