#include "import/headings.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>

#include "core/edit_distance.h"
#include "core/slug.h"
#include "core/text.h"
#include "import/list_marker.h"
#include "import/metadata_recognizer.h"

namespace styrdok {

namespace {

// Words a heading never ends with: a line ending with one goes on.
bool ends_with_function_word(const std::string& text) {
  static const std::set<std::string> kWords = {
      "att", "och", "som",  "for", "i",   "pa", "med", "till", "av", "eller", "en",  "ett",  "de", "den",
      "det", "om",  "samt", "the", "and", "of", "to",  "a",    "an", "in",    "for", "with", "ar", "har"};
  const auto space = text.find_last_of(' ');
  const std::string last = fold_diacritics(space == std::string::npos ? text : text.substr(space + 1));
  return kWords.count(last) > 0;
}

bool starts_upper_or_digit(const std::string& text) {
  std::string t = text;
  std::erase(t, '*');
  t = trim(t);
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  return t.rfind("Å", 0) == 0 || t.rfind("Ä", 0) == 0 || t.rfind("Ö", 0) == 0 || t.rfind("É", 0) == 0;
}

// A short line that reads as a title: no sentence's end, no list marker.
bool looks_like_heading(const std::string& raw) {
  std::string text = raw;
  std::erase(text, '*');
  text = trim(text);
  if (text.empty() || text.size() > 100 || text.find('\t') != std::string::npos) return false;
  const char last = text.back();
  if (std::string(".,;:!?").find(last) != std::string::npos || text.ends_with("¶")) return false;
  return starts_upper_or_digit(text) && !list_marker(text) && !ends_with_function_word(text);
}

bool is_bold_line(const SourceLine& line) {
  const std::string t = trim(line.text);
  return line.bold || (t.size() > 4 && t.rfind("**", 0) == 0 && t.ends_with("**") && t.find("**", 2) == t.size() - 2);
}

// Heading sizes of a PDF, largest first, leaving out the title (the
// largest, when it is used on the first page only).
std::vector<double> heading_sizes(const SourceText& source, const std::vector<std::string>& dropped, double body) {
  std::map<double, std::set<int>, std::greater<>> pages_of;  // size -> pages
  for (std::size_t i = 0; i < source.lines.size(); ++i) {
    const auto& l = source.lines[i];
    if (!dropped[i].empty() || l.size < body + 0.4 || l.text.size() > 160) continue;
    pages_of[std::round(l.size * 2) / 2].insert(l.page);
  }
  std::vector<double> out;
  for (const auto& [size, pages] : pages_of) out.push_back(size);
  if (out.size() > 1 && pages_of.begin()->second == std::set<int>{1}) out.erase(out.begin());
  return out;
}

}  // namespace

double body_font_size(const SourceText& source, const std::vector<std::string>& dropped) {
  std::map<double, std::size_t> characters;
  for (std::size_t i = 0; i < source.lines.size(); ++i) {
    if (dropped[i].empty() && source.lines[i].size > 0) {
      characters[std::round(source.lines[i].size * 2) / 2] += source.lines[i].text.size();
    }
  }
  double best = 0;
  std::size_t most = 0;
  for (const auto& [size, n] : characters) {
    if (n > most) best = size, most = n;
  }
  return best;
}

int numbered_heading_depth(const std::string& raw) {
  static const std::regex kNumbered(R"(^([0-9]{1,2}(\.[0-9]{1,2}){0,4})\.?\s+(\S.*)$)");
  std::string text = raw;
  std::erase(text, '*');
  std::smatch m;
  const std::string t = trim(text);
  if (!std::regex_match(t, m, kNumbered) || !looks_like_heading(m[3].str())) return 0;
  const std::string number = m[1].str();
  return static_cast<int>(std::count(number.begin(), number.end(), '.')) + 1;
}

// Headings a Word file has made by hand, in a file without heading styles:
// a short paragraph all in bold, not a sentence or a label, with text not
// in bold (or in a smaller size) under it. Their levels by their sizes,
// largest first, or by their numbers ("2.1 Mål").
void hand_made_headings(const SourceText& source, const std::vector<std::string>& dropped, std::vector<int>& level) {
  const auto& lines = source.lines;
  if (std::any_of(lines.begin(), lines.end(), [](const SourceLine& l) { return l.heading > 0; })) return;
  std::vector<std::size_t> found;
  std::set<double, std::greater<>> sizes;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto& l = lines[i];
    if (!dropped[i].empty() || level[i] > 0 || l.heading != 0 || l.list_level > 0 || l.table > 0 || l.soft_break ||
        !l.unbroken.empty() || !l.bold || is_labelled_value(l.text))
      continue;
    const std::string text = trim(l.text);
    std::string plain;
    for (const char c : text)
      if (c != '*') plain += c;
    plain = trim(plain);
    if (plain.empty() || plain.size() > 80 || std::string(".,;:").find(plain.back()) != std::string::npos) continue;
    std::size_t j = i + 1;
    while (j < lines.size() && !dropped[j].empty()) ++j;
    if (j >= lines.size() || lines[j].heading != 0 || (lines[j].bold && lines[j].size >= l.size)) continue;
    found.push_back(i);
    sizes.insert(l.size);
  }
  for (const auto i : found) {
    const int numbered = numbered_heading_depth(lines[i].text);
    level[i] = numbered > 0 ? numbered : static_cast<int>(std::distance(sizes.begin(), sizes.find(lines[i].size))) + 1;
  }
}

