#include "import/front_page.h"

#include <algorithm>
#include <cmath>

#include "core/slug.h"
#include "core/text.h"
#include "import/metadata_values.h"

namespace styrdok {

namespace {

// A line that is one document type and nothing else, perhaps marked as the
// one that applies (">> Riktlinjer", "X Policy", "☒ Plan"): its type.
struct TypeWord {
  std::string type;
  bool marked = false;
};

std::optional<TypeWord> lone_type_word(const std::string& raw) {
  std::string text = plain_text(raw);
  bool marked = false;
  for (const char* mark : {">>", "»", "☒", "■", "●", "X ", "x ", "→", "✓", "✔"}) {
    if (text.rfind(mark, 0) == 0) {
      text = trim(text.substr(std::string(mark).size()));
      marked = true;
    }
  }
  if (text.find(' ') != std::string::npos) return std::nullopt;
  const std::string folded = fold_diacritics(text);
  for (const char* type : {"strategi", "program", "plan", "policy", "riktlinjer", "regler", "handlingsplan"}) {
    if (folded == type) return TypeWord{type, marked};
  }
  return std::nullopt;
}

// Blocks of lines: consecutive lines without a break between them (in
// Word, the lines of one paragraph with line breaks); a line left out
// (metadata) ends a block.
std::vector<std::vector<std::size_t>> blocks_of(const SourceText& source, std::size_t end,
                                                const std::vector<bool>& skip) {
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < end; ++i) {
    if (skip[i]) continue;
    const auto& l = source.lines[i];
    const bool joins = !out.empty() && out.back().back() + 1 == i && !l.break_before && !l.whole &&
                       (source.format != "docx" || l.soft_break) &&
                       std::abs(source.lines[out.back().back()].size - l.size) < 0.5;
    if (joins) {
      out.back().push_back(i);
    } else {
      out.push_back({i});
    }
  }
  return out;
}

// "Lysekils kommun", "LYSEKILS KOMMUN", "Region Västra Götaland": the
// organisation's name, which a front page shows and which is no title.
bool names_organisation(const std::string& text) {
  const std::string folded = fold_diacritics(text);
  if (std::count(folded.begin(), folded.end(), ' ') > 3) return false;
  return folded.ends_with(" kommun") || folded.starts_with("region ");
}

// A title without the organisation's name before it ("Lysekils kommuns
// Riktlinjer för integrationsarbete", where a text file's bold shows the
// title alone): the document is the organisation's anyway.
std::string without_organisation(const std::string& title) {
  const auto first = title.find(' ');
  const auto second = first == std::string::npos ? std::string::npos : title.find(' ', first + 1);
  if (second == std::string::npos || fold_diacritics(title.substr(first + 1, second - first - 1)) != "kommuns")
    return title;
  const std::string rest = title.substr(second + 1);
  return document_type_in(rest).empty() ? title : rest;
}

// Whether block `b` comes right after block `a`, with nothing between them.
bool follows(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) { return b.front() == a.back() + 1; }

// Two Word paragraphs of the same kind for a title: both in the Title style,
// or both bold in no heading style, the second not a sentence.
bool same_kind(const SourceLine& first, const SourceLine& next) {
  if (first.heading == -1) return next.heading == -1;
  const std::string text = plain_text(next.text);
  return first.heading == 0 && first.bold && next.heading == 0 && next.bold && !text.empty() && text.size() < 100 &&
         text.back() != '.';
}

std::string joined(const SourceText& source, const std::vector<std::size_t>& block) {
  std::string out;
  for (const auto i : block) {
    std::string next = trim(source.lines[i].text);
    // Emphasis closed at a line's end and opened again on the next is one
    // run (Word closes it at each line break): "**Riktlinjer för integrationsarbete**".
    std::size_t stars = 0;
    while (stars < out.size() && out[out.size() - 1 - stars] == '*') ++stars;
    if (stars > 0 && next.size() > stars && next.compare(0, stars, out, out.size() - stars, stars) == 0 &&
        next[stars] != '*' && next[stars] != ' ') {
      out.resize(out.size() - stars);
      next.erase(0, stars);
    }
    out += (out.empty() ? "" : " ") + next;
  }
  return out;
}

// The bold part of a block written in Markdown ("Lysekils kommuns **Riktlinjer
// för integrationsarbete**" -> the part in bold), or the whole.
std::string bold_part(const std::string& text) {
  const auto open = text.find("**");
  if (open == std::string::npos || open == 0) return text;
  const auto close = text.find("**", open + 2);
  return close == std::string::npos ? text : text.substr(open, close + 2 - open);
}

}  // namespace

std::string plain_text(const std::string& markdown) {
  std::string out;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    if (markdown[i] == '*') continue;
    if (markdown[i] == '\\' && i + 1 < markdown.size()) continue;  // an escape: keep what it escapes
    out += markdown[i] == '\t' ? ' ' : markdown[i];
  }
  if (out.ends_with("¶")) out.resize(out.size() - std::string("¶").size());
  std::string spaced;
  for (char c : trim(out)) {
    if (c == ' ' && !spaced.empty() && spaced.back() == ' ') continue;
    spaced += c;
  }
  return spaced;
}

