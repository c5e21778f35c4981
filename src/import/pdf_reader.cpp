#include "import/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>

#include "core/text.h"

namespace styrdok {

namespace {

// Fewer letters than this on a page of a PDF with pictures: a scanned page
// (a full page of text has thousands; a stamp "Skannad 2023-01-10 av
// registrator, sida 1 av 3" has fifty).
constexpr std::size_t kScannedPageLetters = 100;

struct Word {
  std::string text;
  double x = 0, y = 0, width = 0, height = 0, size = 0;
  bool bold = false, italic = false, space_after = false;
};

bool contains(const std::string& haystack, const char* needle) { return haystack.find(needle) != std::string::npos; }

void silence(const std::string&, void*) {}

// Whether the file holds an image XObject ("/Subtype /Image"). Its
// dictionary is never compressed: a stream cannot be in an object stream.
bool holds_images(const std::string& bytes) {
  for (auto at = bytes.find("/Subtype"); at != std::string::npos; at = bytes.find("/Subtype", at + 1)) {
    std::size_t i = at + 8;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
    if (bytes.compare(i, 6, "/Image") != 0) continue;
    const std::size_t end = i + 6;
    if (end == bytes.size() || !std::isalnum(static_cast<unsigned char>(bytes[end]))) return true;
  }
  return false;
}

// One line's words (left to right) as a SourceLine; a wide gap between two
// words as a tab (a table's columns), unless `prose` (a line of a column of
// text, where a gap is the space of a line set justified).
SourceLine line_of(const std::vector<Word>& words, int page, bool prose) {
  SourceLine line;
  line.page = page;
  line.left = words.front().x;
  line.right = words.back().x + words.back().width;
  line.first_word = words.front().width;
  std::map<double, std::size_t> sizes;
  bool all_bold = true;
  for (const auto& w : words) {
    sizes[std::round(w.size * 4) / 4] += w.text.size();
    all_bold = all_bold && w.bold;
  }
  line.size = std::max_element(sizes.begin(), sizes.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  line.bold = all_bold;
  std::string text;
  std::string open;  // the emphasis open: "", "*", "**" or "***"
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto& w = words[i];
    const std::string mark = std::string(w.bold ? "**" : "") + (w.italic ? "*" : "");
    if (i > 0) {
      const auto& p = words[i - 1];
      const double gap = w.x - (p.x + p.width);
      if (!prose && gap > std::max(p.size, w.size) * 1.5) {
        text += open + "\t";
        open.clear();
      } else if (mark != open) {
        text += open;
        text += p.space_after || gap > p.size * 0.15 ? " " : "";
        open.clear();
      } else if (p.space_after || gap > p.size * 0.15) {
        text += " ";
      }
    }
    if (mark != open) {
      text += mark;
      open = mark;
    }
    text += markdown_escaped(w.text);
  }
  line.text = trim(text + open);
  return line;
}

// Where a run of a line's words without a wide gap inside lies: the whole
// line, or its part in one column (or table cell).
struct Segment {
  double y = 0, height = 0, left = 0, right = 0;
};

// A line's words cut where a gap is wide enough to be a column's or a cell's
// (line_of() writes it as a tab).
std::vector<Segment> segments_of(const std::vector<Word>& line) {
  std::vector<Segment> out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const Word& w = line[i];
    const bool apart = i > 0 && w.x - (line[i - 1].x + line[i - 1].width) > std::max(line[i - 1].size, w.size) * 1.5;
    if (out.empty() || apart) out.push_back({w.y, w.height, w.x, w.x + w.width});
    Segment& s = out.back();
    s.right = std::max(s.right, w.x + w.width);
    s.height = std::max(s.height, w.height);
  }
  return out;
}

// Where a page's text is split into two columns (`x`: the middle of the
// widest strip of the page, away from its edges, that hardly any line
// narrower than a column crosses, while both sides are full of text), and
// from where to where down the page the columns run (`top`, `bottom`: their
// full lines'). Columns of prose, not a table: at least three lines on each
// side fill most of their side. nullopt when there are none.
struct Gutter {
  double x = 0, top = 0, bottom = 0;
};

std::optional<Gutter> gutter_of(const std::vector<Segment>& segments) {
  if (segments.size() < 8) return std::nullopt;
  double left = 1e9, right = -1e9;
  for (const auto& s : segments) left = std::min(left, s.left), right = std::max(right, s.right);
  // Narrower than a page's two columns, or wider than any page (PDF pages
  // are at most 14,400 points wide; a hostile file's coordinates are not).
  if (!std::isfinite(left) || !std::isfinite(right) || right - left < 100 || right - left > 14400) return std::nullopt;
  const auto width = static_cast<std::size_t>(right - left);
  // Per point across the text, the segments over it that are narrow enough
  // to be a column's (lines across the page, over and under the columns,
  // would hide the gutter): each adds one where it starts and takes it away
  // where it ends, summed from the left.
  std::vector<int> cover(width + 2, 0);
  int lines = 0;
  for (const auto& s : segments) {
    if (s.right - s.left > (right - left) * 0.55) continue;
    ++lines;
    ++cover[static_cast<std::size_t>(s.left - left)];
    --cover[std::min(width + 1, static_cast<std::size_t>(s.right - left))];
  }
  std::partial_sum(cover.begin(), cover.end(), cover.begin());
  std::optional<double> best;
  std::size_t best_width = 0;
  for (std::size_t x = width / 4; x < width - width / 4;) {
    if (cover[x] * 10 > lines) {
      ++x;
      continue;
    }
    std::size_t end = x;
    while (end < width - width / 4 && cover[end] * 10 <= lines) ++end;
    if (end - x >= 6 && end - x > best_width) best_width = end - x, best = left + static_cast<double>(x + end) / 2;
    x = end + 1;
  }
  if (!best) return std::nullopt;
  int full_left = 0, full_right = 0;
  Gutter gutter{*best, 1e9, -1e9};
  for (const auto& s : segments) {
    const bool full_on_left = s.right < *best && s.right - s.left >= (*best - left) * 0.6;
    const bool full_on_right = s.left > *best && s.right - s.left >= (right - *best) * 0.6;
    full_left += full_on_left, full_right += full_on_right;
    if (full_on_left || full_on_right)
      gutter.top = std::min(gutter.top, s.y), gutter.bottom = std::max(gutter.bottom, s.y);
  }
  if (full_left < 3 || full_right < 3) return std::nullopt;
  return gutter;
}

// A page's lines in reading order when its text is set in two columns at
// `gutter`: from the top, a band at a time, the left column's lines, then
// the right's. Each line is cut at the gutter (the reader may have put both
// columns' lines at one height into one), unless it runs across it (a title
// or a paragraph over both columns, which starts a new band, as does a gap
// in both columns) or lies above or below the columns (a running header). Each line keeps the left edge and
// width of the column it is in, so that it can be read as if its column
// were the text's whole width (`to_page`).
struct ColumnLine {
  std::vector<Word> words;
  double column_left = 0, column_width = 0;  // 0 wide: the line is across, or not in a column
};

struct ColumnPage {
  std::vector<ColumnLine> lines;
  double left = 0, width = 0;  // the text's, from the left column's edge to the right column's

