#include "content/yaml_fields.h"

#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "content/key_aliases.h"
#include "content/yaml_problem.h"
#include "core/edit_distance.h"
#include "core/text.h"

namespace styrdok {

namespace {

// The values of `root` as a reader would meet them, every alias expanded,
// without recursion: the first for which `stop` holds, if any.
template <class Stop>
std::optional<YAML::Node> first_value(const YAML::Node& root, Stop stop) {
  std::vector<YAML::Node> to_visit{root};
  while (!to_visit.empty()) {
    YAML::Node node = std::move(to_visit.back());
    to_visit.pop_back();
    if (stop(node)) return node;
    if (node.IsSequence()) {
      for (const auto& item : node) to_visit.push_back(item);
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        to_visit.push_back(entry.first);
        to_visit.push_back(entry.second);
      }
    }
  }
  return std::nullopt;
}

// Why a YAML text holds more values than it may: written out one by one,
// repeated by aliases, or an alias inside the value it names (which never
// ends: `contact: &c {role: *c}`).
enum class TooManyValues { written, repeated_by_aliases, alias_of_itself };

struct NodeLimitExcess {
  YAML::Node node;  // the value past the limit, or the one holding an alias of itself
  TooManyValues cause;
};

// Why a text whose values were counted past `limit` holds so many, and the
// value to point at: the first past the limit, as first_value meets them.
// An alias's expansion is the same node as the value it names: where it is
// written (and its kind) tells them apart, a container among the values
// around itself is an alias of itself.
std::optional<NodeLimitExcess> why_past_node_limit(const YAML::Node& root, std::size_t limit) {
  using Place = std::pair<int, int>;  // position in the text, type of node
  auto place_of = [](const YAML::Node& node) { return Place{node.Mark().pos, static_cast<int>(node.Type())}; };
  std::set<Place> written;
  std::vector<Place> path;       // the containers around the value visited, outermost first
  std::map<Place, int> on_path;  // the same, to look up
  std::vector<std::pair<YAML::Node, std::size_t>> to_visit{{root, 0}};  // with their depth
  bool repeated = false;
  std::size_t seen = 0;
  while (!to_visit.empty()) {
    auto [node, depth] = std::move(to_visit.back());
    to_visit.pop_back();
    for (; path.size() > depth; path.pop_back()) {
      if (--on_path[path.back()] == 0) on_path.erase(path.back());
    }
    const Place place = place_of(node);
    const bool container = node.IsSequence() || node.IsMap();
    if (container && on_path.contains(place)) return NodeLimitExcess{node, TooManyValues::alias_of_itself};
    if (!node.IsNull() && !written.insert(place).second) repeated = true;
    if (++seen > limit) {
      return NodeLimitExcess{node, repeated ? TooManyValues::repeated_by_aliases : TooManyValues::written};
    }
    if (!container) continue;
    path.push_back(place);
    ++on_path[place];
    if (node.IsSequence()) {
      for (const auto& item : node) to_visit.emplace_back(item, depth + 1);
    } else {
      for (const auto& entry : node) {
        to_visit.emplace_back(entry.first, depth + 1);
        to_visit.emplace_back(entry.second, depth + 1);
      }
    }
  }
  return std::nullopt;
}

// The first value past `limit` of them, and why; nullopt for a text within
// the limit, which is counted only (every file is, on every build).
std::optional<NodeLimitExcess> past_node_limit(const YAML::Node& root, std::size_t limit) {
  std::size_t seen = 0;
  const auto past = first_value(root, [&](const YAML::Node&) { return ++seen > limit; });
  if (!past) return std::nullopt;
  if (auto why = why_past_node_limit(root, limit)) return why;
  return NodeLimitExcess{*past, TooManyValues::written};
}

std::string node_limit_message(TooManyValues cause, std::size_t limit) {
  switch (cause) {
    case TooManyValues::alias_of_itself:
      return "this value holds an alias ('*name') of itself, so it would never end; write out what the alias "
             "stands for instead";
    case TooManyValues::repeated_by_aliases:
      return "the YAML holds more than " + std::to_string(limit) +
             " values once its aliases ('*name') are expanded; write the values out, or fewer of them";
    case TooManyValues::written: break;
  }
  return "the YAML holds more than " + std::to_string(limit) + " values; write fewer of them";
}

// The first value in a quote that never closes (unclosed_quote).
std::optional<YamlProblem> first_unclosed_quote(const YAML::Node& root, std::string_view text) {
  std::optional<YamlProblem> problem;
  first_value(root, [&](const YAML::Node& node) {
    const YAML::Mark mark = node.IsScalar() ? node.Mark() : YAML::Mark::null_mark();
    if (mark.pos >= 0) problem = unclosed_quote(text, static_cast<std::size_t>(mark.pos), mark.line);
    return problem.has_value();
  });
  return problem;
}

// Every comment that cuts a value short (comment_in_value), once each
// however many aliases repeat the value. The values of a block mapping or
// list only: each has a line of its own, so the text is read about once
// (in a flow list, "[a, b, c]", every value would read on to the line's end).
std::vector<YamlProblem> comments_in_values(const YAML::Node& root, std::string_view text) {
  std::vector<YamlProblem> problems;
  std::set<std::size_t> seen;
  const auto check = [&](const YAML::Node& value, const YAML::Node* key) {
    std::size_t start = std::string_view::npos;
    int line = 0;
    if (value.IsScalar() && value.Mark().pos >= 0) {
      start = static_cast<std::size_t>(value.Mark().pos);
      line = value.Mark().line;
    } else if (value.IsNull() && key && key->IsScalar() && key->Mark().pos >= 0) {
      const auto at = static_cast<std::size_t>(key->Mark().pos);
      const std::size_t colon = text.find_first_of(":\n\"'", at);
      if (colon == std::string_view::npos || text[colon] != ':') return;
      start = colon + 1;
      line = key->Mark().line;
    }
    if (start >= text.size() || !seen.insert(start).second) return;
    if (auto problem = comment_in_value(text, start, line)) problems.push_back(std::move(*problem));
  };
  first_value(root, [&](const YAML::Node& node) {
    if (node.Style() == YAML::EmitterStyle::Flow) {
      return false;
    } else if (node.IsMap()) {
      for (const auto& entry : node) check(entry.second, &entry.first);
    } else if (node.IsSequence()) {
      for (const auto& item : node) check(item, nullptr);
    }
    return false;
  });
  return problems;
}

}  // namespace

