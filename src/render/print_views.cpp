#include "render/print_views.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

#include "core/text.h"
#include "model/action_status.h"
#include "print/qr_code.h"
#include "print/shared_qr_codes.h"
#include "render/branding.h"
#include "render/change_log.h"
#include "render/edition_views.h"
#include "render/plan_views.h"
#include "render/revision_views.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

std::string tag(int level) { return "h" + std::to_string(std::clamp(level, 1, 6)); }

void set_levels(data& d, const PrintPlacement& at) {
  put(d, "prefix", at.prefix);
  put(d, "title_tag", tag(at.level));
  put(d, "section_tag", tag(at.level + 1));
}

std::string organisation_name(const Document& doc, const RenderContext& ctx) {
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  return org ? org->name : doc.organisation_id;
}

// "Sida {page} av {pages}" as CSS content: strings around the two counters.
std::string page_counter_content(const Strings& s) {
  const std::string text = s.get("print_page_of");
  std::string out;
  std::size_t at = 0;
  while (at < text.size()) {
    const auto open = text.find('{', at);
    const auto close = open == std::string::npos ? open : text.find('}', open);
    const std::string literal = text.substr(at, close == std::string::npos ? std::string::npos : open - at);
    if (!literal.empty()) out += (out.empty() ? "" : " ") + css_string(literal);
    if (close == std::string::npos) break;
    const std::string name = text.substr(open + 1, close - open - 1);
    if (name == "page" || name == "pages") out += (out.empty() ? "" : " ") + std::string("counter(") + name + ")";
    at = close + 1;
  }
  return out;
}

// What the running header and footer of a version's or comparison's pages say.
struct RunningText {
  std::string left, right, footer;
};

RunningText version_running_text(const Document& doc, std::size_t index, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Version& v = doc.versions[index];
  RunningText r;
  r.left = organisation_name(doc, ctx) + " · " + v.title;
  // The diarienummer, when known: "dnr Uppgift saknas" on every sheet says nothing.
  if (v.registration_number) r.right = s.get("registration_abbreviation") + " " + *v.registration_number;
  // Every printed page says which text it is and its status on the day.
  r.footer = s.fill("print_footer_version",
                    {{"status", status_words(doc, index, ctx.as_of, s).label}, {"version", version_label(v, s)}});
  return r;
}

RunningText plan_running_text(const ActionPlan& plan, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Organisation* org = ctx.site.config.find_organisation(plan.organisation_id);
  RunningText r;
  r.left = (org ? org->name : plan.organisation_id) + " · " + plan.title;
  r.right = s.fill("print_plan_header_as_of", {{"date", s.date(ctx.as_of)}});
  const Document* doc = nullptr;
  const Version* v = plan_document_version(plan, ctx.site, &doc);
  r.footer = v ? s.fill("print_plan_footer", {{"title", v->title}}) : s.get("plan_kicker");
  return r;
}

// The running header and footer of a print page or of a page that prints
// itself, in the language of ctx.strings (an edition's page passes the
// edition's).
RunningText running_text(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  switch (page.kind) {
    case PageKind::meeting_print: {
      const Meeting& m = ctx.site.meetings[page.meeting];
      const Organisation* org = ctx.site.config.find_organisation(m.organisation_id);
      return {(org ? org->name : m.organisation_id) + " · " + m.title, m.body + " " + m.date.iso(),
              s.fill("meeting_handout_footer", {{"body", m.body}, {"date", s.date(m.date)}})};
    }
    case PageKind::plan_print: return plan_running_text(ctx.site.plans[page.plan], ctx);
    case PageKind::edition: {
      const Document& doc = ctx.site.documents[page.document];
      const Version& v = doc.versions[page.version];
      const Edition& edition = v.editions[page.edition];
      RunningText r = version_running_text(doc, page.version, ctx);
      r.left = organisation_name(doc, ctx) + " · " + edition.title;
      if (edition.lang().right_to_left) {
        // The Swedish name and the diarienummer keep their own direction in a
        // right-to-left header: first-strong isolates.
        auto isolated = [](const std::string& text) { return "\u2068" + text + "\u2069"; };
        r.left = isolated(organisation_name(doc, ctx)) + " · " + edition.title;
        if (v.registration_number)
          r.right = s.get("registration_abbreviation") + " " + isolated(*v.registration_number);
      }
      return r;
    }
    case PageKind::comparison: {
      const Document& doc = ctx.site.documents[page.document];
      const Version& v = doc.versions[page.version];
      RunningText r = version_running_text(doc, page.version, ctx);
      r.left = organisation_name(doc, ctx) + " · " + s.fill("compare_title", {{"title", v.title}});
      r.footer = version_label(doc.versions[page.older], s) + " → " + version_label(v, s);
      return r;
    }
    default: return version_running_text(ctx.site.documents[page.document], page.version, ctx);
  }
}

