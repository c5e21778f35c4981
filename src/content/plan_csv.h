// An action plan's actions and follow-up reports as one CSV table, the form
// clerks edit in a spreadsheet. styrdok publishes it beside each plan and
// reads it back from `<plan>.csv` beside the plan file: the round trip is
// lossless (every value, the order of actions and reports, the nesting).
//
// One row per action (record "action"), each followed by its reports
// (record "report", id naming the action) and then its sub-actions (parent
// naming the action they belong to). Lists are separated by "; ".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/limits.h"
#include "model/action_plan.h"

namespace styrdok {

const std::vector<std::string>& plan_csv_columns();

std::string write_plan_csv(const std::vector<Action>& actions);

// Reading is linear in the rows. Past `limits` (file size, line length,
// rows, depth of sub-actions) it is an error at the row concerned.
std::optional<std::vector<Action>> read_plan_csv(const std::string& text, const std::string& path,
                                                 Diagnostics& diagnostics, const InputLimits& limits = {});

}  // namespace styrdok
