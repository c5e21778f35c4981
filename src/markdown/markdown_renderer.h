// Turns a version's Markdown text into a Body: HTML in which every heading,
// paragraph, list item, quote and table carries a stable anchor, plus the
// table of contents and the plain-text blocks. Footnotes ("text[^1]" and a
// line "[^1]: the note") are numbered in the order they are referred to and
// gathered at the end under a heading of their own, each with a way back. Uses cmark-gfm to parse and
// renders the tree itself, so that anchors and escaping are under our control.
//
// Safety: raw HTML in the source is never passed through (it is left out),
// link destinations with a script scheme are dropped, and all text is escaped.
// Thread-safe: each call parses with its own cmark parser.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "core/limits.h"
#include "markdown/body.h"

namespace styrdok {

struct MarkdownOptions {
  std::string source_path;                                  // for diagnostics
  int first_line = 1;                                       // line of the file on which the Markdown text starts
  std::string block_link_label = "Link to this paragraph";  // accessible name of ¶ links
  std::string table_label = "Table";                        // accessible name of scrolling tables
  std::string footnotes_label = "Footnotes";                // the heading of the footnotes, at the end
  std::string footnote_back_label = "Back to the text";     // accessible name of a footnote's way back
  InputLimits limits;                                       // nesting, headings and table size (core/limits.h)
};

// Problems found (a level-1 heading in the text, a heading that folds to no
// readable anchor, a footnote never referred to or one referred to but not
// written) are appended to `diagnostics`; rendering still completes.
// Text past `options.limits` (a table too large, nesting too deep, too many
// headings) is an error at its line, and the Body is empty.
Body render_markdown(std::string_view markdown, const MarkdownOptions& options, Diagnostics& diagnostics);

}  // namespace styrdok
