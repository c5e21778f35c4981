// Tests for core/date.h: strict ISO 8601 parsing with readable reasons,
// formatting, day arithmetic and ordering.
#include "core/date.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

using styrdok::Date;
using styrdok::days_in_month;
using styrdok::parse_date;

namespace {

// The reason parse_date gives for rejecting `text` (and checks it rejects it).
std::string reason(const std::string& text) {
  std::string why = "<not set>";
  const auto d = parse_date(text, &why);
  CHECK_FALSE(d.has_value());
  return why;
}

}  // namespace

TEST_CASE("parse_date reads a valid ISO date into its fields", "[date]") {
  // Lysekils riktlinjer för integrationsarbete, fastställda 2021-05-19, § 63.
  const auto d = parse_date("2021-05-19");
  REQUIRE(d.has_value());
  CHECK(d->year == 2021);
  CHECK(d->month == 5);
  CHECK(d->day == 19);

  const auto s = parse_date("2023-12-14");  // Stenungsunds integrationspolicy
  REQUIRE(s.has_value());
  CHECK(*s == Date{2023, 12, 14});
}

TEST_CASE("parse_date accepts the first and last day of every month", "[date]") {
  CHECK(parse_date("2021-01-01") == Date{2021, 1, 1});
  CHECK(parse_date("2021-01-31") == Date{2021, 1, 31});
  CHECK(parse_date("2021-04-30") == Date{2021, 4, 30});
  CHECK(parse_date("2021-12-31") == Date{2021, 12, 31});
  CHECK(parse_date("2023-02-28") == Date{2023, 2, 28});
}

TEST_CASE("parse_date knows leap years", "[date]") {
  CHECK(parse_date("2024-02-29") == Date{2024, 2, 29});
  CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});        // divisible by 400
  CHECK(reason("1900-02-29") == "February 1900 has 28 days");  // divisible by 100 only
  CHECK(reason("2100-02-29") == "February 2100 has 28 days");
  CHECK(reason("2024-02-30") == "February 2024 has 29 days");

  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2023, 2) == 28);
  CHECK(days_in_month(2000, 2) == 29);
  CHECK(days_in_month(1900, 2) == 28);
  CHECK(days_in_month(2023, 4) == 30);
  CHECK(days_in_month(2023, 12) == 31);
}

TEST_CASE("parse_date says why an impossible day is not a date", "[date]") {
  CHECK(reason("2021-02-30") == "February 2021 has 28 days");
  CHECK(reason("2021-04-31") == "April 2021 has 30 days");
  CHECK(reason("2021-06-31") == "June 2021 has 30 days");
  CHECK(reason("2021-05-32") == "May 2021 has 31 days");
  CHECK(reason("2021-05-00") == "May 2021 has 31 days");
}

TEST_CASE("parse_date rejects a month that does not exist", "[date]") {
  CHECK(reason("2021-13-01") == "there is no month 13");
  CHECK(reason("2021-00-10") == "there is no month 0");
}

TEST_CASE("parse_date rejects text that is not written YYYY-MM-DD", "[date]") {
  const std::string expected = "expected a date written YYYY-MM-DD";
  CHECK(reason("2021-5-19") == expected);
  CHECK(reason("19/05/2021") == expected);
  CHECK(reason("2021/05/19") == expected);
  CHECK(reason("20210519") == expected);
  CHECK(reason("2021-05-19 ") == expected);
  CHECK(reason(" 2021-05-19") == expected);
  CHECK(reason("2021-05-1x") == expected);
  CHECK(reason("2021-o5-19") == expected);
  CHECK(reason("tills vidare") == expected);
  CHECK(reason("") == expected);
  // The seed writes "2023-12-14 § 198": the paragraph is not part of the date.
  CHECK(reason("2023-12-14 § 198") == expected);
}

TEST_CASE("parse_date works without a reason pointer", "[date]") {
  CHECK_FALSE(parse_date("2021-02-30").has_value());
  CHECK_FALSE(parse_date("nonsense").has_value());
  CHECK(parse_date("2021-02-28").has_value());
}

TEST_CASE("Date::iso writes four-digit years and zero-padded months and days", "[date]") {
  CHECK(Date{2021, 5, 19}.iso() == "2021-05-19");
  CHECK(Date{2013, 1, 2}.iso() == "2013-01-02");
  CHECK(Date{987, 12, 31}.iso() == "0987-12-31");
  CHECK(parse_date("2024-02-29")->iso() == "2024-02-29");
}

