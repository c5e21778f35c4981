#include "content/deadline_text.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

Date last_day(const std::string& text) {
  std::string why;
  auto d = parse_deadline(text, &why);
  INFO(text << ": " << why);
  REQUIRE(d);
  return d->last_day;
}

}  // namespace

TEST_CASE("'innan januari 2014' ends the day before January begins, as Dals-Ed's plan means it") {
  std::string why;
  auto d = parse_deadline("innan januari 2014", &why);
  REQUIRE(d);
  CHECK(d->as_written == "innan januari 2014");
  CHECK(d->boundary == Deadline::Boundary::before);
  CHECK(d->precision == Deadline::Precision::month);
  CHECK(d->last_day == Date{2013, 12, 31});
  CHECK(d->late_from() == Date{2014, 1, 1});
  CHECK(last_day("Klart innan januari 2014") == Date{2013, 12, 31});
  CHECK(last_day("före februari 2014") == Date{2014, 1, 31});
  CHECK(last_day("before June 2014") == Date{2014, 5, 31});
  CHECK(last_day("innan 2015") == Date{2014, 12, 31});
  CHECK(last_day("innan 2014-01-15") == Date{2014, 1, 14});
}

TEST_CASE("'senast januari 2014' and 'by January 2014' run to the month's last day") {
  CHECK(last_day("senast januari 2014") == Date{2014, 1, 31});
  CHECK(last_day("by January 2014") == Date{2014, 1, 31});
  CHECK(last_day("januari 2014") == Date{2014, 1, 31});
  CHECK(last_day("februari 2016") == Date{2016, 2, 29});
  CHECK(last_day("2014-02") == Date{2014, 2, 28});
  CHECK(last_day("2014") == Date{2014, 12, 31});
  CHECK(last_day("under 2014") == Date{2014, 12, 31});
  CHECK(last_day("2014-01-31") == Date{2014, 1, 31});
  CHECK(last_day("Senast Januari 2014") == Date{2014, 1, 31});
}

TEST_CASE("a day in words, with or without 'senast' and 'den', is kept as written and ends that day") {
  std::string why;
  auto d = parse_deadline("senast den 30 juni 2019", &why);
  REQUIRE(d);
  CHECK(d->as_written == "senast den 30 juni 2019");
  CHECK(d->precision == Deadline::Precision::day);
  CHECK(d->last_day == Date{2019, 6, 30});
  CHECK(last_day("30 juni 2019") == Date{2019, 6, 30});
  CHECK(last_day("den 1 juli 2019") == Date{2019, 7, 1});
  CHECK(last_day("senast 30 juni 2019") == Date{2019, 6, 30});
  CHECK(last_day("innan den 1 juli 2019") == Date{2019, 6, 30});
  CHECK(last_day("by 30 June 2019") == Date{2019, 6, 30});
  CHECK_FALSE(parse_deadline("31 juni 2019", &why));
  CHECK(why == "there is no day 31 in juni 2019");
}

TEST_CASE("a deadline that is not one of the forms says which forms there are") {
  std::string why;
  CHECK_FALSE(parse_deadline("snarast", &why));
  CHECK_THAT(why, Catch::Contains("innan januari 2014"));
  CHECK_FALSE(parse_deadline("innan", &why));
  CHECK_FALSE(parse_deadline("2014-13", &why));
  CHECK(why == "there is no month 13");
  CHECK_FALSE(parse_deadline("2014-02-30", &why));
  CHECK_THAT(why, Catch::Contains("28 days"));
}

TEST_CASE("a planned start counts from the first day of its period") {
  std::string why;
  CHECK(parse_planned_start("september 2013", &why)->first_day == Date{2013, 9, 1});
  CHECK(parse_planned_start("2013", &why)->first_day == Date{2013, 1, 1});
  CHECK(parse_planned_start("2013-09-15", &why)->first_day == Date{2013, 9, 15});
}

TEST_CASE("a measurement period is a year, known from its last day, or a day") {
  std::string why;
  auto year = parse_period("2014", &why);
  REQUIRE(year);
  CHECK(year->date == Date{2014, 12, 31});
  CHECK(year->at == 2014.0);
  auto day = parse_period("2014-07-02", &why);
  REQUIRE(day);
  CHECK(day->date == Date{2014, 7, 2});
  CHECK(day->at == Approx(2014.5).epsilon(0.01));
  CHECK_FALSE(parse_period("vår 2014", &why));
}
