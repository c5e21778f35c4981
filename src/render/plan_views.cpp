#include "render/plan_views.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/slug.h"
#include "model/action_status.h"
#include "render/open_data.h"
#include "render/svg_charts.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

char decimal_separator(const Strings& s) {
  return s.get("decimal_separator").empty() ? '.' : s.get("decimal_separator")[0];
}

std::string percent_text(std::optional<int> p, const Strings& s) {
  return p ? s.fill("percent", {{"value", std::to_string(*p)}}) : s.get("unknown");
}

data state_view(const ActionStanding& st, const Strings& s) {
  data d;
  put(d, "key", to_key(st.state));
  put(d, "label", s.get("action_state_" + to_key(st.state)));
  put(d, "stale", st.stale);
  return d;
}

const Version* plan_version(const ActionPlan& plan, const Site& site, const Document** doc_out) {
  const int d = site.find_document(plan.organisation_id, plan.document_slug);
  if (d < 0) return nullptr;
  const Document& doc = site.documents[static_cast<std::size_t>(d)];
  if (doc_out) *doc_out = &doc;
  for (const auto& v : doc.versions) {
    if (v.id == plan.version_id) return &v;
  }
  return nullptr;
}

// The status of the version a plan serves: whether it still applies is part
// of what the plan's deadlines and statuses mean.
data served_version_status(const Document& doc, const Version& v, const RenderContext& ctx) {
  data d = status_view(doc, static_cast<std::size_t>(&v - doc.versions.data()), ctx.as_of, ctx.strings);
  put(d, "version_id", v.id);
  return d;
}

// The text a goal anchor stands for: its heading, or the start of its paragraph.
std::string goal_text(const Version& v, const std::string& anchor) {
  for (const auto& h : v.body->toc) {
    if (h.anchor == anchor) return h.text;
  }
  for (const auto& b : v.body->blocks) {
    if (b.id != anchor) continue;
    if (b.text.size() <= 90) return b.text;
    std::size_t cut = b.text.rfind(' ', 88);
    return b.text.substr(0, cut == std::string::npos ? 88 : cut) + " …";
  }
  return anchor;
}

// One action as a row of a table (plan, responsible body, goal lists).
data action_row(const ActionPlan& plan, const ActionRef& ref, const RenderContext& ctx, const Links& links) {
  const Strings& s = ctx.strings;
  const Action& a = *ref.action;
  const ActionStanding st = standing_on(a, plan, ctx.as_of);
  data d;
  put(d, "id", a.id);
  put(d, "title", a.title);
  put(d, "href", links.to(action_url(plan, a)));
  put(d, "depth", std::to_string(ref.depth));
  put(d, "is_sub", ref.depth > 0);
  const auto body = responsible_for(a, plan);
  put(d, "responsible", body.value_or(s.get("unknown")));
  put(d, "responsible_key", body ? slugify(*body) : std::string("unknown"));
  if (body) put(d, "responsible_href", links.to(responsible_url(*body)));
  put(d, "deadline", a.deadline ? a.deadline->as_written : s.get("action_no_deadline"));
  put(d, "state", state_view(st, s));
  put(d, "progress", percent_text(st.progress, s));
  put(d, "plan_title", plan.title);
  put(d, "plan_href", links.to(plan_url(plan)));
  return d;
}

data example_notice(const std::optional<std::string>& note, const Strings& s) {
  data d;
  put(d, "label", s.get("example_data_label"));
  put(d, "text", *note);
  return d;
}

list summary_items(const StateCounts& counts, const Strings& s) {
  list items;
  for (const auto& [state, n] : counts.counts) {
    if (n == 0) continue;
    data d;
    put(d, "key", to_key(state));
    put(d, "label", s.get("action_state_" + to_key(state)));
    put(d, "count", std::to_string(n));
    items.push_back(std::move(d));
  }
  return items;
}

std::string summary_sentence(const StateCounts& counts, const Strings& s) {
  std::string parts;
  for (const auto& [state, n] : counts.counts) {
    if (n == 0) continue;
    parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " " + s.get("action_state_" + to_key(state));
  }
  return s.fill("plan_summary_sentence", {{"total", std::to_string(counts.total)}, {"parts", parts}});
}

