#include "render/document_lists.h"

#include <map>
#include <string_view>

#include "model/standing.h"
#include "render/page_plan.h"

namespace styrdok {

namespace {

// The group of a listed document: its position in all_document_types(), the
// repealed group after them; SIZE_MAX when it has no version that applies.
std::size_t group_of(const Document& doc, Date day) {
  const auto& types = all_document_types();
  const auto standing = document_standing(doc, day);
  if (standing && standing->kind == Standing::repealed) return types.size();
  const int current = current_version_index(doc, day);
  if (current < 0) return SIZE_MAX;
  const DocumentType type = doc.versions[static_cast<std::size_t>(current)].type;
  for (std::size_t t = 0; t < types.size(); ++t)
    if (types[t] == type) return t;
  return SIZE_MAX;
}

void add(std::vector<std::vector<std::size_t>>& buckets, const Site& site, std::size_t d, Date day) {
  const Document& doc = site.documents[d];
  if (!listed_on_organisation_page(doc)) return;
  if (const std::size_t g = group_of(doc, day); g != SIZE_MAX) buckets[g].push_back(d);
}

DocumentList assemble(std::vector<std::vector<std::size_t>>&& buckets) {
  const auto& types = all_document_types();
  DocumentList list;
  for (std::size_t g = 0; g < buckets.size(); ++g) {
    if (buckets[g].empty()) continue;
    list.groups.push_back({g < types.size() ? to_key(types[g]) : "repealed", std::move(buckets[g])});
  }
  return list;
}

}  // namespace

std::size_t DocumentList::size() const {
  std::size_t n = 0;
  for (const DocumentGroup& g : groups) n += g.documents.size();
  return n;
}

DocumentList document_list(const Site& site, const std::string& org_id, Date day) {
  std::vector<std::vector<std::size_t>> buckets(all_document_types().size() + 1);
  for (std::size_t d = 0; d < site.documents.size(); ++d)
    if (site.documents[d].organisation_id == org_id) add(buckets, site, d, day);
  return assemble(std::move(buckets));
}

std::vector<DocumentList> document_lists(const Site& site, Date day) {
  const auto& orgs = site.config.organisations;
  std::map<std::string_view, std::size_t> index;
  for (std::size_t o = 0; o < orgs.size(); ++o) index.emplace(orgs[o].id, o);
  std::vector<std::vector<std::vector<std::size_t>>> buckets(
      orgs.size(), std::vector<std::vector<std::size_t>>(all_document_types().size() + 1));
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    if (auto it = index.find(site.documents[d].organisation_id); it != index.end())
      add(buckets[it->second], site, d, day);
  }
  std::vector<DocumentList> lists;
  lists.reserve(orgs.size());
  for (auto& b : buckets) lists.push_back(assemble(std::move(b)));
  return lists;
}

}  // namespace styrdok
