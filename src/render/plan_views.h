// Views of action plans and indicators: the plans index, one plan (status
// summary, filterable table, timeline), one action with its report log, the
// responsible bodies, a document's indicators, and the goal follow-up shown
// on a policy's own page. Everything is judged as of RenderContext::as_of.
#pragma once

#include <kainjow/mustache.hpp>

#include "render/page_views.h"

namespace styrdok {

kainjow::mustache::data plans_index_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data plan_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data action_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data responsible_index_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data responsible_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data indicators_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data open_data_view(const Page& page, const RenderContext& ctx);

// Adds "goals" to a version page's view: each goal of the text that an
// action or indicator serves, in the order of the text, with them listed.
void add_goal_followup(kainjow::mustache::data& view, const Page& page, const Document& doc, const Version& version,
                       const RenderContext& ctx);

}  // namespace styrdok
