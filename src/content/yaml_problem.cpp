#include "content/yaml_problem.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

#include "core/text.h"

namespace styrdok {

namespace {

// The text's lines (without their line breaks) and where each starts.
struct Lines {
  std::vector<std::string_view> text;
  std::vector<std::size_t> start;
};

Lines lines_of(std::string_view text) {
  Lines lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.text.push_back(line);
    lines.start.push_back(start);
    start = end + 1;
  }
  return lines;
}

// Where a line's value starts: after "key: " or "- ", past the spaces;
// npos on a line that holds none (blank, a comment, "key:" alone).
std::size_t value_start(std::string_view line) {
  std::size_t at = line.find_first_not_of(" \t");
  if (at == std::string_view::npos || line[at] == '#') return std::string_view::npos;
  if (line.compare(at, 2, "- ") == 0) {
    at += 2;
  } else {
    const std::size_t colon = line.find(": ", at);
    if (colon == std::string_view::npos) return std::string_view::npos;
    at = colon + 2;
  }
  at = line.find_first_not_of(' ', at);
  return at == std::string_view::npos || line[at] == '#' ? std::string_view::npos : at;
}

// Where the quote at `open` closes (just after it), on its line or (unless
// `on_its_line`) a later one, as YAML lets a quoted value run over lines: a
// double quote not escaped by a backslash, a single quote not doubled; npos
// if it does not.
std::size_t quote_end(std::string_view text, std::size_t open, bool on_its_line) {
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (on_its_line && text[i] == '\n') return std::string_view::npos;
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return i + 1;
      }
    }
  }
  return std::string_view::npos;
}

bool closes(std::string_view text, std::size_t open, bool on_its_line) {
  return quote_end(text, open, on_its_line) != std::string_view::npos;
}

// Where a value that starts at `at` with a quote, '[' or '{' closed on its
// line ends (just after the closing character); npos when it starts
// otherwise or does not close there.
std::size_t part_end(std::string_view row, std::size_t at) {
  const char open = row[at];
  if (open == '[' || open == '{') {
    const std::size_t close = row.find(open == '[' ? ']' : '}', at);
    return close == std::string_view::npos ? close : close + 1;
  }
  if (open != '"' && open != '\'') return std::string_view::npos;
  return quote_end(row, at, true);
}

std::string never_closed(char quote) {
  return std::string("the quote (") + quote + ") that starts this value is never closed; end the value with " + quote;
}

// Messages yaml-cpp gives when a quote is left open: it reads on to the
// next quote, or to the end, and stops somewhere after.
bool after_open_quote(const std::string& message) {
  return message == "illegal block entry" || message == "illegal EOF in scalar" || message == "end of map not found" ||
         message == "end of sequence not found" || message == "illegal map value" || message == "unknown token";
}

// explain_yaml_error, with the column in bytes.
YamlProblem explain(std::string_view text, const Lines& lines, int line, int column, const std::string& message) {
  const bool placed = line >= 0 && static_cast<std::size_t>(line) < lines.text.size();
  const std::string_view here = placed ? lines.text[static_cast<std::size_t>(line)] : std::string_view();

  // A tab in the indentation, on the line yaml-cpp stopped at.
  const std::size_t indent = here.find_first_not_of(" \t");
  const std::size_t tab = here.substr(0, indent).find('\t');
  if (message == "illegal tab when looking for indentation" || tab != std::string_view::npos) {
    return {line, tab == std::string_view::npos ? column : static_cast<int>(tab) + 1,
            "a tab in the indentation; YAML needs spaces"};
  }
  // A quote opened on this line or one before it and not closed on its
  // line: a value over several lines is rare where yaml-cpp fails.
  if (after_open_quote(message) && placed) {
    for (std::size_t i = 0; i <= static_cast<std::size_t>(line); ++i) {
      const std::size_t at = value_start(lines.text[i]);
      if (at == std::string_view::npos || (lines.text[i][at] != '"' && lines.text[i][at] != '\'')) continue;
      if (closes(text, lines.start[i] + at, true)) continue;
      return {static_cast<int>(i), static_cast<int>(at) + 1, never_closed(lines.text[i][at])};
    }
  }
  // A closed quote or bracket that starts a value, with more text after it
  // ('title: "Trygg i Lysekil" – handlingsplan'): YAML reads the quoted part
  // as the value and stops at the rest.
  if (after_open_quote(message) && placed) {
    for (std::size_t i = 0; i <= static_cast<std::size_t>(line); ++i) {
      const std::string_view row = lines.text[i];
      const std::size_t at = value_start(row);
      if (at == std::string_view::npos) continue;
      const std::size_t end = part_end(row, at);
      if (end == std::string_view::npos) continue;
      const std::size_t rest = row.find_first_not_of(' ', end);
      if (rest == std::string_view::npos || row[rest] == '#') continue;
      return {static_cast<int>(i), static_cast<int>(at) + 1,
              "the value starts with a part in quotes or brackets and goes on after it; put the whole value in "
              "quotes, e.g. title: '\"Trygg i Lysekil\" – handlingsplan' (a single quote inside single quotes is "
              "written twice)"};
    }
  }
  // yaml-cpp's words for values inside one another deeper than it reads (500).
  if (message == "bad file") {
    return {line, column,
            "values are nested inside one another (in [ ], { } or by indentation) deeper than YAML is read here; "
            "write them flatter"};
  }
  if (message == "illegal map value") {
    const std::size_t at = value_start(here);
    if (at != std::string_view::npos && here.find(": ", at) != std::string_view::npos) {
      return {line, column,
              "a colon and a space inside a value; put the whole value in quotes, e.g. title: \"Policy: integration\""};
    }
    return {line, column,
            "this line is not of the form 'key: value' (check its indentation, and put a value that starts with a "
            "sign such as '&' or '!' in quotes)"};
  }
  // A '{' or '[' that starts a value on this line or one before it, not
  // closed on its line: yaml-cpp notices only where the next key begins.
  for (const auto& [flow, open, close] :
       {std::tuple{"end of map flow not found", '{', '}'}, std::tuple{"end of sequence flow not found", '[', ']'}}) {
    if (message != flow) continue;
    int at_line = line, at_column = column;
    for (std::size_t i = 0; placed && i <= static_cast<std::size_t>(line); ++i) {
      const std::size_t at = value_start(lines.text[i]);
      if (at != std::string_view::npos && lines.text[i][at] == open &&
          lines.text[i].find(close, at) == std::string_view::npos) {
        at_line = static_cast<int>(i);
        at_column = static_cast<int>(at) + 1;
        break;
      }
    }
    return {at_line, at_column,
            std::string("a '") + open + "' at the start of a value is never closed with '" + close +
                "'; if the value is text, put it in quotes"};
  }
  if (const std::string escape = "unknown escape character: "; message.rfind(escape, 0) == 0) {
    return {line, column,
            "'\\" + message.substr(escape.size()) +
                "' in a value in double quotes is no escape YAML knows; use single quotes ('...'), or write the "
                "backslash twice"};
  }
  if (message == "unknown token") {
    return {line, column, "a value cannot start with '@' or '`'; put the value in quotes"};
  }
  if (message == "the referenced anchor is not defined") {
    return {line, column,
            "a value that starts with '*' refers to an anchor ('&name') that is not there; if the value is text, put "
            "it in quotes"};
  }
  return {line, column, message};
}

