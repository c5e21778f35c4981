// Builds the search entries of a site's documents: every version (the
// current one, older ones and proposals, flagged), cut into its sections.
// A section that several versions of a document share word for word is one
// entry, at the current version if it has it (else the newest that does):
// a reader finds the text once, where it applies. Pure function of the
// model; thread-safe.
#pragma once

#include "core/date.h"
#include "model/site_config.h"
#include "search/search_entry.h"

namespace styrdok::search {

SearchEntries document_entries(const Site& site, Date as_of);

}  // namespace styrdok::search