TEST_CASE("days_since_epoch counts from 1970-01-01", "[date]") {
  CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
  CHECK(Date{1970, 1, 2}.days_since_epoch() == 1);
  CHECK(Date{1969, 12, 31}.days_since_epoch() == -1);
  CHECK(Date{2000, 1, 1}.days_since_epoch() == 10957);
  CHECK(Date{2021, 5, 19}.days_since_epoch() == 18766);
  CHECK(Date::from_days_since_epoch(0) == Date{1970, 1, 1});
  CHECK(Date::from_days_since_epoch(-1) == Date{1969, 12, 31});
  CHECK(Date::from_days_since_epoch(18766) == Date{2021, 5, 19});
}

TEST_CASE("days_since_epoch and from_days_since_epoch round-trip day by day", "[date]") {
  // Every day from 1899-12-31 to 2101-01-01: each step is one day later, and
  // converting back gives the same date.
  Date previous = Date{1899, 12, 31};
  long n = previous.days_since_epoch();
  for (int i = 0; i < 73'600; ++i) {
    const Date d = Date::from_days_since_epoch(n + 1);
    REQUIRE(d.days_since_epoch() == n + 1);
    REQUIRE(previous < d);
    REQUIRE(d.month >= 1);
    REQUIRE(d.month <= 12);
    REQUIRE(d.day >= 1);
    REQUIRE(d.day <= days_in_month(d.year, d.month));
    if (d.day != 1) REQUIRE(d.day == previous.day + 1);
    REQUIRE(parse_date(d.iso()) == d);
    previous = d;
    ++n;
  }
  CHECK(previous.year == 2101);
}

TEST_CASE("add_days crosses months, leap days and years", "[date]") {
  CHECK(Date{2024, 2, 28}.add_days(1) == Date{2024, 2, 29});
  CHECK(Date{2024, 2, 28}.add_days(2) == Date{2024, 3, 1});
  CHECK(Date{2023, 2, 28}.add_days(1) == Date{2023, 3, 1});
  CHECK(Date{2023, 12, 31}.add_days(1) == Date{2024, 1, 1});
  CHECK(Date{2024, 1, 1}.add_days(-1) == Date{2023, 12, 31});
  CHECK(Date{2021, 5, 19}.add_days(0) == Date{2021, 5, 19});
  CHECK(Date{2021, 5, 19}.add_days(365) == Date{2022, 5, 19});
}

TEST_CASE("dates order by year, then month, then day", "[date]") {
  const Date decided{2021, 5, 19};
  const Date review{2023, 9, 30};
  const Date until{2023, 12, 31};
  CHECK(decided < review);
  CHECK(review < until);
  CHECK(Date{2021, 12, 1} < Date{2022, 1, 1});   // year before month
  CHECK(Date{2021, 2, 28} < Date{2021, 10, 1});  // month before day
  CHECK(Date{2021, 5, 18} < Date{2021, 5, 19});
  CHECK_FALSE(decided < decided);
  CHECK(decided <= decided);
  CHECK(decided == Date{2021, 5, 19});
  CHECK(decided != Date{2021, 5, 20});
  CHECK(until > decided);
}

TEST_CASE("today_local is a real date after the project began", "[date]") {
  const Date today = styrdok::today_local();
  CHECK(today > Date{2024, 1, 1});
  CHECK(parse_date(today.iso()) == today);
}

TEST_CASE("today is the day where the machine is, not in UTC", "[date]") {
  // Far east and far west of UTC the local days differ by one or two; both
  // lie within a day of UTC's, and one of them differs from it.
  const auto day_in = [](const char* zone) {
    ::setenv("TZ", zone, 1);
    ::tzset();
    return styrdok::today_local();
  };
  const char* before = std::getenv("TZ");
  const std::string saved = before ? before : "";
  // POSIX zones, which need no tzdata: "EAST-14" is 14 hours ahead of UTC.
  const Date utc = day_in("UTC0");
  const Date east = day_in("EAST-14");
  const Date west = day_in("WEST12");
  if (before) {
    ::setenv("TZ", saved.c_str(), 1);
  } else {
    ::unsetenv("TZ");
  }
  ::tzset();
  CHECK(east.days_since_epoch() - utc.days_since_epoch() >= 0);
  CHECK(east.days_since_epoch() - utc.days_since_epoch() <= 1);
  CHECK(utc.days_since_epoch() - west.days_since_epoch() >= 0);
  CHECK(utc.days_since_epoch() - west.days_since_epoch() <= 1);
  CHECK(east != west);  // 26 hours apart: never the same day
}
