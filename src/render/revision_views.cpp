#include "render/revision_views.h"

#include "render/print_views.h"

#include <algorithm>

#include "render/change_log.h"
#include "render/due_list.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

std::string counted(const Strings& s, const std::string& key, std::size_t n) {
  return s.fill(key + (n == 1 ? "_one" : "_many"), {{"count", std::to_string(n)}});
}

std::string names_of(const Comparison& c, SectionChangeKind kind, bool moved_only, const Strings& s) {
  std::string names;
  for (const auto& sec : c.sections) {
    const bool match = moved_only ? sec.moved : sec.kind == kind;
    if (!match) continue;
    const std::string& name = sec.new_heading.empty() ? sec.old_heading : sec.new_heading;
    names += (names.empty() ? "" : ", ") + (name.empty() ? s.get("compare_preamble") : name);
  }
  return names;
}

// The version in force on the day, and a ordered pair's comparison address.
std::string pair_url(const Document& doc, std::size_t a, std::size_t b) {
  const auto older = std::min(a, b), newer = std::max(a, b);
  return comparison_url(doc, doc.versions[older], doc.versions[newer]);
}

}  // namespace

std::string announce_changes(const std::string& html, const Strings& s) {
  const std::string open = "<span class=\"visually-hidden change-marker\">";
  const std::pair<std::string_view, std::string> marks[] = {
      {"<ins>", "<ins>" + open + s.get("change_added_start") + " </span>"},
      {"</ins>", open + " " + s.get("change_added_end") + "</span></ins>"},
      {"<del>", "<del>" + open + s.get("change_removed_start") + " </span>"},
      {"</del>", open + " " + s.get("change_removed_end") + "</span></del>"}};
  std::string out;
  out.reserve(html.size() + html.size() / 8);
  std::size_t at = 0;
  while (at < html.size()) {
    const std::size_t tag = html.find('<', at);
    if (tag == std::string::npos) break;
    out.append(html, at, tag - at);
    at = tag;
    bool marked = false;
    for (const auto& [from, to] : marks) {
      if (html.compare(tag, from.size(), from) == 0) {
        out += to;
        at += from.size();
        marked = true;
        break;
      }
    }
    if (!marked) out += html[at++];
  }
  out.append(html, std::min(at, html.size()));
  return out;
}

// The field-by-field differences of two versions' metadata.
list metadata_changes(const Document& doc, const Version& older, const Version& newer, const RenderContext& ctx) {
  const list a = metadata_rows(doc, older, ctx);
  const list b = metadata_rows(doc, newer, ctx);
  list changes;
  // Field by field: a proposal has rows an adopted version has not, and
  // labels of its own ("Planerat beslutsdatum" for "Beslutsdatum").
  for (const auto& old_row : a) {
    const std::string& field = old_row.get("field")->string_value();
    const auto new_row =
        std::find_if(b.begin(), b.end(), [&](const data& r) { return r.get("field")->string_value() == field; });
    if (new_row == b.end()) continue;
    const auto& old_value = old_row.get("value")->string_value();
    const auto& new_value = new_row->get("value")->string_value();
    if (old_value == new_value) continue;
    const std::string& old_label = old_row.get("label")->string_value();
    const std::string& new_label = new_row->get("label")->string_value();
    data row;
    put(row, "label", old_label == new_label ? old_label : old_label + " / " + lower_first(new_label));
    put(row, "old", old_value);
    put(row, "new", new_value);
    // "Uppgift saknas" is no text removed or added: shown as it is, unmarked.
    put(row, "old_known", !old_row.get("unknown")->is_true());
    put(row, "new_known", !new_row->get("unknown")->is_true());
    changes.push_back(std::move(row));
  }
  return changes;
}

