// Suggestions for misspelt names ("valid_util" -> "valid_until"), as
// compilers and git give them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

// Levenshtein distance in bytes.
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a plausible
// typo (distance at most a third of the word's length, and at least 1);
// otherwise "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace styrdok
