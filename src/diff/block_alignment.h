// Lines up the blocks of two versions of one section, the step before the
// word diff: which blocks stayed as they were, which were edited (and so are
// compared word by word), and which were inserted or deleted whole.
//
// First the blocks equal in kind, level and text are kept, as a longest
// common subsequence (diff/myers_diff.h). In each gap between two kept blocks,
// the remaining older and newer blocks are paired in order; a block is only
// paired with one of the same kind and level. When a gap has more blocks on
// one side, the pairing (still in order) that pairs the most blocks is chosen,
// and among those the one whose pairs share the most words (Jaccard index);
// ties go to the earlier blocks. Gaps larger than 100 × 100 blocks are paired
// strictly in order instead.
//
// Thread-safe: a pure function; the result is the same for the same input.
#pragma once

#include <span>
#include <vector>

#include "markdown/body.h"

namespace styrdok {

struct BlockStep {
  int old_index = -1;  // -1: the newer block was inserted
  int new_index = -1;  // -1: the older block was deleted
  bool same = false;   // both present and equal in kind, level and text
};

// The steps in reading order; within a gap, deleted blocks come before
// inserted ones between two pairs. Every block appears in exactly one step.
std::vector<BlockStep> align_blocks(std::span<const Block> older, std::span<const Block> newer);

}  // namespace styrdok