data section_view(const SectionDiff& sec, const Body& newer, const Strings& s, bool side_by_side) {
  data d;
  const std::string& heading = sec.new_heading.empty() ? sec.old_heading : sec.new_heading;
  put(d, "heading", heading.empty() ? s.get("compare_preamble") : heading);
  put(d, "anchor", sec.new_anchor.empty() ? sec.old_anchor : sec.new_anchor);
  // also what an unchanged section shows
  put(d, "inline_html", announce_changes(section_html(sec, DiffView::redline, newer), s));
  if (side_by_side) {
    put(d, "old_html", announce_changes(section_html(sec, DiffView::older, newer), s));
    put(d, "new_html", announce_changes(section_html(sec, DiffView::newer, newer), s));
    // A column with nothing in it says why.
    put(d, "old_absent", sec.kind == SectionChangeKind::added);
    put(d, "new_absent", sec.kind == SectionChangeKind::removed);
  }
  put(d, "side_by_side", side_by_side);
  const bool unchanged = sec.kind == SectionChangeKind::unchanged;
  put(d, "unchanged", unchanged && !sec.moved);
  std::string label;
  switch (sec.kind) {
    case SectionChangeKind::unchanged: label = s.get("compare_unchanged"); break;
    case SectionChangeKind::changed: label = s.get("compare_changed"); break;
    case SectionChangeKind::added: label = s.get("compare_added"); break;
    case SectionChangeKind::removed: label = s.get("compare_removed"); break;
  }
  if (sec.moved) label = (unchanged ? "" : label + ", ") + s.get("compare_moved");
  if (sec.moved && unchanged) label = s.get("compare_moved");
  put(d, "label", std::move(label));
  put(d, "kind",
      sec.moved && unchanged ? std::string("moved")
                             : std::string(sec.kind == SectionChangeKind::changed   ? "changed"
                                           : sec.kind == SectionChangeKind::added   ? "added"
                                           : sec.kind == SectionChangeKind::removed ? "removed"
                                                                                    : "unchanged"));
  if (sec.old_heading != sec.new_heading && !sec.old_heading.empty() && !sec.new_heading.empty()) {
    put(d, "renamed", s.fill("compare_renamed", {{"old", sec.old_heading}}));
  }
  return d;
}

std::string change_summary(const Comparison& c, const Strings& s) {
  if (c.identical()) return s.get("summary_no_changes");
  std::vector<std::string> parts;
  auto part = [&](int n, const std::string& key, const std::string& names) {
    if (n == 0) return;
    std::string text = counted(s, key, static_cast<std::size_t>(n));
    if (!names.empty()) text += " (" + names + ")";
    parts.push_back(std::move(text));
  };
  part(c.sections_changed, "summary_changed", names_of(c, SectionChangeKind::changed, false, s));
  part(c.sections_added, "summary_added", names_of(c, SectionChangeKind::added, false, s));
  part(c.sections_removed, "summary_removed", names_of(c, SectionChangeKind::removed, false, s));
  part(c.sections_moved, "summary_moved", names_of(c, SectionChangeKind::unchanged, true, s));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  out += ". " + s.fill("summary_words",
                       {{"added", counted(s, "summary_words_added", static_cast<std::size_t>(c.words_added))},
                        {"removed", counted(s, "summary_words_removed", static_cast<std::size_t>(c.words_removed))}});
  return out;
}

