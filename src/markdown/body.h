// The rendered text of one version: HTML with stable anchors, plus the
// structure later stages need without re-parsing (table of contents for the
// page, blocks for comparison and search).
#pragma once

#include <string>
#include <vector>

namespace styrdok {

struct Heading {
  int level = 2;       // 2..6; level 1 is the document title
  std::string text;    // plain text
  std::string anchor;  // unique within the page, e.g. "sprakkunskaper"
};

// One linkable unit of text: a heading, paragraph, list item, quote or table.
struct Block {
  enum class Kind { heading, paragraph, list_item, quote, table };
  Kind kind = Kind::paragraph;
  int level = 0;        // heading level (2..6) for headings, nesting depth (1..) for list items
  std::string id;       // the anchor of the block itself
  std::string section;  // anchor of the heading it belongs to ("" before the first)
  std::string text;     // plain text, for comparison and search
};

struct Body {
  std::string html;
  std::vector<Heading> toc;
  std::vector<Block> blocks;
};

}  // namespace styrdok
