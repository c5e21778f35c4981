// Builds the search entries of a site's documents and action plans. Documents: every version (the
// current one, older ones and proposals, flagged), cut into its sections.
// A section that several versions of a document share word for word is one
// entry, at the current version if it has it (else the newest that does):
// a reader finds the text once, where it applies. Pure function of the
// model; thread-safe. `jobs` threads make the entries; the result is the
// same for any number.
#pragma once

#include "core/date.h"
#include "model/site_config.h"
#include "search/search_entry.h"

namespace styrdok::search {

SearchEntries document_entries(const Site& site, Date as_of, unsigned jobs = 1);

// The entries of action plans (kind "action", type "handlingsplan"): each
// plan's page (title and summary) and each action's page (title,
// description, responsible body and the text of its follow-up reports,
// leaving out example reports).
SearchEntries action_entries(const Site& site);

// Everything the site search covers: documents, then action plans.
SearchEntries site_entries(const Site& site, Date as_of, unsigned jobs = 1);

}  // namespace styrdok::search
