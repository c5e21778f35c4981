#include "render/search_view.h"

#include "render/view_helpers.h"

#include <algorithm>

namespace styrdok {

using kainjow::mustache::data;
using kainjow::mustache::list;

namespace {

bool has_type(const Site& site, DocumentType type) {
  if (type == DocumentType::handlingsplan && !site.plans.empty()) return true;
  return std::any_of(site.documents.begin(), site.documents.end(), [&](const Document& doc) {
    return std::any_of(doc.versions.begin(), doc.versions.end(), [&](const Version& v) { return v.type == type; });
  });
}

}  // namespace

data search_view(const Page& page, const RenderContext& ctx) {
  const Strings& s = ctx.strings;
  const view::Links links = view::Links::for_page(page, ctx.site.config);
  data d = view::common_view(page, ctx, s.get("search_title"));
  view::set_breadcrumbs(d, links, {{s.get("home"), ""}});
  list orgs;
  for (const auto& org : ctx.site.config.organisations) {
    data o;
    put(o, "id", org.id);
    put(o, "name", org.name);
    orgs.push_back(std::move(o));
  }
  put(d, "search_organisations", std::move(orgs));
  // Only the types some version or action plan has: another type would
  // always find nothing.
  list types;
  for (auto type : all_document_types()) {
    if (!has_type(ctx.site, type)) continue;
    data t;
    put(t, "key", to_key(type));
    put(t, "label", view::type_label(type, s));
    types.push_back(std::move(t));
  }
  put(d, "search_types", std::move(types));
  // The languages of the site's editions, beside its own (easy-read Swedish is Swedish).
  list languages;
  std::vector<std::string> tags = {to_key(ctx.site.config.language)};
  for (const auto& code : edition_languages_of(ctx.site)) {
    const EditionLanguage* language = find_edition_language(code);
    if (language && std::find(tags.begin(), tags.end(), language->tag) == tags.end()) tags.emplace_back(language->tag);
  }
  if (tags.size() > 1) {
    for (const auto& tag : tags) {
      data l;
      put(l, "tag", tag);
      std::string name = tag == "sv" ? "Svenska" : tag == "en" ? "English" : tag;
      for (const auto& language : edition_languages())
        if (language.tag == tag && language.code != "lattlast") name = std::string(language.name);
      put(l, "name", name);
      languages.push_back(std::move(l));
    }
  }
  put(d, "has_search_languages", !languages.empty());
  put(d, "search_languages", std::move(languages));
  return d;
}

}  // namespace styrdok
