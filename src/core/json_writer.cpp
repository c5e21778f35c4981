#include "core/json_writer.h"

#include <fmt/format.h>

#include "core/text.h"

namespace styrdok {

void JsonWriter::item(std::string_view key) {
  if (!first_.empty()) {
    out_ += first_.back() ? "\n" : ",\n";
    first_.back() = false;
    out_.append(2 * first_.size(), ' ');
  }
  if (!key.empty()) out_ += "\"" + json_escape(key) + "\": ";
}

JsonWriter& JsonWriter::begin_object(std::string_view key) {
  item(key);
  out_ += "{";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) {
    out_ += "\n";
    out_.append(2 * first_.size(), ' ');
  }
  out_ += "}";
  return *this;
}

JsonWriter& JsonWriter::begin_array(std::string_view key) {
  item(key);
  out_ += "[";
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) {
    out_ += "\n";
    out_.append(2 * first_.size(), ' ');
  }
  out_ += "]";
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view key, std::string_view value) {
  item(key);
  out_ += "\"" + json_escape(value) + "\"";
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view key, const std::optional<std::string>& value) {
  return value ? string(key, std::string_view(*value)) : null(key);
}

JsonWriter& JsonWriter::number(std::string_view key, double value) {
  item(key);
  out_ += fmt::format("{}", value);
  return *this;
}

JsonWriter& JsonWriter::number(std::string_view key, std::optional<int> value) {
  if (!value) return null(key);
  item(key);
  out_ += std::to_string(*value);
  return *this;
}

JsonWriter& JsonWriter::boolean(std::string_view key, bool value) {
  item(key);
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null(std::string_view key) {
  item(key);
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::strings(std::string_view key, const std::vector<std::string>& values) {
  begin_array(key);
  for (const auto& v : values) string(std::string_view(), std::string_view(v));
  return end_array();
}

}  // namespace styrdok
