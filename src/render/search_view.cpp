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
    o.set("id", org.id);
    o.set("name", org.name);
    orgs.push_back(o);
  }
  d.set("search_organisations", orgs);
  list types;
  for (auto type : all_document_types()) {
    data t;
    t.set("key", to_key(type));
    t.set("label", view::type_label(type, s));
    types.push_back(t);
  }
  d.set("search_types", types);
  return d;
}

}  // namespace styrdok
