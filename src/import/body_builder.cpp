#include "import/body_builder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>
#include <string_view>

#include "core/slug.h"
#include "core/text.h"
#include "import/list_marker.h"

namespace styrdok {

namespace {

const std::string kPilcrow = "¶";

// Where a line's text ends, before closing emphasis ("… 2014.¶**").
std::size_t end_of_words(const std::string& text) {
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == '*' || text[end - 1] == ' ')) --end;
  return end;
}

// A print edition's paragraph mark (a link to the paragraph) is no text.
std::string without_mark(std::string text) {
  text = trim(text);
  const std::size_t end = end_of_words(text);
  if (end >= kPilcrow.size() && text.compare(end - kPilcrow.size(), kPilcrow.size(), kPilcrow) == 0) {
    text.erase(end - kPilcrow.size(), kPilcrow.size());
  }
  return trim(text);
}

bool ends_paragraph(const std::string& raw) {
  const std::string text = trim(raw);
  const std::size_t end = end_of_words(text);
  return end >= kPilcrow.size() && text.compare(end - kPilcrow.size(), kPilcrow.size(), kPilcrow) == 0;
}

bool ends_sentence(const std::string& text) {
  const std::string t = without_mark(text);
  return !t.empty() && std::string(".:!?").find(t.back()) != std::string::npos;
}

bool starts_lower(const std::string& text) {
  const std::string t = trim(text);
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  return (c >= 'a' && c <= 'z') || t.rfind("å", 0) == 0 || t.rfind("ä", 0) == 0 || t.rfind("ö", 0) == 0;
}

// A paragraph that Markdown would read as something else starts escaped.
std::string escape_start(const std::string& text) {
  if (text.empty()) return text;
  if (text[0] == '#' || text[0] == '>' || text[0] == '|' ||
      ((text[0] == '-' || text[0] == '+' || text[0] == '*') && text.size() > 1 && text[1] == ' ')) {
    return "\\" + text;
  }
  if (list_marker(text)) {
    const auto end = text.find_first_of(".)");
    if (end != std::string::npos) return text.substr(0, end) + "\\" + text.substr(end);
  }
  return text;
}

std::vector<std::string> cells_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    auto tab = text.find('\t', from);
    std::string cell = trim(text.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    // A cell's '|' would end it.
    for (std::size_t p = cell.find('|'); p != std::string::npos; p = cell.find('|', p + 2)) cell.insert(p, "\\");
    out.push_back(without_mark(cell));
    if (tab == std::string::npos) break;
    from = tab + 1;
    while (from < text.size() && text[from] == '\t') ++from;
  }
  return out;
}

std::string table_markdown(const std::vector<std::vector<std::string>>& rows) {
  std::size_t width = 0;
  for (const auto& r : rows) width = std::max(width, r.size());
  auto line = [&](const std::vector<std::string>& r) {
    std::string out = "|";
    for (std::size_t c = 0; c < width; ++c) out += " " + (c < r.size() ? r[c] : std::string()) + " |";
    return out;
  };
  std::string out = line(rows.front()) + "\n|";
  for (std::size_t c = 0; c < width; ++c) out += " --- |";
  for (std::size_t r = 1; r < rows.size(); ++r) out += "\n" + line(rows[r]);
  return out;
}

std::size_t tab_count(const std::string& text) { return std::count(text.begin(), text.end(), '\t'); }

// Whether a compound's first part is one written with a hyphen before the
// rest ("AME-chefen", "e-tjänster", "2020-talet"): an abbreviation in
// capitals, a single letter, or one with digits.
bool is_written_with_hyphen(const std::string& raw) {
  std::string part;
  for (const char c : raw)
    if (c != '(' && c != '*' && c != '"' && c != '\'') part += c;  // "(AME-", "**SFI-"
  if (part.empty()) return false;
  if (part.size() == 1) return true;
  bool lower = false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    const auto c = static_cast<unsigned char>(part[i]);
    if (c >= '0' && c <= '9') return true;
    // å, ä, ö and é are lower-case (0xC3 then 0xA0 or more); Å, Ä, Ö capitals.
    const bool small_letter = c == 0xC3 && i + 1 < part.size() && static_cast<unsigned char>(part[i + 1]) >= 0xA0;
    lower = lower || (c >= 'a' && c <= 'z') || small_letter;
  }
  return !lower;
}

}  // namespace

