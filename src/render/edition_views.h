// Views of translations and easy-read editions (issue 18): the edition's own
// page, in its language and direction, with the page chrome in that
// language; the "read in" list and the hreflang alternates that version and
// document pages carry. Staleness comes from model/edition_staleness.h and
// is worded by render/status_wording.h. Pure; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include "render/page_views.h"

namespace styrdok {

// The strings of an edition's language: from ctx.edition_strings, else the site's.
const Strings& edition_strings(const RenderContext& ctx, const std::string& language);

// An edition's page, which prints itself as a version's page does
// (render/print_views.h add_self_print), in the edition's language:
// "print_language" names the page numbers' named page (body class
// print-lang-<code>).
kainjow::mustache::data edition_view(const Page& page, const RenderContext& ctx);

// Adds to a version or document page (showing version `version`) the list
// of its editions ("editions", "has_editions", "editions_example") and the
// hreflang alternates ("alternates"). `links` is the page's.
void add_edition_links(kainjow::mustache::data& view, const Document& doc, std::size_t version, const Page& page,
                       const RenderContext& ctx);

}  // namespace styrdok
