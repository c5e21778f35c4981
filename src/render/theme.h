// A theme: compiled page templates, the UI strings of the site's language and
// the static files (stylesheets, scripts) copied into the output as they are.
// The theme is built into the program (theme/builtin_theme.h); a site may
// replace any of its files, file by file, as Hugo's layouts and Zola's
// templates do. From lowest to highest: the built-in file, the site's copy in
// themes/default/ (sites made before the theme was built in), the site's own
// templates/, static/ and i18n/ folders. UI strings are merged key by key, so
// that a string missing from a site's file is the built-in one.
//
// Partials ({{> name}}) are expanded once when loading, so that each page
// template is compiled exactly once per build and never re-parsed per page.
// A loaded Theme is read-only and shared by all rendering threads.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/file_system.h"
#include "model/site_config.h"
#include "render/strings.h"
#include "render/view_context.h"

namespace styrdok {

class Template {
 public:
  explicit Template(const std::string& text) : compiled_(std::make_unique<kainjow::mustache::mustache>(text)) {}
  bool ok() const { return compiled_->is_valid(); }
  const std::string& error() const { return compiled_->error_message(); }
  // Thread-safe for templates that compiled without error: kainjow's
  // render only reads the compiled tree and keeps its state per call.
  //
  // `globals` (the UI strings as "t", the same for every page) sit below the
  // page's view: names not found in the view are looked up there, so the
  // strings are shared by all pages instead of copied into each view.
  std::string render(const kainjow::mustache::data& view, const kainjow::mustache::data* globals = nullptr) const {
    ViewContext ctx;
    if (globals) ctx.push(globals);
    ctx.push(&view);
    return compiled_->render(ctx);
  }

 private:
  std::unique_ptr<kainjow::mustache::mustache> compiled_;
};

struct StaticFile {
  std::string source;  // path in the site's file system
  std::string output;  // path under the output directory
};

struct Theme {
  Strings strings;
  std::map<std::string, Template> templates;  // "home" -> compiled home.mustache
  std::vector<StaticFile> static_files;
  kainjow::mustache::data globals;  // {"t": every UI string}, shared by all pages when rendering
  // The UI strings of each language the site's editions are in, by edition
  // code (add_edition_strings), and their globals for the edition pages.
  std::map<std::string, Strings> edition_strings;
  std::map<std::string, kainjow::mustache::data> edition_globals;

  const Template& page(const std::string& name) const { return templates.at(name); }
  // The globals of an edition's language; the site's own for "".
  const kainjow::mustache::data& globals_for(const std::string& edition_language) const;
};

inline const char* const kThemeName = "default";

// The templates every theme must provide.
const std::vector<std::string>& required_templates();

// `files` is the site with the built-in theme under it (LayeredFileSystem
// over builtin_theme_files()), which is also where the pipeline reads the
// static files from.
std::optional<Theme> load_theme(const FileSystem& files, Language language, Diagnostics& diagnostics);

// Loads the UI strings of each edition language in `codes` into the theme:
// the language's own file (i18n/<code>.yaml, built in or the site's) over
// the English one, key by key, so a language without a file, or a file
// without a string, falls back to English; easy-read Swedish uses the
// Swedish strings.
void add_edition_strings(const FileSystem& files, const std::vector<std::string>& codes, Language site_language,
                         Theme& theme, Diagnostics& diagnostics);

// The theme of the last build, kept by `styrdok serve` for the next one:
// compiling the templates and parsing the strings, and freeing them again,
// cost about 60 ms of every save whatever the size of the site. A theme is
// made from the theme's files, the site file's language and branding, and
// the languages of the site's editions; serve forgets the kept one when a
// file outside content/ changes, and a build whose site file or editions
// ask for another theme loads one (and keeps that instead). A build that
// uses the kept theme and keeps pages (BuildOptions::reuse) keeps its static
// files as well.
class ThemeCache {
 public:
  // The kept theme, if made for this language and logo and favicon files.
  std::shared_ptr<const Theme> find(Language language, const Branding& branding) const;
  // Whether the kept theme holds the strings of exactly these edition languages.
  bool made_for(const std::vector<std::string>& edition_languages) const {
    return theme_ && edition_languages_ == edition_languages;
  }
  // What loading the kept theme reported (warnings): a build that uses it
  // reports them again.
  const Diagnostics& diagnostics() const { return diagnostics_; }

  void store(std::shared_ptr<const Theme> theme, Language language, const Branding& branding,
             std::vector<std::string> edition_languages, Diagnostics diagnostics);
  void forget() { theme_.reset(); }

 private:
  std::shared_ptr<const Theme> theme_;
  Language language_ = Language::sv;
  std::string logo_, favicon_;
  std::vector<std::string> edition_languages_;
  Diagnostics diagnostics_;
};

}  // namespace styrdok