void add_revision_context(data& d, const Page& page, std::size_t shown, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[page.document];
  const Version& v = doc.versions[shown];
  const int current_index = current_version_index(doc, ctx.as_of);
  const int previous = ctx.changes ? ctx.changes->previous(page.document, shown) : -1;

  // The links a reader needs first, beside the status: the version that
  // applies, what this one changed, a pending proposal, the whole history.
  list status_links;
  auto link = [&](const std::string& href, const std::string& label) {
    data l;
    put(l, "href", href);
    put(l, "label", label);
    status_links.push_back(std::move(l));
  };
  if (current_index >= 0 && static_cast<std::size_t>(current_index) != shown) {
    // Of a repealed document no version is current: its last one is repealed.
    const bool repealed = doc.repeal && doc.repeal->date <= ctx.as_of;
    link(links.to(document_url(doc)), s.fill(repealed ? "link_last_version_repealed" : "link_current_version",
                                             {{"version", version_label(doc.versions[current_index], s)}}));
  }
  if (v.status == VersionStatus::proposal && previous >= 0) {
    link(links.to(pair_url(doc, static_cast<std::size_t>(previous), shown)), s.get("link_proposal_changes"));
  } else if (previous >= 0) {
    link(links.to(pair_url(doc, static_cast<std::size_t>(previous), shown)),
         s.fill("link_previous_changes", {{"version", version_name(doc.versions[previous], s)}}));
  }
  if (v.status == VersionStatus::adopted && static_cast<int>(shown) == current_index) {
    for (std::size_t p : pending_proposals(doc)) {
      const int base = ctx.changes ? ctx.changes->previous(page.document, p) : -1;
      link(links.to(base >= 0 ? pair_url(doc, static_cast<std::size_t>(base), p) : version_url(doc, doc.versions[p])),
           s.fill("link_pending_proposal", {{"version", version_name(doc.versions[p], s)}}));
    }
  }
  link("#history", s.fill(doc.versions.size() == 1 ? "link_history_one" : "link_history_many",
                          {{"count", std::to_string(doc.versions.size())}}));
  put(d, "status_links", std::move(status_links));

  list history;
  for (std::size_t i = doc.versions.size(); i-- > 0;) {
    const Version& h = doc.versions[i];
    data e;
    put(e, "id", h.id);
    put(e, "label", version_label(h, s));
    put(e, "href", links.to(version_url(doc, h)));
    put(e, "shown", i == shown);
    put(e, "proposal", h.status == VersionStatus::proposal);
    put(e, "status", status_view(doc, i, ctx.as_of, s));
    const std::string decided = decision_line(h, s);
    if (!decided.empty()) put(e, "decided", decided);
    if (h.change_note) put(e, "change_note", *h.change_note);
    if (ctx.changes) {
      const int prev = ctx.changes->previous(page.document, i);
      const Comparison* change = ctx.changes->change(page.document, i);
      if (prev >= 0 && change) {
        put(e, "computed_summary", change_summary(*change, s));
        put(e, "compare_href", links.to(pair_url(doc, static_cast<std::size_t>(prev), i)));
        put(e, "compare_label", s.fill("history_compare", {{"version", version_name(doc.versions[prev], s)}}));
      }
    }
    history.push_back(std::move(e));
  }
  put(d, "versions", std::move(history));
  if (doc.versions.size() > 1) put(d, "compare_index_href", links.to(comparison_index_url(doc)));
}

data section_toc_entry(data& section, const std::string& id) {
  put(section, "id", id);
  data e;
  put(e, "text", section.get("heading")->string_value());
  put(e, "label", section.get("label")->string_value());
  put(e, "anchor", id);
  return e;
}

