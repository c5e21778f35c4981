#include "serve/request_path.h"

#include <array>
#include <utility>

namespace styrdok {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one segment (between raw slashes). An encoded '/' or '\' would
// make a segment look like two, so it is refused rather than decoded.
std::optional<std::string> decode_segment(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == '%') {
      if (i + 2 >= raw.size()) return std::nullopt;
      const int hi = hex_value(raw[i + 1]);
      const int lo = hex_value(raw[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
      if (c == '/' || c == '\\') return std::nullopt;
    }
    if (c == '\0' || c == '\\') return std::nullopt;
    out += c;
  }
  if (out == "." || out == "..") return std::nullopt;
  return out;
}

}  // namespace

std::optional<RequestPath> parse_request_path(std::string_view target) {
  target = target.substr(0, target.find_first_of("?#"));
  if (target.empty() || target[0] != '/') return std::nullopt;
  RequestPath result;
  std::size_t from = 1;
  while (from <= target.size()) {
    const auto slash = target.find('/', from);
    const auto raw = target.substr(from, slash == std::string_view::npos ? std::string_view::npos : slash - from);
    if (slash != std::string_view::npos && raw.empty()) return std::nullopt;  // "//"
    auto segment = decode_segment(raw);
    if (!segment) return std::nullopt;
    result.path += *segment;
    if (slash == std::string_view::npos) break;
    result.path += '/';
    from = slash + 1;
  }
  result.directory = result.path.empty() || result.path.back() == '/';
  return result;
}

std::string content_type_for(std::string_view path) {
  static const std::array<std::pair<std::string_view, std::string_view>, 16> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"},
      {".xml", "application/xml; charset=utf-8"},
      {".txt", "text/plain; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".pdf", "application/pdf"},
      {".csv", "text/csv; charset=utf-8"},
  }};
  if (path.ends_with("feed.xml")) return "application/atom+xml; charset=utf-8";
  for (const auto& [suffix, type] : kTypes) {
    if (path.ends_with(suffix)) return std::string(type);
  }
  return "application/octet-stream";
}

}  // namespace styrdok
