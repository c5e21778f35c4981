#include "diff/word_diff.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>

#include "core/text.h"
#include "diff/myers_diff.h"

namespace styrdok {
namespace {

using Kind = WordToken::Kind;

struct CodePoint {
  char32_t value = 0;
  std::size_t length = 1;
};

// Lenient UTF-8 decoding: an invalid byte stands for itself (as a letter), so
// tokenising never fails and never loses a byte.
CodePoint decode(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t length = 0;
  char32_t value = 0;
  if (c < 0x80) return {c, 1};
  if ((c & 0xE0) == 0xC0) {
    length = 2, value = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    length = 3, value = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    length = 4, value = c & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (i + length > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < length; ++k) {
    const auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (cc & 0x3F);
  }
  return {value, length};
}

bool in(char32_t c, char32_t first, char32_t last) { return c >= first && c <= last; }

Kind classify(char32_t c) {
  if (c < 0x80) {
    if (in(c, '0', '9') || in(c, 'a', 'z') || in(c, 'A', 'Z')) return Kind::word;
    if (c == ' ' || in(c, '\t', '\r')) return Kind::space;
    return Kind::punctuation;
  }
  if (c == 0xA0 || c == 0x1680 || in(c, 0x2000, 0x200B) || in(c, 0x2028, 0x2029) || c == 0x202F || c == 0x205F ||
      c == 0x3000) {
    return Kind::space;
  }
  if (c < 0xC0) {  // Latin-1 punctuation and symbols, except its letters and numbers
    const bool letter_or_number =
        c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA || in(c, 0xBC, 0xBE);
    return letter_or_number ? Kind::word : Kind::punctuation;
  }
  if (c == 0xD7 || c == 0xF7 || in(c, 0x200E, 0x2027) || in(c, 0x2030, 0x205E) || in(c, 0x20A0, 0x20CF) ||
      in(c, 0x2190, 0x2BFF) || in(c, 0x2E00, 0x2E7F) || in(c, 0x3001, 0x303F) || in(c, 0xFE10, 0xFE6F) || c == 0xFEFF ||
      in(c, 0xFF01, 0xFF0F) || in(c, 0xFF1A, 0xFF20) || in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65) ||
      in(c, 0x1F000, 0x1FAFF)) {
    return Kind::punctuation;
  }
  return Kind::word;
}

// A stretch of both token sequences: either equal (the same tokens on both
// sides) or a change (old tokens [a0, a1) replaced by new tokens [b0, b1)).
struct Segment {
  bool equal = false;
  std::size_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
};

// Prefix counts over one token sequence, for O(1) questions about a range.
class TokenCounts {
 public:
  explicit TokenCounts(const std::vector<WordToken>& tokens)
      : words_(tokens.size() + 1), non_space_(tokens.size() + 1) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      words_[i + 1] = words_[i] + (tokens[i].kind == Kind::word ? 1 : 0);
      non_space_[i + 1] = non_space_[i] + (tokens[i].kind == Kind::space ? 0 : 1);
    }
  }
  int words(std::size_t from, std::size_t to) const { return words_[to] - words_[from]; }
  bool only_space(std::size_t from, std::size_t to) const { return non_space_[to] == non_space_[from]; }

 private:
  std::vector<int> words_, non_space_;
};

std::vector<Segment> segments_of(const std::vector<Edit>& script) {
  std::vector<Segment> segments;
  std::size_t a = 0, b = 0, k = 0;
  while (k < script.size()) {
    Segment s;
    s.equal = script[k] == Edit::keep;
    s.a0 = a, s.b0 = b;
    if (s.equal) {
      for (; k < script.size() && script[k] == Edit::keep; ++k) ++a, ++b;
    } else {
      for (; k < script.size() && script[k] != Edit::keep; ++k) (script[k] == Edit::remove ? a : b) += 1;
    }
    s.a1 = a, s.b1 = b;
    segments.push_back(s);
  }
  return segments;
}

// Joins changes separated by an equality too small to read on its own (see
// the header), so that a rewritten phrase is one <del> and one <ins>.
std::vector<Segment> merge_changes(const std::vector<Segment>& segments, const TokenCounts& old_counts,
                                   const TokenCounts& new_counts) {
  auto size = [&](const Segment& c) { return std::max(old_counts.words(c.a0, c.a1), new_counts.words(c.b0, c.b1)); };
  auto absorbable = [&](const Segment& before, const Segment& eq, const Segment& after) {
    if (old_counts.only_space(eq.a0, eq.a1)) return true;
    const int words = old_counts.words(eq.a0, eq.a1);
    return words <= 1 && words < size(before) && words < size(after);
  };
  std::vector<Segment> out;
  for (const Segment& s : segments) {
    out.push_back(s);
    while (out.size() >= 3) {
      const Segment& after = out[out.size() - 1];
      const Segment& eq = out[out.size() - 2];
      Segment& before = out[out.size() - 3];
      if (after.equal || !eq.equal || before.equal || !absorbable(before, eq, after)) break;
      before.a1 = after.a1;
      before.b1 = after.b1;
      out.resize(out.size() - 2);
    }
  }
  return out;
}

