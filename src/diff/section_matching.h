// Decides which section of an older version is which section of a newer one,
// and which matched sections moved. Matching runs in three rounds, each only
// over the sections still unmatched, so that the surest evidence wins:
//
//   1. the same anchor;
//   2. the same heading once leading numbering is stripped and the rest is
//      folded as for an anchor ("3. Arbete" = "4. Arbete", "3.2 Boende" =
//      "3.3 Boende"), pairing duplicates in order;
//   3. similar content: the Jaccard index of the sets of words in the blocks
//      after the heading is at least 1/2 (a renamed section); the most
//      similar pairs are taken first, ties broken by newer then older
//      position.
//
// The preamble matches only the other preamble. Of the matched sections, those
// off one longest increasing subsequence of older positions (taken in newer
// order) moved; the rest kept their order.
//
// Thread-safe: pure functions; the result is the same for the same input.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "diff/sections.h"

namespace styrdok {

struct SectionMatching {
  std::vector<int> old_of_new;  // per newer section: its older section, or -1 when added
  std::vector<int> new_of_old;  // per older section: its newer section, or -1 when removed
  std::vector<bool> moved;      // per newer section: matched, but out of order with the others
};

SectionMatching match_sections(std::span<const Section> older, std::span<const Section> newer);

// The heading without leading section numbering ("3.2 Boende" -> "Boende",
// "4) Mål" -> "Mål"); the heading itself when it has none.
std::string_view strip_numbering(std::string_view heading);

}  // namespace styrdok
