#include "diff/section_redline.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "core/text.h"
#include "diff/block_alignment.h"
#include "diff/word_diff.h"

namespace styrdok {
namespace {

std::string open_tag(const Block& b) {
  switch (b.kind) {
    case Block::Kind::heading: return "<h" + std::to_string(std::clamp(b.level, 1, 6)) + ">";
    case Block::Kind::paragraph: return "<p>";
    case Block::Kind::list_item: return "<p class=\"diff-item diff-item-level-" + std::to_string(b.level) + "\">";
    case Block::Kind::quote: return "<blockquote><p>";
    case Block::Kind::table: return "<p class=\"diff-table\">";
  }
  return "<p>";
}

std::string close_tag(const Block& b) {
  switch (b.kind) {
    case Block::Kind::heading: return "</h" + std::to_string(std::clamp(b.level, 1, 6)) + ">";
    case Block::Kind::quote: return "</p></blockquote>";
    default: return "</p>";
  }
}

// `inner` is HTML already.
std::string element(const Block& b, std::string_view inner) {
  std::string out = open_tag(b);
  out += inner;
  out += close_tag(b);
  out += '\n';
  return out;
}

// The block's whole text in one mark, "del" or "ins" (no mark around empty text).
std::string marked(const Block& b, std::string_view mark) {
  if (b.text.empty()) return element(b, "");
  std::string inner;
  inner.append("<").append(mark).append(">");
  inner.append(html_escape(b.text));
  inner.append("</").append(mark).append(">");
  return element(b, inner);
}

}  // namespace

std::string unchanged_html(std::span<const Block> blocks) {
  std::string html;
  for (const Block& b : blocks) html += element(b, html_escape(b.text));
  return html;
}

SectionRedline redline_section(std::span<const Block> older, std::span<const Block> newer) {
  SectionRedline out;
  for (const BlockStep& step : align_blocks(older, newer)) {
    const Block* o = step.old_index >= 0 ? &older[static_cast<std::size_t>(step.old_index)] : nullptr;
    const Block* n = step.new_index >= 0 ? &newer[static_cast<std::size_t>(step.new_index)] : nullptr;
    if (step.same) {
      const std::string html = element(*n, html_escape(n->text));
      out.inline_html += html;
      out.old_html += html;
      out.new_html += html;
      continue;
    }
    out.changed = true;
    if (o && n) {
      const WordDiff diff = diff_words(o->text, n->text);
      out.inline_html += element(*n, diff.inline_html);
      out.old_html += element(*o, diff.old_html);
      out.new_html += element(*n, diff.new_html);
      out.words_added += diff.words_added;
      out.words_removed += diff.words_removed;
    } else if (o) {
      const std::string html = marked(*o, "del");
      out.inline_html += html;
      out.old_html += html;
      out.words_removed += count_words(o->text);
    } else {
      const std::string html = marked(*n, "ins");
      out.inline_html += html;
      out.new_html += html;
      out.words_added += count_words(n->text);
    }
  }
  return out;
}

}  // namespace styrdok