std::vector<int> find_headings(const SourceText& source, const Furniture& furniture) {
  const auto& lines = source.lines;
  const auto& dropped = furniture.dropped;
  std::vector<int> level(lines.size(), 0);
  const std::set<std::string> toc(furniture.toc_titles.begin(), furniture.toc_titles.end());
  std::map<std::string, int> toc_level;
  for (std::size_t k = 0; k < furniture.toc_titles.size(); ++k) {
    if (k < furniture.toc_levels.size() && furniture.toc_levels[k] > 0) {
      toc_level.emplace(furniture.toc_titles[k], furniture.toc_levels[k]);
    }
  }
  const double body = body_font_size(source, dropped);
  const auto sizes = source.format == "pdf" ? heading_sizes(source, dropped, body) : std::vector<double>{};
  auto standalone = [&](std::size_t i) {
    std::size_t next = i + 1;
    while (next < lines.size() && !dropped[next].empty()) ++next;
    return (i == 0 || lines[i].break_before) && (next >= lines.size() || lines[next].break_before);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!dropped[i].empty()) continue;
    const auto& l = lines[i];
    if (l.heading == 0 && is_labelled_value(l.text)) continue;  // metadata: "Dnr: KS 2020/1"
    if (source.format == "docx") {
      if (l.heading > 0) {
        level[i] = std::min(l.heading, 9);
      } else if (l.list_level == 0 && l.table == 0 && !l.soft_break && l.unbroken.empty() && is_bold_line(l)) {
        level[i] = numbered_heading_depth(l.text);
      }
      continue;
    }
    if (source.format == "pdf" && l.size > 0) {
      const double size = std::round(l.size * 2) / 2;
      const auto rank = std::find(sizes.begin(), sizes.end(), size);
      if (rank != sizes.end() && looks_like_heading(l.text)) {
        level[i] = static_cast<int>(rank - sizes.begin()) + 1;
      } else if (size <= body && is_bold_line(l) && looks_like_heading(l.text) && l.break_before) {
        level[i] = static_cast<int>(sizes.size()) + 1;
      }
      if (level[i] > 0) continue;
    }
    if (const int depth = numbered_heading_depth(l.text); depth > 0 && standalone(i)) {
      level[i] = depth;
    } else if (!toc.empty() && source.format == "text") {
      // An entry of the table of contents, also when one of the two has a
      // typing error ("könsstympning" in the table, "könsstympling" below).
      std::string key = comparable(l.text);
      if (!toc.count(key) && standalone(i)) {
        for (const auto& title : toc) {
          const auto most = static_cast<int>(std::max<std::size_t>(2, title.size() / 20));
          if (std::abs(static_cast<int>(title.size()) - static_cast<int>(key.size())) <= most &&
              edit_distance(title, key) <= most) {
            key = title;
            break;
          }
        }
      }
      if (toc.count(key) && looks_like_heading(l.text)) {
        const auto it = toc_level.find(key);
        level[i] = it == toc_level.end() ? 1 : it->second;
      }
    } else if (source.format == "text" && standalone(i) && looks_like_heading(l.text)) {
      level[i] = 1;
    }
  }
  if (source.format == "docx") hand_made_headings(source, dropped, level);
  // A heading set on two lines (PDF): the second line, of the same size right
  // under the first, belongs to it even when it starts in lower case.
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto& l = lines[i];
    if (level[i] == 0 && level[i - 1] > 0 && source.format == "pdf" && dropped[i].empty() && !l.break_before &&
        l.page == lines[i - 1].page && std::abs(l.size - lines[i - 1].size) < 0.25 && l.text.size() < 100) {
      level[i] = level[i - 1];
    }
  }
  return level;
}

void normalise_levels(std::vector<int>& level, std::size_t from) {
  // The levels the text uses, in order: a level no heading has (a size seen
  // only on the front page, a number "1.1.1" under "1.") is skipped, so that
  // h2 is never followed by h4.
  std::set<int> used;
  for (std::size_t i = from; i < level.size(); ++i) {
    if (level[i] > 0) used.insert(level[i]);
  }
  for (std::size_t i = from; i < level.size(); ++i) {
    if (level[i] > 0) level[i] = std::min(static_cast<int>(std::distance(used.begin(), used.find(level[i]))) + 1, 5);
  }
}

}  // namespace styrdok
