// Readable, stable identifiers for URLs and anchors: Swedish (and other Latin)
// letters folded to ASCII, everything else turned into single hyphens.
// "Språkkunskaper" -> "sprakkunskaper", "Boende – segregation" -> "boende-segregation".
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace styrdok {

// Lower-cases and folds diacritics: "Självförsörjning" -> "sjalvforsorjning".
// Characters it does not know are kept as they are.
std::string fold_diacritics(std::string_view utf8);

// The bytes fold_diacritics writes for one code point (none for a mark it
// drops): for following a word's letters in its folded form.
std::size_t folded_size(std::uint32_t cp);

// Folds, then keeps [a-z0-9] and joins runs of anything else with one '-'.
// Returns "" when nothing is left.
std::string slugify(std::string_view utf8);
// The same for text in other scripts, for the headings of translations
// ("## تمهيد" -> "تمهيد"): letters and digits of any script kept (Latin ones
// folded, Arabic vowel marks dropped), every other run of characters one '-'.
std::string slugify_any_script(std::string_view s);

// Hands out ids that are unique within one page: the first "syfte" stays
// "syfte", the next becomes "syfte-2", then "syfte-3". Each id remembers the
// next number to try, so n claims of one id cost O(n log n), not O(n^2).
// Not thread-safe.
class UniqueIds {
 public:
  std::string claim(const std::string& wanted);
  bool contains(const std::string& id) const { return used_.count(id) > 0; }

 private:
  std::set<std::string> used_;
  std::map<std::string, int> next_;  // wanted id -> the number its next copy tries first
};

}  // namespace styrdok
