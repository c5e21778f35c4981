// The title, the document type and a summary on an imported document's
// front page (the part before its text begins): the title by Word's Title
// or first heading style, a PDF's largest type, or in plain text the first
// block that names a kind of document ("Riktlinjer för …", bold if marked);
// the type from the list of governing-document kinds with one marked (">>
// Riktlinjer"), a line naming one ("POLICY · STENUNGSUNDS KOMMUN"), or the
// title; a summary from a paragraph of prose among them. Pure.
#pragma once

#include <string>
#include <vector>

#include "import/source_text.h"

namespace styrdok {

struct FrontPage {
  std::string title;
  std::size_t title_line = 0;
  std::string type;  // a type key, or "" when the front page names none
  std::size_t type_line = 0;
  bool type_from_title = false;
  std::string summary;
  std::size_t summary_line = 0;
  std::vector<bool> used;  // per line: read as the title, type or summary
};

// Reads lines [0, end) that `skip` does not mark (page furniture, metadata).
FrontPage read_front_page(const SourceText& source, std::size_t end, const std::vector<bool>& skip);

// Markdown emphasis and a paragraph mark removed, spaces joined.
std::string plain_text(const std::string& markdown);

}  // namespace styrdok
