#include "render/search_view.h"

#include "render/view_helpers.h"

namespace styrdok {

using kainjow::mustache::data;
using kainjow::mustache::list;

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
  list types;
  for (auto type : all_document_types()) {
    data t;
    put(t, "key", to_key(type));
    put(t, "label", view::type_label(type, s));
    types.push_back(std::move(t));
  }
  put(d, "search_types", std::move(types));
  return d;
}

}  // namespace styrdok
