#include "render/page_views.h"

#include <algorithm>
#include <memory>

#include "core/text.h"
#include "render/branding.h"
#include "render/document_lists.h"
#include "render/edition_views.h"
#include "render/meeting_views.h"
#include "render/open_data.h"
#include "render/plan_views.h"
#include "render/print_views.h"
#include "render/revision_views.h"
#include "render/search_view.h"
#include "render/view_helpers.h"

namespace styrdok {

namespace {

using namespace view;
using kainjow::mustache::data;
using kainjow::mustache::list;

data document_summary(const Document& doc, const RenderContext& ctx, const Links& links) {
  const Strings& s = ctx.strings;
  const std::size_t current = shown_version_index(doc, ctx.as_of);
  const Version& v = doc.versions[current];
  data d;
  put(d, "title", v.title);
  put(d, "href", links.to(document_url(doc)));
  put(d, "status", status_view(doc, current, ctx.as_of, s));
  const std::string decided = decision_line(v, s);
  put(d, "decided", decided.empty() ? s.get("label_decision_date") + ": " + s.get("unknown") : decided);
  if (v.summary) {
    put(d, "summary", *v.summary);
    put(d, "meta_description", *v.summary);  // what a search engine shows under the page's title
  }
  return d;
}

// Views of an organisation's list (render/document_lists.h): its documents
// grouped by type, in the order of the Swedish hierarchy of governing
// documents; repealed documents last, in a group of their own, so that the
// groups list what applies.
// `first` and `last` count the documents in that order: a page of an
// organisation's list shows the documents from `first` up to `last`.
// `counts_only`: each group with its count and the page its documents begin
// on (`part_of` a document's number), not its documents.
list documents_by_type(const DocumentList& listed, const std::string& org_id, const RenderContext& ctx,
                       const Links& links, std::size_t first = 0, std::size_t last = SIZE_MAX,
                       bool counts_only = false) {
  list groups;
  std::size_t n = 0;  // the documents listed so far, in the groups' order
  for (const DocumentGroup& g : listed.groups) {
    const std::size_t begins = n;
    list docs;
    for (const std::size_t d : g.documents) {
      if (n >= first && n < last && !counts_only) docs.push_back(document_summary(ctx.site.documents[d], ctx, links));
      ++n;
    }
    if (docs.empty() && !counts_only) continue;
    data out;
    put(out, "label", ctx.strings.get(g.key == "repealed" ? "repealed_group" : "type_plural_" + g.key));
    put(out, "key", g.key);
    if (counts_only) {
      put(out, "count", std::to_string(n - begins));
      put(out, "href", links.to(organisation_url(org_id, begins / kDocumentsPerPage)));
    } else {
      put(out, "documents", std::move(docs));
    }
    groups.push_back(std::move(out));
  }
  return groups;
}

// The organisation's list: the build's, or (in tests) made for the page.
const DocumentList& documents_of(std::size_t org, const RenderContext& ctx, std::optional<DocumentList>& own) {
  if (ctx.documents) return (*ctx.documents)[org];
  own = document_list(ctx.site, ctx.site.config.organisations[org].id, ctx.as_of);
  return *own;
}

// The documents the organisation's page lists: not one of proposals only.
std::size_t count_documents(const std::string& org_id, const Site& site) {
  return static_cast<std::size_t>(std::count_if(site.documents.begin(), site.documents.end(), [&](const Document& d) {
    return d.organisation_id == org_id && listed_on_organisation_page(d);
  }));
}

data home_view(const Page& page, const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  data d = common_view(page, ctx, ctx.site.config.title);
  const auto listed = static_cast<std::size_t>(
      std::count_if(ctx.site.documents.begin(), ctx.site.documents.end(), listed_on_organisation_page));
  list orgs;
  for (std::size_t i = 0; i < ctx.site.config.organisations.size(); ++i) {
    const Organisation& org = ctx.site.config.organisations[i];
    std::optional<DocumentList> own;
    const DocumentList& listed_here = documents_of(i, ctx, own);
    data o;
    put(o, "name", org.name);
    put(o, "href", links.to(org.id + "/"));
    put(o, "id", org.id);
    const auto n = count_documents(org.id, ctx.site);
    put(o, "count",
        n == 1 ? ctx.strings.get("documents_count_one")
               : ctx.strings.fill("documents_count_many", {{"count", std::to_string(n)}}));
    // A site of a few documents lists them all here; a larger one its
    // organisations' document types, each leading into the organisation's list.
    if (listed <= kHomeListsDocumentsUpTo) {
      put(o, "groups", documents_by_type(listed_here, org.id, ctx, links));
    } else {
      put(o, "types", documents_by_type(listed_here, org.id, ctx, links, 0, 0, true));
      put(o, "has_types", true);
    }
    orgs.push_back(std::move(o));
  }
  put(d, "sections", std::move(orgs));
  return d;
}

data organisation_view(const Page& page, const RenderContext& ctx) {
  const Links links = Links::for_page(page, ctx.site.config);
  const Organisation& org = ctx.site.config.organisations[page.organisation];
  data d = common_view(page, ctx, org.name);
  set_breadcrumbs(d, links, {{ctx.strings.get("home"), ""}});
  put(d, "intro", ctx.strings.fill("organisation_documents", {{"organisation", org.name}}));
  put(d, "empty", ctx.strings.fill("organisation_no_documents", {{"organisation", org.name}}));
  if (!org.website.empty()) put(d, "website", org.website);
  std::optional<DocumentList> own;
  const DocumentList& listed = documents_of(page.organisation, ctx, own);
  const std::size_t first = page.part * kDocumentsPerPage;
  put(d, "groups", documents_by_type(listed, org.id, ctx, links, first, first + kDocumentsPerPage));
  // As organisation_parts() counts, without another pass over the site.
  const std::size_t parts = std::max<std::size_t>(1, (listed.size() + kDocumentsPerPage - 1) / kDocumentsPerPage);
  set_pagination(
      d, page, ctx, links, parts, [&](std::size_t part) { return organisation_url(org.id, part); }, org.name);
  const list meetings = page.part == 0 ? meetings_of(org.id, page, ctx) : list{};  // on the list's first page
  put(d, "meetings", meetings);
  put(d, "has_meetings", !meetings.empty());
  return d;
}

data version_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const Links links = Links::for_page(page, ctx.site.config);
  const Document& doc = ctx.site.documents[page.document];
  const bool is_version_page = page.kind == PageKind::version;
  const std::size_t shown = is_version_page ? page.version : shown_version_index(doc, ctx.as_of);
  const Version& v = doc.versions[shown];
  const Organisation* org = ctx.site.config.find_organisation(doc.organisation_id);