std::string bar_for(const StateCounts& counts, const Strings& s) {
  std::vector<BarSegment> segments;
  for (const auto& [state, n] : counts.counts) segments.push_back({to_key(state), n});
  return stacked_bar_svg(segments, summary_sentence(counts, s));
}

std::string partners_text(const std::vector<std::string>& partners) {
  std::string out;
  for (const auto& p : partners) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string as_of_text(const RenderContext& ctx) {
  return ctx.strings.fill("plan_as_of", {{"date", ctx.strings.date(ctx.as_of)}});
}

void set_plan_trail(data& d, const ActionPlan& plan, const RenderContext& ctx, const Links& links, bool include_plan) {
  std::vector<std::pair<std::string, std::string>> trail = {{ctx.strings.get("home"), ""},
                                                            {ctx.strings.get("plans_title"), kPlansIndexUrl}};
  if (include_plan) trail.push_back({plan.title, plan_url(plan)});
  set_breadcrumbs(d, links, trail);
}

std::string rollup_text(const ActionPlan& plan, const Strings& s) {
  return s.get(plan.rollup == Rollup::weighted ? "rollup_weighted" : "rollup_average");
}

}  // namespace

const Version* plan_document_version(const ActionPlan& plan, const Site& site, const Document** doc) {
  return plan_version(plan, site, doc);
}

list plan_metadata(const ActionPlan& plan, const RenderContext& ctx, const Links& links) {
  const Strings& s = ctx.strings;
  const Document* doc = nullptr;
  const Version* v = plan_version(plan, ctx.site, &doc);
  list meta;
  if (v && doc) {
    data r = row(s.get("plan_document"), v->title + " (" + version_label(*v, s) + ")", s);
    put(r, "href", links.to(version_url(*doc, *v)));
    put(r, "status", served_version_status(*doc, *v, ctx));
    meta.push_back(std::move(r));
  }
  meta.push_back(row(s.get("plan_responsible"), plan.responsible, s));
  meta.push_back(row(s.get("label_decided_by"), plan.decided_by, s));
  meta.push_back(row(s.get("label_decision_date"), date_text(plan.decision_date, s), s));
  return meta;
}

std::string plan_summary_sentence(const StateCounts& counts, const Strings& s) { return summary_sentence(counts, s); }

data plan_action_row(const ActionPlan& plan, const ActionRef& ref, const RenderContext& ctx, const Links& links) {
  return action_row(plan, ref, ctx, links);
}

std::string plan_rollup_note(const ActionPlan& plan, const Strings& s) {
  const auto refs = flatten(plan);
  const bool nested =
      std::any_of(refs.begin(), refs.end(), [](const ActionRef& r) { return !r.action->actions.empty(); });
  return nested ? rollup_text(plan, s) : std::string();
}

data plans_index_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, s.get("plans_title"));
  set_breadcrumbs(d, links, {{s.get("home"), ""}});
  put(d, "intro", s.get("plans_intro"));
  put(d, "as_of", as_of_text(ctx));
  const std::size_t first = std::min(ctx.site.plans.size(), page.part * kPlansPerPage);
  const std::size_t last = std::min(ctx.site.plans.size(), first + kPlansPerPage);
  set_pagination(d, page, ctx, links, plans_index_parts(ctx.site.plans.size()), plans_index_url, s.get("plans_title"));
  list plans;
  for (std::size_t i = first; i < last; ++i) {
    const ActionPlan& plan = ctx.site.plans[i];
    const Document* doc = nullptr;
    const Version* v = plan_version(plan, ctx.site, &doc);
    const StateCounts counts = count_states(plan, ctx.as_of);
    data p;
    put(p, "title", plan.title);
    put(p, "href", links.to(plan_url(plan)));
    const Organisation* org = ctx.site.config.find_organisation(plan.organisation_id);
    put(p, "organisation", org ? org->name : plan.organisation_id);
    if (v && doc) {
      put(p, "document_title", v->title);
      put(p, "document_href", links.to(version_url(*doc, *v)));
      put(p, "document_status", served_version_status(*doc, *v, ctx));
    }
    put(p, "summary", summary_sentence(counts, s));
    put(p, "bar", bar_for(counts, s));
    if (plan.example_note) put(p, "example", example_notice(plan.example_note, s));
    plans.push_back(std::move(p));
  }
  put(d, "plans", std::move(plans));
  // The index exists only when some action or plan names who is responsible.
  if (!responsible_bodies(ctx.site).empty()) put(d, "responsible_href", links.to(kResponsibleIndexUrl));
  return d;
}

