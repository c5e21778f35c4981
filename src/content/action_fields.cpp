#include "content/action_fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "content/deadline_text.h"
#include "content/key_aliases.h"
#include "core/edit_distance.h"
#include "core/text.h"

namespace styrdok {

namespace {

const RawValue* find(const RawFields& fields, const std::string& key) {
  auto it = fields.find(key);
  return it == fields.end() ? nullptr : &it->second;
}

std::optional<int> percent(const RawValue& v, const std::string& key, Diagnostics& diagnostics) {
  std::string t = v.text;
  if (!t.empty() && t.back() == '%') t = trim(t.substr(0, t.size() - 1));
  bool digits = !t.empty() && t.size() <= 4;
  for (char c : t) digits = digits && c >= '0' && c <= '9';
  if (!digits) {
    diagnostics.error(v.where, "'" + key + "' is '" + v.text + "', but must be a whole number from 0 to 100");
    return std::nullopt;
  }
  const int n = std::stoi(t);
  if (n > 100) {
    diagnostics.error(v.where, "'" + key + "' is " + t + ", but a percentage must be from 0 to 100");
    return std::nullopt;
  }
  return n;
}

std::optional<ActionStatus> status(const RawValue& v, Diagnostics& diagnostics) {
  std::vector<std::string> keys;
  std::string list;
  for (auto s : all_action_statuses()) {
    keys.push_back(to_key(s));
    list += (list.empty() ? "" : ", ") + to_key(s);
  }
  if (auto key = value_named_by(v.text, keys, action_status_aliases())) return action_status_from_key(*key);
  std::string message = "'status' is '" + v.text + "', but must be one of: " + list;
  if (auto suggestion = closest_match(v.text, values_with_aliases(keys, action_status_aliases())); !suggestion.empty())
    message += "; did you mean '" + suggestion + "'?";
  diagnostics.error(v.where, message);
  return std::nullopt;
}

std::optional<Date> day(const RawValue& v, const std::string& key, Diagnostics& diagnostics) {
  std::string why;
  if (auto d = parse_date(v.text, &why)) return d;
  diagnostics.error(v.where, "'" + key + "' is '" + v.text + "', which is not a date (" + why + ")");
  return std::nullopt;
}

std::vector<std::string> items(const RawValue& v, const std::string& key, Diagnostics& diagnostics) {
  std::vector<std::string> out = v.items.empty() && !v.text.empty() ? split_items(v.text) : v.items;
  for (const auto& item : out) {
    if (item.find(';') != std::string::npos) {
      diagnostics.error(v.where, "an item of '" + key + "' may not hold ';' (it separates items in the CSV file)");
    }
  }
  return out;
}

}  // namespace

const std::vector<std::string>& action_keys() {
  static const std::vector<std::string> kKeys = {"id",       "title",    "description", "responsible",
                                                 "partners", "start",    "deadline",    "completed",
                                                 "status",   "progress", "weight",      "goals"};
  return kKeys;
}

const std::vector<std::string>& report_keys() {
  static const std::vector<std::string> kKeys = {"date", "status", "progress", "text", "example"};
  return kKeys;
}

std::optional<Action> action_from_fields(const RawFields& fields, const SourceLocation& where,
                                         Diagnostics& diagnostics) {
  Diagnostics local;
  Action a;
  a.where = where;
  if (auto v = find(fields, "id")) {
    a.id = v->text;
    if (action_slug(a.id).empty()) local.error(v->where, "the id '" + a.id + "' needs letters or digits");
    a.where = v->where;
  } else {
    local.error(where, "the action has no 'id'; give each action a short id, e.g. 1, 2.1 or samlat-mottagande");
  }
  if (auto v = find(fields, "title")) {
    a.title = v->text;
  } else {
    local.error(where, "the action " + (a.id.empty() ? std::string() : "'" + a.id + "' ") + "has no 'title'");
  }
  if (auto v = find(fields, "description")) a.description = v->text;
  if (auto v = find(fields, "responsible")) a.responsible = v->text;
  if (auto v = find(fields, "partners")) a.partners = items(*v, "partners", local);
  if (auto v = find(fields, "goals")) {
    a.goals = items(*v, "goals", local);
    a.goals_where = v->where;
  }
  if (auto v = find(fields, "start")) {
    std::string why;
    a.start = parse_planned_start(v->text, &why);
    if (!a.start) local.error(v->where, "'start' is '" + v->text + "': " + why);
  }
  if (auto v = find(fields, "deadline")) {
    std::string why;
    a.deadline = parse_deadline(v->text, &why);
    if (!a.deadline) {
      local.error(v->where, "'deadline' is '" + v->text + "': " + why);
    } else if (a.start && a.deadline->last_day < a.start->first_day) {
      local.error(v->where, "the deadline '" + a.deadline->as_written + "' (last day " + a.deadline->last_day.iso() +
                                ") is before the start '" + a.start->as_written + "'");
    }
  }
  if (auto v = find(fields, "completed")) a.completed = day(*v, "completed", local);
  if (auto v = find(fields, "status")) {
    if (auto s = status(*v, local)) a.status = *s;
  }
  if (auto v = find(fields, "progress")) a.progress = percent(*v, "progress", local);
  if (auto v = find(fields, "weight")) {
    char* end = nullptr;
    const double w = std::strtod(v->text.c_str(), &end);
    // At most a million: a weight of 1e308 made every roll-up "0 %" (the sum overflows).
    if (v->text.empty() || *end != '\0' || !std::isfinite(w) || w <= 0 || w > 1e6) {
      local.error(v->where,
                  "'weight' is '" + v->text + "', but must be a number above 0 and at most 1000000 (e.g. 1, 2 or 0.5)");
    } else {
      a.weight = w;
    }
  }
  if (a.completed && a.status != ActionStatus::done && fields.count("status")) {
    local.error(fields.at("status").where, "the action has a completion date but its status is '" + to_key(a.status) +
                                               "'; write status: done, or remove 'completed'");
  }
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return a;
}

std::optional<Report> report_from_fields(const RawFields& fields, const SourceLocation& where,
                                         Diagnostics& diagnostics) {
  Diagnostics local;
  Report r;
  r.where = where;
  if (auto v = find(fields, "date")) {
    if (auto d = day(*v, "date", local)) r.date = *d;
  } else {
    local.error(where, "the report has no 'date'; each follow-up report is dated");
  }
  if (auto v = find(fields, "status")) r.status = status(*v, local);
  if (auto v = find(fields, "progress")) r.progress = percent(*v, "progress", local);
  if (auto v = find(fields, "text")) r.text = v->text;
  if (auto v = find(fields, "example")) {
    bool ok = true;
    r.example = flag_value(v->text, &ok);
    if (!ok) local.error(v->where, "'example' is '" + v->text + "', but must be true or false");
  }
  if (!r.status && !r.progress && r.text.empty() && !local.has_errors()) {
    local.error(where, "the report says nothing; give it a status, a progress or a text");
  }
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return r;
}

namespace {

void check_tree(const std::vector<Action>& actions, std::map<std::string, SourceLocation>& ids,
                Diagnostics& diagnostics) {
  for (const Action& a : actions) {
    if (auto [it, inserted] = ids.emplace(action_slug(a.id), a.where); !inserted) {
      diagnostics.error(a.where, "two actions have the id '" + a.id + "' (the other is on line " +
                                     std::to_string(it->second.line) + "); ids must be unique within a plan");
    }
    for (std::size_t i = 1; i < a.reports.size(); ++i) {
      if (a.reports[i].date < a.reports[i - 1].date) {
        diagnostics.error(a.reports[i].where, "the report of " + a.reports[i].date.iso() + " comes after one of " +
                                                  a.reports[i - 1].date.iso() +
                                                  "; list an action's reports oldest first");
      }
    }
    const bool reported_done =
        std::any_of(a.reports.begin(), a.reports.end(), [](const Report& r) { return r.status == ActionStatus::done; });
    if (a.status == ActionStatus::done && !a.completed && !reported_done) {
      diagnostics.error(a.where, "the action '" + a.id +
                                     "' is done but says not when; add completed: YYYY-MM-DD (the day it was done)");
    }
    check_tree(a.actions, ids, diagnostics);
  }
}

}  // namespace

void check_actions(const std::vector<Action>& actions, Diagnostics& diagnostics) {
  std::map<std::string, SourceLocation> ids;
  check_tree(actions, ids, diagnostics);
}

std::string too_deep_message(int max_depth) {
  return "sub-actions are nested more than " + std::to_string(max_depth) +
         " levels deep here; styrdok reads no deeper nesting (make some of them actions of their own)";
}

std::string weight_text(double weight) { return fmt::format("{}", weight); }

std::string join_items(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : "; ") + item;
  return out;
}

std::vector<std::string> split_items(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = text.find(';', start);
    const std::string item = trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (!item.empty()) out.push_back(item);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

bool flag_value(const std::string& text, bool* ok) {
  const std::string t = trim(text);
  if (t == "true" || t == "yes" || t == "ja") return true;
  if (t.empty() || t == "false" || t == "no" || t == "nej") return false;
  if (ok) *ok = false;
  return false;
}

}  // namespace styrdok
