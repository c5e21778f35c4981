// A body cut into sections, the unit in which two versions are compared: a
// heading block and the blocks that follow it until the next heading of any
// level. The blocks before the first heading form the preamble, a section
// with anchor "" and no heading.
//
// Thread-safe: a pure function. A Section points into the Body it was cut
// from and must not outlive it.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "markdown/body.h"

namespace styrdok {

struct Section {
  std::string_view anchor;        // the heading's anchor; "" for the preamble
  std::string_view heading;       // the heading's plain text; "" for the preamble
  int level = 2;                  // the heading's level; 2 for the preamble
  std::span<const Block> blocks;  // the heading block (if any) first

  bool preamble() const { return blocks.empty() || blocks.front().kind != Block::Kind::heading; }
};

// The sections of `body` in order. There is a preamble only when some block
// comes before the first heading; an empty body has no sections.
std::vector<Section> split_sections(const Body& body);
std::vector<Section> split_sections(const Body&& body) = delete;  // the sections would dangle

}  // namespace styrdok
