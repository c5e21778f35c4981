#include "render/meeting_views.h"

#include "print/qr_code.h"
#include "render/print_views.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

// The day the agenda's statuses are stated for: the meeting's, or the
// build's for a meeting still to come (a later status is not known yet).
Date status_day(const Meeting& m, const RenderContext& ctx) { return std::min(m.date, ctx.as_of); }

// What the agenda's statuses are: "… som den var på sammanträdesdagen, 15 december 2024."
std::string status_note(const Meeting& m, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Date day = status_day(m, ctx);
  return s.fill(day == m.date ? "meeting_status_on_meeting_day" : "meeting_status_before_meeting",
                {{"date", s.date(day)}});
}

// Item number `n` in the agenda: "1", "2", …
std::string number(std::size_t index) { return std::to_string(index + 1); }

// What an agenda item hands out, in one line: "Förslag 10 februari 2016, med ändringar mot …",
// or for a plan "Handlingsplanens läge den 20 januari 2016".
std::string contents_line(const AgendaItem& item, const Meeting& m, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  if (item.kind == AgendaItemKind::plan) return s.fill("meeting_item_plan", {{"date", s.date(status_day(m, ctx))}});
  const Document& doc = ctx.site.documents[item.document];
  const Version& v = doc.versions[item.version];
  std::string line = version_label(v, s);
  if (item.older) {
    line += ". " + s.fill("meeting_item_redline", {{"version", version_name(doc.versions[*item.older], s)}});
  }
  return line;
}

data meeting_facts(const Meeting& m, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Organisation* org = ctx.site.config.find_organisation(m.organisation_id);
  list rows;
  rows.push_back(row(s.get("meeting_label_body"), m.body, s));
  rows.push_back(row(s.get("label_organisation"), org ? std::optional(org->name) : std::nullopt, s));
  rows.push_back(row(s.get("meeting_label_date"), s.date(m.date), s));
  rows.push_back(row(s.get("meeting_label_time"), m.time, s));
  rows.push_back(row(s.get("meeting_label_place"), m.place, s));
  data d;
  put(d, "rows", std::move(rows));
  return d;
}

}  // namespace

data meeting_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Meeting& m = ctx.site.meetings[page.meeting];
  const Organisation* org = ctx.site.config.find_organisation(m.organisation_id);
  data d = common_view(page, ctx, m.title);
  std::vector<std::pair<std::string, std::string>> trail = {{s.get("home"), ""}};
  if (org) trail.push_back({org->name, org->id + "/"});
  set_breadcrumbs(d, links, trail);
  put(d, "facts", meeting_facts(m, ctx));
  if (m.notice) put(d, "notice", *m.notice);
  put(d, "print_href", links.to(print_url(page.url)));
  put(d, "status_note", status_note(m, ctx));
  list items;
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const AgendaItem& item = m.items[i];
    data e;
    put(e, "number", number(i));
    put(e, "title", item.title);
    if (item.note) put(e, "note", *item.note);
    put(e, "contents", contents_line(item, m, ctx));
    if (item.kind == AgendaItemKind::plan) {  // the same link, to the plan's page
      const ActionPlan& plan = ctx.site.plans[item.plan];
      put(e, "version_href", links.to(plan_url(plan)));
      put(e, "version_label", s.fill("meeting_item_version_link", {{"title", plan.title}}));
      items.push_back(e);
      continue;
    }
    const Document& doc = ctx.site.documents[item.document];
    const Version& v = doc.versions[item.version];
    // What it is on the meeting's day: a proposal is never called decided.
    put(e, "status", status_view(doc, item.version, status_day(m, ctx), s));
    put(e, "version_id", v.id);
    put(e, "version_href", links.to(version_url(doc, v)));
    put(e, "version_label", s.fill("meeting_item_version_link", {{"title", v.title}}));
    if (item.older) {
      put(e, "compare_href", links.to(comparison_url(doc, doc.versions[*item.older], v)));
    }
    items.push_back(std::move(e));
  }
  put(d, "items", std::move(items));
  return d;
}

data meeting_print_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Meeting& m = ctx.site.meetings[page.meeting];
  // The packet shows every status as it stands on the day of the meeting
  // (or, before it, on the day it is printed).
  const RenderContext at_meeting{ctx.site, ctx.strings, status_day(m, ctx), ctx.changes};
  data d = print_page_common(page, ctx, m.title, meeting_url(m));
  put(d, "facts", meeting_facts(m, ctx));
  if (m.notice) put(d, "notice", *m.notice);
  const std::string url = ctx.site.config.base_url + meeting_url(m);
  put_permanent_url(d, url);
  put(d, "status_note", status_note(m, ctx));
  put(d, "qr_svg", qr_svg(url, s.fill("print_qr_label_meeting", {{"url", url}})));
  list items, toc;
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const AgendaItem& item = m.items[i];
    const std::string prefix = "punkt-" + number(i) + "-";
    data e;
    put(e, "number", number(i));
    put(e, "title", item.title);
    put(e, "anchor", prefix + "rubrik");
    if (item.note) put(e, "note", *item.note);
    put(e, "contents", contents_line(item, m, ctx));
    data entry;
    put(entry, "number", number(i));
    put(entry, "text", item.title);
    put(entry, "anchor", prefix + "rubrik");
    if (item.kind == AgendaItemKind::plan) {
      data plan = print_plan_block(ctx.site.plans[item.plan], page, at_meeting, {prefix, 3});
      put(entry, "sections", *plan.get("toc"));
      put(e, "plan", std::move(plan));
      items.push_back(e);
      toc.push_back(entry);
      continue;
    }
    const Document& doc = ctx.site.documents[item.document];
    put(e, "status", status_view(doc, item.version, at_meeting.as_of, s));
    put(e, "version_id", doc.versions[item.version].id);
    data version = print_version_block(doc, item.version, at_meeting, {prefix, 3});
    put(entry, "sections", version.get("toc") ? *version.get("toc") : data(list()));
    if (item.older) {
      data redline = print_comparison_block(doc, *item.older, item.version, at_meeting, {prefix + "jamforelse-", 3});
      put(redline, "anchor", prefix + "jamforelse");
      put(entry, "redline_anchor", prefix + "jamforelse");
      put(entry, "redline_text", redline.get("title")->string_value());
      put(e, "comparison", std::move(redline));
    }
    put(e, "version", std::move(version));
    items.push_back(std::move(e));
    toc.push_back(std::move(entry));
  }
  put(d, "items", std::move(items));
  put(d, "toc", toc);
  return d;
}

list meetings_of(const std::string& organisation_id, const Page& page, const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  list out;
  for (std::size_t i = ctx.site.meetings.size(); i-- > 0;) {
    const Meeting& m = ctx.site.meetings[i];
    if (m.organisation_id != organisation_id) continue;
    data e;
    put(e, "title", m.title);
    put(e, "date", ctx.strings.date(m.date));
    put(e, "href", links.to(meeting_url(m)));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace styrdok
