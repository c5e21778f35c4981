#include "content/csv.h"

#include "core/text.h"

namespace styrdok {

namespace {

char detect_separator(const std::string& text, std::size_t from) {
  std::size_t commas = 0;
  std::size_t semicolons = 0;
  bool quoted = false;
  for (std::size_t i = from; i < text.size() && (quoted || text[i] != '\n'); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (!quoted && text[i] == ',') ++commas;
    if (!quoted && text[i] == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool is_formula_start(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// "-5", "-3.5", "-3,5": a number, not a formula, in every spreadsheet.
bool is_negative_number(const std::string& cell) {
  std::size_t i = 1;
  const auto digits = [&]() {
    const std::size_t from = i;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i;
    return i > from;
  };
  if (cell.size() < 2 || cell[0] != '-' || !digits()) return false;
  if (i < cell.size() && (cell[i] == '.' || cell[i] == ',')) {
    ++i;
    if (!digits()) return false;
  }
  return i == cell.size();
}

// Quotes, then a formula character.
bool quotes_then_formula(const std::string& cell, std::size_t min_quotes) {
  std::size_t i = 0;
  while (i < cell.size() && cell[i] == '\'') ++i;
  return i >= min_quotes && i < cell.size() && is_formula_start(cell[i]);
}

}  // namespace

std::optional<CsvTable> parse_csv(const std::string& text, const std::string& path, Diagnostics& diagnostics) {
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({path, bad->line, bad->column}, "the file is not valid UTF-8; save it as UTF-8 (CSV UTF-8)");
    return std::nullopt;
  }
  std::size_t i = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  CsvTable table;
  table.separator = detect_separator(text, i);
  const char sep = table.separator;

  int line = 1;
  int column = 1;
  auto advance = [&]() {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if (!is_continuation_byte(text[i])) {
      ++column;
    }
    ++i;
  };

  std::vector<CsvRow> rows;
  while (i < text.size()) {
    CsvRow row;
    row.line = line;
    bool end_of_row = false;
    while (!end_of_row) {
      CsvField field;
      field.line = line;
      field.column = column;
      if (i < text.size() && text[i] == '"') {
        const int open_line = line;
        const int open_column = column;
        advance();
        bool closed = false;
        while (i < text.size()) {
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field.text += '"';
              advance();
              advance();
              continue;
            }
            advance();
            closed = true;
            break;
          }
          if (text[i] != '\r') field.text += text[i];
          advance();
        }
        if (!closed) {
          diagnostics.error({path, open_line, open_column}, "this quoted field is never closed; add the closing '\"'");
          return std::nullopt;
        }
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        while (i < text.size() && text[i] != sep && text[i] != '\n') {
          if (text[i] != '\r') field.text += text[i];
          advance();
        }
      } else {
        while (i < text.size() && text[i] != sep && text[i] != '\n') {
          if (text[i] != '\r') field.text += text[i];
          advance();
        }
      }
      field.text = restore_csv_cell(field.text);
      row.fields.push_back(std::move(field));
      if (i >= text.size()) {
        end_of_row = true;
      } else if (text[i] == '\n') {
        advance();
        end_of_row = true;
      } else {
        advance();  // the separator
      }
    }
    const bool blank = row.fields.size() == 1 && trim(row.fields[0].text).empty();
    if (!blank) rows.push_back(std::move(row));
  }
  if (rows.empty()) {
    diagnostics.error({path, 1, 1}, "the file is empty; it needs a header line naming its columns");
    return std::nullopt;
  }
  for (const auto& f : rows[0].fields) table.header.push_back(trim(f.text));
  table.rows.assign(std::make_move_iterator(rows.begin() + 1), std::make_move_iterator(rows.end()));
  return table;
}

bool check_columns(const CsvTable& table, const std::vector<std::string>& columns, const std::string& path,
                   Diagnostics& diagnostics) {
  std::string expected;
  for (const auto& c : columns) expected += (expected.empty() ? "" : std::string(1, table.separator)) + c;
  if (table.header != columns) {
    diagnostics.error({path, 1, 1}, "the header line must be exactly: " + expected);
    return false;
  }
  bool ok = true;
  for (const auto& row : table.rows) {
    if (row.fields.size() != columns.size()) {
      diagnostics.error({path, row.line, 1}, "this row has " + std::to_string(row.fields.size()) +
                                                 " columns, but the header has " + std::to_string(columns.size()) +
                                                 "; check for a missing or extra '" + std::string(1, table.separator) +
                                                 "'");
      ok = false;
    }
  }
  return ok;
}

std::optional<CsvTable> read_csv_table(const std::string& text, const std::string& path,
                                       const std::vector<std::string>& columns, Diagnostics& diagnostics,
                                       const InputLimits& limits) {
  if (!check_text_limits(text, path, limits, diagnostics)) return std::nullopt;
  auto table = parse_csv(text, path, diagnostics);
  if (!table || !check_columns(*table, columns, path, diagnostics)) return std::nullopt;
  if (table->rows.size() > limits.csv_rows) {
    diagnostics.error({path, table->rows[limits.csv_rows].line, 1},
                      "the file has more than " + std::to_string(limits.csv_rows) + " rows; styrdok reads no more");
    return std::nullopt;
  }
  return table;
}

std::string neutralise_csv_cell(const std::string& cell) {
  if (quotes_then_formula(cell, 0) && !is_negative_number(cell)) return "'" + cell;
  return cell;
}

std::string restore_csv_cell(const std::string& cell) {
  if (quotes_then_formula(cell, 1)) return cell.substr(1);
  return cell;
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    const std::string f = neutralise_csv_cell(fields[i]);
    const bool needs_quotes =
        f.find_first_of(",;\"\n\r") != std::string::npos || (!f.empty() && (f.front() == ' ' || f.back() == ' '));
    if (!needs_quotes) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += '\n';
  return out;
}

}  // namespace styrdok
