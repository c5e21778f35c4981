// Suggestions for misspelt names ("valid_util" -> "valid_until"), as
// compilers and git give them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

// Levenshtein distance in bytes.
int edit_distance(std::string_view a, std::string_view b);

// Words longer than this get no suggestion: a typo is suggested for a name,
// and comparing long texts letter by letter would cost their lengths
// multiplied, for each candidate.
inline constexpr std::size_t kLongestMatched = 200;

// The candidate closest to `word` if it is close enough to be a plausible
// typo (distance at most a third of the word's length, and at least 1);
// otherwise "". The first of equally close ones.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace styrdok
