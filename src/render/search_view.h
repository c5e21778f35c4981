// The view of the search page: the form with its filters (organisations and
// document types of the site, version status, kind), and the words the
// search script shows, handed to it as data attributes. The index it reads
// is written by src/search. Pure function of the model; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include "render/page_views.h"

namespace styrdok {

kainjow::mustache::data search_view(const Page& page, const RenderContext& ctx);

}  // namespace styrdok
