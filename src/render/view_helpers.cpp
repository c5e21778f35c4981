#include "render/view_helpers.h"

#include <algorithm>

#include "core/text.h"
#include "render/branding.h"

namespace styrdok::view {

using kainjow::mustache::data;
using kainjow::mustache::list;

Links Links::for_page(const Page& page, const SiteConfig& config) {
  if (page.kind == PageKind::not_found) {
    const auto scheme_end = config.base_url.find("://");
    const auto path_start = config.base_url.find('/', scheme_end + 3);
    return {config.base_url.substr(path_start)};
  }
  std::string root;
  for (char c : page.url) {
    if (c == '/') root += "../";
  }
  return {root};
}

std::string Links::to(const std::string& url) const {
  const std::size_t hash = std::min(url.find('#'), url.size());
  const bool folder = hash == 0 || url[hash - 1] == '/';
  return root + url.substr(0, hash) + (folder ? "index.html" : "") + url.substr(hash);
}

std::string Links::between(const std::string& from, const std::string& url) {
  const std::size_t end = std::min({url.find('#'), url.find('?'), url.size()});
  std::size_t shared = 0;  // the length of the folders both lie in
  for (std::size_t i = 0; i < from.size() && i < end && from[i] == url[i]; ++i) {
    if (from[i] == '/') shared = i + 1;
  }
  std::string up;
  for (std::size_t i = shared; i < from.size(); ++i) {
    if (from[i] == '/') up += "../";
  }
  return Links{up}.to(url.substr(shared));
}

data status_view(const Document& doc, std::size_t index, Date day, const Strings& s) {
  StatusWords w = status_words(doc, index, day, s);
  data d;
  put(d, "key", std::move(w.key));
  put(d, "label", std::move(w.label));
  put(d, "statement", std::move(w.statement));
  return d;
}

void put_permanent_url(data& view, const std::string& url) {
  std::string html;
  const std::size_t scheme = url.find("://");
  const std::size_t first = scheme == std::string::npos ? 0 : scheme + 3;  // no break inside "https://"
  for (std::size_t from = 0; from < url.size();) {
    const std::size_t slash = url.find('/', std::max(from, first));
    const std::size_t end = slash == std::string::npos ? url.size() : slash + 1;
    html += html_escape(url.substr(from, end - from));
    if (end < url.size() && slash != std::string::npos) html += "<wbr>";
    from = end;
  }
  put(view, "permanent_url", url);
  put(view, "permanent_url_html", html);
}

std::string status_as_of(Date day, const Strings& s) { return s.fill("status_as_of", {{"date", s.date(day)}}); }

data strings_view(const Strings& s) {
  data d;
  for (const auto& [key, value] : s.all()) put(d, key, value);
  return d;
}

data row(const std::string& label, const std::optional<std::string>& value, const Strings& s) {
  data d;
  put(d, "label", label);
  put(d, "value", value.value_or(s.get("unknown")));
  put(d, "unknown", !value.has_value());
  return d;
}

std::optional<std::string> date_text(const std::optional<Date>& d, const Strings& s) {
  if (!d) return std::nullopt;
  return s.date(*d);
}

std::string type_label(DocumentType t, const Strings& s) { return s.get("type_" + to_key(t)); }

std::optional<Date> status_change_of(const Page& page, const RenderContext& ctx) {
  if (!ctx.status_changes) return std::nullopt;
  const StatusChanges& changes = *ctx.status_changes;
  if (page.kind == PageKind::accessibility || page.kind == PageKind::not_found) return std::nullopt;  // state none
  if (!shows_one_document(page)) return changes.first;  // lists, search, meetings: any document's may show
  return page.document < changes.documents.size() ? changes.documents[page.document] : std::nullopt;
}

data common_view(const Page& page, const RenderContext& ctx, const std::string& heading) {
  const SiteConfig& config = ctx.site.config;
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, config);
  data d;
  put(d, "lang", to_key(config.language));
  put(d, "site_title", config.title);
  put(d, "heading", heading);
  put(d, "page_title", page.kind == PageKind::home ? config.title : heading + " – " + config.title);
  // Not "description": that would stand in for a page's own when it has none.
  // None at all rather than an empty one.
  if (!config.description.empty()) put(d, "meta_description", config.description);
  put(d, "root", links.root);
  put(d, "home_href", links.to(""));
  put(d, "accessibility_href", links.to(kAccessibilityUrl));
  put(d, "whats_new_href", links.to(kWhatsNewUrl));
  put(d, "due_href", links.to(kDueForRevisionUrl));
  if (!ctx.site.plans.empty()) put(d, "plans_href", links.to(kPlansIndexUrl));
  put(d, "open_data_href", links.to(kOpenDataUrl));
  put(d, "sitemap_href", links.root + "sitemap.xml");
  put(d, "search_href", links.to(kSearchUrl));
  put(d, "site_search", page.kind != PageKind::search);  // the search page has its own, bigger box
  put(d, "canonical_url", config.base_url + page.url);
  put(d, "status_as_of", status_as_of(ctx.as_of, s));
  if (const auto change = status_change_of(page, ctx)) {
    put(d, "status_changes_on", change->iso());
    put(d, "status_outdated", s.fill("status_outdated", {{"date", s.date(ctx.as_of)}, {"change", s.date(*change)}}));
  }
  add_branding(d, config.branding, links.root, s);
  if (config.organisations.size() > kHeaderListsOrganisationsUpTo) {
    put(d, "organisations_href", links.to(""));
    put(d, "organisations_current", page.kind == PageKind::home);  // the link is to this very page
  } else {
    list orgs;
    for (const auto& org : config.organisations) {
      data o;
      put(o, "name", org.name);
      put(o, "href", links.to(org.id + "/"));
      put(o, "current", page.kind == PageKind::organisation && config.organisations[page.organisation].id == org.id);
      orgs.push_back(std::move(o));
    }
    put(d, "organisations", std::move(orgs));
  }
  return d;
}