std::string_view text_of(const std::vector<WordToken>& tokens, std::size_t from, std::size_t to) {
  if (from >= to) return {};
  const char* begin = tokens[from].text.data();
  const char* end = tokens[to - 1].text.data() + tokens[to - 1].text.size();
  return {begin, static_cast<std::size_t>(end - begin)};
}

// Appends a one-sided change (a pure deletion or insertion) to both `first`
// and `second`, leaving whitespace at its edges outside the mark.
void append_one_sided(const std::vector<WordToken>& tokens, std::size_t from, std::size_t to, const char* open,
                      const char* close, std::string& first, std::string& second) {
  std::size_t core_from = from, core_to = to;
  if (core_to - core_from >= 2 && tokens[core_from].kind == Kind::space) ++core_from;
  if (core_to - core_from >= 2 && tokens[core_to - 1].kind == Kind::space) --core_to;
  std::string html = html_escape(text_of(tokens, from, core_from));
  html += open;
  html += html_escape(text_of(tokens, core_from, core_to));
  html += close;
  html += html_escape(text_of(tokens, core_to, to));
  first += html;
  second += html;
}

}  // namespace

std::vector<WordToken> tokenize_words(std::string_view text) {
  std::vector<WordToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const CodePoint first = decode(text, i);
    const Kind kind = classify(first.value);
    std::size_t end = i + first.length;
    if (kind != Kind::punctuation) {
      while (end < text.size()) {
        const CodePoint next = decode(text, end);
        if (classify(next.value) != kind) break;
        end += next.length;
      }
    }
    tokens.push_back({kind, text.substr(i, end - i)});
    i = end;
  }
  return tokens;
}

int count_words(std::string_view text) {
  int words = 0;
  for (const WordToken& t : tokenize_words(text)) words += t.kind == Kind::word ? 1 : 0;
  return words;
}

WordDiff diff_words(std::string_view older, std::string_view newer, std::size_t max_tokens) {
  const std::vector<WordToken> a = tokenize_words(older);
  const std::vector<WordToken> b = tokenize_words(newer);
  std::unordered_map<std::string_view, int> ids;
  ids.reserve(a.size() + b.size());
  auto intern = [&ids](const std::vector<WordToken>& tokens) {
    std::vector<int> out;
    out.reserve(tokens.size());
    for (const WordToken& t : tokens)
      out.push_back(ids.try_emplace(t.text, static_cast<int>(ids.size())).first->second);
    return out;
  };
  const std::vector<int> ia = intern(a);
  const std::vector<int> ib = intern(b);
  const TokenCounts old_counts(a), new_counts(b);
  const std::vector<Segment> segments =
      merge_changes(segments_of(shortest_edit_script(ia, ib, max_tokens)), old_counts, new_counts);

  WordDiff diff;
  diff.inline_html.reserve(older.size() + newer.size() / 4);
  diff.old_html.reserve(older.size());
  diff.new_html.reserve(newer.size());
  for (const Segment& s : segments) {
    if (s.equal) {
      const std::string html = html_escape(text_of(a, s.a0, s.a1));
      diff.inline_html += html;
      diff.old_html += html;
      diff.new_html += html;
      continue;
    }
    diff.words_removed += old_counts.words(s.a0, s.a1);
    diff.words_added += new_counts.words(s.b0, s.b1);
    if (s.b0 == s.b1) {
      append_one_sided(a, s.a0, s.a1, "<del>", "</del>", diff.inline_html, diff.old_html);
    } else if (s.a0 == s.a1) {
      append_one_sided(b, s.b0, s.b1, "<ins>", "</ins>", diff.inline_html, diff.new_html);
    } else {
      const std::string removed = "<del>" + html_escape(text_of(a, s.a0, s.a1)) + "</del>";
      const std::string inserted = "<ins>" + html_escape(text_of(b, s.b0, s.b1)) + "</ins>";
      diff.inline_html += removed + inserted;
      diff.old_html += removed;
      diff.new_html += inserted;
    }
  }
  return diff;
}

void append_words(std::string_view text, std::vector<std::string_view>& words) {
  for (const WordToken& t : tokenize_words(text)) {
    if (t.kind == WordToken::Kind::word) words.push_back(t.text);
  }
}

void sort_unique(std::vector<std::string_view>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

std::int64_t count_common(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::int64_t n = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

}  // namespace styrdok
