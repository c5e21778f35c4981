#include "render/theme.h"

#include "render/view_helpers.h"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <regex>
#include <set>

#include "render/template_sections.h"
#include "theme/builtin_theme.h"
#include "theme/theme_export_record.h"

namespace styrdok {

namespace {

const std::string kThemeDir = std::string("themes/") + kThemeName;
const std::string kSiteTemplateDir = "templates";
const std::string kSiteStaticDir = "static";
const std::string kSiteStringsDir = "i18n";

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// name -> (path, text): the theme's templates, then the site's over them.
std::map<std::string, std::pair<std::string, std::string>> read_templates(const FileSystem& files) {
  std::map<std::string, std::pair<std::string, std::string>> out;
  for (const std::string& dir : {kThemeDir + "/templates", kSiteTemplateDir}) {
    for (const auto& e : files.list(dir)) {
      if (e.is_directory || !ends_with(e.name, ".mustache")) continue;
      const std::string path = join_path(dir, e.name);
      if (auto text = files.read(path)) out[e.name.substr(0, e.name.size() - 9)] = {path, *text};
    }
  }
  return out;
}

// {{> name}}, a partial's tag; its name is the first group.
const std::regex& partial_tag() {
  static const std::regex kPartial(R"(\{\{>\s*([A-Za-z0-9_\-]+)\s*\}\})");
  return kPartial;
}

// Replaces each {{> name}} with the text of template `name`, recursively.
std::string expand_partials(const std::string& text, const std::string& path,
                            const std::map<std::string, std::pair<std::string, std::string>>& all, int depth,
                            Diagnostics& diagnostics) {
  const std::regex& kPartial = partial_tag();
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), kPartial);
  std::size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out.append(text, last, static_cast<std::size_t>(it->position()) - last);
    last = static_cast<std::size_t>(it->position() + it->length());
    const std::string name = (*it)[1];
    auto found = all.find(name);
    if (found == all.end()) {
      diagnostics.error({path, 0, 0}, "the template uses the partial '" + name + "', but there is no " + name +
                                          ".mustache in the theme or in templates/");
      continue;
    }
    if (depth > 8) {
      diagnostics.error({path, 0, 0}, "partials include each other in a loop ('" + name + "')");
      continue;
    }
    out += expand_partials(found->second.second, found->second.first, all, depth + 1, diagnostics);
  }
  out.append(text, last, std::string::npos);
  return out;
}

// Reports why the Mustache library could not read the template in `path`.
// The library counts bytes in the text with the partials expanded and may
// name the section around the one left open, so the template's own file is
// looked at first, then the partials it includes; a file already reported
// (a partial included by several templates) is not reported again.
void report_template_error(const std::string& path, const std::string& text, const std::string& library_error,
                           const std::map<std::string, std::pair<std::string, std::string>>& sources,
                           std::set<std::string>& reported, Diagnostics& diagnostics) {
  const std::regex& kPartial = partial_tag();
  std::vector<std::pair<std::string, std::string>> files = {{path, text}};
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kPartial); it != std::sregex_iterator(); ++it) {
    if (auto found = sources.find((*it)[1]); found != sources.end()) files.push_back(found->second);
  }
  for (const auto& [file, file_text] : files) {
    if (const auto problem = find_section_problem(file_text)) {
      if (reported.insert(file).second) {
        diagnostics.error({file, problem->where.line, problem->where.column}, problem->message);
      }
      return;
    }
  }
  diagnostics.error({path, 0, 0}, "template error: " + library_error);
}

// output path -> source path, for every file under `dir`.
void collect_static(const FileSystem& files, const std::string& dir, const std::string& out_prefix,
                    std::map<std::string, std::string>& out) {
  for (const auto& e : files.list(dir)) {
    const std::string source = join_path(dir, e.name);
    const std::string output = join_path(out_prefix, e.name);
    if (e.is_directory) {
      collect_static(files, source, output, out);
    } else {
      out[output] = source;
    }
  }
}

