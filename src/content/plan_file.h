// Parses an action plan file (handlingsplaner/<id>.yaml in a document's
// folder): the plan's own fields, and its actions either inline under
// `actions:` or, when the clerk keeps them in a spreadsheet, in the CSV file
// of the same name beside it (see plan_csv.h). Goal links are checked later
// by the loader, which knows the policy's text.
#pragma once

#include <optional>
#include <string>

#include "content/file_pair.h"
#include "core/error.h"
#include "core/limits.h"
#include "model/action_plan.h"

namespace styrdok {

const std::vector<std::string>& plan_keys();

using PlanSource = FilePair;  // stem: the plan's id

// organisation_id and document_slug are left for the loader to fill in.
// `limits`: file size, YAML values, CSV rows, depth of sub-actions.
std::optional<ActionPlan> parse_plan(const PlanSource& source, Diagnostics& diagnostics,
                                     const InputLimits& limits = {});

// A positive whole number written in a YAML value; reports and returns nullopt otherwise.
std::optional<int> positive_number(const std::string& text, const SourceLocation& where, const std::string& key,
                                   Diagnostics& diagnostics);

}  // namespace styrdok
