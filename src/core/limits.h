// The most work one input file may ask of styrdok: every parser and every
// algorithm whose cost the input decides is bounded by one of these, so that
// a hostile or broken file gives a message with its location (exit 1) in
// bounded time and memory instead of a crash, a hang or an exhausted
// machine. docs/content-format.md ("Limits") lists them for clerks; a change
// here is a change there.
//
// A value type with the defaults written in the class: the stages take it in
// their options (no global), and tests pass smaller limits to reach them with
// small inputs. Thread-safe: a plain value.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/error.h"
#include "core/file_system.h"

namespace styrdok {

struct InputLimits {
  // Any file styrdok reads or copies (an image, a theme file): a larger one
  // is refused before it is read.
  std::size_t any_file_bytes = std::size_t{256} * 1024 * 1024;
  // A text file styrdok parses: a version's Markdown, a YAML file, a CSV file.
  std::size_t file_bytes = 16 * 1024 * 1024;
  // One line of such a file (a paragraph may be one line; a table row is).
  std::size_t line_bytes = 256 * 1024;
  // Elements of a Markdown text inside one another: block quotes, lists and
  // their items, paragraphs, emphasis, links (a list item in a list is two).
  int markdown_nesting = 100;
  // Cells of one Markdown table (rows times columns), and its columns.
  std::size_t table_cells = 100'000;
  std::size_t table_columns = 200;
  // Headings in one version (each gets an anchor and a table of contents entry).
  std::size_t headings = 5'000;
  // Versions of one document, proposals included: each pair of them gets a
  // comparison of its own, so what is published grows with their square.
  std::size_t versions = 100;
  // What one meeting's handout prints, roughly (content/meeting_file.h):
  // its agenda may name the same long paper many times over.
  std::size_t handout_bytes = std::size_t{64} * 1024 * 1024;
  // Values a YAML file holds once its aliases (`*name`) are expanded.
  std::size_t yaml_nodes = 100'000;
  // Rows of a CSV file, and levels of sub-actions in an action plan.
  std::size_t csv_rows = 200'000;
  int action_depth = 20;
  // Letters of a word the search index tries to split into compound parts;
  // a longer word is indexed whole.
  std::size_t compound_letters = 64;
  // Words and spaces a redline compares after the unchanged start and end
  // are set aside; past it, the changed middle is shown removed and added whole.
  std::size_t diff_tokens = 20'000;
};

// What a message on a text file too large advises: a YAML or CSV file may
// be split, a version's text is one decision's and gets advice of its own.
inline constexpr std::string_view kSplitFileAdvice = "split it into smaller files";
inline constexpr std::string_view kVersionFileAdvice =
    "put pictures and attachments beside it as files of their own, and split a text this long into several "
    "documents";

// Checks a text file against the file and line limits; reports the first
// excess at `path:line:column` and returns false.
bool check_text_limits(std::string_view text, const std::string& path, const InputLimits& limits,
                       Diagnostics& diagnostics, int first_line = 1, std::string_view advice = kSplitFileAdvice);

// Whether the file at `path` is larger than a text file styrdok parses
// (limits.file_bytes), asked of `files` without reading it; reports it if
// so. A reader calls it before read(), so that a file of a hundred
// megabytes is refused without being held in memory.
bool text_file_too_large(const FileSystem& files, const std::string& path, const InputLimits& limits,
                         Diagnostics& diagnostics, std::string_view advice = kSplitFileAdvice);

}  // namespace styrdok