data comparison_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[page.document];
  const Version& older = doc.versions[page.older];
  const Version& newer = doc.versions[page.version];
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);

  data d = common_view(page, ctx, s.fill("compare_title", {{"title", newer.title}}));
  put(d, "page_title",
      s.fill("title_comparison",
             {{"title", newer.title}, {"older", version_label(older, s)}, {"newer", version_label(newer, s)}}) +
          " – " + ctx.site.config.title);
  std::vector<std::pair<std::string, std::string>> trail = {{s.get("home"), ""}};
  if (org) trail.push_back({org->name, org->id + "/"});
  trail.push_back({newer.title, document_url(doc)});
  trail.push_back({s.get("compare_index_title"), comparison_index_url(doc)});
  set_breadcrumbs(d, links, trail);

  put(d, "older_label", version_label(older, s));
  put(d, "newer_label", version_label(newer, s));
  put(d, "older_status", status_view(doc, page.older, ctx.as_of, s));
  put(d, "newer_status", status_view(doc, page.version, ctx.as_of, s));
  put(d, "older_id", older.id);
  put(d, "newer_id", newer.id);
  put(d, "older_href", links.to(version_url(doc, older)));
  put(d, "newer_href", links.to(version_url(doc, newer)));
  put(d, "intro", s.fill("compare_intro", {{"older", version_name(older, s)}, {"newer", version_name(newer, s)}}));
  // The two views are one page's: the text is shown side by side while the
  // element with kSideBySideId is the :target, else inline (style.css).
  put(d, "side_by_side_id", kSideBySideId);
  put(d, "older_column", s.fill("compare_older_column", {{"version", version_label(older, s)}}));
  put(d, "newer_column", s.fill("compare_newer_column", {{"version", version_label(newer, s)}}));
  put(d, "newer_is_proposal", newer.status == VersionStatus::proposal);
  const std::string url = ctx.site.config.base_url + comparison_url(doc, older, newer);
  add_self_print(d, page, url, s.fill("print_qr_label_comparison", {{"url", url}}), ctx);
  put_permanent_url(d, url);

  std::optional<Comparison> scratch;
  const Comparison& c = comparison_between(ctx.changes, ctx.site, doc, older, newer, scratch);
  put(d, "summary", change_summary(c, s));
  put(d, "identical", c.identical());
  list sections;
  sections.reserve(c.sections.size());  // data's move may throw, so a growing vector would copy every section
  list toc;                             // on paper: the sections, with their pages where the engine knows them
  toc.reserve(c.sections.size());
  for (std::size_t i = 0; i < c.sections.size(); ++i) {
    data sec = section_view(c.sections[i], *newer.body, s, true);
    toc.push_back(section_toc_entry(sec, "avsnitt-" + std::to_string(i + 1)));
    sections.push_back(std::move(sec));
  }
  put(d, "sections", std::move(sections));
  put(d, "has_toc", !toc.empty());
  put(d, "toc", std::move(toc));
  const list meta = metadata_changes(doc, older, newer, ctx);
  put(d, "metadata_changes", meta);
  put(d, "has_metadata_changes", !meta.empty());
  return d;
}

data comparison_index_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[page.document];
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  // Named as its page names it: by the version it shows, not a proposal's new title.
  const std::string& title = doc.versions[shown_version_index(doc, ctx.as_of)].title;
  data d = common_view(page, ctx, s.get("compare_index_title") + ": " + title);
  std::vector<std::pair<std::string, std::string>> trail = {{s.get("home"), ""}};
  if (org) trail.push_back({org->name, org->id + "/"});
  trail.push_back({title, document_url(doc)});
  set_breadcrumbs(d, links, trail);
  // One row per newer version, listing each older version it can be compared with.
  list rows;
  for (std::size_t newer = doc.versions.size(); newer-- > 1;) {
    data r;
    put(r, "label", version_label(doc.versions[newer], s));
    list pairs;
    for (std::size_t older = newer; older-- > 0;) {
      data p;
      put(p, "label", version_label(doc.versions[older], s));
      put(p, "newer", version_label(doc.versions[newer], s));
      put(p, "href", links.to(comparison_url(doc, doc.versions[older], doc.versions[newer])));
      put(p, "side_href",
          links.to(comparison_url(doc, doc.versions[older], doc.versions[newer]) + "#" + kSideBySideId));
      pairs.push_back(std::move(p));
    }
    put(r, "pairs", std::move(pairs));
    rows.push_back(std::move(r));
  }
  put(d, "rows", std::move(rows));
  return d;
}