void set_breadcrumbs(data& view, const Links& links, const std::vector<std::pair<std::string, std::string>>& trail) {
  list out;
  for (const auto& [label, url] : trail) {
    data b;
    put(b, "label", label);
    put(b, "href", links.to(url));
    out.push_back(std::move(b));
  }
  put(view, "breadcrumbs", out);
  put(view, "has_breadcrumbs", !out.empty());
}

std::string lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

namespace {

// The last day the version applies, as its standing has it (an earlier
// version ends when the next one starts, whatever its decision said), and
// what the decision itself said when that differs: "30 juni 2022 (enligt
// beslutet: tills vidare)", "31 mars 2015 (enligt beslutet: uppgift saknas)".
std::optional<std::string> valid_until_text(const Document& doc, const Version& v, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  std::optional<std::string> decided;
  if (v.valid_until.kind == ValidUntil::Kind::date) decided = s.date(v.valid_until.date);
  if (v.valid_until.kind == ValidUntil::Kind::until_further_notice) decided = s.get("until_further_notice");
  const auto index = static_cast<std::size_t>(&v - doc.versions.data());
  if (v.status != VersionStatus::adopted || index >= doc.versions.size()) return decided;
  const VersionStanding st = standing_of(doc, index, ctx.as_of);
  if (!st.until || (v.valid_until.kind == ValidUntil::Kind::date && v.valid_until.date == *st.until)) return decided;
  return s.fill("valid_until_as_decided",
                {{"until", s.date(*st.until)}, {"decided", lower_first(decided.value_or(s.get("unknown")))}});
}

}  // namespace

