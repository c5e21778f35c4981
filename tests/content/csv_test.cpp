#include "content/csv.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("CSV fields may be quoted, hold separators, quotes and line breaks") {
  Diagnostics d;
  auto t = parse_csv("a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\n2,\"two\nlines\",\n", "f.csv", d);
  REQUIRE(t);
  CHECK(t->header == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].fields[1].text == "x, y");
  CHECK(t->rows[0].fields[2].text == "he said \"hi\"");
  CHECK(t->rows[1].fields[1].text == "two\nlines");
  CHECK(t->rows[1].fields[2].text.empty());
  CHECK(t->rows[1].line == 3);
}

TEST_CASE("a semicolon-separated file from a Swedish spreadsheet, with a byte order mark and CRLF, reads the same") {
  Diagnostics d;
  auto t = parse_csv("\xEF\xBB\xBFperiod;value\r\n2014;62,5\r\n", "f.csv", d);
  REQUIRE(t);
  CHECK(t->separator == ';');
  CHECK(t->header == std::vector<std::string>{"period", "value"});
  CHECK(t->rows[0].fields[1].text == "62,5");
}

TEST_CASE("field positions are counted in characters, so errors point at the right column") {
  Diagnostics d;
  auto t = parse_csv("a,b\nåäö,x\n", "f.csv", d);
  REQUIRE(t);
  CHECK(t->rows[0].fields[1].column == 5);
}

TEST_CASE("an unclosed quote is reported where it opens") {
  Diagnostics d;
  CHECK_FALSE(parse_csv("a,b\n1,\"open\n2,3\n", "f.csv", d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() == "f.csv:2:3: this quoted field is never closed; add the closing '\"'");
}

TEST_CASE("rows with the wrong number of columns are each reported") {
  Diagnostics d;
  auto t = parse_csv("a,b\n1,2\n1,2,3\n1\n", "f.csv", d);
  REQUIRE(t);
  CHECK_FALSE(check_columns(*t, {"a", "b"}, "f.csv", d));
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].to_string() ==
        "f.csv:3:1: this row has 3 columns, but the header has 2; check for a missing or extra ','");
  CHECK(d.items()[1].where.line == 4);
}

TEST_CASE("written CSV quotes only what needs it and reads back to the same fields") {
  const std::vector<std::string> fields = {"plain", "a, b", "say \"x\"", "two\nlines", "", " padded", "a; b"};
  const std::string line = csv_line(fields);
  CHECK(line == "plain,\"a, b\",\"say \"\"x\"\"\",\"two\nlines\",,\" padded\",\"a; b\"\n");
  Diagnostics d;
  auto t = parse_csv(csv_line({"1", "2", "3", "4", "5", "6", "7"}) + line, "f.csv", d);
  REQUIRE(t);
  std::vector<std::string> back;
  for (const auto& f : t->rows[0].fields) back.push_back(f.text);
  CHECK(back == fields);
}
