// Views of the pages about change: comparisons of two versions (inline and
// side by side), the list of all pairs, what's new (page and Atom feeds), the
// documents due for revision, and the parts of a version page that say where
// the version stands (the links beside its status, history with change summaries).
#pragma once

#include <functional>
#include <kainjow/mustache.hpp>
#include <vector>

#include "diff/version_comparison.h"
#include "render/page_views.h"

namespace styrdok {

kainjow::mustache::data comparison_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data comparison_index_view(const Page& page, const RenderContext& ctx);
kainjow::mustache::data whats_new_view(const Page& page, const RenderContext& ctx);
// The pages of what's new (Page::part) that list a version of a document
// `listed` picks: those a change of its text shows on.
std::vector<bool> whats_new_parts_listing(const Site& site, const std::function<bool(const Document&)>& listed);
kainjow::mustache::data feed_view(const Page& page, const RenderContext& ctx);
// revidering/: per organisation what is due and a link to its list, and, while
// the whole site's lists fit on one page of them, the lists themselves.
kainjow::mustache::data due_for_revision_view(const Page& page, const RenderContext& ctx);
// revidering/<organisation>/: page Page::part of one organisation's list.
kainjow::mustache::data organisation_due_for_revision_view(const Page& page, const RenderContext& ctx);

// Adds to a version page's view: `status_links` (the version that applies,
// what this one changed, a pending proposal, the history), `versions` (the
// history with statuses, change notes and computed summaries) and
// `compare_index_href`.
void add_revision_context(kainjow::mustache::data& view, const Page& page, std::size_t shown, const RenderContext& ctx);

// `html` (a redline) with every <ins> and <del> opened and closed by words
// that screen readers read and the screen and print hide ("tillagt:" …
// "slut tillagt"): several screen readers do not announce the elements.
std::string announce_changes(const std::string& html, const Strings& s);

// One section of a comparison (heading, change label, kind, redline HTML,
// and with `side_by_side` each version's text for the two columns), and the
// metadata fields two versions differ in; print editions reuse them.
// `newer` is the body of the newer version compared.
kainjow::mustache::data section_view(const SectionDiff& section, const Body& newer, const Strings& strings,
                                     bool side_by_side);
kainjow::mustache::list metadata_changes(const Document& doc, const Version& older, const Version& newer,
                                         const RenderContext& ctx);
// Gives a section_view() its `id` and returns its entry in the contents that
// paper shows ("text", "label", "anchor").
kainjow::mustache::data section_toc_entry(kainjow::mustache::data& section, const std::string& id);

// "3 avsnitt ändrade (A, B, C), 1 tillagt (D)"; the no-change sentence when identical.
std::string change_summary(const Comparison& comparison, const Strings& strings);

}  // namespace styrdok
