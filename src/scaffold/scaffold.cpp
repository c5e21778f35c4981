#include "scaffold/scaffold.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <map>

#include "content/meeting_file.h"
#include "content/site_loader.h"
#include "content/version_file.h"
#include "core/slug.h"
#include "theme/builtin_theme.h"

namespace styrdok {

namespace {

inline const char* const kVersionScaffold = "version.md";
inline const char* const kMeetingScaffold = "meeting.yaml";
inline const char* const kUndatedName = "utkast";  // file name until the decision date is known

}  // namespace

std::string yaml_value(const std::string& given) {
  // A value on one line: a line break or tab given on the command line is a
  // space, and another control character (an ESC from a terminal's colours)
  // is dropped, as YAML allows none (content/yaml_fields.cpp).
  std::string text;
  for (const char c : given) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!text.empty() && text.back() != ' ') text += ' ';
    } else if (u >= 0x20 && u != 0x7F) {
      text += c;
    }
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (text.empty()) return "";
  bool plain = text.find_first_of(":#\"'\\{}[],&*!|>%@`") == std::string::npos && text.front() != '-' &&
               text.front() != ' ' && text.back() != ' ' && text.front() != '?';
  if (plain) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string fill(const std::string& scaffold, const Values& values) {
  std::string out;
  std::size_t from = 0;
  for (auto open = scaffold.find("{{"); open != std::string::npos; open = scaffold.find("{{", from)) {
    const auto close = scaffold.find("}}", open);
    if (close == std::string::npos) break;
    out.append(scaffold, from, open - from);
    const auto it = values.find(scaffold.substr(open + 2, close - open - 2));
    if (it != values.end()) out += it->second;
    from = close + 2;
  }
  out.append(scaffold, from, std::string::npos);
  return out;  // an empty value leaves "key:   # comment": valid YAML, read as not given
}

std::optional<std::string> read_scaffold(const FileSystem& site, const std::string& name, const std::string& language,
                                         Diagnostics& diagnostics) {
  const std::string own = join_path("scaffolds", join_path(language, name));
  const std::string own_plain = join_path("scaffolds", name);
  const std::string theme = join_path(kBuiltinThemeDir, own);
  const std::string theme_plain = join_path(kBuiltinThemeDir, own_plain);
  // The site's own scaffold first, in its language or not, then a copied
  // theme's, then the built-in one.
  for (const std::string& path : {own, own_plain, theme, theme_plain}) {
    if (auto text = site.read(path)) return text;
  }
  for (const std::string& path : {theme, theme_plain}) {
    if (auto text = builtin_theme_files().read(path)) return text;
  }
  diagnostics.error({theme_plain, 0, 0}, "the theme has no scaffold here");
  return std::nullopt;
}

std::optional<std::string> read_scaffold(const FileSystem& site, const std::string& name, Diagnostics& diagnostics) {
  Diagnostics ignored;  // the command reports the site file's own errors
  const auto config = load_site_config(site, "", ignored);
  return read_scaffold(site, name, config ? to_key(config->language) : std::string("sv"), diagnostics);
}

namespace {

bool valid_date(const std::string& date, const std::string& what, Diagnostics& diagnostics) {
  std::string why;
  if (date.empty() || parse_date(date, &why)) return true;
  diagnostics.error({what, 0, 0}, "--date '" + date + "' is not a date (" + why + ")");
  return false;
}

std::string file_name(const std::string& date) { return (date.empty() ? kUndatedName : date) + std::string(".md"); }

std::string next_step(const std::string& path, const std::string& date) {
  std::string s =
      "Fill in the values in " + path + " (the required ones are marked), write the text, then run 'styrdok check'.";
  if (date.empty()) {
    s += "\nWhen the decision date is known, write it as decision_date and rename the file after it (e.g. "
         "2024-05-21.md); if it is not known, write 'decision_date: unknown' and keep a name of your own.";
  }
  return s;
}

}  // namespace