namespace {

using Event = VersionRef;

// The versions of the site, of one organisation or of one document, newest
// first (see newest_first()): sorted once per build in the change log.
std::vector<Event> events(const RenderContext& ctx, const std::optional<std::string>& organisation,
                          const std::optional<std::size_t>& document) {
  const Site& site = ctx.site;
  if (document) return newest_first(site, document);  // a document's own feed: not a pass over the site
  std::vector<Event> all = ctx.changes ? ctx.changes->newest : newest_first(site);
  if (organisation) {
    std::erase_if(all, [&](const Event& e) { return site.documents[e.document].organisation_id != *organisation; });
  }
  return all;
}

data event_view(const Event& e, const Page& page, const RenderContext& ctx, bool absolute) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[e.document];
  const Version& v = doc.versions[e.version];
  auto href = [&](const std::string& url) { return absolute ? ctx.site.config.base_url + url : links.to(url); };
  data d;
  put(d, "title", v.title);
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  put(d, "organisation", org ? org->name : doc.organisation_id);
  put(d, "status", status_view(doc, e.version, ctx.as_of, s));
  if (e.repeal) {
    const Repeal& r = *doc.repeal;
    const Date decided = r.decision_date.value_or(r.date);
    put(d, "kind", s.get("event_repealed"));
    put(d, "date", s.fill("event_repeal_decided", {{"date", s.date(decided)}}));
    put(d, "iso_date", decided.iso() + "T00:00:00Z");
    put(d, "version_href", href(document_url(doc)));
    put(d, "id", ctx.site.config.base_url + document_url(doc) + "#upphavande");
    put(d, "summary", repeal_sentence(r, ctx.as_of, s));
    put(d, "link", href(document_url(doc)));
    return d;
  }
  const int prev = ctx.changes ? ctx.changes->previous(e.document, e.version) : -1;
  put(d, "kind",
      s.get(v.status == VersionStatus::proposal ? "event_proposal"
            : prev >= 0                         ? "event_revised"
                                                : "event_adopted"));
  // After its kind ("Förslag"), a proposal's date without the word again: "daterat 1 maj 2025".
  if (v.status != VersionStatus::proposal) {
    put(d, "date", version_label(v, s));
  } else if (v.proposal_date) {
    put(d, "date", s.fill("citation_proposal_dated", {{"date", s.date(*v.proposal_date)}}));
  } else if (v.decision_date) {
    put(d, "date", s.fill("citation_proposal_for_date", {{"date", s.date(*v.decision_date)}}));
  }
  const auto dated = event_date(v);
  put(d, "iso_date", dated ? dated->iso() + "T00:00:00Z" : std::string());
  put(d, "version_href", href(version_url(doc, v)));
  put(d, "id", ctx.site.config.base_url + version_url(doc, v));
  std::string summary = v.change_note.value_or("");
  if (const Comparison* change = ctx.changes ? ctx.changes->change(e.document, e.version) : nullptr;
      prev >= 0 && change) {
    put(d, "compare_href", href(pair_url(doc, static_cast<std::size_t>(prev), e.version)));
    summary += (summary.empty() ? "" : " ") + change_summary(*change, s);
  }
  if (summary.empty() && v.summary) summary = *v.summary;
  put(d, "summary", std::move(summary));
  put(d, "link",
      prev >= 0 ? href(pair_url(doc, static_cast<std::size_t>(prev), e.version)) : href(version_url(doc, v)));
  return d;
}

}  // namespace

data whats_new_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, s.get("whats_new_title"));
  set_breadcrumbs(d, links, {{s.get("home"), ""}});
  // One page of kWhatsNewPerPage versions; each page's title says which.
  std::vector<Event> computed;  // only without a change log (in tests): each page slices the log's list, not a copy
  const std::vector<Event>& all = ctx.changes ? ctx.changes->newest : (computed = newest_first(ctx.site));
  const std::size_t parts = whats_new_parts(all.size());
  const std::size_t first = std::min(all.size(), page.part * kWhatsNewPerPage);
  const std::size_t last = std::min(all.size(), first + kWhatsNewPerPage);
  list items;
  items.reserve(last - first);
  for (std::size_t i = first; i < last; ++i) items.push_back(event_view(all[i], page, ctx, false));
  put(d, "events", std::move(items));
  if (first > 0) put(d, "start", std::to_string(first + 1));
  put(d, "feed_href", links.root + "feed.xml");
  set_pagination(d, page, ctx, links, parts, whats_new_url, s.get("whats_new_title"));
  return d;
}

