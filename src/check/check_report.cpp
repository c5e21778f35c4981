#include "check/check_report.h"

#include "core/text.h"

namespace styrdok {

std::string check_report_json(const Diagnostics& diagnostics, std::size_t pages) {
  const std::size_t errors = diagnostics.error_count();
  const std::size_t warnings = diagnostics.items().size() - errors;
  std::string out = "{\n";
  out += "  \"format_version\": " + std::to_string(kCheckReportFormatVersion) + ",\n";
  out += std::string("  \"ok\": ") + (errors == 0 ? "true" : "false") + ",\n";
  out += "  \"errors\": " + std::to_string(errors) + ",\n";
  out += "  \"warnings\": " + std::to_string(warnings) + ",\n";
  out += "  \"pages\": " + std::to_string(pages) + ",\n";
  out += "  \"diagnostics\": [";
  bool first = true;
  for (const auto& d : diagnostics.items()) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "    {\"severity\": \"";
    out += d.severity == Severity::error ? "error" : "warning";
    out += "\", \"path\": \"" + json_escape(d.where.path) + "\", \"line\": " + std::to_string(d.where.line) +
           ", \"column\": " + std::to_string(d.where.column) + ", \"message\": \"" + json_escape(d.message) +
           "\", \"text\": \"" + json_escape(d.to_string()) + "\"}";
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace styrdok
