#include "import/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <memory>

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

// One line's words (left to right) as a SourceLine.
SourceLine line_of(const std::vector<Word>& words, int page) {
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
      if (gap > std::max(p.size, w.size) * 1.5) {
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
    const SourceLine* previous = nullptr;
    double previous_y = 0, previous_height = 0;
    for (const auto& words : lines) {
      SourceLine line = line_of(words, p + 1);
      line.number = ++number;
      const double y = words.front().y;
      const double height = words.front().height;
      // More space than a line's own height and a half above it: a new block.
      line.break_before = previous && (y - previous_y > std::max(previous_height, height) * 1.5 || y < previous_y);
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
