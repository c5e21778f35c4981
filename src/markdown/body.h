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

// A link or image destination exactly as the clerk wrote it, and where.
struct LinkRef {
  std::string url;
  int line = 0;
  int column = 0;
  bool image = false;
};

// Internal links are written as site addresses: "/lysekil/riktlinjer/",
// "/lysekil/riktlinjer/2021-05-19/#syfte", or "#syfte" within the text. The
// HTML keeps them site-absolute ("/lysekil/riktlinjer/index.html#syfte");
// pages make them relative with relative_site_links() when they are rendered.
struct Body {
  std::string html;
  std::vector<LinkRef> links;
  std::vector<Heading> toc;
  std::vector<Block> blocks;
};

// Rewrites the site-absolute href and src attributes of a body's HTML to start
// from `root` (the page's way up to the site root, "../../").
std::string relative_site_links(const std::string& html, const std::string& root);

// A link to an attachment (markdown/text_file.h) carries its site address in
// data-address="/lysekil/policy/bilaga-1.pdf", which print shows after the
// link's text: made whole here with the site's `base_url`
// ("https://example.org/styrdokument/").
std::string full_attachment_addresses(const std::string& html, const std::string& base_url);

}  // namespace styrdok
