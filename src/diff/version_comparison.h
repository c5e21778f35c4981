// Compares the bodies of two versions of a document, section by section, for
// the comparison pages ("compare any two versions"): which sections were
// added, removed, changed or moved, how many words changed, and the redline
// of every section in one-column and side-by-side form.
//
// How: the bodies are cut into sections (diff/sections.h), sections are
// matched (diff/section_matching.h: anchor, then heading without numbering,
// then content), and each matched pair is compared block by block and word by
// word (diff/section_redline.h). A renamed or renumbered section is a changed
// section whose heading shows the change as a word diff ("<del>2</del><ins>3</ins>.
// Utbildning"); a section whose only change is its place is unchanged and moved.
//
// Comparing cannot fail: any two bodies have a comparison. Thread-safe: a
// pure function with no shared state; the same input gives the same output.
#pragma once

#include <string>
#include <vector>

#include "markdown/body.h"

namespace styrdok {

enum class SectionChangeKind { unchanged, changed, added, removed };

struct SectionDiff {
  SectionChangeKind kind = SectionChangeKind::unchanged;
  bool moved = false;                    // matched, but its place among the matched sections changed
  std::string old_anchor, new_anchor;    // "" when added / removed (and for the preamble)
  std::string old_heading, new_heading;  // plain heading text ("" for the preamble)
  int level = 2;                         // the (newer, else older) heading's level; 2 for the preamble
  int words_added = 0, words_removed = 0;
  // The HTML of the three views, read with section_html(). Kept only where
  // it is not the newer text or another view: comparisons are held for the
  // whole build, and most sections of a revision are unchanged.
  std::string inline_html;                       // redline: one column, <del> and <ins>; "" when unchanged
  std::string old_html;                          // side-by-side left, <del> only; kept only when changed
  std::string new_html;                          // side-by-side right, <ins> only; kept only when changed
  std::size_t first_block = 0, block_count = 0;  // the section's blocks in the newer body
};

enum class DiffView {
  redline,  // one column: deletions and insertions
  older,    // side by side, left: the older text with its deletions ("" when added)
  newer,    // side by side, right: the newer text with its insertions ("" when removed)
};

// The section's HTML in `view`. `newer` is the body compare_bodies() was
// given as the newer one (an unchanged section is shown from its blocks).
std::string section_html(const SectionDiff& section, DiffView view, const Body& newer);

struct Comparison {
  // In the newer version's order; a removed section follows the nearest
  // section before it (in the older version) that kept its place, or opens
  // the list when there is none.
  std::vector<SectionDiff> sections;
  int sections_added = 0, sections_removed = 0, sections_changed = 0, sections_moved = 0;
  int words_added = 0, words_removed = 0;

  // No section added, removed, changed or moved.
  bool identical() const {
    return sections_added == 0 && sections_removed == 0 && sections_changed == 0 && sections_moved == 0;
  }
};

Comparison compare_bodies(const Body& older, const Body& newer);

}  // namespace styrdok
