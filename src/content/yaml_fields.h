// Reads the fields of one YAML mapping (a site file, a front matter block)
// with every problem reported at the value's own line and column: unknown
// keys with a "did you mean", missing required keys, values of the wrong kind.
// Parsing YAML text itself is `parse_yaml`, which turns yaml-cpp's exceptions
// into diagnostics.
#pragma once

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "content/key_aliases.h"
#include "core/date.h"
#include "core/error.h"
#include "core/limits.h"

namespace styrdok {

// Parses YAML text that starts on line `first_line` of file `path`. On a
// syntax error reports it and returns nullopt. So does a text that holds
// more than `limits.yaml_nodes` values once its aliases are expanded (a
// "billion laughs": yaml-cpp shares an aliased node, but every reader of the
// tree would walk it once per alias).
std::optional<YAML::Node> parse_yaml(const std::string& text, const std::string& path, int first_line,
                                     Diagnostics& diagnostics, const InputLimits& limits = {});

// A whole YAML file that must be a mapping (a plan, an indicator): checks
// its size and that it is UTF-8, parses it and reports `not_a_mapping` at
// 1:1 otherwise.
std::optional<YAML::Node> parse_yaml_mapping(const std::string& text, const std::string& path,
                                             const std::string& not_a_mapping, Diagnostics& diagnostics,
                                             const InputLimits& limits = {});

// An exception yaml-cpp throws while a file's tree is read (not parsed:
// parse_yaml catches those), as an error at the place it names or at the
// file. `file_text` is the whole file, whose line `first_line` the YAML
// starts on. Each parse_* function that reads YAML ends in a catch that calls
// this, so that no library exception leaves its stage.
void report_yaml_exception(const YAML::Exception& e, std::string_view file_text, const std::string& path,
                           int first_line, Diagnostics& diagnostics);

// YAML text and where it is: yaml-cpp places a node by its line and its
// column in bytes within the text it parsed; `location` turns that into the
// file's line and the column in characters that an editor shows.
struct YamlSource {
  std::string_view text;  // must outlive whatever reads places through it
  std::string path;
  int first_line = 1;  // line of the file on which `text` starts
  SourceLocation location(const YAML::Mark& mark) const;
};

class YamlFields {
 public:
  // `node` must outlive this object, `source.text` too.
  YamlFields(const YAML::Node& node, YamlSource source, Diagnostics& diagnostics);
  // A mapping within `parent`'s (an organisation of the site file, an
  // action of a plan): the same text, file and diagnostics.
  YamlFields(const YAML::Node& node, const YamlFields& parent);
  // A temporary node would be gone before its fields are read.
  YamlFields(YAML::Node&&, YamlSource, Diagnostics&) = delete;
  YamlFields(YAML::Node&&, const YamlFields&) = delete;

  bool is_mapping() const { return node_.IsMap(); }
  // Reports every key not in `allowed`, with the key meant when one is close;
  // a getter asked for that key afterwards does not also report it missing.
  void reject_unknown_keys(const std::vector<std::string>& allowed);

  // Each getter reports a missing key when `required`, and a value of the
  // wrong kind always; it then returns nullopt.
  std::optional<std::string> text(const std::string& key, bool required);
  // A date, or the word `unknown`. Returns: outer nullopt = missing/invalid,
  // inner nullopt = explicitly unknown.
  std::optional<std::optional<Date>> date_or_unknown(const std::string& key, bool required);
  std::optional<Date> date(const std::string& key, bool required);
  // One of `choices`, written as itself or as a Swedish word of `aliases`
  // (content/key_aliases.h); otherwise an error listing them.
  std::optional<std::string> choice(const std::string& key, const std::vector<std::string>& choices, bool required,
                                    const std::vector<ValueAlias>& aliases = {});
  std::vector<std::string> text_list(const std::string& key);
  // A whole number from `min` to `max`, in digits.
  std::optional<int> whole_number(const std::string& key, int min, int max, bool required);

  // The value of `key`, written in English or under one of its Swedish
  // names (content/key_aliases.h).
  YAML::Node child(const std::string& key) const;
  // Where `node` is; the mapping's own place for a key it lacks (yaml-cpp
  // would throw InvalidNode for the mark of a missing one).
  SourceLocation location_of(const YAML::Node& node) const;
  SourceLocation location_of_key(const std::string& key) const;
  SourceLocation location_of_mapping() const { return location_of(node_); }
  const YamlSource& source() const { return source_; }
  const std::string& path() const { return source_.path; }
  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  // A key of the mapping by the English key it stands for: `written` is the
  // English key itself or one of its Swedish names (content/key_aliases.h).
  struct Key {
    std::string written;
    YAML::Node key;
    YAML::Node value;
  };

  // Each English key the mapping's keys stand for, found once: a field is
  // then read without going through all the mapping's keys again for each.
  void index_keys();
  const Key* find_key(std::string_view english) const;
  std::optional<std::string> scalar(const std::string& key, bool required);
  // `key` as the mapping writes it: itself, or the Swedish name it uses.
  std::string written_key(const std::string& key) const;

  const YAML::Node& node_;
  YamlSource source_;
  Diagnostics& diagnostics_;
  std::map<std::string, Key, std::less<>> keys_;  // by the English key
  // Keys reject_unknown_keys suggested for a key it did not know ("did you
  // mean 'compliance'?"): such a key is not also reported missing.
  std::set<std::string, std::less<>> suggested_;
};

}  // namespace styrdok