data plan_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const ActionPlan& plan = ctx.site.plans[page.plan];
  data d = common_view(page, ctx, plan.title);
  set_plan_trail(d, plan, ctx, links, false);
  if (plan.summary) put(d, "summary", *plan.summary);
  if (plan.example_note) put(d, "example", example_notice(plan.example_note, s));
  put(d, "as_of", as_of_text(ctx));

  put(d, "metadata", plan_metadata(plan, ctx, links));
  put(d, "print_href", links.to(print_url(page.url)));

  const StateCounts counts = count_states(plan, ctx.as_of);
  put(d, "summary_items", summary_items(counts, s));
  put(d, "summary_sentence", summary_sentence(counts, s));
  put(d, "bar", bar_for(counts, s));

  list rows;
  std::vector<TimelineRow> timeline;
  std::set<std::pair<std::string, std::string>> bodies;  // (key, name)
  std::set<std::string> states;
  for (const ActionRef& ref : flatten(plan)) {
    data r = action_row(plan, ref, ctx, links);
    rows.push_back(std::move(r));
    const Action& a = *ref.action;
    const ActionStanding st = standing_on(a, plan, ctx.as_of);
    states.insert(to_key(st.state));
    if (auto body = responsible_for(a, plan)) bodies.insert({slugify(*body), *body});
    TimelineRow t;
    t.label = a.id;
    t.title = a.title;
    t.state_key = to_key(st.state);
    t.state_label = s.get("action_state_" + to_key(st.state));
    if (st.stale) t.state_note = s.get("action_stale");
    if (a.start) t.start = a.start->first_day;
    if (a.deadline) t.deadline = a.deadline->last_day;
    t.completed = st.completed;
    timeline.push_back(t);
  }
  put(d, "actions", std::move(rows));
  put(d, "table_id", "actions-table");
  put(d, "table_caption", s.get("plan_actions_caption"));
  list state_options;
  for (auto state : all_action_states()) {
    if (!states.count(to_key(state))) continue;
    data o;
    put(o, "value", to_key(state));
    put(o, "label", s.get("action_state_" + to_key(state)));
    state_options.push_back(o);
  }
  put(d, "state_options", std::move(state_options));
  list body_options;
  for (const auto& [key, name] : bodies) {
    data o;
    put(o, "value", key);
    put(o, "label", name);
    body_options.push_back(std::move(o));
  }
  put(d, "body_options", std::move(body_options));

  TimelineText text;
  text.id = "timeline";
  text.title = s.get("timeline_title");
  text.description = s.fill("timeline_description", {{"count", std::to_string(timeline.size())}});
  text.as_of = s.fill("timeline_today", {{"date", s.date(ctx.as_of)}});
  put(d, "timeline", timeline_svg(timeline, ctx.as_of, text));
  if (const std::string rollup = plan_rollup_note(plan, s); !rollup.empty()) put(d, "rollup", rollup);
  put(d, "csv_href", plan.id + ".csv");  // published beside the plan's page
  put(d, "json_href", plan.id + ".json");
  put(d, "root", links.root);
  return d;
}

