#include "render/page_views.h"

#include <algorithm>

#include "core/text.h"

namespace styrdok {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::list;

// How a page links to others: relative links ending in index.html work both
// on a web server under any sub-path and when opened straight from disk.
// The 404 page is served at any depth, so it links from the base URL's path.
struct Links {
  std::string root;

  static Links for_page(const Page& page, const SiteConfig& config) {
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
  std::string to(const std::string& url) const {
    return root + url + (url.empty() || url.back() == '/' ? "index.html" : "");
  }
};

std::string status_key(Validity v) {
  switch (v) {
    case Validity::in_force: return "in_force";
    case Validity::expired: return "expired";
    case Validity::not_yet_in_force: return "not_yet_in_force";
  }
  return "in_force";
}

data status_view(Validity v, const Strings& s) {
  data d;
  d.set("key", status_key(v));
  d.set("label", s.get("status_" + status_key(v)));
  return d;
}

data strings_view(const Strings& s) {
  data d;
  for (const auto& [key, value] : s.all()) d.set(key, value);
  return d;
}

data row(const std::string& label, const std::optional<std::string>& value, const Strings& s) {
  data d;
  d.set("label", label);
  d.set("value", value.value_or(s.get("unknown")));
  d.set("unknown", !value.has_value());
  return d;
}

std::optional<std::string> date_text(const std::optional<Date>& d, const Strings& s) {
  if (!d) return std::nullopt;
  return s.date(*d);
}

std::string type_label(DocumentType t, const Strings& s) { return s.get("type_" + to_key(t)); }

std::string version_label(const Version& v, const Strings& s) {
  return v.decision_date ? s.fill("version_decided", {{"date", s.date(*v.decision_date)}}) : s.get("version_undated");
}

data common_view(const Page& page, const RenderContext& ctx, const std::string& heading) {
  const SiteConfig& config = ctx.site.config;
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, config);
  data d;
  d.set("t", strings_view(s));
  d.set("lang", to_key(config.language));
  d.set("site_title", config.title);
  d.set("heading", heading);
  d.set("page_title", page.kind == PageKind::home ? config.title : heading + " – " + config.title);
  d.set("description", config.description);
  d.set("root", links.root);
  d.set("home_href", links.to(""));
  d.set("accessibility_href", links.to(kAccessibilityUrl));
  d.set("sitemap_href", links.root + "sitemap.xml");
  d.set("canonical_url", config.base_url + page.url);
  d.set("status_as_of", s.fill("status_as_of", {{"date", s.date(ctx.as_of)}}));
  list orgs;
  for (const auto& org : config.organisations) {
    data o;
    o.set("name", org.name);
    o.set("href", links.to(org.id + "/"));
    o.set("current", page.kind == PageKind::organisation && config.organisations[page.organisation].id == org.id);
    orgs.push_back(o);
  }
  d.set("organisations", orgs);
  return d;
}

void set_breadcrumbs(data& view, const Links& links, const std::vector<std::pair<std::string, std::string>>& trail) {
  list out;
  for (const auto& [label, url] : trail) {
    data b;
    b.set("label", label);
    b.set("href", links.to(url));
    out.push_back(b);
  }
  view.set("breadcrumbs", out);
  view.set("has_breadcrumbs", !out.empty());
}

data document_summary(const Document& doc, const RenderContext& ctx, const Links& links) {
  const Strings& s = ctx.strings;
  const Version& v = doc.versions[static_cast<std::size_t>(std::max(0, current_version_index(doc, ctx.as_of)))];
  data d;
  d.set("title", v.title);
  d.set("href", links.to(document_url(doc)));
  d.set("status", status_view(validity_on(v, ctx.as_of), s));
  d.set("decided", v.decision_date ? s.fill("decided_on", {{"date", s.date(*v.decision_date)}})
                                   : s.get("label_decision_date") + ": " + s.get("unknown"));
  if (v.summary) d.set("summary", *v.summary);
  return d;
}

// Documents of one organisation grouped by type, in the order of the Swedish
// hierarchy of governing documents.
list documents_by_type(const std::string& org_id, const RenderContext& ctx, const Links& links) {
  list groups;
  for (auto type : all_document_types()) {
    list docs;
    for (const auto& doc : ctx.site.documents) {
      if (doc.organisation_id != org_id) continue;
      const int current = current_version_index(doc, ctx.as_of);
      if (current < 0 || doc.versions[static_cast<std::size_t>(current)].type != type) continue;
      docs.push_back(document_summary(doc, ctx, links));
    }
    if (docs.empty()) continue;
    data g;
    g.set("label", ctx.strings.get("type_plural_" + to_key(type)));
    g.set("documents", docs);
    groups.push_back(g);
  }
  return groups;
}

std::size_t count_documents(const std::string& org_id, const Site& site) {
  return static_cast<std::size_t>(std::count_if(site.documents.begin(), site.documents.end(),
                                                [&](const Document& d) { return d.organisation_id == org_id; }));
}

data home_view(const Page& page, const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, ctx.site.config.title);
  list orgs;
  for (const auto& org : ctx.site.config.organisations) {
    data o;
    o.set("name", org.name);
    o.set("href", links.to(org.id + "/"));
    o.set("id", org.id);
    const auto n = count_documents(org.id, ctx.site);
    o.set("count", n == 1 ? ctx.strings.get("documents_count_one")
                          : ctx.strings.fill("documents_count_many", {{"count", std::to_string(n)}}));
    o.set("groups", documents_by_type(org.id, ctx, links));
    orgs.push_back(o);
  }
  d.set("sections", orgs);
  return d;
}

