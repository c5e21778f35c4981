#include "render/edition_views.h"

#include "core/text.h"
#include "print/qr_code.h"
#include "render/print_views.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

const char* dir_of(const EditionLanguage& language) { return language.right_to_left ? "rtl" : "ltr"; }

// Links to the editions of `version`, each in its own language and direction.
list edition_entries(const Document& doc, std::size_t version, const Links& links, int except = -1) {
  list out;
  const Version& v = doc.versions[version];
  for (std::size_t i = 0; i < v.editions.size(); ++i) {
    if (static_cast<int>(i) == except) continue;
    const Edition& e = v.editions[i];
    data entry;
    put(entry, "name", std::string(e.lang().name));
    put(entry, "tag", std::string(e.lang().tag));
    put(entry, "dir", dir_of(e.lang()));
    put(entry, "href", links.to(edition_url(doc, v, e)));
    entry.set("example", e.example);
    out.push_back(std::move(entry));
  }
  return out;
}

// rel="alternate" hreflang: the version in the site's language and its
// editions in other languages (easy-read Swedish shares the tag "sv", so it
// is not an alternate language and is left out).
list alternates(const Document& doc, std::size_t version, const RenderContext& ctx) {
  list out;
  const Version& v = doc.versions[version];
  const std::string site_tag = to_key(ctx.site.config.language);
  auto add = [&](const std::string& tag, const std::string& url) {
    data a;
    put(a, "tag", tag);
    put(a, "href", ctx.site.config.base_url + url);
    out.push_back(std::move(a));
  };
  if (v.editions.empty()) return out;
  add(site_tag, version_url(doc, v));
  for (const Edition& e : v.editions)
    if (e.lang().tag != site_tag) add(std::string(e.lang().tag), edition_url(doc, v, e));
  return out;
}

// The body was rendered with the site's accessible names for its ¶ links,
// tables and footnotes' ways back, and the heading of its footnotes (when
// it was loaded, before the editions' languages were known): here they are
// put in the edition's language.
std::string relabelled(std::string html, const Strings& site, const Strings& s) {
  for (const char* key : {"block_link_label", "table_label", "footnote_back_label"}) {
    const std::string from = "aria-label=\"" + site.get(key) + "\"", to = "aria-label=\"" + s.get(key) + "\"";
    if (from != to) html = replaced_all(html, from, to);
  }
  // The way back to a footnote's second reference and on ("… 2", "… 3"),
  // and the tables of a text with more than one ("Tabell 1", "Tabell 2").
  for (const char* key : {"footnote_back_label", "table_label"}) {
    const std::string from = "aria-label=\"" + site.get(key) + " ", to = "aria-label=\"" + s.get(key) + " ";
    if (from != to) html = replaced_all(html, from, to);
  }
  const std::string from = "\">" + html_escape(site.get("footnotes_label")) + "</h2>\n<ol>",
                    to = "\">" + html_escape(s.get("footnotes_label")) + "</h2>\n<ol>";
  if (from != to) html = replaced_all(html, from, to);
  return html;
}

}  // namespace

const Strings& edition_strings(const RenderContext& ctx, const std::string& language) {
  if (!ctx.edition_strings) return ctx.strings;
  auto it = ctx.edition_strings->find(language);
  return it == ctx.edition_strings->end() ? ctx.strings : it->second;
}

void add_edition_links(data& view, const Document& doc, std::size_t version, const Page& page,
                       const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  list entries = edition_entries(doc, version, links);
  bool example = false;
  for (const Edition& e : doc.versions[version].editions) example = example || e.example;
  put(view, "has_editions", !entries.empty());
  put(view, "editions", std::move(entries));
  if (example) put(view, "editions_example", ctx.strings.get("edition_example_list"));
  put(view, "alternates", alternates(doc, version, ctx));
}

