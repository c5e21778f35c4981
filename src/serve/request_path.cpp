#include "serve/request_path.h"

#include <array>
#include <utility>

#include "core/percent_encoding.h"

namespace styrdok {

std::optional<RequestPath> parse_request_path(std::string_view target) {
  target = target.substr(0, target.find_first_of("?#"));
  if (target.empty() || target[0] != '/') return std::nullopt;
  RequestPath result;
  std::size_t from = 1;
  while (from <= target.size()) {
    const auto slash = target.find('/', from);
    const auto raw = target.substr(from, slash == std::string_view::npos ? std::string_view::npos : slash - from);
    if (slash != std::string_view::npos && raw.empty()) return std::nullopt;  // "//"
    auto segment = decoded_path_segment(raw);
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
  static const std::array<std::pair<std::string_view, std::string_view>, 18> kTypes = {{
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
      {".webp", "image/webp"},
      {".avif", "image/avif"},
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
