// Print: the blocks of a version, a comparison (redline) and an action plan
// that meeting handouts (render/meeting_views.h) print, several in one
// packet; the action plan's print edition; what a page that prints itself
// (a version, an edition, a comparison) adds for paper (add_self_print); and
// the one stylesheet with the page numbers in each language.
//
// A print page carries its running header and footer as elements
// (.print-running-head, .print-running-foot) that assets/print.css places on
// every sheet: WeasyPrint takes them into the page margins as running
// elements (position: running()), Chromium, which has no running elements,
// repeats them as fixed boxes. The page numbers are margin-box text, which
// both engines print; their wording per language comes from
// assets/print-pages.css (print_stylesheet_view), one file for the site, so
// no print page needs a stylesheet of its own and no inline style breaks the
// CSP. Pure functions of the model; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>

#include "render/page_views.h"

namespace styrdok {

// Where one printed block sits: `prefix` is put before every id and #link in
// it, so blocks can share a page; headings start at `level` (1 on a page of
// its own; 3 inside a handout, under the agenda item's heading).
struct PrintPlacement {
  std::string prefix;
  int level = 1;
};

kainjow::mustache::data plan_print_view(const Page& page, const RenderContext& ctx);
// The running header ("left", "right") and footer of a print page or of an
// edition's page, in the language of ctx.strings: organisation and title,
// the diarienummer (a meeting's body and date; a plan's day), and which
// version is printed. Right to left, an edition's header isolates the
// Swedish organisation name and the diarienummer (U+2068 … U+2069).
kainjow::mustache::data running_header_view(const Page& page, const RenderContext& ctx);
// What a screen page that prints itself (a version, a document) needs for
// paper: "prints_itself" (its stylesheets: style.css for the screen,
// print.css and print-pages.css for print), "running" (header and footer as
// for the version's print edition) and "qr_svg", the QR code of the
// version's permanent address, shown on paper only.
void add_self_print(kainjow::mustache::data& view, const Document& doc, std::size_t version, const RenderContext& ctx);
// The same for any page that prints itself (a comparison): its running
// header and footer as running_header_view(page) words them, and the QR code
// of `permanent_url` with `qr_label` for screen readers.
void add_self_print(kainjow::mustache::data& view, const Page& page, const std::string& permanent_url,
                    const std::string& qr_label, const RenderContext& ctx);
// assets/print-pages.css: "Sida N av M" in the site's language, and a named
// page per edition language, which the edition's page (body class
// print-lang-<code>) prints with to word it in its language.
kainjow::mustache::data print_stylesheet_view(const RenderContext& ctx);

// The cover (metadata, QR code of its permanent address), contents and body of a version.
kainjow::mustache::data print_version_block(const Document& doc, std::size_t version, const RenderContext& ctx,
                                            const PrintPlacement& at);
// The redline of `newer` against `older`: summary, metadata changes, every changed section.
kainjow::mustache::data print_comparison_block(const Document& doc, std::size_t older, std::size_t newer,
                                               const RenderContext& ctx, const PrintPlacement& at);

// An action plan as it stands on ctx.as_of: cover (metadata, QR code of its
// page), the status summary in words, the table of actions and each action's
// latest follow-up report. `page` is the page it is printed on (for links);
// "toc" lists its sections for a handout's contents.
kainjow::mustache::data print_plan_block(const ActionPlan& plan, const Page& page, const RenderContext& ctx,
                                         const PrintPlacement& at);

// The values every print page template uses (language, title, stylesheets,
// the link back to the screen page). `screen_url` is the page it prints.
kainjow::mustache::data print_page_common(const Page& page, const RenderContext& ctx, const std::string& heading,
                                          const std::string& screen_url);

// Helpers for blocks: ids and in-page links of `html` with `prefix` put
// before them; headings moved down `by` levels (h6 stays h6).
std::string prefix_anchors(const std::string& html, const std::string& prefix);
std::string shift_headings(const std::string& html, int by);
// `html` without its paragraph links (¶), which mean nothing on paper.
std::string without_block_links(const std::string& html);
// `text` as a CSS string literal, quotes included: line breaks become spaces,
// every other control character and "<" a CSS escape (hex digits and a space), so that no
// title can end the string or the rule.
std::string css_string(const std::string& text);

}  // namespace styrdok
