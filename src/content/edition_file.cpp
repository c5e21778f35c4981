#include "content/edition_file.h"

#include <algorithm>

#include "content/version_file.h"
#include "content/yaml_fields.h"
#include "core/edit_distance.h"
#include "core/text.h"

namespace styrdok {

std::optional<EditionName> split_edition_name(const std::string& file_stem) {
  const auto dot = file_stem.rfind('.');
  if (dot == std::string::npos) return std::nullopt;
  return EditionName{file_stem.substr(0, dot), file_stem.substr(dot + 1)};
}

const std::vector<std::string>& edition_keys() {
  static const std::vector<std::string> kKeys = {"title", "translated_by", "machine_translated", "translation_date",
                                                 "note",  "example"};
  return kKeys;
}

std::optional<Edition> parse_edition(const std::string& text, const std::string& path, const EditionName& name,
                                     const MarkdownOptions& labels, Diagnostics& diagnostics) try {
  Diagnostics local;
  if (name.language == "sv") {  // not a near miss of another code (Northern Sami's 'se')
    diagnostics.error({path, 0, 0}, "a version's Swedish text is its own file, " + name.version +
                                        ".md, not an edition; an edition in easy-read Swedish is " + name.version +
                                        ".lattlast.md");
    return std::nullopt;
  }
  if (!find_edition_language(name.language)) {
    std::vector<std::string> codes;
    std::string list;
    for (const auto& l : edition_languages()) {
      codes.emplace_back(l.code);
      list += (list.empty() ? "" : ", ") + std::string(l.code);
    }
    std::string message = "'" + name.language + "' is not a language code styrdok knows for an edition";
    const std::string suggestion = closest_match(name.language, codes);
    message += suggestion.empty() ? "." : "; did you mean '" + suggestion + "'?";
    message += " The codes are: " + list + " (name the file VERSION.CODE.md, e.g. " + name.version + ".en.md)";
    diagnostics.error({path, 0, 0}, message);
    return std::nullopt;
  }
  auto front = read_front_matter(text, path, labels.limits, local);
  if (!front) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  const FrontMatterSplit& split = front->split;
  YamlFields f(front->metadata, {split.yaml, path, split.yaml_first_line}, local);
  // A version's metadata is inherited, never retyped: say so rather than "unknown key".
  std::vector<std::string> allowed = edition_keys();
  for (const auto& key : version_keys()) {
    if (key == "title" || !f.child(key).IsDefined()) continue;
    local.error(f.location_of_key(key), "'" + key + "' is taken from the version this edition translates ('" +
                                            name.version + ".md'); remove it here");
    allowed.push_back(key);
  }
  f.reject_unknown_keys(allowed);

  Edition e;
  e.language = name.language;
  e.source_path = path;
  e.title = f.text("title", true).value_or("");
  e.translated_by = f.text("translated_by", false);
  if (auto m = f.choice("machine_translated", {"true", "false", "yes", "no", "ja", "nej"}, false))
    e.machine_translated = *m == "true" || *m == "yes" || *m == "ja";
  if (auto d = f.date_or_unknown("translation_date", true)) e.translated_on = *d;
  e.note = f.text("note", false);
  if (auto x = f.choice("example", {"true", "false", "yes", "no", "ja", "nej"}, false))
    e.example = *x == "true" || *x == "yes" || *x == "ja";

  MarkdownOptions options = labels;
  options.source_path = path;
  options.first_line = split.body_first_line;
  e.body = std::make_shared<Body>(render_markdown(split.body, options, local));

  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return e;
} catch (const YAML::Exception& e) {
  report_yaml_exception(e, text, path, kFrontMatterFirstLine, diagnostics);
  return std::nullopt;
}

}  // namespace styrdok