  data d = common_view(page, ctx, v.title);
  if (is_version_page)  // the document page and each version each have a title of their own
    put(d, "page_title",
        s.fill("title_version", {{"title", v.title}, {"version", version_label(v, s)}}) + " – " +
            ctx.site.config.title);
  std::vector<std::pair<std::string, std::string>> trail = {{s.get("home"), ""}};
  if (org) trail.push_back({org->name, org->id + "/"});
  if (is_version_page) trail.push_back({v.title, document_url(doc)});
  set_breadcrumbs(d, links, trail);
  put(d, "type_label", type_label(v.type, s));
  put(d, "organisation_name", org ? org->name : doc.organisation_id);
  put(d, "version_id", v.id);
  put(d, "status", status_view(doc, shown, ctx.as_of, s));
  const std::string decided = decision_line(v, s);
  if (!decided.empty()) put(d, "decision", decided);
  if (v.summary) {
    put(d, "summary", *v.summary);
    put(d, "meta_description", *v.summary);  // what a search engine shows under the page's title
  }
  auto [known, unknown] = metadata_rows_split(doc, v, ctx);
  put(d, "metadata", std::move(known));
  if (!unknown.empty()) put(d, "unknown_fields", s.fill("unknown_fields", {{"fields", unknown}}));

  put(d, "toc", toc_view(*v.body));
  put(d, "has_toc", !v.body->toc.empty());
  put(d, "body", full_attachment_addresses(relative_site_links(v.body->html, links.root), ctx.site.config.base_url));

