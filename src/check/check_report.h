// The report of `styrdok check --format json`, for the CI pipelines of
// municipalities: one JSON object holding every diagnostic. The schema is
// documented in docs/check-json.md; `format_version` changes only when a
// field is removed or changes meaning. Pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>

#include "core/error.h"

namespace styrdok {

inline constexpr int kCheckReportFormatVersion = 1;

// `diagnostics` should be sorted; `pages` is the number of pages the site
// would have (0 when loading failed).
std::string check_report_json(const Diagnostics& diagnostics, std::size_t pages);

}  // namespace styrdok
