#include "scaffold/new_site.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "content/site_file.h"
#include "core/slug.h"
#include "theme/builtin_theme.h"
#include "theme/theme_export_record.h"

namespace styrdok {

namespace {

// What a new site says before the clerk has changed anything, per language.
struct SiteWords {
  const char* title;
  const char* organisation;
  const char* description;
  const char* shortcoming;
  const char* assessment_method;
  const char* response_time;
  const char* document_folder;
  const char* document_title;
  const char* decided_by;
  const char* summary;
  const char* body;
};

const SiteWords kSwedish = {
    "Styrdokument",
    "Exempelkommun",
    "Kommunens styrdokument: policyer, riktlinjer, planer och program.",
    "Webbplatsen är ny och har ännu inte granskats.",
    "Självskattning.",
    "Vi svarar inom fem arbetsdagar.",
    "exempelpolicy",
    "Exempelpolicy",
    "Kommunfullmäktige",
    "Ett exempel som visar hur ett styrdokument ser ut på webbplatsen.",
    "\nDetta är ett exempel som `styrdok init` skapade. Ersätt det med kommunens egna dokument: "
    "`styrdok import` läser in PDF- och Word-filer, `styrdok new document` börjar ett nytt. Ta sedan bort "
    "mappen med exemplet.\n\n## Syfte\n\nPolicyn beskriver vad kommunen vill uppnå.\n\n## Mål\n\n"
    "- Det första målet.\n- Det andra målet.\n"};

const SiteWords kEnglish = {
    "Governing documents",
    "Example Municipality",
    "The municipality's governing documents: policies, guidelines, plans and programmes.",
    "The site is new and has not been assessed yet.",
    "Self-assessment.",
    "We answer within five working days.",
    "example-policy",
    "Example policy",
    "The Municipal Council",
    "An example that shows how a governing document looks on the site.",
    "\nThis is an example that `styrdok init` made. Replace it with your own documents: `styrdok import` "
    "reads PDF and Word files, `styrdok new document` starts a new one. Then remove the example's "
    "folder.\n\n## Purpose\n\nThe policy says what the municipality wants to achieve.\n\n## Goals\n\n"
    "- The first goal.\n- The second goal.\n"};

const char* const kDefaultBaseUrl = "https://example.org/styrdokument/";
const char* const kExampleEmail = "webb@example.org";

// Folders of the built-in theme that a site's own folder of the same name
// replaces file by file.
const char* const kThemeFolders[] = {"templates/", "static/", "i18n/", "scaffolds/"};

}  // namespace

namespace {

bool known_language(const NewSiteRequest& request) { return request.language == "sv" || request.language == "en"; }
const SiteWords& words_of(const NewSiteRequest& request) { return request.language == "en" ? kEnglish : kSwedish; }
std::string organisation_of(const NewSiteRequest& request) {
  return request.organisation.empty() ? words_of(request).organisation : request.organisation;
}
std::string organisation_id_of(const NewSiteRequest& request) {
  return request.organisation_id.empty() ? slugify(organisation_of(request)) : request.organisation_id;
}

}  // namespace

std::vector<std::string> new_site_flag_problems(const NewSiteRequest& request) {
  if (!known_language(request)) {
    return {"--lang '" + request.language + "' is not a language styrdok has (sv or en)"};
  }
  std::vector<std::string> problems;
  const std::string id = organisation_id_of(request);
  if (id.empty() || slugify(id) != id) {
    problems.push_back("--id '" + id + "' cannot be a folder name; use lower-case letters, digits and hyphens" +
                       (slugify(id).empty() ? "" : ", e.g. '" + slugify(id) + "'"));
  }
  std::string why;
  if (!request.base_url.empty() && normalize_base_url(request.base_url, &why).empty()) {
    problems.push_back("--base-url: " + why);
  }
  return problems;
}

std::optional<NewSite> new_site(const NewSiteRequest& request, const FileSystem& target, const std::string& where,
                                Diagnostics& diagnostics) {
  const auto problems = new_site_flag_problems(request);
  for (const auto& problem : problems) diagnostics.error({where, 0, 0}, problem);
  if (!known_language(request)) return std::nullopt;
  bool ok = problems.empty();
  const SiteWords& words = words_of(request);
  const std::string organisation = organisation_of(request);
  const std::string id = organisation_id_of(request);
  const std::string base_url = request.base_url.empty() ? kDefaultBaseUrl : request.base_url;
  // A fresh `git init` leaves .git behind: the folder is still empty to a clerk.
  const auto entries = target.list("");
  if (std::any_of(entries.begin(), entries.end(), [](const DirEntry& e) { return e.name != ".git"; })) {
    diagnostics.error({where, 0, 0},
                      "the folder is not empty; give a new or empty folder, e.g. 'styrdok init styrdokument'");
    ok = false;
  }
  auto site_scaffold = read_scaffold(target, "site.yaml", request.language, diagnostics);
  auto version_scaffold = read_scaffold(target, "version.md", request.language, diagnostics);
  if (!ok || !site_scaffold || !version_scaffold) return std::nullopt;

  const std::string date = request.today.iso();
  const Values site = {{"title", yaml_value(request.title.empty() ? words.title : request.title)},
                       {"language", request.language},
                       {"base_url", yaml_value(base_url)},
                       {"description", yaml_value(words.description)},
                       {"organisation_id", id},
                       {"organisation_name", yaml_value(organisation)},
                       {"shortcoming", yaml_value(words.shortcoming)},
                       {"assessment_method", yaml_value(words.assessment_method)},
                       {"date", date},
                       {"contact_email", kExampleEmail},
                       {"response_time", yaml_value(words.response_time)}};
  const Values document = {{"title", yaml_value(words.document_title)},
                           {"type", "policy"},
                           {"status", "adopted"},
                           {"decided_by", yaml_value(words.decided_by)},
                           {"decision_date", date},
                           {"summary", yaml_value(words.summary)},
                           {"body", words.body}};
  NewSite out;
  out.files.push_back({"site.yaml", fill(*site_scaffold, site), ""});
  out.files.push_back(
      {"content/" + id + "/" + words.document_folder + "/" + date + ".md", fill(*version_scaffold, document), ""});
  out.files.push_back({".gitignore", "# What styrdok writes: the built site and the PDF files.\npublic/\npdf/\n", ""});
  // In the current folder there is nowhere to change to.
  const std::string serve = where == "." || where == "./" ? "styrdok serve" : "cd " + where + " && styrdok serve";
  out.next_step =
      "Next: change the values in site.yaml (the base URL and the contact address above all), then run\n"
      "  " +
      serve +
      "\n"
      "to preview the site, and 'styrdok import FILE...' to bring in documents.";
  return out;
}

std::optional<std::vector<NewFile>> export_theme(const FileSystem& target, const std::string& where,
                                                 Diagnostics& diagnostics) {
  std::vector<NewFile> files;
  std::vector<std::string> already;  // files of the export that are there
  for (const auto& path : builtin_theme_paths()) {
    bool wanted = false;
    for (const char* folder : kThemeFolders) wanted = wanted || path.starts_with(folder);
    if (!wanted) continue;
    if (target.is_file(path)) {
      already.push_back(path);
      continue;
    }
    files.push_back({path, *builtin_theme_files().read(join_path(kBuiltinThemeDir, path)), ""});
  }
  if (target.is_file(kThemeExportRecord)) already.push_back(kThemeExportRecord);
  if (already.size() == 1) {
    diagnostics.error({join_path(where, already.front()), 0, 0}, "the file is already there; nothing was written");
  } else if (!already.empty()) {
    // An export run again would list every file of the theme: one line says it.
    diagnostics.error({where, 0, 0}, std::to_string(already.size()) + " of the theme's files are already there (" +
                                         already.front() + " and " + std::to_string(already.size() - 1) +
                                         " more); nothing was written; remove them first, or export into another "
                                         "folder");
  }
  if (!already.empty()) return std::nullopt;
  std::vector<std::pair<std::string, std::string>> written;
  for (const auto& file : files) written.emplace_back(file.path, file.text);
  files.push_back({kThemeExportRecord, theme_export_record(written), ""});
  return files;
}

std::string write_new_files(const std::string& root, const std::vector<NewFile>& files) {
  namespace fs = std::filesystem;
  for (const auto& file : files) {
    std::error_code ec;
    if (fs::exists(fs::path(root) / file.path, ec)) return file.path + " already exists; nothing was written";
  }
  for (const auto& file : files) {
    if (auto error = write_new_file(root, file); !error.empty()) return error;
  }
  return "";
}

}  // namespace styrdok
