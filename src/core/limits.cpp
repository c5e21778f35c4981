#include "core/limits.h"

#include <string>

#include "core/text.h"

namespace styrdok {

bool check_text_limits(std::string_view text, const std::string& path, const InputLimits& limits,
                       Diagnostics& diagnostics, int first_line) {
  if (text.size() > limits.file_bytes) {
    diagnostics.error({path, 0, 0}, "the file is " + byte_size(text.size()) + ", more than the " +
                                        byte_size(limits.file_bytes) + " styrdok reads; split it into smaller files");
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