void join_line(std::string& text, const std::string& raw_next) {
  std::string next = trim(raw_next);
  if (text.empty()) {
    text = next;
    return;
  }
  // Emphasis closed at the line's end and opened again on the next is one run.
  std::size_t stars = 0;
  while (stars < text.size() && text[text.size() - 1 - stars] == '*') ++stars;
  if (stars > 0 && next.size() > stars && next.compare(0, stars, text, text.size() - stars, stars) == 0 &&
      next[stars] != '*' && next[stars] != ' ') {
    text.resize(text.size() - stars);
    next.erase(0, stars);
    text += " " + next;
    return;
  }
  // A soft hyphen, perhaps with the hyphen a browser printed for it (U+2010).
  for (const char* soft : {"\xC2\xAD", "\xC2\xAD\xE2\x80\x90"}) {
    if (text.ends_with(soft)) {
      text.resize(text.size() - std::string_view(soft).size());
      text += next;
      return;
    }
  }
  static const std::set<std::string> kKeepHyphen = {"och", "eller", "samt", "respektive", "resp", "till",
                                                    "som", "men",   "utan", "and",        "or",   "to"};
  const bool digit_next = !next.empty() && next[0] >= '0' && next[0] <= '9';
  if (text.size() >= 2 && text.back() == '-' && text[text.size() - 2] != ' ' && (starts_lower(next) || digit_next)) {
    const auto word_start = text.find_last_of(' ');
    const std::string word = text.substr(word_start == std::string::npos ? 0 : word_start + 1);
    // A web address broken at its own hyphen keeps it, without a space; so
    // does a compound of an abbreviation, a letter or a number ("AME-chefen",
    // "e-tjänster", "2020-talet", "Covid-19"), which is written with one.
    if (word.find("://") != std::string::npos || word.find("www.") != std::string::npos || digit_next ||
        is_written_with_hyphen(word.substr(0, word.size() - 1))) {
      text += next;
      return;
    }
    const auto space = next.find_first_of(" ,.");
    if (!kKeepHyphen.count(fold_diacritics(next.substr(0, space)))) {
      text.pop_back();
      text += next;
      return;
    }
  }
  // A web address broken across lines goes on without a space.
  const auto word_start = text.find_last_of(' ');
  const std::string word = text.substr(word_start == std::string::npos ? 0 : word_start + 1);
  if ((word.rfind("http://", 0) == 0 || word.rfind("https://", 0) == 0) && word.back() != '.' && next.find(' ') != 0 &&
      starts_lower(next) && next.find_first_of(" ") == std::string::npos) {
    text += next;
    return;
  }
  text += " " + next;
}

// Web addresses as links: a print edition's "address [address]" once, and a
// bare address as <address>.
std::string with_links(const std::string& text) {
  static const std::regex kPrinted(R"((https?://[^\s\\]+) \\\[\1\\\])");
  static const std::regex kBare(R"((^|\s)(https?://[^\s<>()\\]+[^\s<>().,;:\\]))");
  std::string out = std::regex_replace(text, kPrinted, "$1");
  return std::regex_replace(out, kBare, "$1<$2>");
}

namespace {

// Word's paragraphs with line breaks, read a line per line for the front
// page (SourceLine::soft_break), as one paragraph each again where the text
// holds them: its first line with the whole text, the others left out. A
// line whose paragraph began before the text stays a paragraph of its own.
void join_broken_paragraphs(SourceText& source, std::size_t from, std::vector<bool>& skip) {
  std::size_t head = source.lines.size();  // the first line of the paragraph being read
  for (std::size_t i = 0; i < source.lines.size(); ++i) {
    auto& l = source.lines[i];
    if (!l.soft_break) {
      head = i;
      if (i >= from && !skip[i] && !l.unbroken.empty()) l.text = l.unbroken;
      continue;
    }
    l.soft_break = false;
    if (head < source.lines.size() && head >= from && !skip[head]) {
      skip[i] = true;
    } else {
      l.whole = true;
    }
  }
}

}  // namespace