std::optional<NewFile> new_document(const NewDocumentRequest& request, const FileSystem& site,
                                    Diagnostics& diagnostics) {
  const auto config = load_site_config(site, "", diagnostics);
  if (!config) return std::nullopt;
  const std::string where = join_path(kContentDir, join_path(request.organisation, request.folder));
  bool ok = true;
  if (!config->find_organisation(request.organisation)) {
    diagnostics.error({kSiteFile, 0, 0}, "no organisation '" + request.organisation + "' is declared in site.yaml");
    ok = false;
  }
  if (request.folder.empty() || slugify(request.folder) != request.folder) {
    const std::string suggestion = slugify(request.folder);
    diagnostics.error({where, 0, 0}, "'" + request.folder +
                                         "' cannot be a web address; use lower-case letters, digits and hyphens" +
                                         (suggestion.empty() ? "" : ", e.g. '" + suggestion + "'"));
    ok = false;
  }
  if (!request.type.empty() && !document_type_from_key(request.type)) {
    diagnostics.error({where, 0, 0}, "--type '" + request.type +
                                         "' is not a document type (strategi, program, plan, policy, riktlinjer, "
                                         "regler or handlingsplan)");
    ok = false;
  }
  ok = valid_date(request.date, where, diagnostics) && ok;
  if (ok && site.is_directory(where)) {
    diagnostics.error({where, 0, 0}, "the document already exists; add a revision with 'styrdok new version " +
                                         request.organisation + "/" + request.folder + "'");
    ok = false;
  }
  auto scaffold = read_scaffold(site, kVersionScaffold, diagnostics);
  if (!ok || !scaffold) return std::nullopt;
  const Values values = {
      {"title", yaml_value(request.title)},
      {"type", request.type},
      {"status", request.proposal ? "proposal" : "adopted"},
      {"decision_date", request.date},
      {"body", config->language == Language::en
                   ? "\n## Introduction\n\nWrite the text here. Start sections with ## and sub-sections with ###. "
                     "A footnote is written `[^1]` in the text and `[^1]: …` on a line of its own.\n"
                   : "\n## Inledning\n\nSkriv texten här. Börja avsnitt med ## och underavsnitt med ###. En fotnot "
                     "skrivs `[^1]` i texten och `[^1]: …` på en egen rad.\n"}};
  const std::string path = join_path(where, file_name(request.date));
  return NewFile{path, fill(*scaffold, values), next_step(path, request.date)};
}

std::optional<DocumentVersions> read_document_versions(const std::string& document, const FileSystem& site,
                                                       Diagnostics& diagnostics) {
  DocumentVersions out;
  out.dir = join_path(kContentDir, document);
  Diagnostics unreadable;  // of the files that did not read: said only when none did
  for (const auto& e : site.list(out.dir)) {
    if (e.is_directory || !e.name.ends_with(".md")) continue;
    const std::string stem = e.name.substr(0, e.name.size() - 3);
    auto text = site.read(join_path(out.dir, e.name));
    if (!text) continue;
    Diagnostics problems;  // check reports problems in an old file; here it only lends its values
    if (auto v = parse_version(*text, join_path(out.dir, e.name), stem, {}, problems)) {
      out.texts[stem] = *text;
      out.versions.push_back(std::move(*v));
    } else {
      unreadable.merge(problems);
    }
  }
  if (out.versions.empty() && unreadable.has_errors()) {
    // The document is there, its versions are not readable: say why, not that it is missing.
    diagnostics.merge(unreadable);
    diagnostics.error({out.dir, 0, 0},
                      "no version of the document can be read (see above); correct it, then add "
                      "the new version");
    return std::nullopt;
  }
  if (out.versions.empty()) {
    diagnostics.error({out.dir, 0, 0},
                      "no document with a readable version here; give it as organisation/folder, e.g. "
                      "lysekil/riktlinjer-for-integrationsarbete, or start one with 'styrdok new document'");
    return std::nullopt;
  }
  sort_versions(out.versions);
  return out;
}

const Version& DocumentVersions::base() const {
  for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
    if (it->status == VersionStatus::adopted) return *it;
  }
  return versions.back();
}

