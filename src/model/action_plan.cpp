#include "model/action_plan.h"

#include "core/slug.h"

namespace styrdok {

const std::vector<ActionStatus>& all_action_statuses() {
  static const std::vector<ActionStatus> kAll = {ActionStatus::planned, ActionStatus::in_progress, ActionStatus::done,
                                                 ActionStatus::postponed, ActionStatus::cancelled};
  return kAll;
}

std::string to_key(ActionStatus status) {
  switch (status) {
    case ActionStatus::planned: return "planned";
    case ActionStatus::in_progress: return "in_progress";
    case ActionStatus::done: return "done";
    case ActionStatus::postponed: return "postponed";
    case ActionStatus::cancelled: return "cancelled";
  }
  return "planned";
}

std::optional<ActionStatus> action_status_from_key(const std::string& key) {
  for (auto s : all_action_statuses()) {
    if (to_key(s) == key) return s;
  }
  return std::nullopt;
}

namespace {

void flatten_into(const std::vector<Action>& actions, const Action* parent, int depth, std::vector<ActionRef>& out) {
  for (const Action& a : actions) {
    out.push_back({&a, parent, depth});
    flatten_into(a.actions, &a, depth + 1, out);
  }
}

}  // namespace

std::vector<ActionRef> flatten(const ActionPlan& plan) {
  std::vector<ActionRef> out;
  flatten_into(plan.actions, nullptr, 0, out);
  return out;
}

std::string action_slug(const std::string& id) { return slugify(id); }

const std::string* responsible_of(const Action& action, const ActionPlan& plan) {
  if (action.responsible) return &*action.responsible;
  return plan.responsible ? &*plan.responsible : nullptr;
}

std::optional<std::string> responsible_for(const Action& action, const ActionPlan& plan) {
  const std::string* body = responsible_of(action, plan);
  return body ? std::optional(*body) : std::nullopt;
}

}  // namespace styrdok