// The newest report(s) of `a` known on the day: those of the latest visible date.
list latest_reports(const Action& a, const ActionStanding& st, const Strings& s) {
  list out;
  if (st.visible_reports == 0) return out;
  const Date last = a.reports[st.visible_reports - 1].date;
  for (std::size_t i = st.visible_reports; i-- > 0 && a.reports[i].date == last;) {
    const Report& r = a.reports[i];
    data e;
    put(e, "report_date", s.date(r.date));
    if (r.status) put(e, "report_status", s.get("action_status_" + to_key(*r.status)));
    if (r.progress) put(e, "report_progress", s.fill("percent", {{"value", std::to_string(*r.progress)}}));
    if (!r.text.empty()) put(e, "report_text", r.text);
    put(e, "report_example", r.example);
    out.push_back(std::move(e));
  }
  return out;
}

data toc_entry(const std::string& text, const std::string& anchor) {
  data e;
  put(e, "text", text);
  put(e, "anchor", anchor);
  put(e, "level", std::string("2"));
  return e;
}

// What a page that prints itself has besides its QR code.
void add_running_header(data& view, const Page& page, const RenderContext& ctx) {
  put(view, "prints_itself", true);
  put(view, "running", running_header_view(page, ctx));
}

}  // namespace

std::string css_string(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
      out += ' ';  // a running header is one line
    } else if (u < 0x20 || u == 0x7F || c == '<') {
      // Every other control character (it would end the string or the rule)
      // and '<' (no "</style>") as a CSS escape: hex digits and a space.
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%x ", u == 0 ? 0xFFFDu : static_cast<unsigned>(u));
      out += buf;
    } else {
      out += c;
    }
  }
  return valid_utf8(out) + "\"";
}

std::string prefix_anchors(const std::string& html, const std::string& prefix) {
  if (prefix.empty()) return html;
  static constexpr std::string_view kPatterns[] = {" id=\"", " href=\"#", " aria-labelledby=\"",
                                                   " aria-describedby=\""};
  std::string out;
  out.reserve(html.size() + html.size() / 20);
  const std::string_view text(html);
  std::size_t copied = 0;  // text before this is in `out`
  for (std::size_t i = text.find(' '); i != std::string_view::npos; i = text.find(' ', i + 1)) {
    for (const std::string_view pattern : kPatterns) {
      if (text.compare(i, pattern.size(), pattern) != 0) continue;
      out.append(text, copied, i + pattern.size() - copied);
      out += prefix;
      copied = i + pattern.size();
      i = copied - 1;
      break;
    }
  }
  out.append(text, copied);
  return out;
}

std::string without_block_links(const std::string& html) {
  static constexpr std::string_view kOpen = "<a class=\"block-link\"", kClose = "</a>";
  std::string out;
  out.reserve(html.size());
  std::size_t copied = 0;
  for (std::size_t at = html.find(kOpen); at != std::string::npos; at = html.find(kOpen, copied)) {
    const std::size_t end = html.find(kClose, at);
    if (end == std::string::npos) break;
    out.append(html, copied, at - copied);
    copied = end + kClose.size();
  }
  out.append(html, copied);
  return out;
}

std::string shift_headings(const std::string& html, int by) {
  if (by <= 0) return html;
  std::string out;
  out.reserve(html.size());
  for (std::size_t i = 0; i < html.size(); ++i) {
    const bool open = html.compare(i, 2, "<h") == 0, close = html.compare(i, 3, "</h") == 0;
    const std::size_t digit = i + (close ? 3 : 2);
    if ((open || close) && digit < html.size() && html[digit] >= '1' && html[digit] <= '6' && digit + 1 < html.size() &&
        (html[digit + 1] == '>' || html[digit + 1] == ' ')) {
      out += html.substr(i, digit - i);
      out += static_cast<char>('0' + std::min(6, html[digit] - '0' + by));
      i = digit;
      continue;
    }
    out += html[i];
  }
  return out;
}