// The 1-based column in characters of `offset` in `text`.
int column_of(std::string_view text, std::size_t offset) {
  const std::size_t line_start = offset == 0 ? 0 : text.rfind('\n', offset - 1) + 1;  // npos + 1 == 0
  return character_column(text.substr(line_start), static_cast<int>(offset - line_start) + 1);
}

}  // namespace

YamlProblem explain_yaml_error(std::string_view text, int line, int column, const std::string& message) {
  const Lines lines = lines_of(text);
  YamlProblem problem = explain(text, lines, line, column, message);
  if (problem.line >= 0 && static_cast<std::size_t>(problem.line) < lines.text.size())
    problem.column = character_column(lines.text[static_cast<std::size_t>(problem.line)], problem.column);
  return problem;
}

std::optional<YamlProblem> unclosed_quote(std::string_view text, std::size_t open, int line) {
  if (open >= text.size() || (text[open] != '"' && text[open] != '\'') || closes(text, open, false))
    return std::nullopt;
  return YamlProblem{line, column_of(text, open), never_closed(text[open])};
}

std::optional<YamlProblem> comment_in_value(std::string_view text, std::size_t start, int line) {
  std::size_t end = std::min(text.find('\n', start), text.size());
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  std::size_t from = start;
  while (from < end && blank(text[from])) ++from;
  while (from < end && (text[from] == '&' || text[from] == '!')) {  // past an anchor or a tag
    while (from < end && !blank(text[from])) ++from;
    while (from < end && blank(text[from])) ++from;
  }
  if (from < end && std::string_view("\"'|>").find(text[from]) != std::string_view::npos) return std::nullopt;
  std::size_t hash = std::string_view::npos;
  if (from < end && text[from] == '#' && from > 0 && blank(text[from - 1])) {
    hash = from;  // the value is empty
  } else {
    for (std::size_t i = from; i + 1 < end && hash == std::string_view::npos; ++i) {
      if (text[i] == ':' && blank(text[i + 1])) return std::nullopt;  // a key, not a value
      if (blank(text[i]) && text[i + 1] == '#') hash = i + 1;
    }
  }
  if (hash == std::string_view::npos || hash + 1 >= end || blank(text[hash + 1]) || text[hash + 1] == '#' ||
      text[hash + 1] == '\r')
    return std::nullopt;
  while (end > from && (blank(text[end - 1]) || text[end - 1] == '\r')) --end;
  std::string meant = "\"";
  for (const char c : text.substr(from, end - from)) {
    if (c == '"' || c == '\\') meant += '\\';
    meant += c;
  }
  meant += '"';
  std::size_t word_end = hash;
  while (word_end < end && !blank(text[word_end])) ++word_end;
  const std::string word(text.substr(hash, word_end - hash));
  return YamlProblem{line, column_of(text, hash),
                     hash == from ? "the value is empty: '" + word +
                                        "' is a comment, since '#' after a space begins one in YAML; put the value in "
                                        "quotes: " +
                                        meant
                                  : "'" + word +
                                        "' and what follows it on the line is a comment, not part of the value, since "
                                        "' #' begins one in YAML; to keep it, put the whole value in quotes: " +
                                        meant};
}

}  // namespace styrdok
