#include "search/query_parser.h"

#include <algorithm>

#include "search/term_keys.h"
#include "search/tokenizer.h"

namespace styrdok::search {

namespace {

bool digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether `between` holds only spaces and one slash or dash.
bool number_separator(std::string_view between) {
  std::string rest;
  for (char c : between)
    if (c != ' ' && c != '\t') rest += c;
  return rest == "/" || rest == "-" || rest == "\u2013";
}

// Registration numbers in unquoted text ("KS 2019/12", "2023/873",
// "LKS 2021-000173"): a year, a slash or dash, and a number. The two must
// stand together, as a phrase's words do: apart, "2019" and "12" are
// found in "§ 12, KS 2019/45" too. (The letters before them are a word the
// entry must hold, as any other; a phrase of them would miss "dnr KS 2019/12"
// for "dnr 2019/12".)
std::vector<std::vector<std::string>> registration_numbers(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& year = tokens[i];
    const Token& number = tokens[i + 1];
    if (year.word.size() != 4 || !digits(year.word) || !digits(number.word)) continue;
    if (!number_separator(text.substr(year.offset + year.length, number.offset - year.offset - year.length))) continue;
    out.push_back({year.word, number.word});
    ++i;
  }
  return out;
}

}  // namespace

ParsedQuery parse_query(std::string_view text) {
  ParsedQuery q;
  bool quoted = false;
  std::size_t last_bare = std::string::npos;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '"') continue;
    std::vector<std::string> words;
    const std::string_view part = text.substr(start, i - start);
    const auto tokens = tokenize(part);
    for (const auto& t : tokens) words.push_back(fold_search(t.word));
    if (!quoted)
      for (auto& phrase : registration_numbers(part, tokens)) q.phrases.push_back(std::move(phrase));
    for (std::size_t j = 0; j < words.size(); ++j) {
      if (!quoted) last_bare = q.words.size();
      q.words.push_back({words[j], false, fold_search_keeping(tokens[j].word)});
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
