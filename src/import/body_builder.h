// Turns an imported document's lines into the Markdown text of a version:
// headings at their levels (## for the highest), lists, tables (GitHub's
// table syntax) and paragraphs re-flowed across line and page breaks, with
// words hyphenated at a line's end joined again. Pure.
#pragma once

#include <string>
#include <vector>

#include "import/source_text.h"

namespace styrdok {

struct BodyCounts {
  std::size_t headings = 0;
  std::size_t paragraphs = 0;
  std::size_t list_items = 0;
  std::size_t tables = 0;
};

// Lines [from, end of source) that `skip` does not mark; `heading_level` as
// find_headings() gives it.
std::string build_body(const SourceText& source, std::size_t from, const std::vector<bool>& skip,
                       const std::vector<int>& heading_level, BodyCounts* counts = nullptr);

// Appends `next` to a paragraph's text `text` across a line break: with a
// space, or without the hyphen when a word was hyphenated at the line's end
// ("integra-" + "tionen"), but keeping it before "och", "eller" …
// ("gymnasie- och vuxenutbildning").
void join_line(std::string& text, const std::string& next);

}  // namespace styrdok
