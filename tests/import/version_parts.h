// Helpers for the import tests: a version file taken apart into what the
// tests compare (front matter values, headings, list items, the words of the
// text), and how much of one text's words another has in the same order.
#pragma once

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "content/version_file.h"
#include "core/slug.h"

namespace styrdok::test {

struct VersionParts {
  std::map<std::string, std::string> front;           // key -> value as written
  std::vector<std::pair<int, std::string>> headings;  // (number of #, text)
  std::vector<std::vector<std::string>> list_items;   // each item's words
  std::vector<std::string> words;                     // the words of every paragraph and list item
};

// Lower-case words, diacritics folded, without Markdown's marks and punctuation.
inline std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  const std::string folded = fold_diacritics(text);
  for (char c : folded) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
    if (letter) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

inline VersionParts parts_of(const std::string& file) {
  VersionParts out;
  Diagnostics ignored;
  const auto split = split_front_matter(file, "file", ignored);
  if (!split) return out;
  const YAML::Node yaml = YAML::Load(split->yaml);
  for (const auto& kv : yaml) {
    if (kv.second.IsScalar()) out.front[kv.first.Scalar()] = kv.second.Scalar();
  }
  std::istringstream in(split->body);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("#", 0) == 0) {
      const auto level = line.find_first_not_of('#');
      out.headings.emplace_back(static_cast<int>(level), line.substr(level + 1));
      continue;
    }
    const auto first = line.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    const std::string rest = line.substr(first);
    const bool item = rest.rfind("- ", 0) == 0 || (rest.size() > 2 && std::isdigit(rest[0]) && rest.find(". ") < 4);
    auto words = words_of(item ? rest.substr(rest.find(' ') + 1) : rest);
    if (item) out.list_items.push_back(words);
    out.words.insert(out.words.end(), words.begin(), words.end());
  }
  return out;
}

// The share of `expected` found in `got` in the same order (their longest
// common subsequence over the length of `expected`).
inline double share_in_order(const std::vector<std::string>& expected, const std::vector<std::string>& got) {
  if (expected.empty()) return 1.0;
  std::vector<int> previous(got.size() + 1, 0), current(got.size() + 1, 0);
  for (std::size_t i = 1; i <= expected.size(); ++i) {
    for (std::size_t j = 1; j <= got.size(); ++j) {
      current[j] = expected[i - 1] == got[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
    }
    std::swap(previous, current);
  }
  return static_cast<double>(previous[got.size()]) / static_cast<double>(expected.size());
}

// A value as the comparison reads it: "unknown" and no value are the same.
inline std::string value_of(const VersionParts& parts, const std::string& key) {
  const auto it = parts.front.find(key);
  return it == parts.front.end() || it->second.empty() ? "unknown" : it->second;
}

}  // namespace styrdok::test