// The UI strings of a language: the built-in theme's, under a copied theme's
// (themes/default/i18n/), under the site's own i18n/ file, key by key, so
// that a string the site's file lacks (a copy made before the string was
// added, say) is the built-in one. `chain` lists the languages from the
// lowest: {"en", "ar"} is Arabic over English, so that a string missing in
// Arabic is the English one. Reports a file that cannot be parsed.
std::optional<Strings> load_strings(const FileSystem& files, const std::vector<std::string>& chain,
                                    Diagnostics& diagnostics) {
  std::vector<std::pair<std::string, std::string>> layers;  // (path, text), the lowest first
  std::string theme_path;
  for (const auto& code : chain) {
    const std::string name = code + ".yaml";
    theme_path = kThemeDir + "/i18n/" + name;
    const std::string site_path = kSiteStringsDir + "/" + name;
    const auto builtin = builtin_theme_files().read(theme_path);
    if (builtin) layers.emplace_back(theme_path, *builtin);
    if (auto copy = files.read(theme_path); copy && copy != builtin) layers.emplace_back(theme_path, *copy);
    if (auto own = files.read(site_path)) layers.emplace_back(site_path, *own);
  }
  if (layers.empty()) {
    diagnostics.error({theme_path, 0, 0}, "the theme has no strings for language '" + chain.back() + "'");
    return std::nullopt;
  }
  std::map<std::string, std::string> merged;
  for (const auto& [path, text] : layers) {
    auto strings = Strings::parse(text, path, diagnostics);
    if (!strings) return std::nullopt;
    if (layers.size() == 1) return strings;
    for (const auto& [key, value] : strings->all()) merged[key] = value;
  }
  // Strings are made by parsing only: hand it the merged map as YAML.
  YAML::Emitter yaml;
  yaml << YAML::BeginMap;
  for (const auto& [key, value] : merged) yaml << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
  yaml << YAML::EndMap;
  return Strings::parse(yaml.c_str(), theme_path, diagnostics);
}

}  // namespace

const std::vector<std::string>& required_templates() {
  static const std::vector<std::string> kNames = {
      "home",
      "organisation",
      "version",
      "comparison",
      "comparison_index",
      "whats_new",
      "feed",
      "due_for_revision",
      "accessibility",
      "not_found",
      "sitemap",
      "sitemap_index",
      "plans_index",
      "plan",
      "action",
      "responsible_index",
      "responsible",
      "indicators",
      "open_data",
      // print editions and meetings (issue 7)
      "meeting",
      "meeting_print",
      "print_stylesheet",
      "plan_print",
      // site search (issue 6)
      "search",
      // translations and easy-read editions (issue 18)
      "edition",
      // addresses that have gone (issue 20)
      "redirect",
  };
  return kNames;
}

void add_edition_strings(const FileSystem& files, const std::vector<std::string>& codes, Language site_language,
                         Theme& theme, Diagnostics& diagnostics) {
  for (const auto& code : codes) {
    if (theme.edition_strings.count(code)) continue;
    const EditionLanguage* language = find_edition_language(code);
    // Easy-read Swedish is Swedish; any other language over English.
    std::vector<std::string> chain = {"en", code};
    if (language && language->tag == "sv") chain = {"sv"};
    if (code == to_key(site_language)) chain = {code};
    auto strings = load_strings(files, chain, diagnostics);
    if (!strings) continue;
    kainjow::mustache::data globals;
    put(globals, "t", view::strings_view(*strings));
    theme.edition_globals.emplace(code, std::move(globals));
    theme.edition_strings.emplace(code, std::move(*strings));
  }
}

const kainjow::mustache::data& Theme::globals_for(const std::string& edition_language) const {
  auto it = edition_globals.find(edition_language);
  return it == edition_globals.end() ? globals : it->second;
}

std::optional<Theme> load_theme(const FileSystem& files, Language language, Diagnostics& diagnostics) {
  Diagnostics local;
  Theme theme;
  if (auto s = load_strings(files, {to_key(language)}, local)) {
    theme.strings = std::move(*s);
    put(theme.globals, "t", view::strings_view(theme.strings));
  }

  const auto sources = read_templates(files);
  std::set<std::string> reported;  // template files whose mistake has been reported
  for (const auto& name : required_templates()) {
    auto it = sources.find(name);
    if (it == sources.end()) {
      local.error({kThemeDir + "/templates/" + name + ".mustache", 0, 0}, "the theme lacks this template");
      continue;
    }
    const auto& [path, text] = it->second;
    Template t(expand_partials(text, path, sources, 0, local));
    if (!t.ok()) {
      report_template_error(path, text, t.error(), sources, reported, local);
      continue;
    }
    theme.templates.emplace(name, std::move(t));
  }
  std::map<std::string, std::string> static_files;  // output -> source; the site's static/ last, so it wins
  collect_static(files, kThemeDir + "/static", "", static_files);
  collect_static(files, kSiteStaticDir, "", static_files);
  for (auto& [output, source] : static_files) theme.static_files.push_back({std::move(source), output});
  check_theme_export_record(files, local);  // the site's copies of built-in files that have changed since

  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return theme;
}

std::shared_ptr<const Theme> ThemeCache::find(Language language, const Branding& branding) const {
  if (!theme_ || language != language_ || branding.logo != logo_ || branding.favicon != favicon_) return nullptr;
  return theme_;
}

void ThemeCache::store(std::shared_ptr<const Theme> theme, Language language, const Branding& branding,
                       std::vector<std::string> edition_languages, Diagnostics diagnostics) {
  theme_ = std::move(theme);
  language_ = language;
  logo_ = branding.logo;
  favicon_ = branding.favicon;
  edition_languages_ = std::move(edition_languages);
  diagnostics_ = std::move(diagnostics);
}

}  // namespace styrdok
