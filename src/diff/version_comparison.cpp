#include "diff/version_comparison.h"

#include <cstddef>
#include <span>

#include "diff/section_matching.h"
#include "diff/section_redline.h"
#include "diff/sections.h"

namespace styrdok {
namespace {

SectionDiff section_diff(const Section* older, const Section* newer, const Body& newer_body) {
  const std::span<const Block> none;
  SectionRedline redline = redline_section(older ? older->blocks : none, newer ? newer->blocks : none);
  SectionDiff d;
  if (!older) {
    d.kind = SectionChangeKind::added;
  } else if (!newer) {
    d.kind = SectionChangeKind::removed;
  } else {
    d.kind = redline.changed ? SectionChangeKind::changed : SectionChangeKind::unchanged;
  }
  if (older) {
    d.old_anchor = older->anchor;
    d.old_heading = older->heading;
    d.level = older->level;
  }
  if (newer) {
    d.new_anchor = newer->anchor;
    d.new_heading = newer->heading;
    d.level = newer->level;
    d.first_block = static_cast<std::size_t>(newer->blocks.data() - newer_body.blocks.data());
    d.block_count = newer->blocks.size();
  }
  d.words_added = redline.words_added;
  d.words_removed = redline.words_removed;
  // See SectionDiff: what section_html() can make again is not kept.
  if (d.kind != SectionChangeKind::unchanged) d.inline_html = std::move(redline.inline_html);
  if (d.kind == SectionChangeKind::changed) {
    d.old_html = std::move(redline.old_html);
    d.new_html = std::move(redline.new_html);
  }
  d.inline_html.shrink_to_fit();
  d.old_html.shrink_to_fit();
  d.new_html.shrink_to_fit();
  return d;
}

void count(Comparison& c, const SectionDiff& d) {
  c.sections_added += d.kind == SectionChangeKind::added ? 1 : 0;
  c.sections_removed += d.kind == SectionChangeKind::removed ? 1 : 0;
  c.sections_changed += d.kind == SectionChangeKind::changed ? 1 : 0;
  c.sections_moved += d.moved ? 1 : 0;
  c.words_added += d.words_added;
  c.words_removed += d.words_removed;
}

}  // namespace

Comparison compare_bodies(const Body& older, const Body& newer) {
  const std::vector<Section> old_sections = split_sections(older);
  const std::vector<Section> new_sections = split_sections(newer);
  const SectionMatching m = match_sections(old_sections, new_sections);

  // removed_after[i + 1]: the removed older sections that follow older section
  // i, the nearest one before them that kept its place; [0]: those before all.
  std::vector<std::vector<std::size_t>> removed_after(old_sections.size() + 1);
  int anchor = -1;
  for (std::size_t i = 0; i < old_sections.size(); ++i) {
    const int partner = m.new_of_old[i];
    if (partner == -1) {
      removed_after[static_cast<std::size_t>(anchor + 1)].push_back(i);
    } else if (!m.moved[static_cast<std::size_t>(partner)]) {
      anchor = static_cast<int>(i);
    }
  }

  Comparison c;
  c.sections.reserve(old_sections.size() + new_sections.size());
  auto add_removed = [&](std::size_t slot) {
    for (std::size_t i : removed_after[slot]) c.sections.push_back(section_diff(&old_sections[i], nullptr, newer));
  };
  add_removed(0);
  for (std::size_t j = 0; j < new_sections.size(); ++j) {
    const int partner = m.old_of_new[j];
    SectionDiff d = section_diff(partner == -1 ? nullptr : &old_sections[static_cast<std::size_t>(partner)],
                                 &new_sections[j], newer);
    d.moved = m.moved[j];
    c.sections.push_back(std::move(d));
    if (partner != -1 && !m.moved[j]) add_removed(static_cast<std::size_t>(partner) + 1);
  }
  for (const SectionDiff& d : c.sections) count(c, d);
  return c;
}

std::string section_html(const SectionDiff& section, DiffView view, const Body& newer) {
  switch (section.kind) {
    case SectionChangeKind::unchanged:
      return unchanged_html(std::span<const Block>(newer.blocks).subspan(section.first_block, section.block_count));
    case SectionChangeKind::added: return view == DiffView::older ? "" : section.inline_html;
    case SectionChangeKind::removed: return view == DiffView::newer ? "" : section.inline_html;
    case SectionChangeKind::changed: break;
  }
  return view == DiffView::redline ? section.inline_html
         : view == DiffView::older ? section.old_html
                                   : section.new_html;
}

}  // namespace styrdok
