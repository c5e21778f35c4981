#include "render/strings.h"

#include "content/yaml_fields.h"

namespace styrdok {

std::optional<Strings> Strings::parse(const std::string& text, const std::string& path, Diagnostics& diagnostics) {
  auto root = parse_yaml(text, path, 1, diagnostics);
  if (!root) return std::nullopt;
  if (!root->IsMap()) {
    diagnostics.error({path, 1, 1}, "a strings file must be lines of the form 'key: text'");
    return std::nullopt;
  }
  Strings s;
  YamlFields fields(*root, {text, path, 1}, diagnostics);
  for (auto it = root->begin(); it != root->end(); ++it) {
    if (!it->second.IsScalar()) {
      diagnostics.error(fields.location_of(it->second), "each string must be a single line of text");
      continue;
    }
    s.strings_[it->first.Scalar()] = it->second.Scalar();
  }
  return s;
}

const std::string& Strings::get(const std::string& key) const {
  static const std::string kMissing = "[missing string]";
  auto it = strings_.find(key);
  return it == strings_.end() ? kMissing : it->second;
}

std::string Strings::fill(const std::string& key,
                          const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string out = get(key);
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + name + "}";
    for (auto pos = out.find(placeholder); pos != std::string::npos; pos = out.find(placeholder, pos + value.size())) {
      out.replace(pos, placeholder.size(), value);
    }
  }
  return out;
}

std::string Strings::date(const Date& d) const {
  return std::to_string(d.day) + " " + get("month_" + std::to_string(d.month)) + " " + std::to_string(d.year);
}

}  // namespace styrdok