  // A line of a column as if its column were the text's width: its start
  // moved by as much as its column is moved (an indent stays an indent),
  // its end and first word stretched (a line that fills its column fills
  // the page; one that ends short, where a paragraph ends, still does).
  void to_page(const ColumnLine& c, SourceLine& line) const {
    if (c.column_width <= 0) return;
    const double stretch = width / c.column_width;
    line.left = left + (line.left - c.column_left);
    line.right = left + (line.right - c.column_left) * stretch;
    line.first_word *= stretch;
  }
};

ColumnPage column_order(const std::vector<std::vector<Word>>& lines, const Gutter& columns) {
  const double gutter = columns.x;
  struct Part {
    std::vector<Word> words;
    bool across = false, right = false;
    double y = 0, height = 0;
  };
  std::vector<Part> parts;
  double edges[2][2] = {{1e9, -1e9}, {1e9, -1e9}};  // per column: its text's left and right edge
  for (const auto& line : lines) {
    // A line is cut where a wide gap spans the gutter, within the columns'
    // run down the page: not a line of text across the page whose word space
    // falls on the gutter, nor a running header over the columns.
    const double y = line.front().y, height = line.front().height;
    bool cut = y >= columns.top - height * 2.5 && y <= columns.bottom + height * 2.5;
    if (cut) {
      const auto right_side =
          std::find_if(line.begin(), line.end(), [&](const Word& w) { return w.x + w.width > gutter; });
      if (right_side != line.end() && right_side->x < gutter) {
        cut = false;  // a word across the gutter
      } else if (right_side != line.begin() && right_side != line.end()) {
        const Word& before = *(right_side - 1);
        cut = right_side->x - (before.x + before.width) > std::max(before.size, right_side->size) * 1.5;
      }
    }
    const bool across = !cut;
    Part sides[2];
    for (const Word& w : line) {
      const int side = !across && w.x >= gutter ? 1 : 0;
      if (!across)
        edges[side][0] = std::min(edges[side][0], w.x), edges[side][1] = std::max(edges[side][1], w.x + w.width);
      Part& part = sides[side];
      if (part.words.empty()) part.y = w.y;
      part.words.push_back(w);
      part.height = std::max(part.height, w.height);
    }
    for (int side = 0; side < 2; ++side) {
      if (sides[side].words.empty()) continue;
      sides[side].across = across, sides[side].right = side == 1;
      parts.push_back(std::move(sides[side]));
    }
  }
  std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.y < b.y - 0.5; });
  ColumnPage page;
  page.left = edges[0][0];
  page.width = edges[1][1] - edges[0][0];
  std::vector<const Part*> band[2];
  auto flush = [&] {
    for (int side = 0; side < 2; ++side) {
      for (const auto* p : band[side])
        page.lines.push_back({p->words, edges[side][0], edges[side][1] - edges[side][0]});
      band[side].clear();
    }
  };
  const Part* last = nullptr;
  for (const auto& p : parts) {
    if (p.across || (last && p.y - last->y > std::max(last->height, p.height) * 2)) flush();
    if (p.across) {
      page.lines.push_back({p.words, 0, 0});
    } else {
      band[p.right ? 1 : 0].push_back(&p);
    }
    last = &p;
  }
  flush();
  return page;
}

}  // namespace

