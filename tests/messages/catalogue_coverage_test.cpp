// Every message the code can give has its Swedish: a check over the source.
// The messages are put together from string literals and varying parts
// ("'" + key + "' is not a date"); each literal of a message (each clause of
// it, where "; " separates clauses) must appear in a template of the Swedish
// catalogue, as it stands or with its quoted and numbered parts taken as the
// template's {} — so that a new message without a translation fails here,
// not in front of a Swedish clerk. A heuristic: a message cut into short
// literals around its varying parts ("' is not for ") is checked only as
// far as those pieces go. The catalogue's own parse errors are not
// shown to anyone (a broken catalogue is ignored) and are left out.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "support/test_site.h"

using namespace styrdok::test;

namespace {

// Quoted parts as '{}', numbers as {}; a lone quote that opens at the end
// ends the text there (what follows it is the varying part). A quote that
// closes at the start (the literal follows a varying part) is left: the
// caller also tries the literal with a quote before it.
std::string normalised(std::string s) {
  static const std::regex quoted("'[^']*'"), number("[0-9]+");
  s = std::regex_replace(s, quoted, "'{}'");
  s = std::regex_replace(s, number, "{}");
  const std::string unpaired = std::regex_replace(s, std::regex("'\\{\\}'"), "");
  const auto last = s.rfind('\'');
  if (std::count(unpaired.begin(), unpaired.end(), '\'') % 2 == 1 && last != 0) s = s.substr(0, last + 1);
  return s;
}

// The words of two letters or more in `text`.
std::ptrdiff_t words(const std::string& text) {
  static const std::regex word("[A-Za-z]{2,}");
  return std::distance(std::sregex_iterator(text.begin(), text.end(), word), std::sregex_iterator());
}

// The string literals of the statements that give a message, adjacent ones joined.
std::vector<std::string> message_literals(const std::string& source) {
  static const std::regex marker(
      R"((\.error\(|\.warning\(|report\.push_back\(|\berror = |\bwhy = |\bproblem = |cleanup\.(done|errors)\.push_back\(|\bnote\(line))");
  static const std::regex adjacent(R"("\s+")"), literal(R"x("((?:[^"\\]|\\.)*)")x");
  std::vector<std::string> lines;
  for (std::size_t start = 0; start <= source.size();) {
    auto end = source.find('\n', start);
    if (end == std::string::npos) end = source.size();
    lines.push_back(source.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!std::regex_search(lines[i], marker) || lines[i].find("//") < lines[i].find_first_not_of(' ') + 1) continue;
    std::string statement = lines[i];
    std::size_t j = i;
    while (statement.find_last_not_of(" \t") != std::string::npos &&
           statement[statement.find_last_not_of(" \t")] != ';' && j + 1 < lines.size() && j - i < 12)
      statement += "\n" + lines[++j];
    statement = std::regex_replace(statement, adjacent, "");
    for (auto it = std::sregex_iterator(statement.begin(), statement.end(), literal); it != std::sregex_iterator();
         ++it) {
      std::string text = (*it)[1].str();
      text = std::regex_replace(text, std::regex(R"(\\")"), "\"");
      text = std::regex_replace(text, std::regex(R"(\\n)"), "\n");
      text = std::regex_replace(text, std::regex(R"(\\\\)"), "\\");
      out.push_back(text);
    }
    i = j;
  }
  return out;
}

}  // namespace

TEST_CASE("every message the code gives has a template in the Swedish catalogue", "[messages]") {
  const fs::path repository = STYRDOK_SOURCE_DIR;
  std::vector<std::string> templates, shapes;
  for (const auto& entry : YAML::LoadFile((repository / "themes/default/i18n/messages/sv.yaml").string())) {
    templates.push_back(entry.first.as<std::string>());
    shapes.push_back(normalised(templates.back()));
  }
  REQUIRE(templates.size() > 500);
  auto in_catalogue = [&](const std::string& piece) {
    // A literal may close a varying part's quote ("'" + key + "' is not a date", "'" + org + "/': …"):
    // tried with a quote before it too, as long as words are left outside the quotes.
    std::string closing = normalised("'" + piece);
    if (words(std::regex_replace(closing, std::regex("'\\{\\}'"), "")) < 2) closing = piece;
    for (const auto& candidate : {piece, normalised(piece), closing}) {
      for (const auto* list : {&templates, &shapes})
        for (const auto& t : *list)
          if (t.find(candidate) != std::string::npos) return true;
    }
    return false;
  };
  std::vector<std::string> missing;
  std::size_t checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(repository / "src")) {
    const auto name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.starts_with("message_catalogue")) continue;
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h") continue;
    for (const auto& literal : message_literals(read_text(entry.path()))) {
      for (std::size_t start = 0; start <= literal.size();) {
        auto end = literal.find("; ", start);
        if (end == std::string::npos) end = literal.size();
        const std::string clause = literal.substr(start, end - start);
        start = end + 2;
        // A clause of two words or more; a key's name or a path alone is not a message.
        if (clause.find(' ') == std::string::npos || words(clause) < 2) continue;
        ++checked;
        if (!in_catalogue(clause)) missing.push_back(entry.path().filename().string() + ": " + clause);
      }
    }
  }
  INFO("checked " << checked << " clauses; without a Swedish template:\n"
                  << [&] {
                       std::string all;
                       for (const auto& m : missing) all += "  " + m + "\n";
                       return all;
                     }());
  CHECK(checked > 400);
  CHECK(missing.empty());
}
