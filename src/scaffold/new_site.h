// `styrdok init` and `styrdok theme export`: the files of a new site, and the
// built-in theme written out for a site that wants to change it.
//
// A new site is site.yaml (from the theme's scaffolds/site.yaml, every key
// commented), one example document made from scaffolds/version.md, and a
// .gitignore; nothing of the theme, which is built into the program. Both
// refuse to write over anything: init wants an empty (or new) folder, one
// holding only .git counting as empty; export says which files are already
// there and writes none.
//
// Pure; the files are written with write_new_files().
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/file_system.h"
#include "scaffold/scaffold.h"

namespace styrdok {

struct NewSiteRequest {
  std::string language = "sv";  // sv or en: the site's language and the example's
  std::string title;            // default: "Styrdokument" / "Governing documents"
  std::string organisation;     // its name; default "Exempelkommun" / "Example Municipality"
  std::string organisation_id;  // default: the name as a web address ("exempelkommun")
  std::string base_url;         // default: https://example.org/styrdokument/
  Date today;                   // the example's decision date and the statement's dates
};

struct NewSite {
  std::vector<NewFile> files;  // paths relative to the new site's folder
  std::string next_step;
};

// The files of a new site in `folder` (read through `target`, the folder's
// file system: it must be empty or missing). Reports a folder that is not
// empty, an unknown language, an organisation id that cannot be a folder name
// and a base URL that is not a web address, at `where` (the folder as the user
// named it).
std::optional<NewSite> new_site(const NewSiteRequest& request, const FileSystem& target, const std::string& where,
                                Diagnostics& diagnostics);

// What is wrong with the request's flags, a mistake on the command line
// (exit 2, before anything is looked at): a language styrdok lacks (--lang),
// an organisation id that cannot be a folder name (--id) and a base URL that
// is not a web address (--base-url). Empty when nothing is.
std::vector<std::string> new_site_flag_problems(const NewSiteRequest& request);

// Every file of the built-in theme as the site folders that replace it
// (templates/, static/, i18n/, scaffolds/), relative to the folder to write
// into, which `target` reads. Reports the files already there (one, by
// its name; several, in one line with their count), and then returns
// nothing.
std::optional<std::vector<NewFile>> export_theme(const FileSystem& target, const std::string& where,
                                                 Diagnostics& diagnostics);

// Writes every file under `root`, having first checked that none exists;
// returns an error message, or "" on success.
std::string write_new_files(const std::string& root, const std::vector<NewFile>& files);

}  // namespace styrdok
