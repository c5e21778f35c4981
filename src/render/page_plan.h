// Plans every page of the site before anything is rendered: what kind of
// page, at which address, from which part of the model. Addresses are derived
// only from stable values (organisation id, document folder, version id), so
// a published address never changes when a title or a list does.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "model/site_config.h"

namespace styrdok {

enum class PageKind {
  home,
  organisation,
  document,
  version,
  comparison,        // two versions compared: the redline inline, and side by side (#sida-vid-sida)
  comparison_index,  // every pair of a document's versions
  whats_new,
  feed,                           // Atom: the whole site, one organisation or one document
  due_for_revision,               // revidering/: per organisation what is due, or, on a small site, all of it
  organisation_due_for_revision,  // revidering/<organisation>/ (sida-2/…): one organisation's list
  accessibility,
  not_found,
  sitemap,                 // sitemap.xml (or sitemap-N.xml): at most kSitemapLimit addresses
  sitemap_index,           // sitemap.xml when the addresses need more than one sitemap file
  plans_index,             // every action plan of the site
  plan,                    // one action plan: summary, table, timeline
  action,                  // one action with its report log
  responsible_index,       // every responsible body
  responsible,             // one body's actions across all plans
  indicators,              // a document's indicators: charts and data tables
  open_data,               // oppna-data/: the site-wide files and each organisation's, or on a small site every file
  organisation_open_data,  // oppna-data/<organisation>/ (sida-2/…): one organisation's plans and indicators
  // Print (issue 7): see render/print_views.h.
  meeting,           // moten/<id>/: a meeting's agenda on the web
  meeting_print,     // moten/<id>/utskrift/: the meeting's handout
  print_stylesheet,  // assets/print-pages.css: the page numbers of print pages in each language printed
  plan_print,        // <plan URL>utskrift/: the print edition of an action plan
  search,            // the search page; its index files come from src/search
  edition,           // <version URL><language>/: a translation or easy-read edition of a version
  data_file,         // a CSV or JSON file of open data (render/open_data.h), not a template
  redirect,          // an address that has gone: a page sending the reader on to Page::target
  brand_stylesheet   // assets/brand.css: the site's branding colour (render/branding.h), not a template
};

enum class FeedScope { site, organisation, document };

// The open data files (docs/open-data.md).
enum class DataFile {
  documents_json,    // documents.json: every document and version
  documents_csv,     // documents.csv: the same, a row per version
  plan_csv,          // <plan URL><id>.csv: a plan's actions and reports
  plan_json,         // <plan URL><id>.json: the same, with statuses on the build date
  measurements_csv,  // <indicators URL><id>.csv: one indicator's measurements
  indicators_json    // <indicators URL>indikatorer.json: a document's indicators
};

struct Page {
  PageKind kind = PageKind::home;
  std::string url;               // relative to the base URL: "", "lysekil/", "404.html", "sitemap.xml"
  std::string output;            // file under the output directory: "index.html", "lysekil/index.html"
  std::size_t organisation = 0;  // index into SiteConfig::organisations (organisation pages)
  std::size_t document = 0;      // index into Site::documents (document and version pages)
  std::size_t version = 0;       // index into Document::versions (version pages; the newer of a comparison)
  std::string source;            // where the address comes from, for diagnostics
  std::size_t older = 0;         // the older version of a comparison
  FeedScope feed = FeedScope::site;
  std::size_t plan = 0;                      // index into Site::plans (plan and action pages)
  std::size_t action = 0;                    // index into flatten(plan) (action pages)
  std::string key = {};                      // the responsible body's name (responsible pages)
  std::size_t meeting = 0;                   // index into Site::meetings (meeting pages)
  DataFile data = DataFile::documents_json;  // data_file: which
  std::size_t indicator = 0;                 // index into Site::indicators (measurements_csv)
  std::size_t part = 0;                      // a paged list, sitemap: which page or file, 0 the first
  std::size_t edition = 0;                   // index into Version::editions (edition pages)
  // redirect: where it sends the reader, relative to the base URL, with any
  // "#fragment" ("lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/#sida-vid-sida").
  // Its other fields are those of the page it stands for, so that it is made
  // again with that page's document or plan.
  std::string target = {};
};

inline const char* const kAccessibilityUrl = "tillganglighet/";
inline const char* const kWhatsNewUrl = "nytt/";
inline const char* const kDueForRevisionUrl = "revidering/";
inline const char* const kPlansIndexUrl = "handlingsplaner/";
inline const char* const kResponsibleIndexUrl = "ansvariga/";
inline const char* const kOpenDataUrl = "oppna-data/";
inline const char* const kSearchUrl = "sok/";
inline const char* const kDocumentsJson = "documents.json";
inline const char* const kDocumentsCsv = "documents.csv";
inline constexpr std::size_t kWhatsNewPerPage = 50;  // versions on one page of what's new
// Documents on one page of an organisation's list: a page a phone opens
// quickly (about 100 KB) whatever the size of the site.
inline constexpr std::size_t kDocumentsPerPage = 200;
// Data sets (an action plan's files, an indicator's) on one page of an
// organisation's open data (about 600 bytes each: 200 make about 120 KB);
// while the whole site has at most this many, the site-wide page lists them
// all as well.
inline constexpr std::size_t kDataSetsPerPage = 200;
// Responsible bodies on one page of their index.
inline constexpr std::size_t kBodiesPerPage = 500;
// Plans on one page of the index of action plans, each with its bar chart:
// about 80 KB a page (bench/corpus_generator, 10,000 documents).
inline constexpr std::size_t kPlansPerPage = 100;
// Actions on one page of a responsible body's list, in tables by plan: about
// 160 KB a page when each action is in a plan of its own (a table each, with
// its caption and headers), under 100 KB in one plan's table.
inline constexpr std::size_t kActionsPerPage = 100;
// Rows (documents due, stale editions) on one page of an organisation's
// due-for-revision list; while the whole site has at most this many, the
// site-wide page lists them all as well.
inline constexpr std::size_t kDueRowsPerPage = 200;
// The home page lists every document up to this many in the whole site;
// above it, it lists the organisations with their document types and counts.
inline constexpr std::size_t kHomeListsDocumentsUpTo = 100;
// Every page's header lists the organisations up to this many (about six
// lines at 390 px); a site of more links the home page, which lists them,
// instead: 100 organisations took some 1,600 px of a phone's screen and 6 KB
// of every page.
inline constexpr std::size_t kHeaderListsOrganisationsUpTo = 10;

// The sitemap protocol's limit of addresses in one file (sitemaps.org).
inline constexpr std::size_t kSitemapLimit = 50000;

// An address the sitemap lists, relative to the base URL; for a version or
// one of its editions, which version (whose editions are its alternates).
struct SitemapAddress {
  std::string url;
  std::size_t document = SIZE_MAX;  // SIZE_MAX: not a version's
  std::size_t version = 0;
};
// Every address the sitemap lists, in a fixed order.
std::vector<SitemapAddress> sitemap_addresses(const Site& site);
// How many of `pages` the sitemap lists: sitemap_addresses(site).size() for
// the site they were planned for, without making the addresses.
std::size_t sitemap_address_count(const std::vector<Page>& pages);
// Files the sitemap needs for `addresses`: one up to kSitemapLimit.
std::size_t sitemap_parts(std::size_t addresses);
// "sitemap.xml" when it is the only file, else "sitemap-1.xml", "sitemap-2.xml"…
std::string sitemap_url(std::size_t part, std::size_t parts);

// Pages in a fixed order (home, organisations, documents with their
// versions, the rest). Reports two pages that would share an address.
// `as_of` is the build's day: what is due for revision on it decides how
// many pages the due-for-revision lists take. With a cache (serve), each
// document's pages are taken from the last plan when it has them
// (render/plan_cache.h).
class PlanCache;
std::vector<Page> plan_pages(const Site& site, Date as_of, Diagnostics& diagnostics, PlanCache* cache = nullptr);

// Pages that show one document (Page::document), or one of its action plans
// or editions, and nothing that other documents' files decide: what they
// state changes with that document alone. serve renders them again only when
// its folder changed (an edition's file lies in it, so a change to one
// renders again every page listing the editions); a page's notice of a
// status that may have changed takes the document's day (model/next_status_change.h).
bool shows_one_document(const Page& page);

std::string document_url(const Document& doc);                         // "lysekil/riktlinjer/"
std::string version_url(const Document& doc, const Version& version);  // "lysekil/riktlinjer/2021-05-19/"
// "lysekil/riktlinjer/2021-05-19/ar/": an edition under the version it translates.
std::string edition_url(const Document& doc, const Version& version, const Edition& edition);
// "lysekil/riktlinjer/jamfor/2021-05-19/2023-02-01/"
std::string comparison_url(const Document& doc, const Version& older, const Version& newer);
// The id of the element of a comparison page whose :target shows the two
// versions side by side: link to comparison_url(…) + "#" + this.
inline const char* const kSideBySideId = "sida-vid-sida";
// Where the side-by-side view had a page of its own until it became a view of
// the comparison page; a redirect page there keeps old links working.
std::string old_side_by_side_url(const Document& doc, const Version& older, const Version& newer);
// The language codes of every edition of the site, sorted, each once.
std::vector<std::string> edition_languages_of(const Site& site);
// The edition language of an edition page ("ar"), or of a redirect to one;
// "" for any other page.
std::string edition_language(const Page& page, const Site& site);
std::string comparison_index_url(const Document& doc);  // "lysekil/riktlinjer/jamfor/"
// "lysekil/", then "lysekil/sida-2/", "lysekil/sida-3/"…
std::string organisation_url(const std::string& org_id, std::size_t part = 0);
// Whether an organisation's list shows the document: it has an adopted version.
bool listed_on_organisation_page(const Document& doc);
// Pages of an organisation's list: at least one.
std::size_t organisation_parts(const Site& site, const std::string& org_id);
std::string whats_new_url(std::size_t part);        // "nytt/", then "nytt/sida-2/", "nytt/sida-3/"…
std::size_t whats_new_parts(std::size_t versions);  // pages of what's new for the site's versions: at least one
std::string plan_url(const ActionPlan& plan);       // "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/"
std::string action_url(const ActionPlan& plan, const Action& action);  // plan_url + "1-2/"
std::string indicators_url(const Document& doc);                       // "dals-ed/integrationspolicy/indikatorer/"
std::string indicators_url(const Indicator& indicator);
std::string plans_index_url(std::size_t part);  // "handlingsplaner/", then "handlingsplaner/sida-2/"…
// Pages of the index of `plans` action plans: at least one.
std::size_t plans_index_parts(std::size_t plans);
// "ansvariga/kommunstyrelsen/", then "ansvariga/kommunstyrelsen/sida-2/"…
std::string responsible_url(const std::string& body, std::size_t part = 0);
// Pages of a responsible body's list of `actions` actions: at least one.
std::size_t responsible_parts(std::size_t actions);
std::string responsible_index_url(std::size_t part);  // "ansvariga/", then "ansvariga/sida-2/"…
// Pages of the index of `bodies` responsible bodies: at least one.
std::size_t responsible_index_parts(std::size_t bodies);

// Every responsible body named in the site's plans (an action's own, else
// its plan's), sorted by address; a list of pages each.
std::vector<std::string> responsible_bodies(const Site& site);
// A responsible body and how many actions it is responsible for.
struct ResponsibleBody {
  std::string name;  // the first name seen with its address
  std::size_t actions = 0;
};
// The same bodies in the same order, counted, in one pass over the plans.
std::vector<ResponsibleBody> responsible_bodies_counted(const Site& site);
// One action of a responsible body: the plan it is in and where in it.
struct BodyAction {
  std::size_t plan = 0;  // index into Site::plans
  ActionRef ref;
};
// Every body's actions in the order of the plans, by the body's address
// (slugify of its name), in one pass over the plans: what a build makes once
// for all the pages of the bodies' lists.
std::map<std::string, std::vector<BodyAction>> actions_by_body(const Site& site);
// "revidering/lysekil/", then "revidering/lysekil/sida-2/"…
std::string due_for_revision_url(const std::string& org_id, std::size_t part = 0);
// oppna-data/<organisation>/, then sida-2/… for its later pages.
std::string open_data_url(const std::string& org_id, std::size_t part = 0);
// Pages of an organisation's open data of `sets` data sets: none without any.
std::size_t open_data_parts(std::size_t sets);
// The data sets of each organisation, in the order of
// SiteConfig::organisations, in one pass over the plans and indicators.
std::vector<std::size_t> open_data_counts(const Site& site);
// Pages of an organisation's due-for-revision list of `rows` rows: at least one.
std::size_t due_for_revision_parts(std::size_t rows);
std::string meeting_url(const Meeting& meeting);  // "moten/2016-01-20-kommunstyrelsen/"
// The print edition of the page at `url`: "<url>utskrift/".
std::string print_url(const std::string& url);
inline const char* const kPrintStylesheet = "assets/print-pages.css";

}  // namespace styrdok