data print_page_common(const Page& page, const RenderContext& ctx, const std::string& heading,
                       const std::string& screen_url) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d;
  put(d, "lang", to_key(ctx.site.config.language));
  put(d, "heading", heading);
  put(d, "page_title", s.fill("print_page_title", {{"title", heading}}) + " – " + ctx.site.config.title);
  put(d, "root", links.root);
  put(d, "canonical_url", ctx.site.config.base_url + screen_url);
  put(d, "screen_href", links.to(screen_url));
  put(d, "print_stylesheet_href", links.to(kPrintStylesheet));
  put(d, "running", running_header_view(page, ctx));
  put(d, "accessibility_href", links.to(kAccessibilityUrl));
  add_branding(d, ctx.site.config.branding, links.root, s);
  return d;
}

data print_version_block(const Document& doc, std::size_t index, const RenderContext& ctx, const PrintPlacement& at) {
  const Strings& s = ctx.strings;
  const Version& v = doc.versions[index];
  data d;
  set_levels(d, at);
  put(d, "title", v.title);
  put(d, "kicker", type_label(v.type, s) + " · " + organisation_name(doc, ctx));
  put(d, "status", status_view(doc, index, ctx.as_of, s));
  put(d, "version_id", v.id);
  put(d, "version_label", version_label(v, s));
  put(d, "status_as_of", status_as_of(ctx.as_of, s));
  const std::string decided = decision_line(v, s);
  if (!decided.empty()) put(d, "decision", decided);
  if (v.summary) put(d, "summary", *v.summary);
  auto [known, unknown] = metadata_rows_split(doc, v, ctx);
  put(d, "metadata", std::move(known));
  if (!unknown.empty()) put(d, "unknown_fields", s.fill("unknown_fields", {{"fields", unknown}}));
  const std::string url = ctx.site.config.base_url + version_url(doc, v);
  put_permanent_url(d, url);
  put(d, "qr_svg", qr_svg(url, s.fill("print_qr_label", {{"url", url}})));
  put(d, "toc", toc_view(*v.body, at.prefix));
  put(d, "has_toc", !v.body->toc.empty());
  put(d, "body", shift_headings(prefix_anchors(without_block_links(v.body->html), at.prefix), at.level - 1));
  const std::string cite = citation(v, s);
  if (!cite.empty()) put(d, "citation", cite);
  return d;
}

data print_comparison_block(const Document& doc, std::size_t older_index, std::size_t newer_index,
                            const RenderContext& ctx, const PrintPlacement& at) {
  const Strings& s = ctx.strings;
  const Version& older = doc.versions[older_index];
  const Version& newer = doc.versions[newer_index];
  data d;
  set_levels(d, at);
  put(d, "title", s.fill("compare_title", {{"title", newer.title}}));
  put(d, "kicker", organisation_name(doc, ctx));
  put(d, "intro", s.fill("compare_intro", {{"older", version_name(older, s)}, {"newer", version_name(newer, s)}}));
  put(d, "older_status", status_view(doc, older_index, ctx.as_of, s));
  put(d, "newer_status", status_view(doc, newer_index, ctx.as_of, s));
  put(d, "status_as_of", status_as_of(ctx.as_of, s));
  put(d, "older_label", version_label(older, s));
  put(d, "newer_label", version_label(newer, s));
  put(d, "older_id", older.id);
  put(d, "newer_id", newer.id);
  const std::string url = ctx.site.config.base_url + comparison_url(doc, older, newer);
  put_permanent_url(d, url);
  put(d, "qr_svg", qr_svg(url, s.fill("print_qr_label_comparison", {{"url", url}})));
  std::optional<Comparison> scratch;
  const Comparison& c = comparison_between(ctx.changes, ctx.site, doc, older, newer, scratch);
  put(d, "summary", change_summary(c, s));
  const list meta = metadata_changes(doc, older, newer, ctx);
  put(d, "metadata_changes", meta);
  put(d, "has_metadata_changes", !meta.empty());
  list sections, toc;
  sections.reserve(c.sections.size());  // data's move may throw, so a growing vector would copy every section
  toc.reserve(c.sections.size());
  for (std::size_t i = 0; i < c.sections.size(); ++i) {
    data sec = section_view(c.sections[i], *newer.body, s, false);
    put(sec, "inline_html",
        shift_headings(prefix_anchors(without_block_links(sec.get("inline_html")->string_value()), at.prefix + "r-"),
                       at.level - 1));
    toc.push_back(section_toc_entry(sec, at.prefix + "avsnitt-" + std::to_string(i + 1)));
    sections.push_back(std::move(sec));
  }
  put(d, "sections", std::move(sections));
  put(d, "toc", toc);
  put(d, "has_toc", !toc.empty());
  return d;
}

