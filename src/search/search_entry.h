// What the search index is built from: a plain list of values, one per
// linkable section of text. search_entries() fills it from documents; other
// content (action plans, actions) adds entries of its own kind with one
// function of its own, and the indexer needs no change.
#pragma once

#include <string>
#include <vector>

namespace styrdok::search {

enum class EntryKind { document, action };
// current: the version a reader sees now; older and proposal are indexed
// too, but the search page hides them unless asked for "all".
enum class EntryStatus { current, older, proposal };

struct SearchEntry {
  std::string url;           // page, relative to the site root: "lysekil/riktlinjer/"
  std::string anchor;        // section anchor on that page; "" for the top of the page
  std::string title;         // of the document (or action)
  std::string organisation;  // organisation id: "lysekil"
  // Its name ("Lysekils kommun"), indexed with the title of the top of a
  // page (not shown: the result's meta line names it): a reader searches by
  // it. "" in an edition, whose text is in another language.
  std::string organisation_name;
  std::string doc_type;  // type key: "riktlinjer"; "" when it has none
  EntryStatus status = EntryStatus::current;
  // What the version is on the day (model/standing.h badge_key): "in_force",
  // "expired", "repealed", "superseded", "not_yet_in_force", "proposal"; ""
  // for actions. Shown with every result, so that a result that does not
  // apply says so.
  std::string standing;
  EntryKind kind = EntryKind::document;
  // An action plan's own page: of kind action (numbered and filtered with
  // its actions), but a result says it is the plan, not an action.
  bool action_plan = false;
  // The day that goes with `standing`, shown beside it: a repeal's first day,
  // an ended version's last, the first day of one not yet in force, a
  // proposal's date: "2021-05-19"; "" when in force or not known.
  std::string date;
  std::string heading;  // the section heading; "" for the top of the page
  std::string text;     // the section's plain text
  // The top of the page: the title counts as its heading, and it and the
  // organisation's name count for the page's other sections too (a query
  // may take one word from the title and another from a section).
  bool lead = false;
  // A translation or easy-read edition: its BCP 47 tag ("ar"), whether it
  // is written right to left, and the language's name for itself; "" for
  // the site's own language.
  std::string language;
  bool right_to_left = false;
  std::string language_name;
};

using SearchEntries = std::vector<SearchEntry>;

std::string to_key(EntryKind kind);      // "document", "action"
std::string to_key(EntryStatus status);  // "current", "older", "proposal"

}  // namespace styrdok::search
