#include "core/limits.h"

#include <string>

#include "core/text.h"

namespace styrdok {

namespace {

void report_too_large(std::uintmax_t size, const std::string& path, const InputLimits& limits, Diagnostics& diagnostics,
                      std::string_view advice) {
  diagnostics.error({path, 0, 0}, "the file is " + byte_size(size) + ", more than the " + byte_size(limits.file_bytes) +
                                      " styrdok reads; " + std::string(advice));
}

}  // namespace

bool text_file_too_large(const FileSystem& files, const std::string& path, const InputLimits& limits,
                         Diagnostics& diagnostics, std::string_view advice) {
  const auto size = files.size_of(path);
  if (!size || *size <= limits.file_bytes) return false;
  report_too_large(*size, path, limits, diagnostics, advice);
  return true;
}

bool check_text_limits(std::string_view text, const std::string& path, const InputLimits& limits,
                       Diagnostics& diagnostics, int first_line, std::string_view advice) {
  if (text.size() > limits.file_bytes) {
    report_too_large(text.size(), path, limits, diagnostics, advice);
    return false;
  }
  std::size_t start = 0;
  for (int line = first_line; start <= text.size(); ++line) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end - start > limits.line_bytes) {
      const std::string_view read = text.substr(start, limits.line_bytes);
      // A byte order mark at the text's start is no character anyone sees in an editor.
      const std::size_t mark = start == 0 ? read.size() - without_byte_order_mark(read).size() : 0;
      const int column = character_column(read.substr(mark), static_cast<int>(limits.line_bytes - mark) + 1);
      diagnostics.error({path, line, column}, "the line is " + byte_size(end - start) + " long, more than the " +
                                                  byte_size(limits.line_bytes) +
                                                  " styrdok reads on one line; break it into shorter lines");
      return false;
    }
    start = end + 1;
  }
  return true;
}

}  // namespace styrdok