data action_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const ActionPlan& plan = ctx.site.plans[page.plan];
  std::vector<ActionRef> own;
  const auto& refs = ctx.plan_actions ? (*ctx.plan_actions)[page.plan] : (own = flatten(plan));
  const ActionRef& ref = refs[page.action];
  const Action& a = *ref.action;
  const ActionStanding st = standing_on(a, plan, ctx.as_of);

  data d = common_view(page, ctx, a.title);
  set_plan_trail(d, plan, ctx, links, true);
  put(d, "kicker", s.fill("action_kicker", {{"id", a.id}, {"plan", plan.title}}));
  put(d, "state", state_view(st, s));
  put(d, "as_of", as_of_text(ctx));
  if (!a.description.empty()) put(d, "description", a.description);
  const bool has_example = std::any_of(a.reports.begin(), a.reports.end(), [](const Report& r) { return r.example; });
  if (plan.example_note && has_example) put(d, "example", example_notice(plan.example_note, s));

  list meta;
  const auto body = responsible_for(a, plan);
  data resp = row(s.get("plan_responsible"), body, s);
  if (body) put(resp, "href", links.to(responsible_url(*body)));
  meta.push_back(std::move(resp));
  if (!a.partners.empty()) meta.push_back(row(s.get("action_partners"), partners_text(a.partners), s));
  meta.push_back(
      row(s.get("action_start"), a.start ? std::optional<std::string>(a.start->as_written) : std::nullopt, s));
  std::optional<std::string> deadline;
  if (a.deadline) {
    deadline = a.deadline->as_written;
    if (a.deadline->precision != Deadline::Precision::day || a.deadline->as_written != a.deadline->last_day.iso()) {
      *deadline += " (" + s.fill("action_last_day", {{"date", s.date(a.deadline->last_day)}}) + ")";
    }
  }
  meta.push_back(row(s.get("action_deadline"), deadline, s));
  if (st.completed) meta.push_back(row(s.get("action_completed"), s.date(*st.completed), s));
  meta.push_back(row(s.get("action_recorded_status"), s.get("action_status_" + to_key(st.recorded)), s));
  meta.push_back(row(s.get("action_progress"),
                     st.progress ? std::optional<std::string>(percent_text(st.progress, s)) : std::nullopt, s));
  put(d, "metadata", std::move(meta));
  if (!a.actions.empty()) put(d, "rollup", rollup_text(plan, s));

  // The goals it serves, linked into the policy's text.
  const Document* doc = nullptr;
  if (const Version* v = plan_version(plan, ctx.site, &doc); v && doc) {
    list goals;
    for (const auto& g : a.goals) {
      data gd;
      put(gd, "text", goal_text(*v, g));
      put(gd, "href", links.to(version_url(*doc, *v)) + "#" + g);
      goals.push_back(std::move(gd));
    }
    put(d, "goals", goals);
    put(d, "has_goals", !a.goals.empty());
    put(d, "document_title", v->title);
  }
  if (ref.parent) {
    data p;
    put(p, "title", ref.parent->title);
    put(p, "href", links.to(action_url(plan, *ref.parent)));
    put(d, "parent", std::move(p));
  }
  list children;
  for (const Action& child : a.actions) children.push_back(action_row(plan, {&child, &a, ref.depth + 1}, ctx, links));
  put(d, "children", std::move(children));
  put(d, "has_children", !a.actions.empty());

  // The report log, newest first; reports after the day are not shown.
  list reports;
  for (std::size_t i = st.visible_reports; i-- > 0;) {
    const Report& r = a.reports[i];
    data rd;
    put(rd, "date", s.date(r.date));
    put(rd, "iso", r.date.iso());
    if (r.status) put(rd, "status", s.get("action_status_" + to_key(*r.status)));
    if (r.progress) put(rd, "progress", percent_text(r.progress, s));
    if (!r.text.empty()) put(rd, "text", r.text);
    put(rd, "example", r.example);
    reports.push_back(std::move(rd));
  }
  put(d, "reports", std::move(reports));
  put(d, "has_reports", st.visible_reports > 0);
  if (st.stale) put(d, "stale_note", s.fill("action_stale_note", {{"days", std::to_string(plan.stale_after_days)}}));
  put(d, "plan_href", links.to(plan_url(plan)));
  put(d, "plan_title", plan.title);
  return d;
}

