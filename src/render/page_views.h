// Views: for each kind of page, the prepared values its template shows.
// All decisions (which label, which status, which link) are made here, so
// templates hold only markup. Pure functions of the model: safe to call from
// any number of threads.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <vector>

#include "core/date.h"
#include "model/next_status_change.h"
#include "model/site_config.h"
#include "render/page_plan.h"
#include "render/strings.h"

namespace styrdok {

struct ChangeLog;
struct DocumentList;
struct DueList;
class SharedQrCodes;

struct RenderContext {
  const Site& site;
  const Strings& strings;
  Date as_of;                          // the day statuses are computed for
  const ChangeLog* changes = nullptr;  // what each version changed; may be null in tests
  // The UI strings of each edition language, by code (render/theme.h
  // add_edition_strings); null or missing: the site's strings.
  const std::map<std::string, Strings>* edition_strings = nullptr;
  // Each organisation's due-for-revision list on as_of, in the order of
  // SiteConfig::organisations (render/due_list.h due_lists), made once for
  // the build when a page to render shows one; null (in tests too): each
  // page makes the one it shows.
  const std::vector<DueList>* due = nullptr;
  // Each organisation's list of documents on as_of, in the order of
  // SiteConfig::organisations (render/document_lists.h document_lists), made
  // once for the build when a page to render shows one; null (in tests
  // too): each page makes the one it shows.
  const std::vector<DocumentList>* documents = nullptr;
  // Every responsible body's actions (render/page_plan.h actions_by_body),
  // made once for the build when a page to render shows them; null (in
  // tests too): each page makes them.
  const std::map<std::string, std::vector<BodyAction>>* body_actions = nullptr;
  // Every plan's actions in order (model/action_plan.h flatten), in the
  // order of Site::plans, made once for the build when an action's page is
  // rendered; null (in tests too): each action's page flattens its plan,
  // which for every action of a large plan took time in its square.
  const std::vector<std::vector<ActionRef>>* plan_actions = nullptr;
  // The QR codes a document's page and its shown version's page both print
  // (print/shared_qr_codes.h), shared by the render stage's threads; null:
  // each page encodes its own. Either way the pages are the same.
  SharedQrCodes* qr_codes = nullptr;
  // When the statuses each page states change by the calendar
  // (model/next_status_change.h), for the notice a page shows a reader from
  // that day if the site was not built again; null (in tests too): none.
  const StatusChanges* status_changes = nullptr;
};

// The view for `page`; the template named by template_for(page) renders it.
kainjow::mustache::data page_view(const Page& page, const RenderContext& ctx);
// The template of a kind of page; "" for the files rendered without one
// (open data, the branding stylesheet), which generated_file() makes.
std::string template_for(PageKind kind);
std::string generated_file(const Page& page, const Site& site, Date as_of);

// The schema.org Legislation description of a version, as JSON text.
std::string legislation_json_ld(const Document& doc, const Version& version, const RenderContext& ctx);

// "Kommunfullmäktige 2021-05-19 § 63, dnr LKS 2021-000173"; "" if neither the
// body nor the date of the decision is known.
std::string citation(const Version& version, const Strings& strings);

}  // namespace styrdok
