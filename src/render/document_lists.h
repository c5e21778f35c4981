// What the organisation pages list: per organisation, its documents with an
// adopted version (page_plan.h listed_on_organisation_page) grouped by the
// type of the version that applies on the day, in the order of the Swedish
// hierarchy of governing documents, repealed documents last; in site order
// within a group. A build makes every organisation's list once, in one pass
// over the documents, and each page shows its slice. Pure functions of the
// model; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/date.h"
#include "model/site_config.h"

namespace styrdok {

struct DocumentGroup {
  std::string key;                     // the type's key (model to_key), or "repealed"
  std::vector<std::size_t> documents;  // indices into Site::documents
};

// One organisation's list: its non-empty groups in the order the pages show them.
struct DocumentList {
  std::vector<DocumentGroup> groups;
  std::size_t size() const;
};

DocumentList document_list(const Site& site, const std::string& org_id, Date day);
// Every organisation's list, in the order of SiteConfig::organisations.
std::vector<DocumentList> document_lists(const Site& site, Date day);

}  // namespace styrdok