std::vector<bool> whats_new_parts_listing(const Site& site, const std::function<bool(const Document&)>& listed) {
  const auto all = newest_first(site);
  std::vector<bool> parts(whats_new_parts(all.size()), false);
  for (std::size_t i = 0; i < all.size(); ++i)
    if (listed(site.documents[all[i].document])) parts[i / kWhatsNewPerPage] = true;
  return parts;
}

data feed_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const auto& config = ctx.site.config;
  data d;
  put(d, "lang", to_key(config.language));
  std::optional<std::string> org;
  std::optional<std::size_t> doc;
  std::string title = config.title;
  std::string alternate = config.base_url + kWhatsNewUrl;
  if (page.feed == FeedScope::organisation) {
    org = config.organisations[page.organisation].id;
    title = config.organisations[page.organisation].name + " – " + config.title;
    alternate = config.base_url + *org + "/";
  } else if (page.feed == FeedScope::document) {
    doc = page.document;
    const Document& document = ctx.site.documents[page.document];
    title = document.versions[shown_version_index(document, ctx.as_of)].title + " – " + config.title;
    alternate = config.base_url + document_url(document);
  }
  put(d, "title", s.fill("feed_title", {{"name", title}}));
  put(d, "self", config.base_url + page.url);
  put(d, "alternate", std::move(alternate));
  put(d, "author", config.title);
  list entries;
  for (const auto& e : events(ctx, org, doc)) {
    data entry = event_view(e, page, ctx, true);
    if (entry.get("iso_date")->string_value().empty())
      continue;  // Atom needs a date; undated versions are on the web page only
    entries.push_back(std::move(entry));
    if (entries.size() == static_cast<std::size_t>(config.feed_limit))
      break;  // readers fetch feeds often: keep them short
  }
  // A document's feed also announces each new edition, on its translation date.
  if (doc) {
    const Document& document = ctx.site.documents[*doc];
    for (const Version& v : document.versions) {
      for (const Edition& edition : v.editions) {
        if (!edition.translated_on) continue;
        data entry;
        put(entry, "kind", s.get("event_edition"));
        put(entry, "title", edition.title);
        put(entry, "title_lang", std::string(edition.lang().tag));
        put(entry, "iso_date", edition.translated_on->iso() + "T00:00:00Z");
        put(entry, "id", config.base_url + edition_url(document, v, edition));
        put(entry, "link", config.base_url + edition_url(document, v, edition));
        put(entry, "summary",
            s.fill("event_edition_summary",
                   {{"language", std::string(edition.lang().swedish)}, {"version", version_name(v, s)}}));
        entries.push_back(std::move(entry));
      }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const data& a, const data& b) {
      return a.get("iso_date")->string_value() > b.get("iso_date")->string_value();
    });
    if (entries.size() > static_cast<std::size_t>(config.feed_limit))
      entries.resize(static_cast<std::size_t>(config.feed_limit));
  }
  const std::string updated = entries.empty() ? "" : entries.front().get("iso_date")->string_value();
  put(d, "updated", updated.empty() ? ctx.as_of.iso() + "T00:00:00Z" : updated);
  put(d, "entries", std::move(entries));
  return d;
}