data responsible_index_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, s.get("responsible_title"));
  set_breadcrumbs(d, links, {{s.get("home"), ""}, {s.get("plans_title"), kPlansIndexUrl}});
  put(d, "intro", s.get("responsible_intro"));
  put(d, "as_of", as_of_text(ctx));
  // Every action counted once, under its body's address.
  std::map<std::string, std::pair<std::size_t, std::size_t>> counts;  // slug -> (actions, overdue)
  for (const ActionPlan& plan : ctx.site.plans) {
    for (const ActionRef& ref : flatten(plan)) {
      const auto b = responsible_for(*ref.action, plan);
      if (!b) continue;
      auto& [total, overdue] = counts[slugify(*b)];
      ++total;
      if (standing_on(*ref.action, plan, ctx.as_of).state == ActionState::overdue) ++overdue;
    }
  }
  const auto all = responsible_bodies(ctx.site);
  const std::size_t first = std::min(all.size(), page.part * kBodiesPerPage);
  const std::size_t last = std::min(all.size(), first + kBodiesPerPage);
  set_pagination(d, page, ctx, links, responsible_index_parts(all.size()), responsible_index_url,
                 s.get("responsible_title"));
  list bodies;
  for (std::size_t i = first; i < last; ++i) {
    const std::string& body = all[i];
    const auto [total, overdue] = counts[slugify(body)];
    data b;
    put(b, "name", body);
    put(b, "href", links.to(responsible_url(body)));
    put(b, "counts",
        s.fill("responsible_counts", {{"total", std::to_string(total)}, {"overdue", std::to_string(overdue)}}));
    bodies.push_back(std::move(b));
  }
  put(d, "bodies", std::move(bodies));
  return d;
}

data responsible_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, page.key);
  set_breadcrumbs(d, links,
                  {{s.get("home"), ""},
                   {s.get("plans_title"), kPlansIndexUrl},
                   {s.get("responsible_title"), kResponsibleIndexUrl}});
  put(d, "intro", s.fill("responsible_body_intro", {{"name", page.key}}));
  put(d, "as_of", as_of_text(ctx));
  // The body's actions in the order of the plans; this page shows those from
  // `first` to `last`, in a table per plan with its caption and headers.
  std::map<std::string, std::vector<BodyAction>> own;  // when the build made none
  const auto& by_body = ctx.body_actions ? *ctx.body_actions : (own = actions_by_body(ctx.site));
  const auto found = by_body.find(slugify(page.key));
  const std::vector<BodyAction> none;
  const std::vector<BodyAction>& actions = found == by_body.end() ? none : found->second;
  const std::size_t first = std::min(actions.size(), page.part * kActionsPerPage);
  const std::size_t last = std::min(actions.size(), first + kActionsPerPage);
  list plans;
  for (std::size_t i = first; i < last;) {
    const std::size_t p = actions[i].plan;
    const ActionPlan& plan = ctx.site.plans[p];
    list rows;
    for (; i < last && actions[i].plan == p; ++i) rows.push_back(action_row(plan, actions[i].ref, ctx, links));
    data t;
    put(t, "title", plan.title);
    put(t, "href", links.to(plan_url(plan)));
    put(t, "actions", std::move(rows));
    put(t, "table_id", "actions-" + slugify(plan_url(plan)));
    put(t, "table_caption", s.fill("responsible_table_caption", {{"name", page.key}, {"plan", plan.title}}));
    if (plan.example_note) put(t, "example", example_notice(plan.example_note, s));
    plans.push_back(std::move(t));
  }
  put(d, "plans", std::move(plans));
  set_pagination(
      d, page, ctx, links, responsible_parts(actions.size()),
      [&](std::size_t part) { return responsible_url(page.key, part); }, page.key);
  return d;
}

