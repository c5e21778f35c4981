// `styrdok new`: the files a clerk starts from, with every metadata key
// present and commented, so that they fill in values instead of
// remembering keys. The files come from the theme's scaffolds/ folder (one
// template per kind, with {{key}} placeholders): the site's own scaffolds/
// file, else a copied theme's (themes/default/scaffolds/), else the one built
// into the program. This file decides the values and where the new file
// goes. Nothing is ever overwritten.
//
// Pure except write_new_file(); thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/error.h"
#include "core/file_system.h"
#include "model/site.h"

namespace styrdok {

// One file `new` creates, relative to the site's folder.
struct NewFile {
  std::string path;
  std::string text;
  std::string next_step;  // what the clerk should do now, for the terminal
};

struct NewDocumentRequest {
  std::string organisation;  // id declared in site.yaml
  std::string folder;        // the document's folder, i.e. its web address: "riktlinjer-for-bidrag"
  std::string title;         // optional
  std::string type;          // optional: a document type key
  std::string date;          // optional: the decision date, YYYY-MM-DD (also the file's name)
  bool proposal = false;
};

struct NewVersionRequest {
  std::string document;  // "lysekil/riktlinjer-for-integrationsarbete"
  std::string date;      // optional: the decision date of the new version
  bool proposal = false;
};

struct NewMeetingRequest {
  std::string organisation;  // id declared in site.yaml
  std::string body;          // who meets, e.g. "Kommunstyrelsen"
  std::string date;          // the day, YYYY-MM-DD (required: it starts the file's name)
  std::string title;         // optional
};

struct NewPlanRequest {
  std::string document;  // "dals-ed/integrationspolicy"
  std::string name;      // the plan's file name without .yaml; default "handlingsplan"
  std::string title;     // optional
};

struct NewIndicatorRequest {
  std::string document;  // "dals-ed/integrationspolicy"
  std::string name;      // what is measured (optional)
  std::string id;        // the file name without .yaml; default: the name as an anchor, else "indikator"
  std::string goal;      // a heading or paragraph anchor; default: the version's first heading
  int year = 2025;       // this year: the baseline's; the target's is four years on
};

// The versions of a document (content/<organisation/folder>) that can be
// read, oldest first, and each one's file text.
struct DocumentVersions {
  std::string dir;
  std::vector<Version> versions;
  std::map<std::string, std::string> texts;  // version id -> file text
  // The newest adopted version (else the newest): what a revision, plan or
  // indicator starts from.
  const Version& base() const;
};

// Reports a folder with no readable version.
std::optional<DocumentVersions> read_document_versions(const std::string& document, const FileSystem& site,
                                                       Diagnostics& diagnostics);

// A document's first version. Reports an unknown organisation, a folder name
// that is not a web address, and a folder that already exists.
std::optional<NewFile> new_document(const NewDocumentRequest& request, const FileSystem& site,
                                    Diagnostics& diagnostics);

// A revision of an existing document: the newest version's metadata and
// text, with `replaces` pointing at it and the decision's own values empty.
std::optional<NewFile> new_version(const NewVersionRequest& request, const FileSystem& site, Diagnostics& diagnostics);

// A meeting file, meetings/<date>-<body>.yaml, with one agenda item to fill in.
std::optional<NewFile> new_meeting(const NewMeetingRequest& request, const FileSystem& site, Diagnostics& diagnostics);

using Values = std::map<std::string, std::string>;

// A YAML scalar holding exactly `text`: plain when that is safe, else quoted.
std::string yaml_value(const std::string& text);

// Replaces every {{key}} of the scaffold; keys without a value become empty.
std::string fill(const std::string& scaffold, const Values& values);

// The scaffold `name` ("version.md"): the site's scaffolds/<name>, else its
// themes/default/scaffolds/<name>, else the built-in theme's. Reports a name
// none of them has.
std::optional<std::string> read_scaffold(const FileSystem& site, const std::string& name, Diagnostics& diagnostics);
// The same in `language` ("sv"): scaffolds/<language>/<name> before
// scaffolds/<name>, the site's own before the built-in ones.
std::optional<std::string> read_scaffold(const FileSystem& site, const std::string& name, const std::string& language,
                                         Diagnostics& diagnostics);

// An action plan for a document, handlingsplaner/<name>.yaml, with every key
// commented, one placeholder action and an example_note saying so (so that
// it passes `styrdok check` and the site shows that it is not filled in).
std::optional<NewFile> new_plan(const NewPlanRequest& request, const FileSystem& site, Diagnostics& diagnostics);

// An indicator for a document, indikatorer/<id>.yaml, likewise.
std::optional<NewFile> new_indicator(const NewIndicatorRequest& request, const FileSystem& site,
                                     Diagnostics& diagnostics);

// Creates the file under `root` (and its folders); refuses to replace an
// existing file. Returns an error message, or "" on success.
std::string write_new_file(const std::string& root, const NewFile& file);

}  // namespace styrdok
