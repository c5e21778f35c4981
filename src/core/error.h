// Diagnostics: the one error type of styrdok. Every stage reports problems as
// values carrying a source location; nothing is printed except by main.
// Policy: stages do not throw across their boundary. They return results and
// append to a Diagnostics list, so that a build reports all of its errors.
#pragma once

#include <string>
#include <vector>

namespace styrdok {

struct SourceLocation {
  std::string path;  // relative to the site root, '/'-separated
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  int column = 0;    // 1-based, in characters as an editor counts them; 0 when unknown
};

enum class Severity { error, warning };

struct Diagnostic {
  SourceLocation where;
  std::string message;
  Severity severity = Severity::error;

  // "path:line:column: message" (line and column left out when unknown),
  // safe to print to a terminal: control characters (an ANSI escape
  // sequence in a link) and invalid UTF-8 are shown as \xHH (terminal_text).
  std::string to_string() const;
};

// An ordered collection of diagnostics. Not thread-safe: parallel stages
// collect into one Diagnostics each and merge afterwards.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message);
  void warning(SourceLocation where, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void merge(const Diagnostics& other);

  bool has_errors() const;
  std::size_t error_count() const;
  const std::vector<Diagnostic>& items() const { return items_; }

  // Sorts by path, line, column, message: the order of a report must not
  // depend on which thread found a problem first.
  void sort();

 private:
  std::vector<Diagnostic> items_;
};

// What a person is shown of `sorted` (Diagnostics::sort): at most
// `per_file` diagnostics of each file, then one that says how many more the
// file has (an error when one of them is). Thousands of messages about one
// file, a mistake repeated on every line, would hide every other file's
// and could not be read; the first ones say what to fix.
inline constexpr std::size_t kListedPerFile = 100;
std::vector<Diagnostic> listed_per_file(std::vector<Diagnostic> sorted, std::size_t per_file = kListedPerFile);

}  // namespace styrdok
