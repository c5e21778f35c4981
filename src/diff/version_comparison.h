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
  std::string inline_html;  // redline: one column, deletions as <del>, insertions as <ins>
  std::string old_html;     // side-by-side left: the old text with <del> marks only ("" when added)
  std::string new_html;     // side-by-side right: the new text with <ins> marks only ("" when removed)
};

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