data edition_view(const Page& page, const RenderContext& site_ctx) {
  const Document& doc = site_ctx.site.documents[page.document];
  const Version& v = doc.versions[page.version];
  const Edition& e = v.editions[page.edition];
  const EditionLanguage& language = e.lang();
  const Strings& sv = site_ctx.strings;  // the site's language: what the source is written in
  const Strings& s = edition_strings(site_ctx, e.language);
  const RenderContext ctx{.site = site_ctx.site,
                          .strings = s,
                          .as_of = site_ctx.as_of,
                          .changes = site_ctx.changes,
                          .edition_strings = site_ctx.edition_strings,
                          .due = site_ctx.due,
                          .documents = site_ctx.documents,
                          .status_changes = site_ctx.status_changes};
  const Links links = Links::for_page(page, ctx.site.config);
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  const std::string site_tag = to_key(ctx.site.config.language);
  const bool same_language = language.tag == site_tag;  // easy-read Swedish on a Swedish site

  data d = common_view(page, ctx, e.title);
  put(d, "lang", std::string(language.tag));
  put(d, "dir", dir_of(language));
  put(d, "site_lang", site_tag);
  if (!same_language) put(d, "foreign_lang", site_tag);  // the site's title and organisations in the header
  put(d, "edition_language", std::string(language.code));
  // Breadcrumbs: names of the site's language keep their own lang.
  list trail;
  auto crumb = [&](const std::string& label, const std::string& url, bool foreign) {
    data b;
    put(b, "label", label);
    put(b, "href", links.to(url));
    if (foreign && !same_language) put(b, "crumb_lang", site_tag);
    trail.push_back(std::move(b));
  };
  crumb(s.get("home"), "", false);
  if (org) crumb(org->name, org->id + "/", true);
  crumb(v.title, version_url(doc, v), true);
  put(d, "has_breadcrumbs", true);
  put(d, "breadcrumbs", std::move(trail));

  const std::string kind = language.code == "lattlast" ? s.get("edition_easy_read") : s.get("edition_translation");
  put(d, "kind_label", kind);
  // "Översättning · English", but "Lättläst" once: the easy-read edition's language is named so.
  if (language.name != kind) put(d, "language_name", std::string(language.name));
  put(d, "source_title", v.title);
  put(d, "source_href", links.to(version_url(doc, v)));
  put(d, "source_label", s.get("edition_source_link"));
  put(d, "source_version", version_label(v, s));
  put(d, "organisation_name", org ? org->name : doc.organisation_id);
  put(d, "version_id", v.id);
  put(d, "status", status_view(doc, page.version, ctx.as_of, s));
  const std::string decided = decision_line(v, s);
  if (!decided.empty()) put(d, "decision", decided);

  // Who translated it, and when; a machine translation and an example say so.
  list facts;
  auto fact = [&](const std::string& text) { facts.push_back(data(text)); };
  if (e.translated_by) fact(s.fill("edition_translated_by", {{"who", *e.translated_by}}));
  if (e.machine_translated) fact(s.get("edition_machine_translated"));
  fact(e.translated_on ? s.fill("edition_translated_on", {{"date", s.date(*e.translated_on)}})
                       : s.get("edition_translated_on_unknown"));
  put(d, "facts", std::move(facts));
  if (e.note) put(d, "note", *e.note);
  if (e.example) {
    data example;
    put(example, "label", s.get("edition_example_label"));
    put(example, "text", s.get("edition_example"));
    put(d, "example", std::move(example));
  }

  // Staleness, in the edition's language and in the site's.
  const EditionStaleness st = edition_staleness(doc, page.version, page.edition, ctx.as_of);
  put(d, "stale", st.stale);
  if (st.stale) {
    put(d, "stale_statement", edition_stale_statement(doc, page.version, st, s));
    if (!same_language) put(d, "stale_statement_site", edition_stale_statement(doc, page.version, st, sv));
    list go;
    if (st.current >= 0) {
      const Version& current = doc.versions[static_cast<std::size_t>(st.current)];
      data a;
      put(a, "href", links.to(version_url(doc, current)));
      put(a, "label", sv.get("edition_read_current"));
      put(a, "link_lang", site_tag);
      go.push_back(std::move(a));
      if (st.current_edition >= 0) {
        const Edition& next = current.editions[static_cast<std::size_t>(st.current_edition)];
        data b;
        put(b, "href", links.to(edition_url(doc, current, next)));
        put(b, "label", s.get("edition_read_current_edition"));
        put(b, "link_lang", std::string(language.tag));
        go.push_back(std::move(b));
      }
    }
    put(d, "stale_links", std::move(go));
  }

  list others = edition_entries(doc, page.version, links, static_cast<int>(page.edition));
  put(d, "has_other_editions", !others.empty());
  put(d, "other_editions", std::move(others));
  put(d, "alternates", alternates(doc, page.version, ctx));

  put(d, "has_toc", !e.body->toc.empty());
  put(d, "toc", toc_view(*e.body));
  put(d, "body",
      relabelled(full_attachment_addresses(relative_site_links(e.body->html, links.root), ctx.site.config.base_url), sv,
                 s));
  const std::string url = ctx.site.config.base_url + edition_url(doc, v, e);
  put_permanent_url(d, url);

  // The version's metadata, labelled in the edition's language; each value
  // (a diarienummer, a date, a name) isolated, since its direction may not
  // be the page's.
  auto [known, unknown] = metadata_rows_split(doc, v, ctx);
  put(d, "metadata", std::move(known));
  if (!unknown.empty()) put(d, "unknown_fields", s.fill("unknown_fields", {{"fields", unknown}}));

  // The page prints itself: running header and footer in its language (the
  // Swedish name and diarienummer isolated right to left), the QR code of
  // its address, and its language's page numbers (a named page of
  // print-pages.css, through the body's class).
  put(d, "prints_itself", true);
  put(d, "running", running_header_view(page, ctx));
  put(d, "qr_svg", qr_svg(url, s.fill("print_qr_label", {{"url", url}})));
  put(d, "print_language", e.language);
  return d;
}

}  // namespace styrdok
