// A meeting as a value: which body meets, when and where, and its agenda,
// each item pointing at content the site already holds. Loaded from
// meetings/<id>.yaml after the documents (items refer to them by index), then
// read-only like the rest of the model. A print handout and a web page are
// built from it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"

namespace styrdok {

// What an agenda item prints. New kinds (an action plan's status as of the
// meeting, issue 5) are added here and in the meeting file parser.
enum class AgendaItemKind { document };

struct AgendaItem {
  AgendaItemKind kind = AgendaItemKind::document;
  std::string title;                 // as the agenda names it
  std::optional<std::string> note;   // e.g. what the board is asked to decide
  std::size_t document = 0;          // index into Site::documents
  std::size_t version = 0;           // index into Document::versions: the version handed out
  std::optional<std::size_t> older;  // a version to print the redline against (older than `version`)
  SourceLocation where;              // the item in the meeting file
};

struct Meeting {
  std::string id;           // file name without .yaml: URL segment under moten/
  std::string source_path;  // "meetings/2026-12-01-kommunstyrelsen.yaml"
  std::string title;
  std::string body;             // "Kommunstyrelsen"
  std::string organisation_id;  // an organisation of the site file
  Date date;
  std::optional<std::string> time;  // "13.00", as written
  std::optional<std::string> place;
  std::optional<std::string> notice;  // shown on the cover and page, e.g. that this is an example
  std::vector<AgendaItem> items;      // in agenda order
};

}  // namespace styrdok
