// The English words left in a message a Swedish clerk reads, for the tests
// that messages are translated.
#pragma once

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

namespace styrdok::test {

// The English words of a line of a Swedish report: its words less what is
// quoted from the source ("…", '…'), file paths, options (--out), and the
// keys of the content format (decided_by, title:), which are English by
// design.
inline std::vector<std::string> english_words(const std::string& line) {
  static const std::regex quoted(R"("[^"]*"|'[^']*'|--\S+|\S*[/.]\S*|\S+,\S+|\b[a-z]+_[a-z_]+\b|^ *[a-z]+:)");
  static const std::regex word(R"([A-Za-z]+)");
  static const std::vector<std::string> english = {
      "the",  "is",  "are",  "not", "no",    "line",  "page",    "paragraph", "left",   "out",
      "read", "of",  "from", "to",  "and",   "or",    "with",    "found",     "before", "again",
      "file", "has", "must", "an",  "which", "write", "picture", "it",        "its",    "cannot"};
  const std::string rest = std::regex_replace(line, quoted, " ");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(rest.begin(), rest.end(), word); it != std::sregex_iterator(); ++it) {
    if (std::find(english.begin(), english.end(), it->str()) != english.end()) out.push_back(it->str());
  }
  return out;
}

}  // namespace styrdok::test
