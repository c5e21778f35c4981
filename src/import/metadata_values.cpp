#include "import/metadata_values.h"

#include <array>
#include <regex>

#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

// Month names and their usual abbreviations, Swedish and English, as
// fold_diacritics() writes them (lower case).
int month_number(const std::string& name) {
  static const std::array<std::pair<const char*, int>, 31> kMonths = {{
      {"januari", 1},   {"january", 1},  {"jan", 1},      {"februari", 2}, {"february", 2},  {"feb", 2},
      {"mars", 3},      {"march", 3},    {"mar", 3},      {"april", 4},    {"apr", 4},       {"maj", 5},
      {"may", 5},       {"juni", 6},     {"june", 6},     {"jun", 6},      {"juli", 7},      {"july", 7},
      {"jul", 7},       {"augusti", 8},  {"august", 8},   {"aug", 8},      {"september", 9}, {"sep", 9},
      {"sept", 9},      {"oktober", 10}, {"october", 10}, {"okt", 10},     {"november", 11}, {"nov", 11},
      {"december", 12},
  }};
  const std::string folded = fold_diacritics(name);
  for (const auto& [month, number] : kMonths) {
    if (folded == month) return number;
  }
  return folded == "dec" ? 12 : folded == "oct" ? 10 : 0;
}

}  // namespace

std::optional<Found<Date>> find_date(std::string_view text) {
  static const std::regex kIso(R"((^|[^0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9]))");
  static const std::regex kWords(
      R"((^|[^0-9A-Za-z])((?:den\s+)?([0-9]{1,2})(?::[ae])?\s+([A-Za-z]+)\.?\s+([0-9]{4}))(?![0-9]))",
      std::regex::icase);
  const std::string s(text);
  std::optional<Found<Date>> best;
  std::smatch m;
  if (std::regex_search(s, m, kIso)) {
    if (auto d = parse_date(m[2].str() + "-" + m[3].str() + "-" + m[4].str())) {
      const auto begin = static_cast<std::size_t>(m.position(2));
      best = Found<Date>{*d, begin, begin + 10};
    }
  }
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kWords); it != std::sregex_iterator(); ++it) {
    const auto& w = *it;
    const int month = month_number(w[4].str());
    if (month == 0) continue;
    const int day = std::stoi(w[3].str());
    const int year = std::stoi(w[5].str());
    if (day < 1 || day > days_in_month(year, month)) continue;
    const auto begin = static_cast<std::size_t>(w.position(2));
    if (!best || begin < best->begin) {
      best = Found<Date>{Date{year, month, day}, begin, begin + static_cast<std::size_t>(w.length(2))};
    }
    break;
  }
  return best;
}

std::optional<Found<std::string>> find_paragraph(std::string_view text) {
  static const std::regex kParagraph(R"((§+)\s*([0-9]+[a-z]?))");
  const std::string s(text);
  std::smatch m;
  if (!std::regex_search(s, m, kParagraph)) return std::nullopt;
  const auto begin = static_cast<std::size_t>(m.position(0));
  return Found<std::string>{m[2].str(), begin, begin + static_cast<std::size_t>(m.length(0))};
}

std::optional<Found<std::string>> find_until_further_notice(std::string_view text) {
  static const std::regex kUntil(R"(((och|and)\s+)?(tills\s*vidare|until\s+further\s+notice))", std::regex::icase);
  const std::string s(text);
  std::smatch m;
  if (!std::regex_search(s, m, kUntil)) return std::nullopt;
  const auto begin = static_cast<std::size_t>(m.position(0));
  return Found<std::string>{"until_further_notice", begin, begin + static_cast<std::size_t>(m.length(0))};
}

bool is_placeholder(std::string_view text) {
  const std::string folded = fold_diacritics(trim_separators(text));
  if (folded.empty() || folded == "-" || folded == "x" || folded == "xx" || folded == "xxx" || folded == "?" ||
      folded == "...") {
    return true;
  }
  static const char* const kPrefixes[] = {"fyll i",        "ange ",      "klicka har", "skriv har",  "uppgift saknas",
                                          "saknas",        "aaaa-mm-dd", "yyyy-mm-dd", "[",          "<",
                                          "unknown",       "not known",  "okand",      "ej angiven", "ej angivet",
                                          "ingen uppgift", "click here", "enter "};
  for (const char* p : kPrefixes) {
    if (folded.rfind(p, 0) == 0) return true;
  }
  return false;
}

std::string document_type_of_word(std::string_view word) {
  std::string w = fold_diacritics(word);
  std::erase_if(w, [](char c) { return !(c >= 'a' && c <= 'z'); });
  // Definite forms: policyn, planen, programmet, riktlinjerna, reglerna, strategin.
  static const std::array<std::pair<const char*, const char*>, 14> kEndings = {{
      {"handlingsplanen", "handlingsplan"},
      {"handlingsplan", "handlingsplan"},
      {"riktlinjerna", "riktlinjer"},
      {"riktlinjer", "riktlinjer"},
      {"riktlinje", "riktlinjer"},
      {"policyn", "policy"},
      {"policy", "policy"},
      {"strategin", "strategi"},
      {"strategi", "strategi"},
      {"programmet", "program"},
      {"program", "program"},
      {"reglerna", "regler"},
      {"regler", "regler"},
      {"planen", "plan"},
  }};
  for (const auto& [ending, type] : kEndings) {
    if (w.ends_with(ending)) return type;
  }
  return w.ends_with("plan") ? "plan" : "";
}

std::string document_type_in(std::string_view text) {
  std::size_t from = 0;
  while (from < text.size()) {
    auto end = text.find_first_of(" \t", from);
    if (end == std::string_view::npos) end = text.size();
    if (auto type = document_type_of_word(text.substr(from, end - from)); !type.empty()) return type;
    from = end + 1;
  }
  return "";
}

std::string trim_separators(std::string_view text) {
  const auto first = text.find_first_not_of(" \t,;:-");
  if (first == std::string_view::npos) return "";
  // Trailing: the ASCII separators and the UTF-8 dashes (– —, 3 bytes each).
  std::string out(text.substr(first));
  for (bool changed = true; changed && !out.empty();) {
    changed = false;
    if (std::string(" \t,;:-").find(out.back()) != std::string::npos) {
      out.pop_back();
      changed = true;
    } else if (out.size() >= 3 && (out.ends_with("–") || out.ends_with("—"))) {
      out.resize(out.size() - 3);
      changed = true;
    }
  }
  // A leading UTF-8 dash left by the ASCII scan above (its lead byte is not ASCII).
  while (out.rfind("–", 0) == 0 || out.rfind("—", 0) == 0) out = trim_separators(out.substr(3));
  return trim(out);
}

std::string without(std::string_view text, std::size_t begin, std::size_t end) {
  std::string out = trim(text.substr(0, begin));
  std::string after = trim(text.substr(end));
  // Only the punctuation that ended the piece taken ("2021-05-19, § 63."): not part of what is left.
  if (after.find_first_not_of(" \t,;:.") == std::string::npos) after.clear();
  // "Kommunfullmäktige 2021-05-19, § 63" without the date: "Kommunfullmäktige, § 63".
  if (!out.empty() && !after.empty() && std::string_view(",;:.").find(after[0]) == std::string_view::npos) out += " ";
  out += after;
  return trim_separators(out);
}

}  // namespace styrdok