namespace {

// A document due for revision, as a row of a due-for-revision list; with the
// organisation's name when the list is the whole site's.
data due_document_view(const DueDocument& item, bool with_organisation, const Links& links, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Document& doc = ctx.site.documents[item.document];
  const RevisionDue& due = item.due;
  data e;
  put(e, "title", doc.versions[due.version].title);
  put(e, "href", links.to(document_url(doc)));
  if (with_organisation) {
    const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
    put(e, "organisation", org ? org->name : doc.organisation_id);
  }
  const char* key = due.why == RevisionDue::Why::review_date_passed ? "due_review_passed"
                    : due.why == RevisionDue::Why::ended            ? "due_ended"
                                                                    : "due_ends";
  put(e, "when", s.fill(key, {{"date", s.date(due.date)}}));
  put(e, "status", status_view(doc, due.version, ctx.as_of, s));
  return e;
}

// Documents due, in DueList order (grouped by who revises them), as groups
// {body, documents}; a body's documents are consecutive.
list due_groups(std::vector<DueDocument>::const_iterator first, std::vector<DueDocument>::const_iterator last,
                bool with_organisation, const Links& links, const RenderContext& ctx) {
  list groups;
  const std::optional<std::string>* body = nullptr;
  list documents;
  auto close = [&] {
    if (documents.empty()) return;
    data g;
    put(g, "body", *body ? **body : ctx.strings.get("due_unknown_body"));
    put(g, "documents", std::move(documents));
    groups.push_back(std::move(g));
    documents = list{};
  };
  for (auto it = first; it != last; ++it) {
    const auto& revised_by = ctx.site.documents[it->document].versions[it->due.version].revised_by;
    if (!body || *body != revised_by) {
      close();
      body = &revised_by;
    }
    documents.push_back(due_document_view(*it, with_organisation, links, ctx));
  }
  close();
  return groups;
}

data stale_edition_view(const StaleEdition& item, const Links& links, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Document& doc = ctx.site.documents[item.document];
  const Version& version = doc.versions[item.version];
  const Edition& edition = version.editions[item.edition];
  data e;
  put(e, "title", edition.title);
  put(e, "tag", std::string(edition.lang().tag));
  put(e, "dir", edition.lang().right_to_left ? "rtl" : "ltr");
  put(e, "language", std::string(edition.lang().swedish));
  put(e, "href", links.to(edition_url(doc, version, edition)));
  put(e, "statement", edition_stale_statement(doc, item.version, item.staleness, s));
  if (item.staleness.since) put(e, "days", s.fill("due_edition_days", {{"days", std::to_string(item.staleness.days)}}));
  return e;
}

// The intro both kinds of page open with: what "due" means on the day.
std::string due_intro(const RenderContext& ctx, const std::string& key) {
  const int months = ctx.site.config.revision_warning_months;
  return ctx.strings.fill(
      key, {{"months", std::to_string(months)}, {"date", ctx.strings.date(ctx.as_of.add_months(months))}});
}

// Per organisation, what it has due and a link to its list.
data due_summary(const std::vector<DueCounts>& counts, const Links& links, const RenderContext& ctx) {
  const auto& orgs = ctx.site.config.organisations;
  const bool any_stale = std::any_of(counts.begin(), counts.end(), [](const DueCounts& c) { return c.stale_editions; });
  list rows;
  rows.reserve(orgs.size());
  for (std::size_t o = 0; o < orgs.size(); ++o) {
    data r;
    put(r, "name", orgs[o].name);
    put(r, "href", links.to(due_for_revision_url(orgs[o].id)));
    put(r, "overdue", std::to_string(counts[o].overdue));
    put(r, "due_soon", std::to_string(counts[o].due_soon));
    if (any_stale) put(r, "stale_count", std::to_string(counts[o].stale_editions));
    rows.push_back(std::move(r));
  }
  data summary;
  put(summary, "rows", std::move(rows));
  put(summary, "editions_column", any_stale);
  return summary;
}

// Organisation `o`'s list: the build's, else made for this page in `computed`.
const DueList& due_list_of(std::size_t o, const RenderContext& ctx, DueList& computed) {
  if (ctx.due) return (*ctx.due)[o];
  computed = due_list(ctx.site, ctx.site.config.organisations[o].id, ctx.as_of);
  return computed;
}

}  // namespace

