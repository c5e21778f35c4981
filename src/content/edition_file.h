// Parses one edition file: a translation or easy-read edition of a version,
// named VERSION.LANG.md beside it ("2015-03-16.ar.md", "2015-03-16.lattlast.md").
// Its front matter holds only what is the edition's own (title, translator,
// machine translation, translation date, note); everything else it takes
// from the version it translates, so a key of a version's front matter is
// an error here. Pure: the caller supplies the text and the path.
#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "markdown/markdown_renderer.h"
#include "model/edition.h"

namespace styrdok {

// A file stem split at its last dot: "2015-03-16.ar" -> {"2015-03-16", "ar"}.
// nullopt for a version's own file ("2015-03-16", no dot).
struct EditionName {
  std::string version;
  std::string language;
};
std::optional<EditionName> split_edition_name(const std::string& file_stem);

// The keys an edition's front matter may hold, in the order docs list them.
const std::vector<std::string>& edition_keys();

// Reports an unknown language code (with the codes there are) and every
// problem of the front matter; `labels` as for parse_version.
std::optional<Edition> parse_edition(const std::string& text, const std::string& path, const EditionName& name,
                                     const MarkdownOptions& labels, Diagnostics& diagnostics);

}  // namespace styrdok
