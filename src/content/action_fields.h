// The fields of one action or one follow-up report, checked and converted
// into model values. Plan files give them as YAML, spreadsheets as CSV rows;
// both are first read into RawFields so that the rules (and the error
// messages) are the same whichever a clerk used.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "model/action_plan.h"

namespace styrdok {

struct RawValue {
  std::string text;                // a single value, trimmed
  std::vector<std::string> items;  // a list (YAML sequence, or CSV text split at ';')
  SourceLocation where;
};
using RawFields = std::map<std::string, RawValue>;  // key -> value; absent or empty keys are left out

// Keys an action may have, and those a report may have, in the order the
// CSV export writes them.
const std::vector<std::string>& action_keys();  // without "reports" and "actions"
const std::vector<std::string>& report_keys();

// `where` is the start of the action (or report), for "missing" messages.
// Sub-actions and reports are added by the caller.
std::optional<Action> action_from_fields(const RawFields& fields, const SourceLocation& where,
                                         Diagnostics& diagnostics);
std::optional<Report> report_from_fields(const RawFields& fields, const SourceLocation& where,
                                         Diagnostics& diagnostics);

// Checks across one plan: ids unique, reports in date order, a done action
// with a completion date (or a report saying done).
void check_actions(const std::vector<Action>& actions, Diagnostics& diagnostics);

// The error for sub-actions nested deeper than `max_depth` levels
// (InputLimits::action_depth), the same for a YAML plan and a CSV one.
std::string too_deep_message(int max_depth);

// Text forms used by the CSV export, so that reading them back gives the same values.
std::string weight_text(double weight);
std::string join_items(const std::vector<std::string>& items);  // "a; b"
std::vector<std::string> split_items(const std::string& text);  // "a; b" -> {"a", "b"}
bool flag_value(const std::string& text, bool* ok);             // true/yes/ja, false/no/nej, ""

}  // namespace styrdok
