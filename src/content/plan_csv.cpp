#include "content/plan_csv.h"

#include <algorithm>
#include <map>

#include "content/action_fields.h"
#include "content/csv.h"
#include "core/text.h"

namespace styrdok {

const std::vector<std::string>& plan_csv_columns() {
  static const std::vector<std::string> kColumns = {
      "record",    "id",     "parent",   "title",  "description", "responsible", "partners", "start",  "deadline",
      "completed", "status", "progress", "weight", "goals",       "date",        "text",     "example"};
  return kColumns;
}

namespace {

void write_rows(const std::vector<Action>& actions, const std::string& parent, std::string& out) {
  for (const Action& a : actions) {
    out += csv_line({"action", a.id, parent, a.title, a.description, a.responsible.value_or(""), join_items(a.partners),
                     a.start ? a.start->as_written : "", a.deadline ? a.deadline->as_written : "",
                     a.completed ? a.completed->iso() : "", to_key(a.status),
                     a.progress ? std::to_string(*a.progress) : "", weight_text(a.weight), join_items(a.goals), "", "",
                     ""});
    for (const Report& r : a.reports) {
      out += csv_line({"report", a.id, "", "", "", "", "", "", "", "", r.status ? to_key(*r.status) : "",
                       r.progress ? std::to_string(*r.progress) : "", "", "", r.date.iso(), r.text,
                       r.example ? "true" : ""});
    }
    write_rows(a.actions, a.id, out);
  }
}

// In index_of: an action refused for its depth, whose sub-actions and
// reports are left out without another error each.
constexpr int kRefused = -2;

struct FlatAction {
  Action action;
  int parent = -1;  // an index below this action's own
  int depth = 1;    // 1 for an action without a parent
};

// Builds the tree in one pass from the last row up: a parent is always on a
// row above its sub-actions, so each action's sub-actions are complete when
// it is reached. Linear in the rows, and without recursion.
std::vector<Action> assemble(std::vector<FlatAction>& flat) {
  std::vector<std::vector<std::size_t>> children(flat.size());
  std::vector<std::size_t> top;
  for (std::size_t i = 0; i < flat.size(); ++i) {
    (flat[i].parent < 0 ? top : children[static_cast<std::size_t>(flat[i].parent)]).push_back(i);
  }
  for (std::size_t i = flat.size(); i-- > 0;) {
    auto& actions = flat[i].action.actions;
    actions.reserve(children[i].size());
    for (const std::size_t c : children[i]) actions.push_back(std::move(flat[c].action));
  }
  std::vector<Action> out;
  out.reserve(top.size());
  for (const std::size_t t : top) out.push_back(std::move(flat[t].action));
  return out;
}

}  // namespace

std::string write_plan_csv(const std::vector<Action>& actions) {
  std::string out = csv_line(plan_csv_columns());
  write_rows(actions, "", out);
  return out;
}

std::optional<std::vector<Action>> read_plan_csv(const std::string& text, const std::string& path,
                                                 Diagnostics& diagnostics, const InputLimits& limits) {
  Diagnostics local;
  const auto table = read_csv_table(text, path, plan_csv_columns(), local, limits);
  if (!table) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  const auto& columns = plan_csv_columns();
  std::vector<FlatAction> flat;
  std::map<std::string, int> index_of;  // action id -> index in flat
  for (const CsvRow& row : table->rows) {
    RawFields fields;
    for (std::size_t c = 1; c < columns.size(); ++c) {
      const std::string value = trim(row.fields[c].text);
      if (!value.empty()) fields[columns[c]] = RawValue{value, {}, {path, row.fields[c].line, row.fields[c].column}};
    }
    const SourceLocation where{path, row.line, 1};
    const std::string record = trim(row.fields[0].text);
    const auto& allowed = record == "report" ? report_keys() : action_keys();
    for (const auto& [key, value] : fields) {
      const bool known = key == "parent"
                             ? record == "action"
                             : key == "id" || std::find(allowed.begin(), allowed.end(), key) != allowed.end();
      if (!known && (record == "action" || record == "report")) {
        local.error(value.where, "the column '" + key + "' is not for " +
                                     (record == "action" ? "an action" : "a report") + "; leave it empty on this row");
      }
    }
    if (record == "action") {
      auto action = action_from_fields(fields, where, local);
      if (!action) continue;
      int parent = -1;
      int depth = 1;
      if (auto p = fields.find("parent"); p != fields.end()) {
        auto it = index_of.find(p->second.text);
        if (it == index_of.end()) {
          local.error(p->second.where, "the parent '" + p->second.text +
                                           "' is not an action on a row above; put sub-actions below their parent");
          continue;
        }
        if (it->second == kRefused) {  // reported once, at the first that was too deep
          index_of.emplace(action->id, kRefused);
          continue;
        }
        parent = it->second;
        depth = flat[static_cast<std::size_t>(parent)].depth + 1;
        if (depth > limits.action_depth) {
          local.error(p->second.where, too_deep_message(limits.action_depth));
          index_of.emplace(action->id, kRefused);
          continue;
        }
      }
      index_of.emplace(action->id, static_cast<int>(flat.size()));
      flat.push_back({std::move(*action), parent, depth});
    } else if (record == "report") {
      auto id = fields.find("id");
      if (id == fields.end()) {
        local.error(where, "a report row needs the id of its action");
        continue;
      }
      auto it = index_of.find(id->second.text);
      if (it != index_of.end() && it->second == kRefused) continue;
      if (it == index_of.end()) {
        local.error(id->second.where,
                    "the report is for '" + id->second.text + "', which is not an action on a row above");
        continue;
      }
      fields.erase("id");
      if (auto report = report_from_fields(fields, where, local)) {
        flat[static_cast<std::size_t>(it->second)].action.reports.push_back(std::move(*report));
      }
    } else {
      local.error({path, row.line, row.fields[0].column},
                  "the record is '" + record + "', but must be 'action' or 'report'");
    }
  }
  std::vector<Action> actions = assemble(flat);
  check_actions(actions, local);
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return actions;
}

}  // namespace styrdok
