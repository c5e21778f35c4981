// Parses a progress indicator (indikatorer/<id>.yaml in a document's
// folder): what is measured, for which goal, from which baseline to which
// target; its measurements are listed inline or kept in <id>.csv beside it
// (columns period,value,note,source,example — the same CSV styrdok
// publishes, so a clerk can download, edit and put it back).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "content/file_pair.h"
#include "core/error.h"
#include "core/limits.h"
#include "model/action_plan.h"

namespace styrdok {

const std::vector<std::string>& indicator_keys();
const std::vector<std::string>& measurement_columns();

using IndicatorSource = FilePair;  // stem: the indicator's id

// `limits`: file size, YAML values, CSV rows.
std::optional<Indicator> parse_indicator(const IndicatorSource& source, Diagnostics& diagnostics,
                                         const InputLimits& limits = {});

std::string write_measurements_csv(const std::vector<Measurement>& measurements);
std::optional<std::vector<Measurement>> read_measurements_csv(const std::string& text, const std::string& path,
                                                              Diagnostics& diagnostics, const InputLimits& limits = {});

// "62,5" and "62.5" are both 62.5; on failure returns nullopt.
std::optional<double> parse_number(const std::string& text);

}  // namespace styrdok