std::optional<SourceText> read_pdf(const std::string& bytes, std::string& error) {
  poppler::set_debug_error_function(silence, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    // Poppler refuses an encrypted file it cannot open the same way as a damaged one.
    error = bytes.find("/Encrypt") != std::string::npos
                ? "the PDF is encrypted (protected with a password); save a copy without the protection and import "
                  "that"
                : "not a PDF that can be read (the file is damaged or not a PDF)";
    return std::nullopt;
  }
  if (doc->is_locked()) {
    error = "the PDF is encrypted (protected with a password); save a copy without the protection and import that";
    return std::nullopt;
  }
  SourceText out;
  out.format = "pdf";
  out.pictures_not_read = holds_images(bytes);
  std::size_t letters = 0;
  int number = 0;
  for (int p = 0; p < doc->pages(); ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) continue;
    const std::size_t letters_before = letters;
    std::vector<std::vector<Word>> lines;
    for (const auto& box : page->text_list(poppler::page::text_list_include_font)) {
      const auto utf8 = box.text().to_utf8();
      Word w;
      w.text.assign(utf8.begin(), utf8.end());
      if (trim(w.text).empty()) continue;
      const auto r = box.bbox();
      w.x = r.x(), w.y = r.y(), w.width = r.width(), w.height = r.height();
      w.size = box.has_font_info() ? box.get_font_size() : r.height();
      const std::string font = box.has_font_info() ? box.get_font_name() : "";
      w.bold =
          contains(font, "Bold") || contains(font, "Black") || contains(font, "Heavy") || contains(font, "Semibold");
      w.italic = contains(font, "Italic") || contains(font, "Oblique");
      w.space_after = box.has_space_after();
      letters += w.text.size();
      // The same line while the words go on to the right at the same height.
      if (!lines.empty()) {
        const Word& last = lines.back().back();
        if (std::abs(last.y - w.y) < std::min(last.height, w.height) * 0.5 && w.x >= last.x + last.width - 1) {
          lines.back().push_back(std::move(w));
          continue;
        }
      }
      lines.push_back({std::move(w)});
    }
    // A page set in two columns is read a column at a time, each line as
    // if its column were the page (where it ends short, a paragraph ends).
    ColumnPage columns;
    {
      std::vector<Segment> segments;
      for (const auto& words : lines)
        for (const auto& s : segments_of(words)) segments.push_back(s);
      if (const auto gutter = gutter_of(segments)) {
        columns = column_order(lines, *gutter);
        out.pages_in_columns.push_back(p + 1);
      } else {
        for (auto& words : lines) columns.lines.push_back({std::move(words), 0, 0});
      }
    }
    const SourceLine* previous = nullptr;
    double previous_y = 0, previous_height = 0;
    for (const auto& column_line : columns.lines) {
      const auto& words = column_line.words;
      SourceLine line = line_of(words, p + 1, column_line.column_width > 0);
      line.number = ++number;
      columns.to_page(column_line, line);
      const double y = words.front().y;
      const double height = words.front().height;
      // More space than a line's own height and a half above it: a new
      // block; and a line above the last, unless it goes on at the top of
      // the next column.
      const bool next_column = column_line.column_width > 0 && y < previous_y;
      line.break_before =
          previous && (y - previous_y > std::max(previous_height, height) * 1.5 || (y < previous_y && !next_column));
      out.lines.push_back(std::move(line));
      previous = &out.lines.back();
      previous_y = y, previous_height = height;
    }
    // A scanned page has no text, or only a stamp or a page number.
    if (out.pictures_not_read && letters - letters_before < kScannedPageLetters)
      out.pages_without_text.push_back(p + 1);
  }
  // A page or two of scanned images has no text, or only a stray page number;
  // nor has a file of scanned pages with a stamp on each.
  const bool all_scanned = doc->pages() > 0 && out.pages_without_text.size() == static_cast<std::size_t>(doc->pages());
  if (letters < 40 || all_scanned) out.lines.clear();
  return out;
}

}  // namespace styrdok