std::optional<YAML::Node> parse_yaml(const std::string& text, const std::string& path, int first_line,
                                     Diagnostics& diagnostics, const InputLimits& limits) {
  // Where yaml-cpp's marks count from: its offsets leave out a byte order mark.
  const std::string_view yaml = without_byte_order_mark(text);
  // YAML allows no control character but tab and line breaks; yaml-cpp would
  // misreport a NUL ("unknown escape character") and keep a form feed.
  if (const auto at = find_control_character(yaml); at != std::string::npos) {
    const TextPosition pos = position_of(yaml, at);
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(yaml[at])));
    diagnostics.error({path, first_line + pos.line - 1, pos.column},
                      std::string("a control character (") + code +
                          ") that YAML does not allow; remove it (it may have come with text copied from another "
                          "program)");
    return std::nullopt;
  }

  try {
    YAML::Node root = YAML::Load(text);
    if (auto past = past_node_limit(root, limits.yaml_nodes)) {
      diagnostics.error(YamlSource{text, path, first_line}.location(past->node.Mark()),
                        node_limit_message(past->cause, limits.yaml_nodes));
      return std::nullopt;
    }
    if (auto problem = first_unclosed_quote(root, yaml)) {
      diagnostics.error({path, first_line + problem->line, problem->column}, "invalid YAML: " + problem->message);
      return std::nullopt;
    }
    // An escape in double quotes ("\u0000", "\e") writes a control character
    // the look at the text above cannot see; it would reach pages and feeds.
    std::size_t at = std::string::npos;
    if (const auto value = first_value(root, [&](const YAML::Node& node) {
          return node.IsScalar() && (at = find_control_character(node.Scalar())) != std::string::npos;
        })) {
      char code[8];
      std::snprintf(code, sizeof code, "U+%04X",
                    static_cast<unsigned>(static_cast<unsigned char>(value->Scalar()[at])));
      diagnostics.error(YamlSource{text, path, first_line}.location(value->Mark()),
                        std::string("an escape in this value writes a control character (") + code +
                            ") that no page can show; remove it");
      return std::nullopt;
    }
    for (auto& problem : comments_in_values(root, yaml))
      diagnostics.warning({path, first_line + problem.line, problem.column}, std::move(problem.message));
    return root;
  } catch (const YAML::Exception& e) {
    const YamlProblem problem =
        explain_yaml_error(yaml, std::max(0, e.mark.line), e.mark.column >= 0 ? e.mark.column + 1 : 0, e.msg);
    diagnostics.error({path, first_line + problem.line, problem.column}, "invalid YAML: " + problem.message);
    return std::nullopt;
  }
}