data organisation_view(const Page& page, const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  const Organisation& org = ctx.site.config.organisations[page.organisation];
  data d = common_view(page, ctx, org.name);
  set_breadcrumbs(d, links, {{ctx.strings.get("home"), ""}});
  d.set("intro", ctx.strings.fill("organisation_documents", {{"organisation", org.name}}));
  d.set("empty", ctx.strings.fill("organisation_no_documents", {{"organisation", org.name}}));
  if (!org.website.empty()) d.set("website", org.website);
  d.set("groups", documents_by_type(org.id, ctx, links));
  return d;
}

list metadata_rows(const Document& doc, const Version& v, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  std::optional<std::string> valid_until;
  if (v.valid_until.kind == ValidUntil::Kind::date) valid_until = s.date(v.valid_until.date);
  if (v.valid_until.kind == ValidUntil::Kind::until_further_notice) valid_until = s.get("until_further_notice");
  std::optional<std::string> paragraph;
  if (v.paragraph) paragraph = s.get("paragraph_symbol") + " " + *v.paragraph;
  list rows;
  rows.push_back(row(s.get("label_type"), type_label(v.type, s), s));
  rows.push_back(row(s.get("label_organisation"), org ? std::optional(org->name) : std::nullopt, s));
  rows.push_back(row(s.get("label_decided_by"), v.decided_by, s));
  rows.push_back(row(s.get("label_decision_date"), date_text(v.decision_date, s), s));
  rows.push_back(row(s.get("label_paragraph"), paragraph, s));
  rows.push_back(row(s.get("label_registration_number"), v.registration_number, s));
  rows.push_back(row(s.get("label_valid_from"), date_text(v.valid_from, s), s));
  rows.push_back(row(s.get("label_valid_until"), valid_until, s));
  rows.push_back(row(s.get("label_applies_to"), v.applies_to, s));
  rows.push_back(row(s.get("label_document_owner"), v.document_owner, s));
  rows.push_back(row(s.get("label_responsible_unit"), v.responsible_unit, s));
  rows.push_back(row(s.get("label_prepared_by"), v.prepared_by, s));
  rows.push_back(row(s.get("label_revised_by"), v.revised_by, s));
  rows.push_back(row(s.get("label_review_by"), date_text(v.review_by, s), s));
  return rows;
}

data version_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[page.document];
  const bool is_version_page = page.kind == PageKind::version;
  const std::size_t shown =
      is_version_page ? page.version : static_cast<std::size_t>(std::max(0, current_version_index(doc, ctx.as_of)));
  const Version& v = doc.versions[shown];
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);

  data d = common_view(page, ctx, v.title);
  std::vector<std::pair<std::string, std::string>> trail = {{s.get("home"), ""}};
  if (org) trail.push_back({org->name, org->id + "/"});
  if (is_version_page) trail.push_back({v.title, document_url(doc)});
  set_breadcrumbs(d, links, trail);
  d.set("type_label", type_label(v.type, s));
  d.set("organisation_name", org ? org->name : doc.organisation_id);
  d.set("status", status_view(validity_on(v, ctx.as_of), s));
  if (v.summary) d.set("summary", *v.summary);
  d.set("metadata", metadata_rows(doc, v, ctx));

  list toc;
  for (const auto& h : v.body.toc) {
    data e;
    e.set("text", h.text);
    e.set("anchor", h.anchor);
    e.set("level", std::to_string(h.level));
    toc.push_back(e);
  }
  d.set("toc", toc);
  d.set("has_toc", !v.body.toc.empty());
  d.set("body", v.body.html);

  const std::string cite = citation(v, s);
  if (!cite.empty()) d.set("citation", cite);
  d.set("permanent_url", ctx.site.config.base_url + version_url(doc, v));
  d.set("json_ld", legislation_json_ld(doc, v, ctx));
  d.set("is_version_page", is_version_page);
  d.set("document_href", links.to(document_url(doc)));
  d.set("version_notice", v.decision_date ? s.fill("this_version_page", {{"date", s.date(*v.decision_date)}})
                                          : s.get("this_version_page_undated"));

  list history;
  for (std::size_t i = doc.versions.size(); i-- > 0;) {
    const Version& h = doc.versions[i];
    data e;
    e.set("label", version_label(h, s));
    e.set("href", links.to(version_url(doc, h)));
    e.set("shown", i == shown);
    e.set("status", status_view(validity_on(h, ctx.as_of), s));
    if (h.paragraph) e.set("paragraph", s.get("paragraph_symbol") + " " + *h.paragraph);
    if (h.decided_by) e.set("decided_by", *h.decided_by);
    history.push_back(e);
  }
  d.set("versions", history);
  return d;
}

