// What each version changed: the comparison of every version with the one it
// revises (its `replaces`, else the version before it), computed once per
// build, in parallel, and read by every page that shows a history.
#pragma once

#include <optional>
#include <vector>

#include "diff/version_comparison.h"
#include "model/site_config.h"

namespace styrdok {

struct ChangeLog {
  // [document][version]: index of the version it revises, or -1 for a first version.
  std::vector<std::vector<int>> previous;
  // [document][version]: the comparison with that previous version.
  std::vector<std::vector<std::optional<Comparison>>> changes;

  static ChangeLog compute(const Site& site, unsigned jobs);

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
