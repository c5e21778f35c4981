// CSV as spreadsheets write it (RFC 4180): quoted fields may hold the
// separator, quotes ("") and line breaks. Reading accepts a comma or a
// semicolon (what a Swedish Excel saves) as the separator, found from the
// header line, and a byte order mark. Writing uses commas, quotes only where
// needed and '\n' line ends, so the same values always give the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

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

// Reports an unclosed quote or invalid UTF-8 and returns nullopt.
std::optional<CsvTable> parse_csv(const std::string& text, const std::string& path, Diagnostics& diagnostics);

// Checks that the header is exactly `columns` (in that order) and that every
// row has as many fields; reports each row that does not.
bool check_columns(const CsvTable& table, const std::vector<std::string>& columns, const std::string& path,
                   Diagnostics& diagnostics);

// One line of CSV, ending in '\n'.
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace styrdok
