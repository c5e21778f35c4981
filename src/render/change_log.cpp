#include "render/change_log.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
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
  const auto& documents = site.documents;
  ChangeLog log;
  log.newest = newest_first(site);
  log.first.reserve(documents.size() + 1);
  std::size_t total = 0;
  for (const auto& doc : documents) {
    log.first.push_back(total);
    total += doc.versions.size();
  }
  log.first.push_back(total);
  log.previous_versions.assign(total, -1);
  log.comparisons.resize(total);
  log.version_ids.reserve(total);
  // Folder -> document in the earlier log: made only when a document came or
  // went since (usually each document has the index it had).
  const ChangeLog* before = earlier.log && earlier.log->folders ? earlier.log.get() : nullptr;
  const bool same_folders =
      before && before->folders->size() == documents.size() &&
      std::equal(before->folders->begin(), before->folders->end(), documents.begin(),
                 [](const std::string& folder, const Document& doc) { return folder == doc.source_dir; });
  std::unordered_map<std::string_view, std::size_t> earlier_index;
  if (same_folders) {
    log.folders = before->folders;
  } else {
    auto folders = std::make_shared<std::vector<std::string>>();
    folders->reserve(documents.size());
    for (const auto& doc : documents) folders->push_back(doc.source_dir);
    log.folders = std::move(folders);
    if (before)
      for (std::size_t e = 0; e < before->folders->size(); ++e) earlier_index.emplace((*before->folders)[e], e);
  }
  const auto earlier_of = [&](std::size_t d) -> std::optional<std::size_t> {
    if (same_folders) return d;
    const auto e = earlier_index.find(documents[d].source_dir);
    return e == earlier_index.end() ? std::nullopt : std::optional(e->second);
  };
  struct Item {
    std::size_t document, version;
  };
  std::vector<Item> items;  // the versions to compare now
  // A document's run of a per-version list of a log.
  const auto in = [](const auto& list, const ChangeLog& of, std::size_t doc) {
    return std::span(list).subspan(of.first[doc], of.first[doc + 1] - of.first[doc]);
  };
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto& versions = documents[d].versions;
    const std::size_t base = log.first[d];
    for (const auto& v : versions) log.version_ids.push_back(v.id);
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
      log.previous_versions[base + v] = prev;
    }
    // The same versions as in the earlier build, none of them changed: take its comparisons.
    bool same = false;
    std::size_t earlier_base = 0;  // where the document's versions are in the earlier log
    if (const auto e = before ? earlier_of(d) : std::nullopt;
        e && earlier.unchanged && earlier.unchanged(documents[d])) {
      earlier_base = before->first[*e];
      same = std::ranges::equal(in(before->version_ids, *before, *e), in(log.version_ids, log, d)) &&
             std::ranges::equal(in(before->previous_versions, *before, *e), in(log.previous_versions, log, d));
    }
    for (std::size_t v = 0; v < versions.size(); ++v) {
      if (same) {
        log.comparisons[base + v] = before->comparisons[earlier_base + v];
      } else if (log.previous_versions[base + v] >= 0) {
        items.push_back({d, v});
      }
    }
  }
  parallel_for(items.size(), jobs, [&](std::size_t i) {
    const auto [d, v] = items[i];
    const auto& versions = documents[d].versions;
    const auto prev = static_cast<std::size_t>(log.previous(d, v));
    log.comparisons[log.first[d] + v] =
        std::make_shared<const Comparison>(compare_bodies(*versions[prev].body, *versions[v].body));
  });
  return log;
}

const Comparison& ChangeLog::between(const Site& site, const Document& doc, const Version& older, const Version& newer,
                                     std::optional<Comparison>& scratch) const {
  const auto d = static_cast<std::size_t>(&doc - site.documents.data());
  const auto o = &older - doc.versions.data();
  const auto n = static_cast<std::size_t>(&newer - doc.versions.data());
  if (d + 1 < first.size() && n < first[d + 1] - first[d] && previous(d, n) == o && change(d, n)) return *change(d, n);
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
