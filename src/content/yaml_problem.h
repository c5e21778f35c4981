// What a YAML syntax error means to the clerk who made it. yaml-cpp names
// the parser's state ("illegal map value", "end of map flow not found"),
// and notices an unclosed quote only lines later; the mistakes clerks make
// most (a colon in a title, a tab, a quote left open, a value starting with
// '[' or '*') are said here in words that say what to do, at the line where
// they are. Any other message is passed on as it is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

struct YamlProblem {
  int line = 0;    // 0-based line of the YAML text
  int column = 0;  // 1-based; 0 when unknown
  std::string message;
};

// `line` and `column` are where yaml-cpp stopped (0-based line, 1-based
// column), `message` its message.
YamlProblem explain_yaml_error(std::string_view text, int line, int column, const std::string& message);

// The problem of a quoted value whose quote, at `open` in `text` (at
// `line`, `column`), never closes; nothing when it closes or `open` holds
// no quote. yaml-cpp takes the end of the text for the close, so that the
// value silently swallows every line after it.
std::optional<YamlProblem> unclosed_quote(std::string_view text, std::size_t open, int line, int column);

}  // namespace styrdok