  const std::string cite = citation(v, s);
  if (!cite.empty()) put(d, "citation", cite);
  put_permanent_url(d, ctx.site.config.base_url + version_url(doc, v));
  put(d, "json_ld", legislation_json_ld(doc, v, ctx));
  add_self_print(d, doc, shown, ctx);
  put(d, "is_version_page", is_version_page);
  put(d, "document_href", links.to(document_url(doc)));
  if (is_version_page) put(d, "version_label", version_label(v, s));  // which version, beside its kind

  add_revision_context(d, page, shown, ctx);
  add_goal_followup(d, page, doc, v, ctx);
  add_edition_links(d, doc, shown, page, ctx);
  return d;
}

data accessibility_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const auto& a = ctx.site.config.accessibility;
  data d = common_view(page, ctx, s.get("a11y_title"));
  set_breadcrumbs(d, Links::for_page(page, ctx.site.config), {{s.get("home"), ""}});
  put(d, "intro", s.fill("a11y_intro", {{"publisher", ctx.site.config.title}}));
  put(d, "compliance", s.get("a11y_compliance_" + to_key(a.compliance)));
  list shortcomings;
  for (const auto& text : a.shortcomings) shortcomings.push_back(data(text));
  put(d, "shortcomings", shortcomings);
  put(d, "has_shortcomings", !a.shortcomings.empty());
  put(d, "assessment_method", a.assessment_method);
  put(d, "assessment_date", s.fill("a11y_assessment_date", {{"date", s.date(a.assessment_date)}}));
  put(d, "statement_date", s.fill("a11y_statement_date", {{"date", s.date(a.statement_date)}}));
  put(d, "contact_email", a.contact_email);
  if (!a.contact_phone.empty()) put(d, "contact_phone", a.contact_phone);
  if (!a.response_time.empty()) put(d, "response_time", a.response_time);
  return d;
}

// One file of the sitemap: its share of sitemap_addresses().
data sitemap_view(const Page& page, const RenderContext& ctx) {
  const auto addresses = sitemap_addresses(ctx.site);
  const std::size_t first = std::min(addresses.size(), page.part * kSitemapLimit);
  const std::size_t last = std::min(addresses.size(), first + kSitemapLimit);
  list urls;
  std::pair<std::size_t, std::size_t> shown{SIZE_MAX, 0};  // the version whose alternates `links` holds
  std::unique_ptr<data> links;
  for (std::size_t i = first; i < last; ++i) {
    const SitemapAddress& a = addresses[i];
    data u;
    put(u, "loc", ctx.site.config.base_url + a.url);
    if (a.document != SIZE_MAX) {
      if (shown != std::make_pair(a.document, a.version)) {  // a version and its editions share them
        links = std::make_unique<data>();
        add_edition_links(*links, ctx.site.documents[a.document], a.version, Page{}, ctx);
        shown = {a.document, a.version};
      }
      if (const data* alternates = links->get("alternates")) put(u, "alternates", alternates->list_value());
    }
    urls.push_back(std::move(u));
  }
  data d;
  put(d, "urls", std::move(urls));
  return d;
}

// sitemap.xml when the addresses fill more than one file: a list of them.
data sitemap_index_view(const RenderContext& ctx) {
  const std::size_t parts = sitemap_parts(sitemap_addresses(ctx.site).size());
  list files;
  for (std::size_t part = 0; part < parts; ++part) {
    data f;
    put(f, "loc", ctx.site.config.base_url + sitemap_url(part, parts));
    files.push_back(std::move(f));
  }
  data d;
  put(d, "sitemaps", std::move(files));
  return d;
}

