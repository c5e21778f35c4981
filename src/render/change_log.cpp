#include "render/change_log.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/parallel.h"

namespace styrdok {

namespace {

// Where a version stands in the list: its event_date(), or for a proposal
// not dated itself the day it is to be decided, which its entry names
// ("förslag inför beslut 1 oktober 2025"); left out, it sorted below
// every dated entry, years back.
std::optional<Date> listed_on(const Version& v) {
  if (const auto d = event_date(v)) return d;
  return v.status == VersionStatus::proposal ? v.decision_date : std::nullopt;
}

}  // namespace

std::vector<VersionRef> newest_first(const Site& site, std::optional<std::size_t> document) {
  // Each version's date looked up once, not at every comparison of the sort.
  struct Dated {
    std::optional<Date> date;
    VersionRef ref;
  };
  std::vector<Dated> dated;
  for (std::size_t d = document.value_or(0); d < (document ? *document + 1 : site.documents.size()); ++d) {
    const Document& doc = site.documents[d];
    for (std::size_t v = 0; v < doc.versions.size(); ++v) dated.push_back({listed_on(doc.versions[v]), {d, v}});
    if (!doc.repeal) continue;
    // The repeal ends the newest adopted version (content/site_loader.cpp take_repeal).
    for (std::size_t v = doc.versions.size(); v-- > 0;) {
      if (doc.versions[v].status != VersionStatus::adopted) continue;
      dated.push_back({doc.repeal->decision_date.value_or(doc.repeal->date), {d, v, true}});
      break;
    }
  }
  std::stable_sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    return a.date > b.date;
  });
  std::vector<VersionRef> out;
  out.reserve(dated.size());
  for (const auto& d : dated) out.push_back(d.ref);
  return out;
}

ChangeLog ChangeLog::compute(const Site& site, unsigned jobs, const EarlierChangeLog& earlier) {
  ChangeLog log;
  log.newest = newest_first(site);
  log.previous.resize(site.documents.size());
  log.changes.resize(site.documents.size());
  log.folders.resize(site.documents.size());
  log.version_ids.resize(site.documents.size());
  // Folder -> document in the earlier log: made only when a document came or
  // went since (usually each document has the index it had).
  std::unordered_map<std::string, std::size_t> earlier_index;
  const auto& earlier_folders = earlier.log ? earlier.log->folders : log.folders;
  const bool same_folders =
      earlier.log && earlier_folders.size() == site.documents.size() &&
      std::equal(earlier_folders.begin(), earlier_folders.end(), site.documents.begin(),
                 [](const std::string& folder, const Document& doc) { return folder == doc.source_dir; });
  if (earlier.log && !same_folders)
    for (std::size_t e = 0; e < earlier_folders.size(); ++e) earlier_index.emplace(earlier_folders[e], e);
  const auto earlier_of = [&](std::size_t d) -> std::optional<std::size_t> {
    if (same_folders) return d;
    const auto e = earlier_index.find(site.documents[d].source_dir);
    return e == earlier_index.end() ? std::nullopt : std::optional(e->second);
  };
  struct Item {
    std::size_t document, version;
  };
  std::vector<Item> items;
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const auto& versions = site.documents[d].versions;
    log.previous[d].assign(versions.size(), -1);
    log.changes[d].resize(versions.size());
    log.folders[d] = site.documents[d].source_dir;
    for (const auto& v : versions) log.version_ids[d].push_back(v.id);
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
    }
    // The same versions as in the earlier build, none of them changed: take its comparisons.
    const auto e = earlier_of(d);
    const bool same = e && earlier.unchanged && earlier.unchanged(site.documents[d]) &&
                      earlier.log->version_ids[*e] == log.version_ids[d] &&
                      earlier.log->previous[*e] == log.previous[d];
    for (std::size_t v = 0; v < versions.size(); ++v) {
      if (same) {
        log.changes[d][v] = earlier.log->changes[*e][v];
      } else if (log.previous[d][v] >= 0) {
        items.push_back({d, v});
      }
    }
  }
  parallel_for(items.size(), jobs, [&](std::size_t i) {
    const auto [d, v] = items[i];
    const auto& versions = site.documents[d].versions;
    const auto prev = static_cast<std::size_t>(log.previous[d][v]);
    log.changes[d][v] = std::make_shared<const Comparison>(compare_bodies(*versions[prev].body, *versions[v].body));
  });
  return log;
}

const Comparison& ChangeLog::between(const Site& site, const Document& doc, const Version& older, const Version& newer,
                                     std::optional<Comparison>& scratch) const {
  const auto d = static_cast<std::size_t>(&doc - site.documents.data());
  const auto o = &older - doc.versions.data();
  const auto n = static_cast<std::size_t>(&newer - doc.versions.data());
  if (d < changes.size() && n < changes[d].size() && previous[d][n] == o && changes[d][n]) return *changes[d][n];
  scratch = compare_bodies(*older.body, *newer.body);
  return *scratch;
}

const Comparison& comparison_between(const ChangeLog* log, const Site& site, const Document& doc, const Version& older,
                                     const Version& newer, std::optional<Comparison>& scratch) {
  if (log) return log->between(site, doc, older, newer, scratch);
  scratch = compare_bodies(*older.body, *newer.body);
  return *scratch;
}

}  // namespace styrdok