list metadata_rows(const Document& doc, const Version& v, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  // A proposal is not decided: its dates are what is proposed and planned.
  const bool proposal = v.status == VersionStatus::proposal;
  std::optional<std::string> paragraph;
  if (v.paragraph) paragraph = s.get("paragraph_symbol") + " " + *v.paragraph;
  list rows;
  // Each row names its field, so that two versions' rows pair up whatever their labels.
  const auto add = [&](const char* field, const char* label, const std::optional<std::string>& value) {
    data r = row(s.get(label), value, s);
    put(r, "field", field);
    rows.push_back(std::move(r));
  };
  add("type", "label_type", type_label(v.type, s));
  add("organisation", "label_organisation", org ? std::optional(org->name) : std::nullopt);
  if (proposal) {
    add("proposal_date", "label_proposal_date", date_text(v.proposal_date, s));
    add("proposed_by", "label_proposed_by", v.proposed_by);
  }
  add("decided_by", proposal ? "label_to_be_decided_by" : "label_decided_by", v.decided_by);
  add("decision_date", proposal ? "label_planned_decision_date" : "label_decision_date", date_text(v.decision_date, s));
  add("paragraph", "label_paragraph", paragraph);
  add("registration_number", "label_registration_number", v.registration_number);
  add("valid_from", proposal ? "label_proposed_valid_from" : "label_valid_from", date_text(v.valid_from, s));
  add("valid_until", proposal ? "label_proposed_valid_until" : "label_valid_until", valid_until_text(doc, v, ctx));
  add("applies_to", "label_applies_to", v.applies_to);
  add("document_owner", "label_document_owner", v.document_owner);
  add("responsible_unit", "label_responsible_unit", v.responsible_unit);
  add("prepared_by", "label_prepared_by", v.prepared_by);
  add("revised_by", "label_revised_by", v.revised_by);
  add("review_by", "label_review_by", date_text(v.review_by, s));
  add("level", "label_level", v.level ? std::optional(level_text(*v.level, s)) : std::nullopt);
  add("confidentiality", "label_confidentiality",
      v.confidentiality ? std::optional(confidentiality_text(*v.confidentiality, s)) : std::nullopt);
  add("document_date", "label_document_date", date_text(v.document_date, s));
  const auto index = static_cast<std::size_t>(&v - doc.versions.data());
  add("last_revised", "label_last_revised",
      date_text(index < doc.versions.size() ? last_revised(doc, index) : v.last_revised, s));
  std::optional<std::string> contacts;
  for (const Contact& c : v.contacts) contacts = (contacts ? *contacts + "; " : std::string()) + contact_text(c);
  add("contact", v.contacts.size() > 1 ? "label_contacts" : "label_contact", contacts);
  return rows;
}

std::string level_text(const std::string& level, const Strings& s) {
  return level == "kommungemensamt" ? s.get("level_kommungemensamt") : level;
}

std::string confidentiality_text(const Confidentiality& c, const Strings& s) {
  switch (c.kind) {
    case Confidentiality::Kind::none: return s.get("confidentiality_none");
    case Confidentiality::Kind::partly: return s.get("confidentiality_partly");
    case Confidentiality::Kind::stated: return c.text;
  }
  return c.text;
}

std::string contact_text(const Contact& c) {
  std::string out = c.name;
  for (const auto& part : {c.role, c.phone, c.email})
    if (part) out += ", " + *part;
  return out;
}

std::pair<list, std::string> metadata_rows_split(const Document& doc, const Version& v, const RenderContext& ctx) {
  std::pair<list, std::string> out;
  for (auto& r : metadata_rows(doc, v, ctx)) {
    if (!r.get("unknown")->is_true()) {
      out.first.push_back(std::move(r));
      continue;
    }
    out.second +=
        (out.second.empty() ? "" : ctx.strings.get("list_separator")) + lower_first(r.get("label")->string_value());
  }
  return out;
}

void set_pagination(kainjow::mustache::data& view, const Page& page, const RenderContext& ctx, const Links& links,
                    std::size_t parts, const std::function<std::string(std::size_t)>& url_of,
                    const std::string& title) {
  if (parts < 2) return;
  const Strings& s = ctx.strings;
  const std::string page_number = std::to_string(page.part + 1);
  const std::string pages = std::to_string(parts);
  kainjow::mustache::data nav;
  put(nav, "page_of", s.fill("pagination_page_of", {{"page", page_number}, {"pages", pages}}));
  if (page.part > 0) put(nav, "previous_href", links.to(url_of(page.part - 1)));
  if (page.part + 1 < parts) put(nav, "next_href", links.to(url_of(page.part + 1)));
  put(view, "pagination", std::move(nav));
  put(view, "page_title",
      s.fill("pagination_title", {{"title", title}, {"page", page_number}, {"pages", pages}}) + " – " +
          ctx.site.config.title);
}

kainjow::mustache::list toc_view(const Body& body, const std::string& anchor_prefix) {
  kainjow::mustache::list toc;
  toc.reserve(body.toc.size());
  for (const auto& h : body.toc) {
    kainjow::mustache::data t;
    put(t, "text", h.text);
    put(t, "anchor", anchor_prefix + h.anchor);
    put(t, "level", std::to_string(h.level));
    toc.push_back(std::move(t));
  }
  return toc;
}

}  // namespace styrdok::view
