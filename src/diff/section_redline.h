// The HTML of one section in the three views of a comparison: the redline
// (one column, <del> and <ins>), and the two columns of the side-by-side view
// (the older text with <del> only, the newer text with <ins> only).
//
// Blocks are aligned with diff/block_alignment.h; edited blocks are compared
// word by word (diff/word_diff.h); an inserted or deleted block has its whole
// text in one <ins> or <del>. Each block becomes one element and a newline:
//
//   heading    <hN>…</hN>, N being the heading's level (clamped to 1..6)
//   paragraph  <p>…</p>
//   list item  <p class="diff-item diff-item-level-N">…</p>, N its depth
//   quote      <blockquote><p>…</p></blockquote>
//   table      <p class="diff-table">…</p>
//
// All text is HTML-escaped. Thread-safe: pure functions.
#pragma once

#include <span>
#include <string>

#include "markdown/body.h"

namespace styrdok {

struct SectionRedline {
  std::string inline_html;
  std::string old_html;  // "" when the section has no older blocks
  std::string new_html;  // "" when the section has no newer blocks
  int words_added = 0;
  int words_removed = 0;
  bool changed = false;  // some block was edited, inserted or deleted
};

// Compares two versions of one section. Pass no older blocks for an added
// section and no newer blocks for a removed one.
SectionRedline redline_section(std::span<const Block> older, std::span<const Block> newer);

// The HTML of blocks both versions have, the same in all three views: what
// redline_section gives for a section without changes.
std::string unchanged_html(std::span<const Block> blocks);

}  // namespace styrdok
