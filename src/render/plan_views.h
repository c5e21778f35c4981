// Views of action plans and indicators: the plans index, one plan (status
// summary, filterable table, timeline), one action with its report log, the
// responsible bodies, a document's indicators, and the goal follow-up shown
// on a policy's own page. Everything is judged as of RenderContext::as_of.
#pragma once

#include <kainjow/mustache.hpp>

#include "model/action_status.h"
#include "render/page_views.h"
#include "render/view_helpers.h"

namespace styrdok {

kainjow::mustache::data plans_index_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data plan_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data action_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data responsible_index_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data responsible_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data indicators_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data open_data_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data organisation_open_data_view(const Page& page, const RenderContext& ctx);

// Adds "goals" to a version page's view: each goal of the text that an
// action or indicator serves, in the order of the text, with them listed.
void add_goal_followup(kainjow::mustache::data& view, const Page& page, const Document& doc, const Version& version,
                       const RenderContext& ctx);

// Parts of the plan page that its print edition (render/print_views.h) shows too.
// The version of the document whose goals the plan serves (and the document), or null.
const Version* plan_document_version(const ActionPlan& plan, const Site& site, const Document** doc);
// About the plan: its document (linked), who is responsible, who decided it and when.
kainjow::mustache::list plan_metadata(const ActionPlan& plan, const RenderContext& ctx, const view::Links& links);
// The status summary in words: "3 åtgärder: 1 Försenad, 2 Klar i tid."
std::string plan_summary_sentence(const StateCounts& counts, const Strings& s);
// One action as a row of an action table, judged on ctx.as_of.
kainjow::mustache::data plan_action_row(const ActionPlan& plan, const ActionRef& ref, const RenderContext& ctx,
                                        const view::Links& links);
// The sentence saying how a parent's progress is rolled up, or "" when no action has sub-actions.
std::string plan_rollup_note(const ActionPlan& plan, const Strings& s);

}  // namespace styrdok