data indicators_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[page.document];
  const Version& current = doc.versions[shown_version_index(doc, ctx.as_of)];
  data d = common_view(page, ctx, s.fill("indicators_title", {{"title", current.title}}));
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  std::vector<std::pair<std::string, std::string>> trail = {{s.get("home"), ""}};
  if (org) trail.push_back({org->name, org->id + "/"});
  trail.push_back({current.title, document_url(doc)});
  set_breadcrumbs(d, links, trail);
  put(d, "intro", s.get("indicators_intro"));
  put(d, "as_of", as_of_text(ctx));
  const char sep = decimal_separator(s);
  list out;
  for (const Indicator& ind : ctx.site.indicators) {
    if (!ind.is_for(doc.organisation_id, doc.slug)) continue;
    const auto known = measurements_on(ind, ctx.as_of);
    const IndicatorStanding st = indicator_standing(ind, ctx.as_of);
    data i;
    put(i, "id", ind.id);
    put(i, "name", ind.name);
    if (ind.description) put(i, "description", *ind.description);
    if (ind.example_note) put(i, "example", example_notice(ind.example_note, s));
    // The goal: found in the newest version that has the anchor.
    for (auto v = doc.versions.rbegin(); v != doc.versions.rend(); ++v) {
      const std::string text = goal_text(*v, ind.goal);
      if (text == ind.goal && std::none_of(v->body->toc.begin(), v->body->toc.end(),
                                           [&](const Heading& h) { return h.anchor == ind.goal; }))
        continue;
      put(i, "goal_text", text);
      put(i, "goal_href", links.to(version_url(doc, *v)) + "#" + ind.goal);
      break;
    }
    auto value = [&](double x) { return format_number(x, sep) + " " + ind.unit; };
    put(i, "baseline",
        s.fill("indicator_point", {{"value", value(ind.baseline.value)}, {"year", std::to_string(ind.baseline.year)}}));
    put(i, "target",
        s.fill("indicator_point", {{"value", value(ind.target.value)}, {"year", std::to_string(ind.target.year)}}));
    data track;
    put(track, "key", to_key(st.track));
    put(track, "label", s.get("track_" + to_key(st.track)));
    put(i, "track", std::move(track));
    if (st.latest) {
      put(i, "track_text",
          s.fill(
              "indicator_track_text",
              {{"value", value(st.latest->value)}, {"period", st.latest->period}, {"expected", value(st.expected)}}));
    }
    ChartText text;
    text.id = "chart-" + ind.id;
    text.title = ind.name;
    text.description = s.fill("chart_description", {{"baseline", value(ind.baseline.value)},
                                                    {"baseline_year", std::to_string(ind.baseline.year)},
                                                    {"target", value(ind.target.value)},
                                                    {"target_year", std::to_string(ind.target.year)},
                                                    {"count", std::to_string(known.size())}});
    text.target_line = s.get("chart_target_line");
    text.measured = s.get("chart_measured");
    text.target =
        s.fill("chart_target", {{"target", value(ind.target.value)}, {"target_year", std::to_string(ind.target.year)}});
    put(i, "chart", indicator_chart_svg(ind, known, text));
    put(i, "chart_region", s.fill("chart_region", {{"name", ind.name}}));
    list rows;
    for (const Measurement* m : known) {
      data r;
      put(r, "period", m->period);
      put(r, "value", format_number(m->value, sep));
      put(r, "expected", format_number(expected_value(ind, m->at), sep));
      put(r, "note", m->note);
      put(r, "source", m->source);
      put(r, "example", m->example);
      rows.push_back(std::move(r));
    }
    put(i, "rows", std::move(rows));
    put(i, "has_rows", !known.empty());
    put(i, "unit", ind.unit);
    put(i, "csv_href", ind.id + ".csv");
    out.push_back(std::move(i));
  }
  put(d, "indicators", std::move(out));
  put(d, "json_href", "indikatorer.json");
  return d;
}

