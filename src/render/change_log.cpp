#include "render/change_log.h"

#include "core/parallel.h"

namespace styrdok {

ChangeLog ChangeLog::compute(const Site& site, unsigned jobs) {
  ChangeLog log;
  log.previous.resize(site.documents.size());
  log.changes.resize(site.documents.size());
  struct Item {
    std::size_t document, version;
  };
  std::vector<Item> items;
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const auto& versions = site.documents[d].versions;
    log.previous[d].assign(versions.size(), -1);
    log.changes[d].resize(versions.size());
    for (std::size_t v = 0; v < versions.size(); ++v) {
      int prev = static_cast<int>(v) - 1;
      if (versions[v].replaces) {
        for (std::size_t i = 0; i < versions.size(); ++i) {
          if (versions[i].id == *versions[v].replaces) prev = static_cast<int>(i);
        }
      } else {
        // A revision replaces the adopted version before it, not a proposal.
        while (prev >= 0 && versions[static_cast<std::size_t>(prev)].status == VersionStatus::proposal) --prev;
      }
      log.previous[d][v] = prev;
      if (prev >= 0) items.push_back({d, v});
    }
  }
  parallel_for(items.size(), jobs, [&](std::size_t i) {
    const auto [d, v] = items[i];
    const auto& versions = site.documents[d].versions;
    const auto prev = static_cast<std::size_t>(log.previous[d][v]);
    log.changes[d][v] = compare_bodies(versions[prev].body, versions[v].body);
  });
  return log;
}

const Comparison& ChangeLog::between(const Site& site, const Document& doc, const Version& older, const Version& newer,
                                     std::optional<Comparison>& scratch) const {
  const auto d = static_cast<std::size_t>(&doc - site.documents.data());
  const auto o = &older - doc.versions.data();
  const auto n = static_cast<std::size_t>(&newer - doc.versions.data());
  if (d < changes.size() && n < changes[d].size() && previous[d][n] == o && changes[d][n]) return *changes[d][n];
  scratch = compare_bodies(older.body, newer.body);
  return *scratch;
}

const Comparison& comparison_between(const ChangeLog* log, const Site& site, const Document& doc, const Version& older,
                                     const Version& newer, std::optional<Comparison>& scratch) {
  if (log) return log->between(site, doc, older, newer, scratch);
  scratch = compare_bodies(older.body, newer.body);
  return *scratch;
}

}  // namespace styrdok