// A page at an address that has gone, sending the reader on to Page::target
// at once, or by its link when the browser does not follow the refresh.
// Search engines are told not to index it and where the page now is.
data redirect_view(const Page& page, const RenderContext& ctx) {
  const SiteConfig& config = ctx.site.config;
  const Links links = Links::for_page(page, config);
  // In the language of the edition it sends the reader to, if it does.
  const std::string code = edition_language(page, ctx.site);
  const Strings& s = code.empty() ? ctx.strings : edition_strings(ctx, code);
  const EditionLanguage* language = code.empty() ? nullptr : find_edition_language(code);
  data d;
  put(d, "lang", language ? std::string(language->tag) : to_key(config.language));
  if (language && language->right_to_left) put(d, "dir", std::string("rtl"));
  put(d, "page_title", s.get("redirect_title") + " – " + config.title);
  put(d, "root", links.root);
  put(d, "href", Links::between(page.url, page.target));
  put(d, "canonical_url", config.base_url + page.target.substr(0, page.target.find('#')));
  put(d, "accessibility_href", links.to(kAccessibilityUrl));  // as every page of the site
  return d;
}

}  // namespace

std::string template_for(PageKind kind) {
  switch (kind) {
    case PageKind::home: return "home";
    case PageKind::organisation: return "organisation";
    case PageKind::document:
    case PageKind::version: return "version";
    case PageKind::comparison: return "comparison";
    case PageKind::comparison_index: return "comparison_index";
    case PageKind::whats_new: return "whats_new";
    case PageKind::feed: return "feed";
    case PageKind::due_for_revision:
    case PageKind::organisation_due_for_revision: return "due_for_revision";
    case PageKind::accessibility: return "accessibility";
    case PageKind::not_found: return "not_found";
    case PageKind::sitemap: return "sitemap";
    case PageKind::sitemap_index: return "sitemap_index";
    case PageKind::plans_index: return "plans_index";
    case PageKind::plan: return "plan";
    case PageKind::action: return "action";
    case PageKind::responsible_index: return "responsible_index";
    case PageKind::responsible: return "responsible";
    case PageKind::indicators: return "indicators";
    case PageKind::open_data: return "open_data";
    case PageKind::organisation_open_data: return "open_data";  // the same template: a theme needs no new one
    case PageKind::meeting: return "meeting";
    case PageKind::meeting_print: return "meeting_print";
    case PageKind::print_stylesheet: return "print_stylesheet";
    case PageKind::plan_print: return "plan_print";
    case PageKind::search: return "search";
    case PageKind::edition: return "edition";
    case PageKind::redirect: return "redirect";
    case PageKind::data_file:         // rendered by data_file() in render/open_data.h
    case PageKind::brand_stylesheet:  // rendered by brand_stylesheet() in render/branding.h
      return "";
  }
  return "home";
}

kainjow::mustache::data page_view(const Page& page, const RenderContext& ctx) {
  switch (page.kind) {
    case PageKind::home: return home_view(page, ctx);
    case PageKind::organisation: return organisation_view(page, ctx);
    case PageKind::document:
    case PageKind::version: return version_view(page, ctx);
    case PageKind::comparison: return comparison_view(page, ctx);
    case PageKind::comparison_index: return comparison_index_view(page, ctx);
    case PageKind::whats_new: return whats_new_view(page, ctx);
    case PageKind::feed: return feed_view(page, ctx);
    case PageKind::due_for_revision: return due_for_revision_view(page, ctx);
    case PageKind::organisation_due_for_revision: return organisation_due_for_revision_view(page, ctx);
    case PageKind::accessibility: return accessibility_view(page, ctx);
    case PageKind::not_found: return common_view(page, ctx, ctx.strings.get("not_found_title"));
    case PageKind::sitemap: return sitemap_view(page, ctx);
    case PageKind::sitemap_index: return sitemap_index_view(ctx);
    case PageKind::plans_index: return plans_index_view(page, ctx);
    case PageKind::plan: return plan_view(page, ctx);
    case PageKind::action: return action_view(page, ctx);
    case PageKind::responsible_index: return responsible_index_view(page, ctx);
    case PageKind::responsible: return responsible_view(page, ctx);
    case PageKind::indicators: return indicators_view(page, ctx);
    case PageKind::open_data: return open_data_view(page, ctx);
    case PageKind::organisation_open_data: return organisation_open_data_view(page, ctx);
    case PageKind::meeting: return meeting_view(page, ctx);
    case PageKind::meeting_print: return meeting_print_view(page, ctx);
    case PageKind::print_stylesheet: return print_stylesheet_view(ctx);
    case PageKind::plan_print: return plan_print_view(page, ctx);
    case PageKind::search: return search_view(page, ctx);
    case PageKind::edition: return edition_view(page, ctx);
    case PageKind::redirect: return redirect_view(page, ctx);
    case PageKind::data_file:
    case PageKind::brand_stylesheet: return {};  // no template: see generated_file()
  }
  return {};
}

