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
  // Every version of every document in one list, in the site's order:
  // version v of document d is at first[d] + v (first has one entry more
  // than the site has documents). One list rather than one per document, so
  // that a save in serve, which makes a log for the whole site, makes a few
  // allocations rather than 40,000 at 10,000 documents.
  std::vector<std::size_t> first;
  // Per version: the index of the version it revises, or -1 for a first version.
  std::vector<int> previous_versions;
  // Per version: the comparison with that previous version (shared with a
  // later build's log when the document does not change).
  std::vector<std::shared_ptr<const Comparison>> comparisons;
  // [document]: its folder, and per version its id: what a later build
  // matches its documents by. The folders are shared with the log before
  // when they are the same.
  std::shared_ptr<const std::vector<std::string>> folders;
  std::vector<std::string> version_ids;
  // newest_first(site), sorted once for every page that lists versions.
  std::vector<VersionRef> newest;

  // The version version `v` of document `d` revises, or -1.
  int previous(std::size_t d, std::size_t v) const { return previous_versions[first[d] + v]; }
  // Its comparison with that version, or null (a first version).
  const Comparison* change(std::size_t d, std::size_t v) const { return comparisons[first[d] + v].get(); }

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
