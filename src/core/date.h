// Calendar dates (proleptic Gregorian, no time zone), parsed strictly from
// ISO 8601 "YYYY-MM-DD". Governing documents are decided, valid and reviewed
// on days, never at times, so a date is all styrdok needs.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..days_in_month

  auto operator<=>(const Date&) const = default;

  // "2021-05-19"
  std::string iso() const;
  // Days since 1970-01-01 (negative before).
  long days_since_epoch() const;
  static Date from_days_since_epoch(long days);
  Date add_days(long n) const { return from_days_since_epoch(days_since_epoch() + n); }
  // The same day n months later, or the month's last day if it has fewer days.
  Date add_months(int n) const;
};

int days_in_month(int year, int month);

// Parses "YYYY-MM-DD". On failure returns nullopt and, if `why` is given,
// a sentence saying what is wrong ("February 2021 has 28 days").
std::optional<Date> parse_date(std::string_view text, std::string* why = nullptr);

// Today's date where the machine is (its time zone, TZ): the day as the
// municipality counts it, so that a nightly build just after midnight
// states the new day's statuses (in UTC it would still be yesterday in
// Sweden until one or two o'clock).
Date today_local();

}  // namespace styrdok
