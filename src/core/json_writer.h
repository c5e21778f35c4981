// Writes JSON text, indented two spaces, keys in the order they are given,
// so the same values always give the same bytes. Only what open data needs:
// objects, arrays, strings, numbers, booleans and null.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

class JsonWriter {
 public:
  JsonWriter& begin_object(std::string_view key = {});
  JsonWriter& end_object();
  JsonWriter& begin_array(std::string_view key = {});
  JsonWriter& end_array();

  JsonWriter& string(std::string_view key, std::string_view value);
  JsonWriter& string(std::string_view key, const std::string& value) { return string(key, std::string_view(value)); }
  JsonWriter& string(std::string_view key, const char* value) { return string(key, std::string_view(value)); }
  JsonWriter& string(std::string_view key, const std::optional<std::string>& value);  // null when empty
  JsonWriter& number(std::string_view key, double value);
  JsonWriter& number(std::string_view key, std::optional<int> value);  // null when empty
  JsonWriter& boolean(std::string_view key, bool value);
  JsonWriter& null(std::string_view key);
  JsonWriter& strings(std::string_view key, const std::vector<std::string>& values);

  // The text, ending in a newline.
  std::string str() const { return out_ + "\n"; }

 private:
  void item(std::string_view key);  // comma, newline, indentation and "key": as needed
  std::string out_;
  std::vector<bool> first_;  // per open container: no item written yet
};

}  // namespace styrdok