std::string build_body(const SourceText& source, std::size_t from, const std::vector<bool>& skip,
                       const std::vector<int>& heading_level, BodyCounts* counts) {
  if (std::any_of(source.lines.begin(), source.lines.end(),
                  [](const SourceLine& l) { return l.soft_break || !l.unbroken.empty(); })) {
    SourceText joined;  // the lines are what the text is built from
    joined.format = source.format;
    joined.lines = source.lines;
    std::vector<bool> joined_skip = skip;
    join_broken_paragraphs(joined, from, joined_skip);
    for (auto& l : joined.lines) l.unbroken.clear();
    return build_body(joined, from, joined_skip, heading_level, counts);
  }
  const auto& lines = source.lines;
  BodyCounts local;
  BodyCounts& n = counts ? *counts : local;
  const bool pdf = source.format == "pdf";
  const bool docx = source.format == "docx";

  // Where the body's text starts on the page (PDF): the leftmost edge that a
  // good part of the text starts at (lists are indented from it).
  double margin = 0;
  if (pdf) {
    std::map<long, std::size_t> lefts;
    std::size_t total = 0;
    for (std::size_t i = from; i < lines.size(); ++i) {
      if (!skip[i] && heading_level[i] == 0) {
        lefts[std::lround(lines[i].left)] += lines[i].text.size();
        total += lines[i].text.size();
      }
    }
    for (const auto& [left, chars] : lefts) {
      if (chars * 10 >= total) {
        margin = static_cast<double>(left);
        break;
      }
    }
  }
  // Where the body's lines end on the right (PDF): a line that ends short of
  // it, so that the next line's first word would have fit, ends its paragraph
  // or list item.
  double column_right = 0;
  for (std::size_t i = from; pdf && i < lines.size(); ++i) {
    if (!skip[i] && heading_level[i] == 0) column_right = std::max(column_right, lines[i].right);
  }
  auto ends_short = [&](std::size_t i, std::size_t next) {
    if (!pdf || next >= lines.size() || lines[i].page != lines[next].page) return false;
    const double space = lines[i].size * 0.35;
    return lines[i].right + space + lines[next].first_word < column_right - 2;
  };
  auto next_kept = [&](std::size_t i) {
    for (++i; i < lines.size(); ++i) {
      if (!skip[i]) return i;
    }
    return lines.size();
  };
  auto prev_kept = [&](std::size_t i) {
    while (i > from) {
      --i;
      if (!skip[i]) return i;
    }
    return lines.size();
  };
  auto indented = [&](std::size_t i) { return pdf && lines[i].left > margin + 12; };
  // A line that starts a block of its own.
  auto starts_block = [&](std::size_t i, std::size_t previous) {
    const auto& l = lines[i];
    if (heading_level[i] > 0 || l.whole || l.list_level > 0 || l.table > 0) return true;
    if (list_marker(l.text) || tab_count(l.text) > 0) return true;
    if (previous >= lines.size()) return true;
    const auto& p = lines[previous];
    if (p.whole || heading_level[previous] > 0 || ends_paragraph(p.text) || ends_short(previous, i)) return true;
    if (l.page != p.page) return ends_sentence(p.text) && !starts_lower(l.text);
    if (indented(i) != indented(previous)) return true;
    return l.break_before;
  };

  std::vector<std::string> blocks;
  std::size_t i = from;
  while (i < lines.size() && skip[i]) ++i;
  while (i < lines.size()) {
    const auto& l = lines[i];
    if (heading_level[i] > 0) {
      std::string text = without_mark(l.text);
      std::size_t j = next_kept(i);
      // A heading set on two lines (PDF).
      while (pdf && j < lines.size() && heading_level[j] == heading_level[i] && !lines[j].break_before &&
             lines[j].page == l.page) {
        join_line(text, without_mark(lines[j].text));
        j = next_kept(j);
      }
      std::erase(text, '*');
      blocks.push_back(std::string(static_cast<std::size_t>(heading_level[i]) + 1, '#') + " " + trim(text));
      ++n.headings;
      i = j;
      continue;
    }
    // A table: Word's rows, or lines with the same number of columns.
    if (l.table > 0 || (!docx && tab_count(l.text) > 0)) {
      std::vector<std::vector<std::string>> rows;
      std::size_t j = i;
      while (j < lines.size() && !skip[j] && heading_level[j] == 0 &&
             (l.table > 0 ? lines[j].table == l.table : tab_count(lines[j].text) == tab_count(l.text))) {
        rows.push_back(cells_of(lines[j].text));
        j = next_kept(j);
      }
      if (rows.size() >= 2 || l.table > 0) {
        blocks.push_back(table_markdown(rows));
        ++n.tables;
        i = j;
        continue;
      }
    }
    // A list: items until something else starts.
    const auto marker = list_marker(l.text);
    if (l.list_level > 0 || marker || (indented(i) && !docx)) {
      std::string list;
      std::size_t j = i;
      std::vector<double> indents;
      std::vector<int> numbers;  // per depth: the last number given, for Word's numbered items
      while (j < lines.size()) {
        const auto& item = lines[j];
        const auto m = list_marker(item.text);
        const bool pdf_item = indented(j);
        if (heading_level[j] > 0 || !(item.list_level > 0 || m || pdf_item)) break;
        if (j != i && !(item.list_level > 0 || m) && !starts_block(j, prev_kept(j))) break;
        int depth = item.list_level;
        if (depth == 0) {
          const double left = pdf ? item.left : static_cast<double>(item.text.find_first_not_of(" \t"));
          auto at = std::find_if(indents.begin(), indents.end(), [&](double x) { return std::abs(x - left) < 4; });
          if (at == indents.end()) {
            indents.push_back(left);
            std::sort(indents.begin(), indents.end());
            at = std::find_if(indents.begin(), indents.end(), [&](double x) { return std::abs(x - left) < 4; });
          }
          depth = static_cast<int>(at - indents.begin()) + 1;
        }
        const bool ordered = item.list_level > 0 ? item.ordered : (m && m->ordered);
        std::string text = item.list_level > 0 || !m ? trim(item.text) : trim(item.text.substr(m->text_begin));
        const bool closed = ends_paragraph(item.text);
        text = without_mark(text);
        std::size_t k = next_kept(j);
        // The item's further lines.
        while (!closed && !docx && k < lines.size() && !starts_block(k, prev_kept(k)) && heading_level[k] == 0) {
          join_line(text, without_mark(lines[k].text));
          if (ends_paragraph(lines[k].text)) {
            k = next_kept(k);
            break;
          }
          k = next_kept(k);
        }
        const std::string indent(static_cast<std::size_t>(std::max(depth - 1, 0)) * (ordered ? 3 : 2), ' ');
        numbers.resize(static_cast<std::size_t>(std::max(depth, 1)), 0);
        const int number = m && item.list_level == 0 ? m->number : numbers.back() + 1;
        numbers.back() = number;
        list += (list.empty() ? "" : "\n") + indent + (ordered ? std::to_string(number) + ". " : "- ") + text;
        ++n.list_items;
        j = k;
        if (j >= lines.size()) break;
        const auto& following = lines[j];
        if (!(following.list_level > 0 || list_marker(following.text) || (indented(j) && pdf))) break;
        // Bullets after numbers (or numbers after bullets) start a list of their own.
        const auto next_marker = list_marker(following.text);
        const bool next_ordered = following.list_level > 0 ? following.ordered : (next_marker && next_marker->ordered);
        if (next_ordered != ordered && (following.list_level > 0 ? following.list_level : 1) == 1 && depth == 1) break;
      }
      blocks.push_back(list);
      i = j;
      continue;
    }
    // A paragraph, re-flowed.
    std::string text = without_mark(l.text);
    bool closed = ends_paragraph(l.text);
    std::size_t j = next_kept(i);
    while (!closed && j < lines.size() && !starts_block(j, prev_kept(j))) {
      join_line(text, without_mark(lines[j].text));
      closed = ends_paragraph(lines[j].text);
      j = next_kept(j);
    }
    blocks.push_back(with_links(escape_start(text)));
    ++n.paragraphs;
    i = j;
  }
  std::string out;
  for (const auto& b : blocks) out += "\n" + b + "\n";
  // A soft hyphen left inside a word (where the source may break it) is no
  // text, and splits the word for search ("samv\u00ADerkan").
  for (auto at = out.find("\xC2\xAD"); at != std::string::npos; at = out.find("\xC2\xAD", at)) out.erase(at, 2);
  return out;
}

}  // namespace styrdok
