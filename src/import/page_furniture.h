// What an imported document repeats or generates and styrdok makes anew:
// running headers and footers, page numbers, and the table of contents
// (with its dot leaders and page numbers). Found here so that they are left
// out of the text, and reported. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "import/source_text.h"

namespace styrdok {

struct Furniture {
  std::vector<std::string> dropped;  // per line: why it is left out; "" when kept
  // The table of contents' entries, folded (fold_diacritics) and without
  // numbers or leaders: which lines are headings.
  std::vector<std::string> toc_titles;
  std::vector<int> toc_levels;  // per entry: 1.. by its indentation (PDF), else 0
  std::size_t toc_end = 0;      // the line after the table of contents; 0 when there is none
};

Furniture find_furniture(const SourceText& source);

// A heading's or entry's text as compared: folded, without Markdown
// emphasis, a leading number ("3.1.") or a trailing paragraph mark.
std::string comparable(const std::string& text);

}  // namespace styrdok
