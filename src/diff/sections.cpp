#include "diff/sections.h"

#include <cstddef>

namespace styrdok {

std::vector<Section> split_sections(const Body& body) {
  std::vector<Section> sections;
  const std::span<const Block> blocks(body.blocks);
  std::size_t start = 0;
  auto close = [&](std::size_t end) {
    if (end == start) return;
    Section s;
    const Block& first = blocks[start];
    if (first.kind == Block::Kind::heading) {
      s.anchor = first.id;
      s.heading = first.text;
      s.level = first.level;
    }
    s.blocks = blocks.subspan(start, end - start);
    sections.push_back(s);
    start = end;
  };
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == Block::Kind::heading) close(i);
  }
  close(blocks.size());
  return sections;
}

}  // namespace styrdok
