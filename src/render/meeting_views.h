// Views of a meeting: its web page (the agenda with links to each item) and
// its handout, one print document with a cover, the agenda, a table of
// contents and every item's print block in agenda order, numbered as one
// packet. Pure functions of the model; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include "render/page_views.h"

namespace styrdok {

kainjow::mustache::data meeting_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data meeting_print_view(const Page& page, const RenderContext& ctx);

// The meetings of one organisation, newest first, as (title, date, href) for its page.
kainjow::mustache::list meetings_of(const std::string& organisation_id, const Page& page, const RenderContext& ctx);

}  // namespace styrdok
