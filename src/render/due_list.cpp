#include "render/due_list.h"

#include <algorithm>
#include <cstdint>
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

namespace {

// The organisation of each document, as an index into SiteConfig::organisations; SIZE_MAX for none.
std::vector<std::size_t> organisation_of(const Site& site) {
  std::map<std::string_view, std::size_t> index;
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) index.emplace(site.config.organisations[o].id, o);
  std::vector<std::size_t> out(site.documents.size(), SIZE_MAX);
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const auto it = index.find(site.documents[d].organisation_id);
    if (it != index.end()) out[d] = it->second;
  }
  return out;
}

// Adds document `d`'s rows, if any, to `list` (documents unsorted).
void add_rows(const Site& site, std::size_t d, Date day, DueList& list) {
  const Document& doc = site.documents[d];
  if (auto due = revision_due(doc, day, site.config.revision_warning_months)) list.documents.push_back({d, *due});
  for (std::size_t v = 0; v < doc.versions.size(); ++v) {
    for (std::size_t e = 0; e < doc.versions[v].editions.size(); ++e) {
      EditionStaleness st = edition_staleness(doc, v, e, day);
      if (st.stale) list.editions.push_back({d, v, e, std::move(st)});
    }
  }
}

}  // namespace

DueList due_list(const Site& site, const std::string& org_id, Date day) {
  DueList list;
  for (std::size_t d = 0; d < site.documents.size(); ++d)
    if (site.documents[d].organisation_id == org_id) add_rows(site, d, day, list);
  sort_by_reviser(site, list.documents);
  return list;
}

std::vector<DueList> due_lists(const Site& site, Date day) {
  std::vector<DueList> lists(site.config.organisations.size());
  const auto org = organisation_of(site);
  for (std::size_t d = 0; d < site.documents.size(); ++d)
    if (org[d] != SIZE_MAX) add_rows(site, d, day, lists[org[d]]);
  for (DueList& list : lists) sort_by_reviser(site, list.documents);
  return lists;
}

DueCounts DueList::counts() const {
  DueCounts c;
  for (const DueDocument& d : documents) ++(overdue(d.due) ? c.overdue : c.due_soon);
  c.stale_editions = editions.size();
  return c;
}

std::vector<DueCounts> due_counts(const Site& site, Date day) {
  std::vector<DueCounts> counts(site.config.organisations.size());
  const auto org = organisation_of(site);
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    if (org[d] == SIZE_MAX) continue;
    const Document& doc = site.documents[d];
    DueCounts& c = counts[org[d]];
    if (auto due = revision_due(doc, day, site.config.revision_warning_months))
      ++(overdue(*due) ? c.overdue : c.due_soon);
    for (std::size_t v = 0; v < doc.versions.size(); ++v)
      for (std::size_t e = 0; e < doc.versions[v].editions.size(); ++e)
        if (edition_staleness(doc, v, e, day).stale) ++c.stale_editions;
  }
  return counts;
}

}  // namespace styrdok