std::string generated_file(const Page& page, const Site& site, Date as_of) {
  return page.kind == PageKind::brand_stylesheet ? brand_stylesheet(site.config.branding)
                                                 : data_file(page, site, as_of);
}

std::string citation(const Version& v, const Strings& s) {
  if (v.status == VersionStatus::proposal) {  // never worded like a decision
    std::string out = s.get("citation_proposal");
    if (v.proposal_date) out += ", " + s.fill("citation_proposal_dated", {{"date", v.proposal_date->iso()}});
    if (v.decision_date)
      out += ", " + s.fill(v.decided_by ? "citation_proposal_for" : "citation_proposal_for_date",
                           {{"body", v.decided_by.value_or("")}, {"date", v.decision_date->iso()}});
    if (v.registration_number) out += ", " + s.get("registration_abbreviation") + " " + *v.registration_number;
    return out;
  }
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
  const bool adopted = v.status == VersionStatus::adopted;  // a proposal is neither passed nor dated by a decision
  if (adopted && v.decided_by) {
    j +=
        ",\n  \"legislationPassedBy\": {\"@type\": \"Organization\", \"name\": \"" + json_escape(*v.decided_by) + "\"}";
  }
  if (org) {
    j += ",\n  \"legislationJurisdiction\": {\"@type\": \"AdministrativeArea\", \"name\": \"" + json_escape(org->name) +
         "\"}";
  }
  if (adopted && v.decision_date) {
    j += field("legislationDate", v.decision_date->iso());
    j += field("legislationDateVersion", v.decision_date->iso());
  }
  if (v.registration_number) j += field("legislationIdentifier", *v.registration_number);
  if (v.document_date) j += field("dateCreated", v.document_date->iso());
  if (const auto revised = last_revised(doc, static_cast<std::size_t>(&v - doc.versions.data())))
    j += field("dateModified", revised->iso());
  if (v.confidentiality) j += field("conditionsOfAccess", view::confidentiality_text(*v.confidentiality, s));
  if (v.level) {
    j += ",\n  \"audience\": {\"@type\": \"Audience\", \"audienceType\": \"" +
         json_escape(view::level_text(*v.level, s)) + "\"}";
  }
  if (!v.contacts.empty()) {
    j += ",\n  \"accountablePerson\": [";
    for (std::size_t i = 0; i < v.contacts.size(); ++i) {
      const Contact& c = v.contacts[i];
      j += std::string(i ? ", " : "") + "{\"@type\": \"Person\", \"name\": \"" + json_escape(c.name) + "\"";
      if (c.role) j += ", \"jobTitle\": \"" + json_escape(*c.role) + "\"";
      if (c.phone) j += ", \"telephone\": \"" + json_escape(*c.phone) + "\"";
      if (c.email) j += ", \"email\": \"" + json_escape(*c.email) + "\"";
      j += "}";
    }
    j += "]";
  }
  const auto index = static_cast<std::size_t>(&v - doc.versions.data());
  j += field("legislationLegalForce",
             in_force_on(doc, index, ctx.as_of) ? "https://schema.org/InForce" : "https://schema.org/NotInForce");
  j += field("creativeWorkStatus", status_words(doc, index, ctx.as_of, s).label);
  if (const VersionStanding st = standing_of(doc, index, ctx.as_of); adopted && (st.from || st.until))
    j += field("temporalCoverage", (st.from ? st.from->iso() : "..") + "/" + (st.until ? st.until->iso() : ".."));
  if (v.summary) j += field("abstract", *v.summary);
  j += "\n}";
  return j;
}

}  // namespace styrdok
