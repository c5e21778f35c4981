// Word-level comparison of two pieces of plain text, as a redline: the text is
// cut into words, runs of whitespace and single punctuation marks, and Myers'
// algorithm (diff/myers_diff.h) finds the fewest words to remove and insert.
//
// Words are runs of letters and digits, where any character outside ASCII is
// a letter unless it is known punctuation or space (dashes, quotation marks,
// §, non-breaking spaces…), so "Självförsörjning" is one word and "2,5" is
// the words "2" and "5" with a comma between them.
//
// Thread-safe: pure functions. The returned tokens point into the text given.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/limits.h"

namespace styrdok {

struct WordToken {
  enum class Kind { word, space, punctuation };
  Kind kind = Kind::word;
  std::string_view text;  // a view into the tokenised text
};

// Cuts `text` into tokens whose concatenation is `text` again.
std::vector<WordToken> tokenize_words(std::string_view text);

// Adds the words of `text` (not spaces or punctuation) to `words`; the views
// point into `text`. Call sort_unique when all texts are added.
void append_words(std::string_view text, std::vector<std::string_view>& words);
void sort_unique(std::vector<std::string_view>& words);
// How many words two sorted, distinct word sets share.
std::int64_t count_common(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b);

// Number of word tokens in `text`.
int count_words(std::string_view text);

// A redline of one piece of text. The HTML is escaped text with marks and no
// enclosing element; the caller wraps it in the element of its block.
//
// How changes are marked:
// - A run of changes becomes one <del> followed by one <ins> (deletion
//   first): "januari" -> "juni" is "<del>januari</del><ins>juni</ins>".
// - Whitespace between two changes goes inside the marks, and so does a
//   single word or mere punctuation between two changes when both changes are
//   longer (in words) than it; such a word then counts as removed and added.
// - A pure deletion or insertion keeps the whitespace at its edges outside
//   the mark: "a b c" -> "a c" is "a <del>b</del> c".
struct WordDiff {
  std::string inline_html;  // both texts in one column
  std::string old_html;     // the older text, with <del> marks only
  std::string new_html;     // the newer text, with <ins> marks only
  int words_added = 0;
  int words_removed = 0;
};

// Bounded work: when the changed middle of the two texts (between their
// common start and end) holds more than `max_tokens` words, spaces and
// punctuation marks, it is shown removed and added whole instead of word by
// word (InputLimits::diff_tokens).
WordDiff diff_words(std::string_view older, std::string_view newer, std::size_t max_tokens = InputLimits{}.diff_tokens);

}  // namespace styrdok