data accessibility_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const auto& a = ctx.site.config.accessibility;
  data d = common_view(page, ctx, s.get("a11y_title"));
  set_breadcrumbs(d, Links::for_page(page, ctx.site.config), {{s.get("home"), ""}});
  d.set("intro", s.fill("a11y_intro", {{"publisher", ctx.site.config.title}}));
  d.set("compliance", s.get("a11y_compliance_" + to_key(a.compliance)));
  list shortcomings;
  for (const auto& text : a.shortcomings) shortcomings.push_back(data(text));
  d.set("shortcomings", shortcomings);
  d.set("has_shortcomings", !a.shortcomings.empty());
  d.set("assessment_method", a.assessment_method);
  d.set("assessment_date", s.fill("a11y_assessment_date", {{"date", s.date(a.assessment_date)}}));
  d.set("statement_date", s.fill("a11y_statement_date", {{"date", s.date(a.statement_date)}}));
  d.set("contact_email", a.contact_email);
  if (!a.contact_phone.empty()) d.set("contact_phone", a.contact_phone);
  if (!a.response_time.empty()) d.set("response_time", a.response_time);
  return d;
}

data sitemap_view(const RenderContext& ctx) {
  data d;
  list urls;
  auto add = [&](const std::string& url) {
    data u;
    u.set("loc", ctx.site.config.base_url + url);
    urls.push_back(u);
  };
  add("");
  for (const auto& org : ctx.site.config.organisations) add(org.id + "/");
  for (const auto& doc : ctx.site.documents) {
    add(document_url(doc));
    for (const auto& v : doc.versions) add(version_url(doc, v));
  }
  add(kAccessibilityUrl);
  d.set("urls", urls);
  return d;
}

}  // namespace

std::string template_for(PageKind kind) {
  switch (kind) {
    case PageKind::home: return "home";
    case PageKind::organisation: return "organisation";
    case PageKind::document:
    case PageKind::version: return "version";
    case PageKind::accessibility: return "accessibility";
    case PageKind::not_found: return "not_found";
    case PageKind::sitemap: return "sitemap";
  }
  return "home";
}

kainjow::mustache::data page_view(const Page& page, const RenderContext& ctx) {
  switch (page.kind) {
    case PageKind::home: return home_view(page, ctx);
    case PageKind::organisation: return organisation_view(page, ctx);
    case PageKind::document:
    case PageKind::version: return version_view(page, ctx);
    case PageKind::accessibility: return accessibility_view(page, ctx);
    case PageKind::not_found: return common_view(page, ctx, ctx.strings.get("not_found_title"));
    case PageKind::sitemap: return sitemap_view(ctx);
  }
  return {};
}

std::string citation(const Version& v, const Strings& s) {
  if (!v.decided_by && !v.decision_date) return "";
  std::string out = v.decided_by.value_or(s.get("unknown"));
  out += " " + (v.decision_date ? v.decision_date->iso() : s.get("unknown"));
  if (v.paragraph) out += " " + s.get("paragraph_symbol") + " " + *v.paragraph;
  if (v.registration_number) out += ", " + s.get("registration_abbreviation") + " " + *v.registration_number;
  return out;
}

std::string legislation_json_ld(const Document& doc, const Version& v, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);
  auto field = [](const std::string& key, const std::string& value) {
    return ",\n  \"" + key + "\": \"" + json_escape(value) + "\"";
  };
  std::string j = "{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"Legislation\"";
  j += field("name", v.title);
  j += field("url", ctx.site.config.base_url + version_url(doc, v));
  j += field("inLanguage", to_key(ctx.site.config.language));
  j += field("legislationType", type_label(v.type, s));
  if (v.decided_by) {
    j +=
        ",\n  \"legislationPassedBy\": {\"@type\": \"Organization\", \"name\": \"" + json_escape(*v.decided_by) + "\"}";
  }
  if (org) {
    j += ",\n  \"legislationJurisdiction\": {\"@type\": \"AdministrativeArea\", \"name\": \"" + json_escape(org->name) +
         "\"}";
  }
  if (v.decision_date) {
    j += field("legislationDate", v.decision_date->iso());
    j += field("legislationDateVersion", v.decision_date->iso());
  }
  if (v.registration_number) j += field("legislationIdentifier", *v.registration_number);
  j +=
      field("legislationLegalForce", validity_on(v, ctx.as_of) == Validity::in_force ? "https://schema.org/InForce"
                                                                                     : "https://schema.org/NotInForce");
  if (v.valid_from)
    j +=
        field("temporalCoverage", v.valid_from->iso() + "/" +
                                      (v.valid_until.kind == ValidUntil::Kind::date ? v.valid_until.date.iso() : ".."));
  if (v.summary) j += field("abstract", *v.summary);
  j += "\n}";
  return j;
}

}  // namespace styrdok
