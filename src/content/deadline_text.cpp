#include "content/deadline_text.h"

#include <array>
#include <sstream>
#include <vector>

#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

constexpr std::array<const char*, 12> kSwedishMonths = {"januari",   "februari", "mars",     "april",
                                                        "maj",       "juni",     "juli",     "augusti",
                                                        "september", "oktober",  "november", "december"};
constexpr std::array<const char*, 12> kEnglishMonths = {"january",   "february", "march",    "april",
                                                        "may",       "june",     "july",     "august",
                                                        "september", "october",  "november", "december"};

const char* const kForms =
    "write a day (2014-01-31, \"31 januari 2014\", \"senast den 31 januari 2014\"), a month (2014-01, \"januari "
    "2014\", \"innan januari 2014\", \"senast januari 2014\") or a year (2014)";

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(fold_diacritics(trim(text)));
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

bool all_digits(const std::string& s, std::size_t n) {
  if (s.size() != n) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int month_from_name(const std::string& word) {
  for (int i = 0; i < 12; ++i) {
    if (fold_diacritics(kSwedishMonths[static_cast<std::size_t>(i)]) == word ||
        kEnglishMonths[static_cast<std::size_t>(i)] == word)
      return i + 1;
  }
  return 0;
}

// A span of days written as a day, a month or a year.
struct Span {
  Deadline::Precision precision;
  Date first;
  Date last;
};

std::optional<Span> parse_span(const std::vector<std::string>& words, std::string* why) {
  if (words.size() == 1) {
    const std::string& w = words[0];
    if (all_digits(w, 4)) {
      const int y = std::stoi(w);
      return Span{Deadline::Precision::year, {y, 1, 1}, {y, 12, 31}};
    }
    if (w.size() == 7 && w[4] == '-' && all_digits(w.substr(0, 4), 4) && all_digits(w.substr(5), 2)) {
      const int y = std::stoi(w.substr(0, 4));
      const int m = std::stoi(w.substr(5));
      if (m < 1 || m > 12) {
        if (why) *why = "there is no month " + w.substr(5);
        return std::nullopt;
      }
      return Span{Deadline::Precision::month, {y, m, 1}, {y, m, days_in_month(y, m)}};
    }
    std::string date_why;
    if (auto d = parse_date(w, &date_why)) return Span{Deadline::Precision::day, *d, *d};
    if (why) *why = w.size() == 10 ? date_why : std::string(kForms);
    return std::nullopt;
  }
  if (words.size() == 2 && all_digits(words[1], 4)) {
    if (const int m = month_from_name(words[0])) {
      const int y = std::stoi(words[1]);
      return Span{Deadline::Precision::month, {y, m, 1}, {y, m, days_in_month(y, m)}};
    }
  }
  // "30 juni 2019", "30 June 2019": a day, in words.
  if (words.size() == 3 && (all_digits(words[0], 1) || all_digits(words[0], 2)) && all_digits(words[2], 4)) {
    if (const int m = month_from_name(words[1])) {
      const int y = std::stoi(words[2]);
      const int day = std::stoi(words[0]);
      if (day < 1 || day > days_in_month(y, m)) {
        if (why) *why = "there is no day " + words[0] + " in " + words[1] + " " + words[2];
        return std::nullopt;
      }
      return Span{Deadline::Precision::day, {y, m, day}, {y, m, day}};
    }
  }
  if (why) *why = kForms;
  return std::nullopt;
}

}  // namespace

std::optional<Deadline> parse_deadline(const std::string& text, std::string* why) {
  auto words = words_of(text);
  if (!words.empty() && (words[0] == "klart" || words[0] == "klar")) words.erase(words.begin());
  Deadline d;
  d.as_written = trim(text);
  if (!words.empty()) {
    const std::string& w = words[0];
    if (w == "innan" || w == "fore" || w == "before") {
      d.boundary = Deadline::Boundary::before;
      words.erase(words.begin());
    } else if (w == "senast" || w == "by" || w == "i" || w == "in" || w == "under") {
      words.erase(words.begin());
    }
  }
  if (!words.empty() && (words[0] == "den" || words[0] == "on")) words.erase(words.begin());  // "senast den 30 juni"
  if (words.empty()) {
    if (why) *why = kForms;
    return std::nullopt;
  }
  auto span = parse_span(words, why);
  if (!span) return std::nullopt;
  d.precision = span->precision;
  d.last_day = d.boundary == Deadline::Boundary::before ? span->first.add_days(-1) : span->last;
  return d;
}

std::optional<PlannedStart> parse_planned_start(const std::string& text, std::string* why) {
  auto span = parse_span(words_of(text), why);
  if (!span) return std::nullopt;
  return PlannedStart{trim(text), span->first};
}

std::optional<Period> parse_period(const std::string& text, std::string* why) {
  const std::string t = trim(text);
  if (all_digits(t, 4)) {
    const int y = std::stoi(t);
    return Period{{y, 12, 31}, static_cast<double>(y)};
  }
  std::string date_why;
  auto d = parse_date(t, &date_why);
  if (!d) {
    if (why) *why = t.size() == 10 ? date_why : "write a year (2014) or a day (2014-06-30)";
    return std::nullopt;
  }
  const Date jan1{d->year, 1, 1};
  const double days_in_year = static_cast<double>(Date{d->year + 1, 1, 1}.days_since_epoch() - jan1.days_since_epoch());
  return Period{*d, d->year + static_cast<double>(d->days_since_epoch() - jan1.days_since_epoch()) / days_in_year};
}

}  // namespace styrdok