namespace {

// One data set of open data: an action plan's files or an indicator's.
struct DataSet {
  const ActionPlan* plan = nullptr;
  const Indicator* indicator = nullptr;
};

// An organisation's data sets in the order its pages show them: its plans,
// then its indicators, each in site order; those from `first` up to `last`.
std::vector<DataSet> data_sets_of(const Site& site, const std::string& org_id, std::size_t first = 0,
                                  std::size_t last = SIZE_MAX) {
  std::vector<DataSet> out;
  std::size_t n = 0;
  for (const ActionPlan& plan : site.plans) {
    if (plan.organisation_id != org_id) continue;
    if (n >= first && n < last) out.push_back({&plan, nullptr});
    ++n;
  }
  for (const Indicator& ind : site.indicators) {
    if (ind.organisation_id != org_id) continue;
    if (n >= first && n < last) out.push_back({nullptr, &ind});
    ++n;
  }
  return out;
}

data data_set_view(const std::string& title, const std::string& description, const std::string& json,
                   const std::string& csv, const Links& links) {
  data e;
  put(e, "title", title);
  put(e, "description", description);
  if (!json.empty()) put(e, "json_href", links.root + json);
  if (!csv.empty()) put(e, "csv_href", links.root + csv);
  return e;
}

list data_sets_view(const std::vector<DataSet>& sets, const Strings& s, const Links& links) {
  list out;
  for (const DataSet& set : sets) {
    if (set.plan) {
      const ActionPlan& plan = *set.plan;
      out.push_back(data_set_view(plan.title, s.get("open_data_plan_fields"), plan_url(plan) + plan.id + ".json",
                                  plan_url(plan) + plan.id + ".csv", links));
    } else {
      const Indicator& ind = *set.indicator;
      out.push_back(data_set_view(s.fill("indicator_dataset", {{"name", ind.name}}),
                                  s.get("open_data_indicator_fields"), indicators_url(ind) + "indikatorer.json",
                                  indicators_url(ind) + ind.id + ".csv", links));
    }
  }
  return out;
}

}  // namespace

data open_data_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, s.get("open_data_title"));
  set_breadcrumbs(d, links, {{s.get("home"), ""}});
  put(d, "intro", s.get("open_data_intro"));
  list sets;
  sets.push_back(data_set_view(s.get("open_data_catalogue"), s.get("open_data_catalogue_fields"), kDocumentsJson,
                               kDocumentsCsv, links));
  put(d, "datasets", std::move(sets));
  // Each organisation's plans and indicators: on a small site listed here,
  // on a larger one on the organisation's own page, linked from here.
  const auto counts = open_data_counts(ctx.site);
  std::size_t total = 0;
  for (std::size_t n : counts) total += n;
  list orgs;
  for (std::size_t o = 0; o < ctx.site.config.organisations.size(); ++o) {
    if (counts[o] == 0) continue;
    const Organisation& org = ctx.site.config.organisations[o];
    data e;
    put(e, "name", org.name);
    put(e, "href", links.to(open_data_url(org.id)));
    put(e, "count", s.fill("open_data_sets_count", {{"count", std::to_string(counts[o])}}));
    put(e, "has_sets", total <= kDataSetsPerPage);
    if (total <= kDataSetsPerPage) put(e, "sets", data_sets_view(data_sets_of(ctx.site, org.id), s, links));
    orgs.push_back(std::move(e));
  }
  // Not "organisations": that is the header's list (common_view).
  put(d, "has_data_organisations", !orgs.empty());
  put(d, "data_organisations", std::move(orgs));
  return d;
}

data organisation_open_data_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Organisation& org = ctx.site.config.organisations[page.organisation];
  const std::string title = s.fill("open_data_organisation_title", {{"organisation", org.name}});
  data d = common_view(page, ctx, title);
  set_breadcrumbs(d, links, {{s.get("home"), ""}, {s.get("open_data_title"), kOpenDataUrl}});
  put(d, "intro", s.get("open_data_intro"));
  const std::size_t first = page.part * kDataSetsPerPage;
  put(d, "datasets", data_sets_view(data_sets_of(ctx.site, org.id, first, first + kDataSetsPerPage), s, links));
  const std::size_t parts = open_data_parts(data_sets_of(ctx.site, org.id).size());
  set_pagination(
      d, page, ctx, links, parts, [&](std::size_t part) { return open_data_url(org.id, part); }, title);
  return d;
}