data print_plan_block(const ActionPlan& plan, const Page& page, const RenderContext& ctx, const PrintPlacement& at) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Organisation* org = ctx.site.config.find_organisation(plan.organisation_id);
  data d;
  set_levels(d, at);
  put(d, "title", plan.title);
  put(d, "kicker", s.get("plan_kicker") + " · " + (org ? org->name : plan.organisation_id));
  // Set even when empty, so that a handout's outer values never show through.
  put(d, "summary", plan.summary ? data(*plan.summary) : data(false));
  if (plan.example_note) {
    data note;
    put(note, "label", s.get("example_data_label"));
    put(note, "text", *plan.example_note);
    put(d, "example", std::move(note));
  } else {
    put(d, "example", false);
  }
  put(d, "metadata", plan_metadata(plan, ctx, links));
  const std::string url = ctx.site.config.base_url + plan_url(plan);
  put_permanent_url(d, url);
  put(d, "qr_svg", qr_svg(url, s.fill("print_qr_label_plan", {{"url", url}})));
  put(d, "as_of", s.fill("plan_as_of", {{"date", s.date(ctx.as_of)}}));
  put(d, "summary_sentence", plan_summary_sentence(count_states(plan, ctx.as_of), s));
  put(d, "table_caption", s.get("plan_actions_caption"));
  const std::string rollup = plan_rollup_note(plan, s);
  put(d, "rollup", rollup.empty() ? data(false) : data(rollup));
  list rows, followup;
  for (const ActionRef& ref : flatten(plan)) {
    rows.push_back(plan_action_row(plan, ref, ctx, links));
    data e;
    put(e, "id", ref.action->id);
    put(e, "title", ref.action->title);
    put(e, "is_sub", ref.depth > 0);
    put(e, "latest", latest_reports(*ref.action, standing_on(*ref.action, plan, ctx.as_of), s));
    followup.push_back(std::move(e));
  }
  put(d, "actions", std::move(rows));
  put(d, "followup", followup);
  list toc;
  toc.push_back(toc_entry(s.get("plan_status_heading"), at.prefix + "plan-status"));
  toc.push_back(toc_entry(s.get("plan_actions_heading"), at.prefix + "plan-actions"));
  toc.push_back(toc_entry(s.get("print_plan_reports_heading"), at.prefix + "plan-reports"));
  put(d, "toc", std::move(toc));
  return d;
}

data plan_print_view(const Page& page, const RenderContext& ctx) {
  const ActionPlan& plan = ctx.site.plans[page.plan];
  data d = print_page_common(page, ctx, plan.title, plan_url(plan));
  put(d, "plan", print_plan_block(plan, page, ctx, {"", 1}));
  return d;
}

data running_header_view(const Page& page, const RenderContext& ctx) {
  const RunningText running = running_text(page, ctx);
  data d;
  put(d, "left", running.left);
  put(d, "right", running.right);
  put(d, "footer", running.footer);
  return d;
}

void add_self_print(data& view, const Document& doc, std::size_t version, const RenderContext& ctx) {
  Page printed;
  printed.kind = PageKind::version;
  printed.document = static_cast<std::size_t>(&doc - ctx.site.documents.data());
  printed.version = version;
  const std::string url = ctx.site.config.base_url + version_url(doc, doc.versions[version]);
  const std::string label = ctx.strings.fill("print_qr_label", {{"url", url}});
  // The document's page prints the version it shows, as that version's page does.
  const bool two_pages = ctx.qr_codes && version == shown_version_index(doc, ctx.as_of);
  add_running_header(view, printed, ctx);
  put(view, "qr_svg", two_pages ? ctx.qr_codes->svg_for_two(url, label) : qr_svg(url, label));
}

void add_self_print(data& view, const Page& page, const std::string& permanent_url, const std::string& qr_label,
                    const RenderContext& ctx) {
  add_running_header(view, page, ctx);
  put(view, "qr_svg", qr_svg(permanent_url, qr_label));
}

data print_stylesheet_view(const RenderContext& ctx) {
  data d;
  put(d, "page_counter", page_counter_content(ctx.strings));
  list languages;
  if (ctx.edition_strings) {
    for (const auto& [code, strings] : *ctx.edition_strings) {
      // The code names a page and a class: only letters, digits and hyphens.
      if (code.empty() || code.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        continue;
      data l;
      put(l, "code", code);
      put(l, "page_counter", page_counter_content(strings));
      languages.push_back(std::move(l));
    }
  }
  put(d, "languages", std::move(languages));
  return d;
}

}  // namespace styrdok
