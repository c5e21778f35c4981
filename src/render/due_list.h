// What the due-for-revision pages list on a day: per organisation, its
// documents due for revision (model/standing.h revision_due) and its
// translations and easy-read editions that no longer describe the version
// that applies (model/edition_staleness.h). The page plan counts the rows to
// split an organisation's list into pages; the views show them. Pure
// functions of the model; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/edition_staleness.h"
#include "model/site_config.h"

namespace styrdok {

struct DueDocument {
  std::size_t document = 0;  // index into Site::documents
  RevisionDue due;
};

struct StaleEdition {
  std::size_t document = 0;  // index into Site::documents
  std::size_t version = 0;   // index into Document::versions
  std::size_t edition = 0;   // index into Version::editions
  EditionStaleness staleness;
};

// What an organisation has due on the day, counted.
struct DueCounts {
  std::size_t overdue = 0;   // the review date has passed, or the period has ended
  std::size_t due_soon = 0;  // the period ends within SiteConfig::revision_warning_months
  std::size_t stale_editions = 0;
  std::size_t rows() const { return overdue + due_soon + stale_editions; }
};
// One organisation's list in the order its pages show it: the documents
// grouped by the body responsible for revising them (names in byte order,
// unknown last; in site order within a body), then the stale editions in
// site order. A page shows kDueRowsPerPage rows of the two together.
struct DueList {
  std::vector<DueDocument> documents;
  std::vector<StaleEdition> editions;
  std::size_t rows() const { return documents.size() + editions.size(); }
  DueCounts counts() const;
};
DueList due_list(const Site& site, const std::string& org_id, Date day);
// Every organisation's list, in the order of SiteConfig::organisations, in
// one pass over the documents: what a build makes once for all the pages.
std::vector<DueList> due_lists(const Site& site, Date day);

// Sorts documents due as the lists show them: by the body responsible for
// revising them (names in byte order, unknown last), in site order within one.
void sort_by_reviser(const Site& site, std::vector<DueDocument>& due);

// Per organisation, in the order of SiteConfig::organisations, in one pass
// over the documents.
std::vector<DueCounts> due_counts(const Site& site, Date day);

// Whether the due document is past its date (review date passed, period
// ended) rather than about to be.
bool overdue(const RevisionDue& due);

}  // namespace styrdok
