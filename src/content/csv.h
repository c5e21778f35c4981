// CSV as spreadsheets write it (RFC 4180): quoted fields may hold the
// separator, quotes ("") and line breaks. Reading accepts a comma or a
// semicolon (what a Swedish Excel saves) as the separator, found from the
// header line, and a byte order mark. Writing uses commas, quotes only where
// needed and '\n' line ends, so the same values always give the same bytes.
//
// Formula cells (OWASP "CSV injection"): a spreadsheet runs a cell that
// begins with '=', '+', '-', '@', a tab or a carriage return as a formula
// ("=HYPERLINK(...)", "@SUM(1+1)*cmd|' /C calc'!A0"). Writing puts a single
// quote before such a cell, which spreadsheets show as text; reading takes
// exactly that quote away again, so the round trip is lossless:
//  - written with a quote: every cell of the form '*[=+-@\t\r]... (any number
//    of quotes, then a formula character), except a plain negative number
//    such as "-5" or "-3,5" (not a formula; it stays a number in the sheet);
//  - read without its first quote: every cell of the form '+[=+-@\t\r]...
// The written forms are exactly the ones read back, so no value changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/limits.h"

namespace styrdok {

struct CsvField {
  std::string text;
  int line = 0;    // where the field starts, 1-based
  int column = 0;  // in characters (UTF-8 code points), 1-based
};

struct CsvRow {
  int line = 0;
  std::vector<CsvField> fields;
};

struct CsvTable {
  char separator = ',';
  std::vector<std::string> header;  // the first row
  std::vector<CsvRow> rows;         // the rest; blank lines are skipped
};

// Reports an unclosed quote or invalid UTF-8 and returns nullopt. Every
// field is read back through restore_csv_cell.
std::optional<CsvTable> parse_csv(const std::string& text, const std::string& path, Diagnostics& diagnostics);

// Checks that the header is exactly `columns` (in that order) and that every
// row has as many fields; reports each row that does not.
bool check_columns(const CsvTable& table, const std::vector<std::string>& columns, const std::string& path,
                   Diagnostics& diagnostics);

// A CSV file that holds rows of exactly `columns`, within `limits` (its size
// and lines, and at most `limits.csv_rows` rows): parse_csv and
// check_columns, each problem reported. nullopt when there is one.
std::optional<CsvTable> read_csv_table(const std::string& text, const std::string& path,
                                       const std::vector<std::string>& columns, Diagnostics& diagnostics,
                                       const InputLimits& limits);

// One line of CSV, ending in '\n'; formula cells neutralised (above).
std::string csv_line(const std::vector<std::string>& fields);

// The cell as written: "'" + cell for a formula cell, else the cell.
std::string neutralise_csv_cell(const std::string& cell);

// The inverse, which parse_csv applies to every field it reads.
std::string restore_csv_cell(const std::string& cell);

}  // namespace styrdok