std::optional<YAML::Node> parse_yaml_mapping(const std::string& text, const std::string& path,
                                             const std::string& not_a_mapping, Diagnostics& diagnostics,
                                             const InputLimits& limits) {
  if (!check_text_limits(text, path, limits, diagnostics)) return std::nullopt;
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({path, bad->line, bad->column}, "the file is not valid UTF-8; save it as UTF-8");
    return std::nullopt;
  }
  auto root = parse_yaml(text, path, 1, diagnostics, limits);
  if (root && !root->IsMap()) {
    diagnostics.error({path, 1, 1}, not_a_mapping);
    return std::nullopt;
  }
  return root;
}

void report_yaml_exception(const YAML::Exception& e, std::string_view file_text, const std::string& path,
                           int first_line, Diagnostics& diagnostics) {
  SourceLocation where{path, 0, 0};
  if (e.mark.line >= 0) {
    where.line = first_line + e.mark.line;
    where.column = LineIndex(without_byte_order_mark(file_text))
                       .character_column(where.line, e.mark.column >= 0 ? e.mark.column + 1 : 0);
  }
  diagnostics.error(where, "cannot read the YAML here: " + e.msg);
}

SourceLocation YamlSource::location(const YAML::Mark& mark) const {
  if (mark.line < 0) return {path, first_line, 0};
  if (mark.column < 0) return {path, first_line + mark.line, 0};
  int column = mark.column + 1;
  const std::string_view yaml = without_byte_order_mark(text);  // where yaml-cpp counts from
  if (mark.pos >= mark.column && static_cast<std::size_t>(mark.pos) <= yaml.size())
    column = character_column(yaml.substr(static_cast<std::size_t>(mark.pos - mark.column)), column);
  return {path, first_line + mark.line, column};
}

YamlFields::YamlFields(const YAML::Node& node, YamlSource source, Diagnostics& diagnostics)
    : node_(node), source_(std::move(source)), diagnostics_(diagnostics) {
  index_keys();
}

YamlFields::YamlFields(const YAML::Node& node, const YamlFields& parent)
    : node_(node), source_(parent.source_), diagnostics_(parent.diagnostics_) {
  index_keys();
}

void YamlFields::index_keys() {
  if (!node_.IsMap()) return;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (!it->first.IsScalar()) continue;
    const std::string& written = it->first.Scalar();
    // The key written as itself stands for it; else the first of its Swedish names.
    for (auto& english : keys_named_by(written)) {
      const auto [known, added] = keys_.try_emplace(english, Key{written, it->first, it->second});
      if (!added && written == english && known->second.written != english)
        known->second = Key{written, it->first, it->second};
    }
  }
}

const YamlFields::Key* YamlFields::find_key(std::string_view english) const {
  const auto it = keys_.find(english);
  return it == keys_.end() ? nullptr : &it->second;
}

SourceLocation YamlFields::location_of(const YAML::Node& node) const {
  // A missing key's node has no place (yaml-cpp's Mark() throws InvalidNode
  // on it; found by fuzz/fuzz_indicator.cpp): the mapping's place instead.
  const YAML::Node& at = node.IsDefined() ? node : node_;
  if (!at.IsDefined()) return {source_.path, source_.first_line, 0};
  return source_.location(at.Mark());
}

std::string YamlFields::written_key(const std::string& key) const {
  const Key* found = find_key(key);
  return found ? found->written : key;
}

YAML::Node YamlFields::child(const std::string& key) const {
  if (const Key* found = find_key(key)) return found->value;
  // What yaml-cpp gives for a key a mapping lacks (a node that is not
  // defined), found in a mapping with no keys rather than in this one.
  static const YAML::Node kNoKeys(YAML::NodeType::Map);
  return kNoKeys[key];
}

SourceLocation YamlFields::location_of_key(const std::string& key) const {
  if (const Key* found = find_key(key)) return location_of(found->key);
  return location_of(node_);
}

