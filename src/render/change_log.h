// What each version changed: the comparison of every version with the one it
// revises (its `replaces`, else the version before it), computed once per
// build, in parallel, and read by every page that shows a history.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diff/version_comparison.h"
#include "model/site_config.h"

namespace styrdok {

struct ChangeLog;

// One version of one document of a site.
struct VersionRef {
  std::size_t document, version;
  // The document's repeal rather than the version (its newest adopted one):
  // what's new and the feeds announce it as they announce a version.
  bool repeal = false;
};

// Every version of `site` (or only those of its document `document`), and
// every repeal, the newest first by event_date() (decision, or a proposal's
// own date, else the day it is to be decided; a repeal's decision) and
// undated versions last, otherwise in the documents' order: the order of
// what's new and the feeds.
std::vector<VersionRef> newest_first(const Site& site, std::optional<std::size_t> document = std::nullopt);

// A log from an earlier build of the same site (serve) whose comparisons may
// be taken over for the documents `unchanged` says have not changed since.
struct EarlierChangeLog {
  std::shared_ptr<const ChangeLog> log;
  std::function<bool(const Document&)> unchanged;
};

struct ChangeLog {
  // [document][version]: index of the version it revises, or -1 for a first version.
  std::vector<std::vector<int>> previous;
  // [document][version]: the comparison with that previous version (shared
  // with a later build's log when the document does not change).
  std::vector<std::vector<std::shared_ptr<const Comparison>>> changes;
  // [document]: its folder, and its versions' ids: what a later build matches its documents by.
  std::vector<std::string> folders;
  std::vector<std::vector<std::string>> version_ids;
  // newest_first(site), sorted once for every page that lists versions.
  std::vector<VersionRef> newest;

  static ChangeLog compute(const Site& site, unsigned jobs, const EarlierChangeLog& earlier = {});

  // The comparison of two versions of `doc` (a document of `site`): the one
  // computed for the build when `newer` revises `older`, which is what most
  // comparison pages show; otherwise computed now, into `scratch`.
  const Comparison& between(const Site& site, const Document& doc, const Version& older, const Version& newer,
                            std::optional<Comparison>& scratch) const;
};

// As ChangeLog::between, for a log that may be absent (in tests).
const Comparison& comparison_between(const ChangeLog* log, const Site& site, const Document& doc, const Version& older,
                                     const Version& newer, std::optional<Comparison>& scratch);

}  // namespace styrdok