data due_for_revision_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, s.get("due_title"));
  set_breadcrumbs(d, links, {{s.get("home"), ""}});
  // Every organisation's counts, each leading to its list; the lists
  // themselves too while the whole site's fit on one page of them.
  std::vector<DueCounts> counts;
  if (ctx.due) {
    for (const DueList& list : *ctx.due) counts.push_back(list.counts());
  } else {
    counts = due_counts(ctx.site, ctx.as_of);
  }
  std::size_t rows = 0, documents = 0;
  for (const DueCounts& c : counts) {
    rows += c.rows();
    documents += c.overdue + c.due_soon;
  }
  const bool lists = rows <= kDueRowsPerPage;
  put(d, "intro", due_intro(ctx, lists ? "due_intro" : "due_summary_intro"));
  put(d, "summary", due_summary(counts, links, ctx));
  put(d, "empty", documents == 0);
  if (!lists) return d;

  // The documents due across the site, grouped by who revises them, and
  // the stale editions per organisation.
  std::vector<DueDocument> due;
  list stale;
  for (std::size_t o = 0; o < ctx.site.config.organisations.size(); ++o) {
    DueList computed;
    const DueList& of_org = due_list_of(o, ctx, computed);
    due.insert(due.end(), of_org.documents.begin(), of_org.documents.end());
    if (of_org.editions.empty()) continue;
    list editions;
    for (const StaleEdition& e : of_org.editions) editions.push_back(stale_edition_view(e, links, ctx));
    data g;
    put(g, "organisation", ctx.site.config.organisations[o].name);
    put(g, "editions", std::move(editions));
    stale.push_back(std::move(g));
  }
  sort_by_reviser(ctx.site, due);
  put(d, "groups", due_groups(due.begin(), due.end(), true, links, ctx));
  put(d, "has_stale_editions", !stale.empty());
  put(d, "stale_editions", std::move(stale));
  return d;
}

data organisation_due_for_revision_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Organisation& org = ctx.site.config.organisations[page.organisation];
  const std::string title = s.fill("due_organisation_title", {{"organisation", org.name}});
  data d = common_view(page, ctx, title);
  set_breadcrumbs(d, links, {{s.get("home"), ""}, {s.get("due_title"), kDueForRevisionUrl}});
  put(d, "intro", due_intro(ctx, "due_intro"));
  // This page's rows of the list: documents first, then stale editions.
  DueList computed;
  const DueList& all = due_list_of(page.organisation, ctx, computed);
  const std::size_t first = std::min(all.rows(), page.part * kDueRowsPerPage);
  const std::size_t last = std::min(all.rows(), first + kDueRowsPerPage);
  const std::size_t documents = all.documents.size();
  const std::size_t doc_first = std::min(first, documents), doc_last = std::min(last, documents);
  put(d, "groups",
      due_groups(all.documents.begin() + static_cast<std::ptrdiff_t>(doc_first),
                 all.documents.begin() + static_cast<std::ptrdiff_t>(doc_last), false, links, ctx));
  put(d, "empty", documents == 0);
  list editions;
  for (std::size_t i = std::max(first, documents); i < last; ++i)
    editions.push_back(stale_edition_view(all.editions[i - documents], links, ctx));
  if (!editions.empty()) {
    data g;
    put(g, "editions", std::move(editions));
    list stale;
    stale.push_back(std::move(g));
    put(d, "stale_editions", std::move(stale));
    put(d, "has_stale_editions", true);
  }
  set_pagination(
      d, page, ctx, links, due_for_revision_parts(all.rows()),
      [&](std::size_t part) { return due_for_revision_url(org.id, part); }, title);
  return d;
}

}  // namespace styrdok
