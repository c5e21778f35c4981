#include "markdown/text_file.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "core/percent_encoding.h"
#include "core/url_scheme.h"

namespace styrdok {

namespace {

const std::string_view kContentPrefix = "content/";

// The folder `path` is in, with its '/' ("content/a/b.md" -> "content/a/"), or "".
std::string_view folder_of(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash + 1);
}

// `relative` (raw segments, each decoded) from `folder`, with "." and ".."
// taken away; a ".." past the top is kept in front. Empty when a segment
// cannot be decoded.
std::string normalised(std::string_view folder, std::string_view relative) {
  std::vector<std::string> parts;
  std::size_t ups = 0;  // ".." past the top
  auto add = [&](std::string_view raw, bool decode) {
    if (raw.empty() || raw == ".") return true;
    if (raw == "..") {
      if (parts.empty())
        ++ups;
      else
        parts.pop_back();
      return true;
    }
    if (!decode) {
      parts.emplace_back(raw);
      return true;
    }
    auto segment = decoded_path_segment(raw);
    if (!segment) return false;
    parts.push_back(std::move(*segment));
    return true;
  };
  auto each = [](std::string_view path, auto&& f) {
    for (std::size_t from = 0; from <= path.size();) {
      const auto slash = std::min(path.find('/', from), path.size());
      if (!f(path.substr(from, slash - from))) return false;
      from = slash + 1;
    }
    return true;
  };
  each(folder, [&](std::string_view raw) { return add(raw, false); });  // a file's own path: not encoded
  if (!each(relative, [&](std::string_view raw) { return add(raw, true); })) return {};
  std::string out;
  for (std::size_t i = 0; i < ups; ++i) out += "../";
  for (const auto& part : parts) {
    if (!out.empty() && out.back() != '/') out += '/';
    out += part;
  }
  return out;
}

// The kind of file `path` names, in small letters: ".png"; "" when it has none.

template <std::size_t N>
bool kind_among(std::string_view path, const std::array<std::string_view, N>& kinds) {
  const std::string kind = file_kind(path);
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

std::optional<TextFile> text_file(std::string_view text_path, std::string_view url, FileUse use) {
  if (url.empty() || url[0] == '/' || url[0] == '#' || !url_scheme(url).scheme.empty()) return std::nullopt;
  TextFile out;
  out.file = normalised(folder_of(text_path), url.substr(0, url.find_first_of("?#")));
  const bool allowed = use == FileUse::picture ? is_picture_file(out.file) : is_attachment_file(out.file);
  if (out.file.starts_with(kContentPrefix) && allowed) out.output = out.file.substr(kContentPrefix.size());
  return out;
}

bool is_picture_file(std::string_view path) {
  static constexpr std::array<std::string_view, 7> kKinds = {".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"};
  return kind_among(path, kKinds);
}

bool is_attachment_file(std::string_view path) {
  static constexpr std::array<std::string_view, 13> kKinds = {".pdf",  ".odt", ".docx", ".doc", ".rtf",  ".txt", ".ods",
                                                              ".xlsx", ".xls", ".csv",  ".odp", ".pptx", ".ppt"};
  return kind_among(path, kKinds) || is_picture_file(path);
}

std::string file_kind(std::string_view path) {
  const auto dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos || dot + 1 == path.size())
    return "";
  std::string kind(path.substr(dot));
  std::transform(kind.begin(), kind.end(), kind.begin(), [](unsigned char c) { return std::tolower(c); });
  return kind;
}

bool has_file_kind(std::string_view path) { return !file_kind(path).empty(); }

std::string file_address(std::string_view output) { return "/" + percent_encoded_path(output); }

}  // namespace styrdok
