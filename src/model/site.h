// The site model: what a built site is made of, as immutable values. Loading
// fills it once; every later stage (planning, rendering, search, print) only
// reads it, from any number of threads.
//
// Unknown is a first-class value: a metadata field that the source does not
// give is an empty optional and is shown as "unknown", never guessed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "markdown/body.h"
#include "model/edition.h"

namespace styrdok {

enum class DocumentType { strategi, program, plan, policy, riktlinjer, regler, handlingsplan };

// All document types in the order of the Swedish hierarchy of governing
// documents (strategi first), which is also the order pages group them in.
const std::vector<DocumentType>& all_document_types();
std::string to_key(DocumentType type);  // "riktlinjer"
std::optional<DocumentType> document_type_from_key(const std::string& key);

enum class VersionStatus { adopted, proposal };

struct ValidUntil {
  enum class Kind { unknown, until_further_notice, date };
  Kind kind = Kind::unknown;
  Date date;  // meaningful only when kind == date
};

// A decision that repeals (upphäver) a document: from `date` on, no version of
// it applies. Written in the front matter of the document's newest adopted
// version, which is the one it ends.
struct Repeal {
  Date date;                          // the first day the document no longer applies
  std::optional<Date> decision_date;  // of the repeal decision, when it differs from `date`
  std::optional<std::string> decided_by;
  std::optional<std::string> paragraph;  // without '§'
  std::optional<std::string> registration_number;
  std::optional<std::string> note;  // e.g. what replaces it
  SourceLocation where;             // the `repealed` key, for diagnostics
};

// A person to contact about a document (kontaktperson).
struct Contact {
  std::string name;
  std::optional<std::string> role;
  std::optional<std::string> phone;
  std::optional<std::string> email;
};

// Whether a document is covered by secrecy (sekretess): not at all, in
// part, or as the document itself words it.
struct Confidentiality {
  enum class Kind { none, partly, stated };
  Kind kind = Kind::none;
  std::string text;  // kind == stated
};

struct Organisation {
  std::string id;    // folder under content/, URL segment
  std::string name;  // "Lysekils kommun"
  std::string website;
};

// One adopted version (or proposal) of a document: one Markdown file.
struct Version {
  std::string id;           // permanent URL segment: the decision date, or a clerk's name if unknown
  std::string source_path;  // "content/lysekil/riktlinjer/2021-05-19.md"
  VersionStatus status = VersionStatus::adopted;

  std::string title;
  DocumentType type = DocumentType::policy;
  std::optional<std::string> decided_by;
  std::optional<Date> decision_date;
  std::optional<std::string> paragraph;  // "63" (without '§')
  std::optional<std::string> registration_number;
  std::optional<Date> valid_from;
  ValidUntil valid_until;
  std::optional<std::string> document_owner;
  std::optional<std::string> responsible_unit;
  std::optional<std::string> revised_by;
  std::optional<std::string> applies_to;
  std::optional<std::string> prepared_by;
  std::optional<Date> review_by;
  std::optional<std::string> summary;
  std::optional<std::string> change_note;  // the clerk's one line on what this version changed
  std::optional<std::string> replaces;     // id of the version it revises; empty: the one before it
  SourceLocation replaces_location;        // where `replaces` was written, for diagnostics
  // Proposals only: when the proposal is dated and who put it forward. For a
  // proposal, decided_by and decision_date are the body and day it is to be
  // decided by (not a decision).
  std::optional<Date> proposal_date;
  std::optional<std::string> proposed_by;
  std::optional<Repeal> repeal;  // as written in this file; the loader moves it to its Document
  std::vector<Contact> contacts;
  std::optional<Confidentiality> confidentiality;
  // Nivå: "kommungemensamt" (binds the whole municipality), or the board it binds.
  std::optional<std::string> level;
  std::optional<Date> document_date;  // upprättad: the document's own date
  std::optional<Date> last_revised;   // senast reviderad, as written (see last_revised())

  // The parsed text: the largest part of a version, never changed once parsed,
  // so copies of a version (serve's cache, the next build) share it.
  std::shared_ptr<const Body> body = std::make_shared<const Body>();

  // Its translations and easy-read editions (VERSION.LANG.md beside it), by language code.
  std::vector<Edition> editions;
};

struct Document {
  std::string organisation_id;
  std::string slug;                             // URL segment, from the folder name
  std::string source_dir;                       // "content/lysekil/riktlinjer"
  std::vector<Version> versions;                // oldest first (see sort_versions)
  std::vector<std::string> withheld_proposals;  // ids of proposals left out (built without --drafts)
  std::optional<Repeal> repeal;                 // set when the document has been repealed
};

// How a version stands on a given day.
enum class Validity { in_force, expired, not_yet_in_force };

// The first day a version applies: valid_from, else the decision date; nullopt
// if neither is known (then it is taken to apply from publication).
std::optional<Date> start_of(const Version& v);
Validity validity_on(const Version& v, Date day);

// Index of the version a reader should see on `day`: the newest adopted
// version that has started; if none has, the earliest adopted one. Returns
// -1 for a document without adopted versions.
int current_version_index(const Document& doc, Date day);
// The version a document's own page shows on `day`: current_version_index,
// or the first version of a document without adopted ones (its proposals,
// published with --drafts).
std::size_t shown_version_index(const Document& doc, Date day);

// The day a version is dated by, which orders "what's new" and decides
// whether it existed on a day: an adopted version's decision date, a
// proposal's own date. nullopt when not known.
std::optional<Date> event_date(const Version& v);

// When version `index` of `doc` was last revised: as its file says, else its
// decision date when it revises an earlier adopted version; nullopt for a
// first version, which is not a revision.
std::optional<Date> last_revised(const Document& doc, std::size_t index);

}  // namespace styrdok
