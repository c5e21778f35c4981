#include "content/indicator_file.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

const std::string kYaml =
    "name: Andel i SFI inom tre månader\n"
    "unit: procent\n"
    "goal: vuxna\n"
    "baseline: {year: 2012, value: 55}\n"
    "target: {year: 2016, value: 80}\n";

std::optional<Indicator> parse(const std::string& yaml, const std::optional<std::string>& csv, Diagnostics& d) {
  IndicatorSource source{"content/o/d/indikatorer/sfi.yaml", yaml, "sfi", std::nullopt, std::nullopt};
  if (csv) {
    source.csv_path = "content/o/d/indikatorer/sfi.csv";
    source.csv_text = csv;
  }
  return parse_indicator(source, d);
}

}  // namespace

TEST_CASE("an indicator's measurements come from the CSV beside it, decimal commas included") {
  Diagnostics d;
  auto ind = parse(kYaml, "period;value;note;source;example\n2013;62,5;;SCB;\n2014-06-30;66;Halvår;;true\n", d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(ind);
  CHECK(ind->baseline.year == 2012);
  CHECK(ind->target.value == 80);
  REQUIRE(ind->measurements.size() == 2);
  CHECK(ind->measurements[0].value == 62.5);
  CHECK(ind->measurements[0].value_text == "62,5");
  CHECK(ind->measurements[1].example);
  CHECK(ind->measurements[1].note == "Halvår");
}

TEST_CASE("the measurements CSV styrdok publishes reads back to the same values") {
  Diagnostics d;
  auto ind = parse(kYaml +
                       "measurements:\n  - {period: 2013, value: 62.5, source: \"SCB, 2014\"}\n"
                       "  - {period: 2014, value: 66, note: Färre platser, example: true}\n",
                   std::nullopt, d);
  REQUIRE(ind);
  const std::string csv = write_measurements_csv(ind->measurements);
  auto back = read_measurements_csv(csv, "x.csv", d);
  REQUIRE(back);
  REQUIRE(back->size() == 2);
  CHECK((*back)[0].value == 62.5);
  CHECK((*back)[0].source == "SCB, 2014");
  CHECK((*back)[1].example);
  CHECK(write_measurements_csv(*back) == csv);
}

TEST_CASE("a measurement that is not a number, or out of order, is reported at its place") {
  Diagnostics d;
  CHECK_FALSE(parse(kYaml, "period,value,note,source,example\n2013,sextio,,,\n", d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() ==
        "content/o/d/indikatorer/sfi.csv:2:6: the value is 'sextio', which is not a number");
  Diagnostics d2;
  CHECK_FALSE(parse(kYaml, "period,value,note,source,example\n2014,1,,,\n2013,2,,,\n", d2));
  CHECK(d2.items()[0].to_string() ==
        "content/o/d/indikatorer/sfi.csv:3:1: the measurement for 2013 comes after the one for 2014; list measurements "
        "oldest first, one per period");
  Diagnostics d3;
  CHECK_FALSE(parse("name: x\nunit: st\ngoal: g\nbaseline: {year: 2016, value: 1}\ntarget: {year: 2012, value: 2}\n",
                    std::nullopt, d3));
  CHECK(d3.items()[0].to_string() ==
        "content/o/d/indikatorer/sfi.yaml:5:9: the target year 2012 must come after the baseline year 2016");
}

TEST_CASE("measurement notes that look like formulas are neutralised, negative values stay numbers") {
  Diagnostics d;
  auto ind = parse(
      kYaml + "measurements:\n  - {period: 2013, value: -5, note: \"=1+1\", source: \"@SUM(1+1)*cmd|' /C calc'!A0\"}\n",
      std::nullopt, d);
  REQUIRE(ind);
  const std::string csv = write_measurements_csv(ind->measurements);
  CHECK(csv.find("2013,-5,'=1+1,'@SUM(1+1)*cmd|' /C calc'!A0,") != std::string::npos);
  auto back = read_measurements_csv(csv, "x.csv", d);
  REQUIRE(back);
  CHECK((*back)[0].value == -5);
  CHECK((*back)[0].note == "=1+1");
  CHECK((*back)[0].source == "@SUM(1+1)*cmd|' /C calc'!A0");
  CHECK(write_measurements_csv(*back) == csv);
}

TEST_CASE("a value too large to chart is reported at its place") {
  Diagnostics d;
  CHECK_FALSE(parse(kYaml, "period,value,note,source,example\n2013,1e308,,,\n", d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() ==
        "content/o/d/indikatorer/sfi.csv:2:6: the value is '1e308', which is too large to chart; values must lie "
        "between -1000000000000 and 1000000000000");
  Diagnostics negative;
  CHECK_FALSE(parse(kYaml, "period,value,note,source,example\n2013,1,,,\n2014,-2e12,,,\n", negative));
  REQUIRE(negative.items().size() == 1);
  CHECK(negative.items()[0].where.line == 3);
  Diagnostics fine;
  CHECK(parse(kYaml, "period,value,note,source,example\n2013,1000000000000,,,\n2014,-5,,,\n", fine));
  Diagnostics y;
  CHECK_FALSE(
      parse("name: A\nunit: procent\ngoal: vuxna\nbaseline: {year: 2012, value: 1e300}\n"
            "target: {year: 2016, value: 80}\n",
            std::nullopt, y));
  REQUIRE_FALSE(y.items().empty());
  CHECK_THAT(y.items()[0].to_string(), Catch::Contains("which is too large to chart"));
}

TEST_CASE("an indicator without its goal is an error, not an exception (found by fuzz_indicator)") {
  Diagnostics d;
  std::optional<Indicator> ind;
  REQUIRE_NOTHROW(ind = parse("name: A\nunit: procent\nbaseline: {year: 2012, value: 55}\n"
                              "target: {year: 2016, value: 80}\n",
                              std::nullopt, d));
  CHECK_FALSE(ind);
  REQUIRE_FALSE(d.items().empty());
  CHECK_THAT(d.items()[0].to_string(), Catch::Contains("missing required key 'goal'"));
}

TEST_CASE("an indicator without its goal is an error at the file, not an exception") {
  Diagnostics d;
  CHECK_FALSE(parse("name: N\nunit: procent\nbaseline: {year: 2012, value: 55}\ntarget: {year: 2016, value: 80}\n",
                    std::nullopt, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() == "content/o/d/indikatorer/sfi.yaml:1:1: missing required key 'goal'");
}
