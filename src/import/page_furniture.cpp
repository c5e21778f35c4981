#include "import/page_furniture.h"

#include <cmath>
#include <iterator>
#include <map>
#include <regex>
#include <set>

#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

// The text with every digit as '#', folded: a running footer differs from
// page to page only in its numbers.
std::string shape_of(const std::string& text) {
  std::string folded = fold_diacritics(text);
  std::string out;
  for (char c : folded) {
    const char d = (c >= '0' && c <= '9') ? '#' : (c == '\t' ? ' ' : c);
    if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
    if (d == '#' && !out.empty() && out.back() == '#') continue;
    out += d;
  }
  return trim(out);
}

bool is_page_number(const std::string& shape) {
  static const std::regex kNumber(R"(^(sida |page |s\. ?)?# ?((av|of|/) ?#|\(#\))?$|^[-–] ?# ?[-–]$)");
  return std::regex_match(shape, kNumber);
}

bool is_toc_heading(const std::string& text) {
  static const std::set<std::string> kHeadings = {
      "innehall",          "innehallsforteckning",    "innehall i dokumentet", "innehallsfort",     "contents",
      "table of contents", "innehall i riktlinjerna", "innehall i planen",     "innehall i policyn"};
  return kHeadings.count(comparable(text)) > 0;
}

// "Styrdokument.....\t5", "Syfte 5", "1.2 Mål .... 7": the entry's title,
// or "" when the line does not end with a page number.
std::string entry_with_page(const std::string& text) {
  static const std::regex kEntry(R"(^(.*?)(\s*(\.{2,}|…+)\s*|\t+\s*|\s+)([0-9ivxl]{1,4})\s*$)");
  std::smatch m;
  if (!std::regex_match(text, m, kEntry)) return "";
  return trim(m[1].str());
}

// A line of the addresses and contact details printed on a back cover.
bool is_back_cover(const std::string& text) {
  const std::string folded = fold_diacritics(text);
  for (const char* word : {"postadress", "besoksadress", "telefon", "tel:", "tel.", "e-post", "epost", "webbplats",
                           "org.nr", "organisationsnummer", "tank pa miljon", "vaxel", "fax"}) {
    if (folded.find(word) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string comparable(const std::string& text) {
  static const std::regex kNumber(R"(^\s*[0-9]+(\.[0-9]+)*\.?\s+)");
  std::string t = std::regex_replace(text, kNumber, "");
  std::erase(t, '*');
  if (t.ends_with("¶")) t.resize(t.size() - std::string("¶").size());
  while (!t.empty() && (t.back() == '.' || t.back() == ':' || t.back() == ' ')) t.pop_back();
  std::string folded = fold_diacritics(trim(t));
  std::string out;
  for (char c : folded) {
    const char d = (c == '\t' || c == '-') ? ' ' : c;
    if (d == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += d;
  }
  return trim(out);
}

Furniture find_furniture(const SourceText& source) {
  const auto& lines = source.lines;
  Furniture out;
  out.dropped.assign(lines.size(), "");

  // Running headers, footers and page numbers: the first and last two lines
  // of each page.
  std::map<int, std::vector<std::size_t>> pages;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].page > 0) pages[lines[i].page].push_back(i);
  }
  std::map<std::string, std::set<int>> seen;  // shape -> pages it is at the edge of
  std::vector<std::size_t> edges;
  for (const auto& [page, indices] : pages) {
    for (std::size_t k = 0; k < indices.size(); ++k) {
      if (k >= 2 && k + 2 < indices.size()) continue;
      edges.push_back(indices[k]);
      seen[shape_of(lines[indices[k]].text)].insert(page);
    }
  }
  for (const std::size_t i : edges) {
    const std::string shape = shape_of(lines[i].text);
    const std::size_t on = seen[shape].size();
    if (is_page_number(shape)) {
      out.dropped[i] = "a page number";
    } else if (on >= 2 && on * 2 >= pages.size()) {
      out.dropped[i] = "a page header or footer, repeated on " + std::to_string(on) + " pages";
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].page == 0 && out.dropped[i].empty()) {
      const std::string shape = shape_of(lines[i].text);
      if (shape.find('#') != std::string::npos && is_page_number(shape) && shape.find(' ') != std::string::npos) {
        out.dropped[i] = "a page number";
      }
    }
  }

  // A back cover: the organisation's addresses after the last section.
  for (std::size_t i = lines.size(); i-- > 0;) {
    if (!out.dropped[i].empty()) continue;
    if (!is_back_cover(lines[i].text)) break;
    out.dropped[i] = "the back cover's addresses";
  }

  // The table of contents: its heading, then entries with page numbers or
  // naming a later line.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!out.dropped[i].empty() || !is_toc_heading(lines[i].text)) continue;
    std::vector<std::size_t> entries;
    std::size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      if (!out.dropped[j].empty()) continue;
      std::string title = entry_with_page(lines[j].text);
      if (title.empty()) {
        const std::string wanted = comparable(lines[j].text);
        bool later = false;
        for (std::size_t k = j + 1; k < lines.size() && !later && !wanted.empty(); ++k) {
          if (!out.dropped[k].empty()) continue;
          // The heading may be set on two lines where the entry is on one.
          later = comparable(lines[k].text) == wanted ||
                  (k + 1 < lines.size() && comparable(lines[k].text + " " + lines[k + 1].text) == wanted);
        }
        // An entry names a heading further on, which is never the next line.
        if (!later || wanted.size() > 160) break;
        title = lines[j].text;
      }
      entries.push_back(j);
      out.toc_titles.push_back(comparable(title));
    }
    if (entries.size() < 2) {
      out.toc_titles.clear();
      continue;
    }
    // Levels by indentation, where the reader knows it.
    std::set<long> indents;
    for (const auto e : entries) indents.insert(std::lround(lines[e].left));
    for (const auto e : entries) {
      const long indent = std::lround(lines[e].left);
      int level = 0;
      if (indents.size() > 1) level = static_cast<int>(std::distance(indents.begin(), indents.find(indent))) + 1;
      out.toc_levels.push_back(level);
    }
    out.dropped[i] = "the table of contents: styrdok makes its own";
    for (const auto e : entries) out.dropped[e] = "the table of contents: styrdok makes its own";
    out.toc_end = entries.back() + 1;
    break;
  }
  return out;
}

}  // namespace styrdok
