#include "search/query_parser.h"

#include "core/slug.h"
#include "search/tokenizer.h"

namespace styrdok::search {

ParsedQuery parse_query(std::string_view text) {
  ParsedQuery q;
  bool quoted = false;
  std::size_t last_bare = std::string::npos;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '"') continue;
    std::vector<std::string> words;
    for (const auto& t : tokenize(text.substr(start, i - start))) words.push_back(fold_diacritics(t.word));
    for (const auto& w : words) {
      if (!quoted) last_bare = q.words.size();
      q.words.push_back({w, false});
    }
    if (quoted && !words.empty()) q.phrases.push_back(words);
    quoted = !quoted;
    start = i + 1;
  }
  // A word followed by a space is finished: no prefix.
  const bool finished = text.empty() || text.back() == ' ' || text.back() == '"';
  if (!finished && last_bare != std::string::npos && last_bare + 1 == q.words.size() &&
      q.words[last_bare].folded.size() >= 3)
    q.words[last_bare].prefix = true;
  return q;
}

}  // namespace styrdok::search