void YamlFields::reject_unknown_keys(const std::vector<std::string>& allowed) {
  if (!node_.IsMap()) return;
  std::map<std::string, std::pair<std::string, SourceLocation>> seen;  // key -> (as written, where)
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const std::string written = it->first.IsScalar() ? it->first.Scalar() : std::string("?");
    const SourceLocation where = location_of(it->first);
    std::string key;  // the English key `written` names here, "" when none
    for (const auto& k : keys_named_by(written)) {
      for (const auto& a : allowed) {
        if (key.empty() && a == k) key = a;
      }
    }
    if (!key.empty()) {
      if (auto [first, inserted] = seen.emplace(key, std::make_pair(written, where)); !inserted) {
        const std::string line = std::to_string(first->second.second.line);
        diagnostics_.error(where,
                           first->second.first == written
                               ? "the key '" + key + "' is written twice (first on line " + line + "); keep one of them"
                               : "'" + written + "' and '" + first->second.first + "' (line " + line +
                                     ") are the same key; keep one of them");
      }
      continue;
    }
    std::string message = "unknown key '" + written + "'";
    if (auto suggestion = closest_match(written, keys_with_aliases(allowed)); !suggestion.empty()) {
      message += "; did you mean '" + suggestion + "'?";
      for (const auto& k : keys_named_by(suggestion)) suggested_.insert(k);
    }
    diagnostics_.error(location_of(it->first), message);
  }
}

std::optional<std::string> YamlFields::scalar(const std::string& key, bool required) {
  const YAML::Node value = child(key);
  if (!value.IsDefined() || value.IsNull()) {
    // "title:" with nothing after it (or only an anchor, "&a") is there,
    // but empty: saying it is missing would send the clerk looking for it.
    if (required && value.IsDefined()) {
      diagnostics_.error(location_of_key(key), "'" + key + "' is empty");
    } else if (required && !suggested_.contains(key)) {
      diagnostics_.error(location_of(node_), "missing required key '" + key + "'");
    }
    return std::nullopt;
  }
  if (!value.IsScalar()) {
    diagnostics_.error(location_of(value), "'" + key + "' must be a single value, not a list or mapping");
    return std::nullopt;
  }
  return value.Scalar();
}

std::optional<std::string> YamlFields::text(const std::string& key, bool required) {
  auto value = scalar(key, required);
  if (!value) return std::nullopt;
  std::string trimmed = trim(*value);
  if (trimmed.empty()) {
    if (required) diagnostics_.error(location_of(child(key)), "'" + key + "' is empty");
    return std::nullopt;
  }
  return trimmed;
}

std::optional<int> YamlFields::whole_number(const std::string& key, int min, int max, bool required) {
  auto value = text(key, required);
  if (!value) return std::nullopt;
  const bool digits =
      value->size() <= 9 && std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; });
  const int n = digits ? std::stoi(*value) : -1;
  if (!digits || n < min || n > max) {
    diagnostics_.error(location_of(child(key)), "'" + key + "' is '" + *value + "', but must be a whole number from " +
                                                    std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

std::optional<std::optional<Date>> YamlFields::date_or_unknown(const std::string& key, bool required) {
  auto value = scalar(key, required);
  if (!value) return std::nullopt;
  if (means_unknown(*value)) return std::optional<Date>{};
  std::string why;
  if (auto d = parse_date(*value, &why)) return std::optional<Date>{*d};
  diagnostics_.error(location_of(child(key)), "'" + *value + "' is not a date (" + why + ")");
  return std::nullopt;
}

std::optional<Date> YamlFields::date(const std::string& key, bool required) {
  auto value = date_or_unknown(key, required);
  if (!value) return std::nullopt;
  return *value;
}

std::optional<std::string> YamlFields::choice(const std::string& key, const std::vector<std::string>& choices,
                                              bool required, const std::vector<ValueAlias>& aliases) {
  auto value = scalar(key, required);
  if (!value) return std::nullopt;
  if (auto named = value_named_by(*value, choices, aliases)) return named;
  std::string list;
  for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
  std::string message = "'" + key + "' is '" + *value + "', but must be one of: " + list;
  if (auto suggestion = closest_match(*value, values_with_aliases(choices, aliases)); !suggestion.empty()) {
    message += "; did you mean '" + suggestion + "'?";
  }
  diagnostics_.error(location_of(child(key)), message);
  return std::nullopt;
}

std::vector<std::string> YamlFields::text_list(const std::string& key) {
  std::vector<std::string> out;
  const YAML::Node value = child(key);
  if (!value.IsDefined() || value.IsNull()) return out;
  if (!value.IsSequence()) {
    diagnostics_.error(location_of(value), "'" + key + "' must be a list (lines starting with '- ')");
    return out;
  }
  for (const auto& item : value) {
    if (item.IsScalar()) {
      out.push_back(trim(item.Scalar()));
    } else {
      diagnostics_.error(location_of(item), "each item of '" + key + "' must be a single line of text");
    }
  }
  return out;
}

}  // namespace styrdok
