#include "content/plan_file.h"

#include "content/action_fields.h"
#include "content/key_aliases.h"
#include "content/plan_csv.h"
#include "content/yaml_fields.h"
#include "core/text.h"

namespace styrdok {

const std::vector<std::string>& plan_keys() {
  static const std::vector<std::string> kKeys = {"title",         "version",          "responsible",  "decided_by",
                                                 "decision_date", "summary",          "example_note", "rollup",
                                                 "due_soon_days", "stale_after_days", "actions"};
  return kKeys;
}

namespace {

// Reads one mapping's values into RawFields: scalars as text, lists as items.
RawFields raw_fields(YamlFields& f, const std::vector<std::string>& keys) {
  RawFields out;
  for (const auto& key : keys) {
    const YAML::Node v = f.child(key);
    if (!v.IsDefined() || v.IsNull()) continue;
    RawValue raw;
    raw.where = f.location_of(v);
    if (v.IsScalar()) {
      raw.text = trim(v.Scalar());
      if (raw.text.empty()) continue;
    } else if (v.IsSequence()) {
      for (const auto& item : v) {
        if (item.IsScalar()) {
          raw.items.push_back(trim(item.Scalar()));
        } else {
          f.diagnostics().error(f.location_of(item), "each item of '" + key + "' must be a single line of text");
        }
      }
    } else {
      f.diagnostics().error(raw.where, "'" + key + "' must be a single value or a list, not a mapping");
      continue;
    }
    out[key] = raw;
  }
  return out;
}

// `depth`: 1 for the plan's own actions, 2 for their sub-actions, and so on,
// up to `max_depth`: deeper ones are an error, and the recursion stops there.
std::vector<Action> actions_from_yaml(const YAML::Node& list, const YamlSource& source, int depth, int max_depth,
                                      Diagnostics& diagnostics);

std::optional<Action> action_from_yaml(const YAML::Node& node, const YamlSource& source, int depth, int max_depth,
                                       Diagnostics& diagnostics) {
  YamlFields f(node, source, diagnostics);
  if (!f.is_mapping()) {
    diagnostics.error(f.location_of_mapping(), "each action must be a set of 'key: value' lines (id, title, ...)");
    return std::nullopt;
  }
  std::vector<std::string> keys = action_keys();
  keys.push_back("reports");
  keys.push_back("actions");
  f.reject_unknown_keys(keys);
  auto action = action_from_fields(raw_fields(f, action_keys()), f.location_of_mapping(), diagnostics);
  if (!action) return std::nullopt;
  if (const YAML::Node reports = f.child("reports"); reports.IsDefined() && !reports.IsNull()) {
    if (!reports.IsSequence()) {
      diagnostics.error(f.location_of(reports), "'reports' must be a list of reports (lines starting with '- ')");
    } else {
      for (const auto& r : reports) {
        YamlFields rf(r, f);
        if (!rf.is_mapping()) {
          diagnostics.error(rf.location_of_mapping(),
                            "each report must be a set of 'key: value' lines (date, text, ...)");
          continue;
        }
        rf.reject_unknown_keys(report_keys());
        if (auto report = report_from_fields(raw_fields(rf, report_keys()), rf.location_of_mapping(), diagnostics)) {
          action->reports.push_back(std::move(*report));
        }
      }
    }
  }
  if (const YAML::Node children = f.child("actions"); children.IsDefined() && !children.IsNull()) {
    action->actions = actions_from_yaml(children, source, depth + 1, max_depth, diagnostics);
  }
  return action;
}

std::vector<Action> actions_from_yaml(const YAML::Node& list, const YamlSource& source, int depth, int max_depth,
                                      Diagnostics& diagnostics) {
  std::vector<Action> out;
  YamlFields f(list, source, diagnostics);
  if (!list.IsSequence()) {
    diagnostics.error(f.location_of_mapping(), "'actions' must be a list of actions (lines starting with '- ')");
    return out;
  }
  if (depth > max_depth) {
    diagnostics.error(f.location_of_mapping(), too_deep_message(max_depth));
    return out;
  }
  for (const auto& node : list) {
    if (auto a = action_from_yaml(node, source, depth, max_depth, diagnostics)) out.push_back(std::move(*a));
  }
  return out;
}

}  // namespace

std::optional<int> positive_number(const std::string& text, const SourceLocation& where, const std::string& key,
                                   Diagnostics& diagnostics) {
  bool digits = !text.empty() && text.size() <= 6;
  for (char c : text) digits = digits && c >= '0' && c <= '9';
  if (!digits || std::stoi(text) == 0) {
    diagnostics.error(where, "'" + key + "' is '" + text + "', but must be a whole number above 0");
    return std::nullopt;
  }
  return std::stoi(text);
}

std::optional<ActionPlan> parse_plan(const PlanSource& source, Diagnostics& diagnostics,
                                     const InputLimits& limits) try {
  const std::string& path = source.path;
  Diagnostics local;
  auto root = parse_yaml_mapping(source.text, path,
                                 "an action plan must be lines of the form 'key: value' (title, version, actions)",
                                 local, limits);
  if (!root) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  YamlFields f(*root, {source.text, path, 1}, local);
  f.reject_unknown_keys(plan_keys());

  ActionPlan plan;
  plan.id = source.stem;
  plan.source_path = path;
  plan.title = f.text("title", true).value_or("");
  plan.version_id = f.text("version", true).value_or("");
  plan.responsible = f.text("responsible", false);
  plan.decided_by = f.text("decided_by", false);
  if (plan.decided_by && means_unknown(*plan.decided_by)) plan.decided_by.reset();
  if (auto d = f.date_or_unknown("decision_date", false)) plan.decision_date = *d;
  plan.summary = f.text("summary", false);
  plan.example_note = f.text("example_note", false);
  if (auto r = f.choice("rollup", {"average", "weighted"}, false)) {
    plan.rollup = *r == "weighted" ? Rollup::weighted : Rollup::average;
  }
  if (auto n = f.text("due_soon_days", false)) {
    plan.due_soon_days = positive_number(*n, f.location_of(f.child("due_soon_days")), "due_soon_days", local)
                             .value_or(plan.due_soon_days);
  }
  if (auto n = f.text("stale_after_days", false)) {
    plan.stale_after_days = positive_number(*n, f.location_of(f.child("stale_after_days")), "stale_after_days", local)
                                .value_or(plan.stale_after_days);
  }
  if (action_slug(plan.id).empty() || action_slug(plan.id) != plan.id) {
    local.error({path, 0, 0}, "the file name '" + plan.id +
                                  ".yaml' may only hold a-z, 0-9 and '-', since it becomes the plan's address");
  }

  const YAML::Node inline_actions = f.child("actions");
  const bool has_inline = inline_actions.IsDefined() && !inline_actions.IsNull();
  if (source.csv_text) {
    plan.actions_path = *source.csv_path;
    if (has_inline) {
      local.error(f.location_of_key("actions"), "the actions are both here and in " + *source.csv_path +
                                                    "; keep them in one place (remove 'actions:' or the CSV file)");
    } else if (auto actions = read_plan_csv(*source.csv_text, *source.csv_path, local, limits)) {
      plan.actions = std::move(*actions);
    }
  } else {
    plan.actions_path = path;
    if (has_inline) {
      plan.actions = actions_from_yaml(inline_actions, f.source(), 1, limits.action_depth, local);
      check_actions(plan.actions, local);
    } else {
      local.error({path, 0, 0},
                  "the plan has no actions; list them under 'actions:' or in " + plan.id + ".csv beside this file");
    }
  }
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return plan;
} catch (const YAML::Exception& e) {
  report_yaml_exception(e, source.text, source.path, 1, diagnostics);
  return std::nullopt;
}

}  // namespace styrdok