void add_goal_followup(data& view, const Page& page, const Document& doc, const Version& version,
                       const RenderContext& ctx) {
  // This runs for every version page: find the document's own plans and
  // indicators first, and stop at once when it has none (most documents).
  const auto plans = ctx.site.plans_of(doc);
  const auto indicators = ctx.site.indicators_of(doc);
  put(view, "has_goals", false);
  if (plans.empty() && indicators.empty()) return;

  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  // Each goal's actions and indicators, keyed by anchor, in one pass.
  std::map<std::string, list> actions_of;
  std::map<std::string, list> indicators_of;
  std::map<std::string, std::optional<std::string>> action_note_of;     // the last example note among its plans
  std::map<std::string, std::optional<std::string>> indicator_note_of;  // the first among its indicators
  for (const ActionPlan& plan : plans) {
    // Only the plan for this version's goals: another version's has its
    // own deadlines, which would contradict this text's.
    if (plan.version_id != version.id) continue;
    for (const ActionRef& ref : flatten(plan)) {
      for (const auto& goal : std::set<std::string>(ref.action->goals.begin(), ref.action->goals.end())) {
        actions_of[goal].push_back(action_row(plan, ref, ctx, links));
        if (plan.example_note) action_note_of[goal] = plan.example_note;
      }
    }
  }
  for (const Indicator& ind : indicators) {
    const IndicatorStanding st = indicator_standing(ind, ctx.as_of);
    data i;
    put(i, "name", ind.name);
    put(i, "href", links.to(indicators_url(ind)) + "#" + ind.id);
    data track;
    put(track, "key", to_key(st.track));
    put(track, "label", s.get("track_" + to_key(st.track)));
    put(i, "track", std::move(track));
    indicators_of[ind.goal].push_back(i);
    if (ind.example_note && !indicator_note_of[ind.goal]) indicator_note_of[ind.goal] = ind.example_note;
  }

  // Goals in the order of the text: headings and paragraphs as they come.
  std::vector<std::string> order;
  std::set<std::string> seen;
  for (const auto& b : version.body->blocks) {
    if (seen.insert(b.id).second) order.push_back(b.id);
  }
  for (const auto& h : version.body->toc) {
    if (seen.insert(h.anchor).second) order.push_back(h.anchor);
  }
  list goals;
  std::optional<std::string> example_text;  // shown once, for the goals listed
  for (const auto& anchor : order) {
    const auto a = actions_of.find(anchor);
    const auto i = indicators_of.find(anchor);
    if (a == actions_of.end() && i == indicators_of.end()) continue;
    if (auto note = action_note_of.find(anchor); note != action_note_of.end() && note->second) {
      example_text = note->second;
    }
    if (auto note = indicator_note_of.find(anchor); note != indicator_note_of.end() && note->second && !example_text) {
      example_text = note->second;
    }
    data g;
    put(g, "text", goal_text(version, anchor));
    put(g, "href", "#" + anchor);
    put(g, "actions", a == actions_of.end() ? list{} : a->second);
    put(g, "has_actions", a != actions_of.end());
    put(g, "indicators", i == indicators_of.end() ? list{} : i->second);
    put(g, "has_indicators", i != indicators_of.end());
    goals.push_back(std::move(g));
  }
  put(view, "goals", goals);
  put(view, "has_goals", !goals.empty());
  if (example_text) put(view, "goals_example", example_notice(example_text, s));
  put(view, "goals_as_of", as_of_text(ctx));
  list plan_links;
  for (const ActionPlan& plan : plans) {
    data p;
    put(p, "title", plan.title);
    put(p, "href", links.to(plan_url(plan)));
    // Another version's plan is still linked, saying whose it is.
    if (plan.version_id != version.id) {
      const auto other = std::find_if(doc.versions.begin(), doc.versions.end(),
                                      [&](const Version& v) { return v.id == plan.version_id; });
      if (other != doc.versions.end())
        put(p, "of_version", s.fill("goals_plan_of_version", {{"version", version_name(*other, s)}}));
    }
    plan_links.push_back(std::move(p));
  }
  put(view, "plan_links", std::move(plan_links));
  if (!indicators.empty()) put(view, "indicators_href", links.to(indicators_url(doc)));
}

}  // namespace styrdok
