#include "render/due_list.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace styrdok {

bool overdue(const RevisionDue& due) { return due.why != RevisionDue::Why::ends; }

void sort_by_reviser(const Site& site, std::vector<DueDocument>& due) {
  auto body = [&](const DueDocument& d) -> const std::optional<std::string>& {
    return site.documents[d.document].versions[d.due.version].revised_by;
  };
  std::sort(due.begin(), due.end(), [&](const DueDocument& a, const DueDocument& b) {
    const auto& x = body(a);
    const auto& y = body(b);
    if (x.has_value() != y.has_value()) return x.has_value();
    if (x && *x != *y) return *x < *y;
    return a.document < b.document;
  });
}

DueList due_list(const Site& site, const std::string& org_id, Date day) {
  const int months = site.config.revision_warning_months;
  DueList list;
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const Document& doc = site.documents[d];
    if (doc.organisation_id != org_id) continue;
    if (auto due = revision_due(doc, day, months)) list.documents.push_back({d, *due});
    for (std::size_t v = 0; v < doc.versions.size(); ++v) {
      for (std::size_t e = 0; e < doc.versions[v].editions.size(); ++e) {
        EditionStaleness st = edition_staleness(doc, v, e, day);
        if (st.stale) list.editions.push_back({d, v, e, std::move(st)});
      }
    }
  }
  sort_by_reviser(site, list.documents);
  return list;
}

std::vector<DueCounts> due_counts(const Site& site, Date day) {
  const auto& orgs = site.config.organisations;
  std::vector<DueCounts> counts(orgs.size());
  std::map<std::string_view, std::size_t> index;
  for (std::size_t o = 0; o < orgs.size(); ++o) index.emplace(orgs[o].id, o);
  for (const Document& doc : site.documents) {
    const auto it = index.find(doc.organisation_id);
    if (it == index.end()) continue;
    DueCounts& c = counts[it->second];
    if (auto due = revision_due(doc, day, site.config.revision_warning_months))
      ++(overdue(*due) ? c.overdue : c.due_soon);
    for (std::size_t v = 0; v < doc.versions.size(); ++v)
      for (std::size_t e = 0; e < doc.versions[v].editions.size(); ++e)
        if (edition_staleness(doc, v, e, day).stale) ++c.stale_editions;
  }
  return counts;
}

}  // namespace styrdok