std::optional<NewFile> new_version(const NewVersionRequest& request, const FileSystem& site, Diagnostics& diagnostics) {
  auto document = read_document_versions(request.document, site, diagnostics);
  if (!document) return std::nullopt;
  const std::string& dir = document->dir;
  if (!valid_date(request.date, dir, diagnostics)) return std::nullopt;
  const std::string path = join_path(dir, file_name(request.date));
  if (site.read(path)) {
    diagnostics.error({path, 0, 0}, "the file already exists; nothing was changed");
    return std::nullopt;
  }
  auto scaffold = read_scaffold(site, kVersionScaffold, diagnostics);
  if (!scaffold) return std::nullopt;

  const Version* base = &document->base();
  auto text_of = [](const std::optional<std::string>& s) { return yaml_value(s.value_or("")); };
  Diagnostics ignored;
  const auto split = split_front_matter(document->texts[base->id], base->source_path, ignored);
  const Values values = {{"title", yaml_value(base->title)},
                         {"type", to_key(base->type)},
                         {"status", request.proposal ? "proposal" : "adopted"},
                         {"decided_by", text_of(base->decided_by)},
                         {"decision_date", request.date},
                         {"document_owner", text_of(base->document_owner)},
                         {"responsible_unit", text_of(base->responsible_unit)},
                         {"revised_by", text_of(base->revised_by)},
                         {"applies_to", text_of(base->applies_to)},
                         {"prepared_by", text_of(base->prepared_by)},
                         {"summary", text_of(base->summary)},
                         {"replaces", "\"" + base->id + "\""},
                         {"body", split ? split->body : "\n"}};
  return NewFile{path, fill(*scaffold, values), next_step(path, request.date)};
}

std::optional<NewFile> new_meeting(const NewMeetingRequest& request, const FileSystem& site, Diagnostics& diagnostics) {
  const auto config = load_site_config(site, "", diagnostics);
  if (!config) return std::nullopt;
  bool ok = true;
  if (!config->find_organisation(request.organisation)) {
    diagnostics.error({kSiteFile, 0, 0}, "no organisation '" + request.organisation + "' is declared in site.yaml");
    ok = false;
  }
  const std::string slug = slugify(request.body);
  const std::string path = std::string(kMeetingsDir) + "/" + request.date + "-" + slug + ".yaml";
  if (request.date.empty() || !valid_date(request.date, path, diagnostics) || slug.empty()) {
    if (request.date.empty() || slug.empty()) {
      diagnostics.error({kMeetingsDir, 0, 0}, "give the meeting's body and --date YYYY-MM-DD: they name the file");
    }
    ok = false;
  }
  if (ok && site.read(path)) {
    diagnostics.error({path, 0, 0}, "the file already exists; nothing was changed");
    ok = false;
  }
  auto scaffold = read_scaffold(site, kMeetingScaffold, diagnostics);
  if (!ok || !scaffold) return std::nullopt;
  const Values values = {{"title", yaml_value(request.title)},
                         {"body", yaml_value(request.body)},
                         {"organisation", request.organisation},
                         {"date", request.date}};
  return NewFile{path, fill(*scaffold, values),
                 "Fill in the agenda in " + path + " (a document for each item), then run 'styrdok check'."};
}

std::string write_new_file(const std::string& root, const NewFile& file) {
  namespace fs = std::filesystem;
  const fs::path full = fs::path(root) / file.path;
  std::error_code ec;
  fs::create_directories(full.parent_path(), ec);
  if (ec) return "cannot create " + full.parent_path().string() + ": " + ec.message();
  // "x": fail rather than replace a file that appeared meanwhile.
  FILE* out = std::fopen(full.c_str(), "wx");
  if (!out && errno == EEXIST) return file.path + " already exists; nothing was changed";
  if (!out && (errno == EACCES || errno == EPERM || errno == EROFS))
    return "cannot create " + file.path + ": there is no permission to write in " + full.parent_path().string() +
           "; nothing was changed";
  if (!out) return "cannot create " + file.path + "; nothing was changed";
  const bool written = std::fwrite(file.text.data(), 1, file.text.size(), out) == file.text.size();
  return std::fclose(out) == 0 && written ? "" : "cannot write " + file.path;
}

}  // namespace styrdok
