// Loads the action plans and indicators kept beside a document's versions:
//   content/<org>/<document>/handlingsplaner/<plan>.yaml   (+ <plan>.csv)
//   content/<org>/<document>/indikatorer/<indicator>.yaml  (+ <indicator>.csv)
// and checks what needs the documents too: the version a plan serves exists,
// and every goal an action or indicator names is a heading or paragraph
// anchor in the policy's text.
#pragma once

#include "content/parse_cache.h"
#include "core/error.h"
#include "core/file_system.h"
#include "core/limits.h"
#include "model/site_config.h"

namespace styrdok {

inline const char* const kPlansDir = "handlingsplaner";
inline const char* const kIndicatorsDir = "indikatorer";

// What load_site took from serve's ModelCache: which of the site's documents
// (by index), and their plans and indicators, loaded and checked already.
struct TakenFollowUp {
  std::vector<bool> documents;
  std::vector<ActionPlan> plans;
  std::vector<Indicator> indicators;
};

// Fills site.plans and site.indicators; reports every problem. `cache` (may
// be null) keeps the parsed files between builds; the plans and indicators
// `taken` are added as they are.
void load_plans(const FileSystem& files, Site& site, unsigned jobs, ContentCache* cache, const InputLimits& limits,
                Diagnostics& diagnostics, TakenFollowUp taken = {});

}  // namespace styrdok
