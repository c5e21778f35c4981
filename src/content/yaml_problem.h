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
  int column = 0;  // 1-based, in characters; 0 when unknown
  std::string message;
};

// `line` and `column` are where yaml-cpp stopped (0-based line, 1-based
// column in bytes, as yaml-cpp counts), `message` its message.
YamlProblem explain_yaml_error(std::string_view text, int line, int column, const std::string& message);

// The problem of a quoted value whose quote, at `open` in `text` (on
// 0-based `line`), never closes; nothing when it closes or `open` holds
// no quote. yaml-cpp takes the end of the text for the close, so that the
// value silently swallows every line after it.
std::optional<YamlProblem> unclosed_quote(std::string_view text, std::size_t open, int line);

// A comment that cuts a value short where the clerk most likely meant the
// '#' as part of it: " #" with the next word glued to the '#' ("title:
// Exempel #1" is the title "Exempel"; "colour: #7a1f3d" is no colour at
// all). `start` is where a plain value starts, or just past the ':' of a key
// whose value is empty; `line` is its 0-based line. A comment written as one
// ("antagen  # ändrad") is left alone. The problem is placed at the '#'.
// Reads no further than the end of `start`'s line.
std::optional<YamlProblem> comment_in_value(std::string_view text, std::size_t start, int line);

}  // namespace styrdok