FrontPage read_front_page(const SourceText& source, std::size_t end, const std::vector<bool>& skip) {
  FrontPage out;
  out.used.assign(source.lines.size(), false);
  const auto& lines = source.lines;

  // The list of the kinds of governing documents, with the one that applies marked.
  std::vector<std::size_t> lone;
  for (std::size_t i = 0; i < end; ++i) {
    if (skip[i]) continue;
    if (auto t = lone_type_word(lines[i].text)) {
      lone.push_back(i);
      if (t->marked && out.type.empty()) out.type = t->type, out.type_line = i;
    }
  }
  if (lone.size() >= 3) {
    for (const auto i : lone) out.used[i] = true;
  } else if (lone.size() == 1 && out.type.empty()) {
    out.type = lone_type_word(lines[lone[0]].text)->type;
    out.type_line = lone[0];
    out.used[lone[0]] = true;
  }
  // A line naming the type and the organisation: "POLICY · STENUNGSUNDS KOMMUN".
  for (std::size_t i = 0; i < end && out.type.empty(); ++i) {
    if (skip[i] || out.used[i]) continue;
    const std::string text = plain_text(lines[i].text);
    const auto dot = text.find("·");
    if (dot == std::string::npos) continue;
    if (auto t = lone_type_word(trim(text.substr(0, dot)))) {
      out.type = t->type, out.type_line = i, out.used[i] = true;
    }
  }

  // The title.
  std::vector<bool> taken = skip;
  for (std::size_t i = 0; i < taken.size(); ++i) taken[i] = taken[i] || out.used[i];
  const auto blocks = blocks_of(source, end, taken);
  // A line naming the organisation ("LYSEKILS KOMMUN") is never the title.
  std::vector<bool> organisation(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b)
    organisation[b] = names_organisation(plain_text(joined(source, blocks[b])));
  std::size_t chosen = blocks.size();
  if (source.format == "docx") {
    // The last paragraph in Word's Title style, or the first of those right above it.
    std::size_t previous = blocks.size();
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (lines[blocks[b][0]].heading != -1 || organisation[b]) continue;
      if (!(previous + 1 == b && follows(blocks[previous], blocks[b]))) chosen = b;
      previous = b;
    }
    for (std::size_t b = 0; b < blocks.size() && chosen == blocks.size(); ++b) {
      if (lines[blocks[b][0]].heading > 0 && !organisation[b]) chosen = b;
    }
  } else if (source.format == "pdf") {
    double largest = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b)
      if (!organisation[b]) largest = std::max(largest, lines[blocks[b][0]].size);
    for (std::size_t b = 0; b < blocks.size() && chosen == blocks.size(); ++b) {
      if (largest > 0 && lines[blocks[b][0]].size == largest && !organisation[b]) chosen = b;
    }
  }
  for (std::size_t b = 0; b < blocks.size() && chosen == blocks.size(); ++b) {
    const std::string text = plain_text(joined(source, blocks[b]));
    if (!document_type_in(text).empty() && text.size() < 200) chosen = b;
  }
  for (std::size_t b = 0; b < blocks.size() && chosen == blocks.size(); ++b)
    if (!organisation[b]) chosen = b;
  if (chosen == blocks.size() && !blocks.empty()) chosen = 0;
  // A Word title set as two paragraphs of its kind ("Riktlinjer för" ⏎
  // "avfallshantering", in Title style or bold) is one title.
  std::vector<std::size_t> title_lines;
  const std::vector<std::size_t>* title = nullptr;
  if (chosen < blocks.size()) {
    title_lines = blocks[chosen];
    for (std::size_t b = chosen + 1;
         source.format == "docx" && b < blocks.size() && !organisation[b] && follows(blocks[b - 1], blocks[b]) &&
         same_kind(lines[blocks[chosen][0]], lines[blocks[b][0]]);
         ++b)
      title_lines.insert(title_lines.end(), blocks[b].begin(), blocks[b].end());
    title = &title_lines;
  }
  if (title) {
    out.title = without_organisation(plain_text(bold_part(joined(source, *title))));
    out.title_line = title->front();
    for (const auto i : *title) out.used[i] = true;
  }
  if (out.type.empty() && !out.title.empty()) {
    out.type = document_type_in(out.title);
    out.type_line = out.title_line;
    out.type_from_title = !out.type.empty();
  }

  // A summary: the last paragraph of prose on the front page (a notice,
  // "Förslag – inte antaget. …", comes before it).
  const std::vector<std::size_t>* summary = nullptr;
  for (const auto& b : blocks) {
    if (out.used[b.front()]) continue;
    const std::string raw = joined(source, b);
    const std::string text = plain_text(raw);
    if (text.size() >= 60 && text.back() == '.' && raw.find('\t') == std::string::npos) summary = &b;
  }
  if (summary) {
    out.summary = plain_text(joined(source, *summary));
    out.summary_line = summary->front();
    for (const auto i : *summary) out.used[i] = true;
  }
  return out;
}

}  // namespace styrdok
