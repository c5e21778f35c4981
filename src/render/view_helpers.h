// Building blocks shared by the views of every kind of page: links that
// work from any depth, status badges, the frame every page has (header,
// breadcrumbs, footer), metadata rows. Pure functions; thread-safe.
#pragma once

#include <kainjow/mustache.hpp>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "render/page_views.h"
#include "render/status_wording.h"
#include "render/view_data.h"

namespace styrdok::view {

// How a page links to others: relative links ending in index.html work both
// on a web server under any sub-path and when opened straight from disk.
// The 404 page is served at any depth, so it links from the base URL's path.
struct Links {
  std::string root;
  static Links for_page(const Page& page, const SiteConfig& config);
  // `url` relative to the base URL, with any "#fragment": "a/b/#x" → "../../a/b/index.html#x".
  std::string to(const std::string& url) const;
  // The shortest link from the page at `from` to `url` (both relative to the
  // base URL): up only out of the folders they do not share.
  // ("a/b/c/", "a/b/#x") → "../index.html#x".
  static std::string between(const std::string& from, const std::string& url);
};

// A version's status as a template shows it: {key, label, statement}, from
// render/status_wording.h.
kainjow::mustache::data status_view(const Document& doc, std::size_t index, Date day, const Strings& s);
// A permanent address as a page shows it: `permanent_url`, and
// `permanent_url_html`, the same escaped with a break allowed after each
// '/' (<wbr>), so that a long address wraps between its parts on a phone
// and under a QR code, rather than anywhere ("…/201" "5-03-16/").
void put_permanent_url(kainjow::mustache::data& view, const std::string& url);
// "Status per 5 december 2026.": the day a page's or a paper's statuses hold for.
std::string status_as_of(Date day, const Strings& s);
kainjow::mustache::data strings_view(const Strings& s);
kainjow::mustache::data row(const std::string& label, const std::optional<std::string>& value, const Strings& s);
std::optional<std::string> date_text(const std::optional<Date>& d, const Strings& s);
std::string type_label(DocumentType t, const Strings& s);
// Header, navigation and footer values every page template uses: among
// them "organisations" (the header's links to each, while there are at most
// kHeaderListsOrganisationsUpTo) or else "organisations_href" (the home page,
// which lists them all).
kainjow::mustache::data common_view(const Page& page, const RenderContext& ctx, const std::string& heading);

// The first day on which a status `page` states changes by the calendar
// (its document's, with its plans', or on a page listing many the site's
// first): from then a reader is told the page is out of date, unless the
// site was built again (common_view's "status_outdated"). nullopt for a
// page that states none, and without ctx.status_changes.
std::optional<Date> status_change_of(const Page& page, const RenderContext& ctx);
void set_breadcrumbs(kainjow::mustache::data& view, const Links& links,
                     const std::vector<std::pair<std::string, std::string>>& trail);
// A text's headings as a table of contents: {text, anchor, level} each,
// the anchors after `anchor_prefix` (a handout holds several texts).
kainjow::mustache::list toc_view(const Body& body, const std::string& anchor_prefix = "");
// For page `page.part` of a list of `parts` pages: "pagination" (which page,
// links to the previous and next, made by `url_of`) and a page title naming
// the page. Nothing when the list has one page.
void set_pagination(kainjow::mustache::data& view, const Page& page, const RenderContext& ctx, const Links& links,
                    std::size_t parts, const std::function<std::string(std::size_t)>& url_of, const std::string& title);
// "Tills vidare" -> "tills vidare": a label or value set inside a sentence
// (an ASCII capital only; the labels start with one).
std::string lower_first(std::string text);
// The metadata of a version as (field, label, value, unknown) rows, in the
// order the page shows them; `field` names the key it shows ("decided_by"),
// whatever the label (a proposal's are its own).
kainjow::mustache::list metadata_rows(const Document& doc, const Version& v, const RenderContext& ctx);
// "Kommungemensamt styrdokument", or the board the document binds.
std::string level_text(const std::string& level, const Strings& s);
// "Ingen sekretess", "Delvis sekretess", or the document's own words.
std::string confidentiality_text(const Confidentiality& c, const Strings& s);
// "Anna Andersson, integrationsstrateg, 0523-61 30 00, anna@kommun.se"
std::string contact_text(const Contact& c);
// The same rows, the known ones apart from the labels of the unknown ones,
// which a page gathers in one line: "dokumentansvarig, nästa översyn".
std::pair<kainjow::mustache::list, std::string> metadata_rows_split(const Document& doc, const Version& v,
                                                                    const RenderContext& ctx);

}  // namespace styrdok::view
