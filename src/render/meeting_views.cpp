#include "render/meeting_views.h"

#include "print/qr_code.h"
#include "render/print_views.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

// Item number `n` in the agenda: "1", "2", …
std::string number(std::size_t index) { return std::to_string(index + 1); }

// What an agenda item hands out, in one line: "Förslag 10 februari 2016, med ändringar mot …".
std::string contents_line(const AgendaItem& item, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Document& doc = ctx.site.documents[item.document];
  const Version& v = doc.versions[item.version];
  std::string line =
      (v.status == VersionStatus::proposal ? s.get("status_proposal") + ", " : std::string()) + version_label(v, s);
  if (item.older) {
    line += ". " + s.fill("meeting_item_redline", {{"version", version_label(doc.versions[*item.older], s)}});
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
  d.set("rows", rows);
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
  d.set("facts", meeting_facts(m, ctx));
  if (m.notice) d.set("notice", *m.notice);
  d.set("print_href", links.to(print_url(page.url)));
  list items;
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const AgendaItem& item = m.items[i];
    const Document& doc = ctx.site.documents[item.document];
    const Version& v = doc.versions[item.version];
    data e;
    e.set("number", number(i));
    e.set("title", item.title);
    if (item.note) e.set("note", *item.note);
    e.set("contents", contents_line(item, ctx));
    e.set("version_href", links.to(version_url(doc, v)));
    e.set("version_label", s.fill("meeting_item_version_link", {{"title", v.title}}));
    if (item.older) {
      e.set("compare_href", links.to(comparison_url(doc, doc.versions[*item.older], v)));
    }
    items.push_back(e);
  }
  d.set("items", items);
  return d;
}

data meeting_print_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Meeting& m = ctx.site.meetings[page.meeting];
  // The packet shows every status as it stands on the day of the meeting.
  const RenderContext at_meeting{ctx.site, ctx.strings, m.date, ctx.changes};
  data d = print_page_common(page, ctx, m.title, meeting_url(m));
  d.set("facts", meeting_facts(m, ctx));
  if (m.notice) d.set("notice", *m.notice);
  const std::string url = ctx.site.config.base_url + meeting_url(m);
  d.set("permanent_url", url);
  d.set("qr_svg", qr_svg(url, s.fill("print_qr_label_meeting", {{"url", url}})));
  list items, toc;
  for (std::size_t i = 0; i < m.items.size(); ++i) {
    const AgendaItem& item = m.items[i];
    const std::string prefix = "punkt-" + number(i) + "-";
    data e;
    e.set("number", number(i));
    e.set("title", item.title);
    e.set("anchor", prefix + "rubrik");
    if (item.note) e.set("note", *item.note);
    e.set("contents", contents_line(item, ctx));
    const Document& doc = ctx.site.documents[item.document];
    data version = print_version_block(doc, item.version, at_meeting, {prefix, 3});
    data entry;
    entry.set("number", number(i));
    entry.set("text", item.title);
    entry.set("anchor", prefix + "rubrik");
    entry.set("sections", version.get("toc") ? *version.get("toc") : data(list()));
    if (item.older) {
      data redline = print_comparison_block(doc, *item.older, item.version, at_meeting, {prefix + "jamforelse-", 3});
      redline.set("anchor", prefix + "jamforelse");
      entry.set("redline_anchor", prefix + "jamforelse");
      entry.set("redline_text", redline.get("title")->string_value());
      e.set("comparison", redline);
    }
    e.set("version", version);
    items.push_back(e);
    toc.push_back(entry);
  }
  d.set("items", items);
  d.set("toc", toc);
  return d;
}

list meetings_of(const std::string& organisation_id, const Page& page, const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  list out;
  for (std::size_t i = ctx.site.meetings.size(); i-- > 0;) {
    const Meeting& m = ctx.site.meetings[i];
    if (m.organisation_id != organisation_id) continue;
    data e;
    e.set("title", m.title);
    e.set("date", ctx.strings.date(m.date));
    e.set("href", links.to(meeting_url(m)));
    out.push_back(e);
  }
  return out;
}

}  // namespace styrdok
