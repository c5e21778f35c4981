#include "core/error.h"

#include <algorithm>
#include <tuple>

#include "core/text.h"

namespace styrdok {

std::string Diagnostic::to_string() const {
  std::string out = terminal_text(where.path);
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0) out += ':' + std::to_string(where.column);
  }
  out += severity == Severity::warning ? ": warning: " : ": ";
  out += terminal_text(message);
  return out;
}

void Diagnostics::error(SourceLocation where, std::string message) {
  items_.push_back({std::move(where), std::move(message), Severity::error});
}

void Diagnostics::warning(SourceLocation where, std::string message) {
  items_.push_back({std::move(where), std::move(message), Severity::warning});
}

void Diagnostics::merge(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::vector<Diagnostic> listed_per_file(std::vector<Diagnostic> sorted, std::size_t per_file) {
  std::vector<Diagnostic> out;
  for (std::size_t first = 0; first < sorted.size();) {
    std::size_t end = first;
    while (end < sorted.size() && sorted[end].where.path == sorted[first].where.path) ++end;
    const std::size_t shown = std::min(end - first, per_file);
    std::string path = sorted[first].where.path;  // before it is moved from
    for (std::size_t i = first; i < first + shown; ++i) out.push_back(std::move(sorted[i]));
    if (end - first > shown) {
      const bool error = std::any_of(sorted.begin() + static_cast<std::ptrdiff_t>(first + shown),
                                     sorted.begin() + static_cast<std::ptrdiff_t>(end),
                                     [](const Diagnostic& d) { return d.severity == Severity::error; });
      out.push_back({{std::move(path), 0, 0},
                     (end - first - shown == 1
                          ? std::string("1 more problem in this file is not listed")
                          : std::to_string(end - first - shown) + " more problems in this file are not listed") +
                         "; fix the ones above first, then check again",
                     error ? Severity::error : Severity::warning});
    }
    first = end;
  }
  return out;
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.path, a.where.line, a.where.column, a.message) <
           std::tie(b.where.path, b.where.line, b.where.column, b.message);
  });
}

}  // namespace styrdok
