#include "render/page_plan.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "core/slug.h"
#include "render/due_list.h"
#include "render/plan_cache.h"

namespace styrdok {

bool shows_one_document(const Page& page) {
  switch (page.kind) {
    case PageKind::document:
    case PageKind::version:
    case PageKind::edition:
    case PageKind::comparison:
    case PageKind::comparison_index:
    case PageKind::plan:
    case PageKind::plan_print:
    case PageKind::action:
    case PageKind::indicators: return true;
    // A redirect carries the document of the page it stands for, whose
    // versions decide both its address and its target.
    case PageKind::redirect: return true;
    case PageKind::feed: return page.feed == FeedScope::document;
    case PageKind::data_file: return page.data != DataFile::documents_json && page.data != DataFile::documents_csv;
    default: return false;
  }
}

std::string document_url(const Document& doc) { return doc.organisation_id + "/" + doc.slug + "/"; }

std::string version_url(const Document& doc, const Version& version) { return document_url(doc) + version.id + "/"; }

std::string edition_url(const Document& doc, const Version& version, const Edition& edition) {
  return version_url(doc, version) + edition.language + "/";
}

std::vector<std::string> edition_languages_of(const Site& site) {
  std::set<std::string> codes;
  for (const auto& doc : site.documents)
    for (const auto& v : doc.versions)
      for (const auto& e : v.editions) codes.insert(e.language);
  return {codes.begin(), codes.end()};
}

std::string edition_language(const Page& page, const Site& site) {
  if (page.kind != PageKind::edition && page.kind != PageKind::redirect) return "";
  if (page.document >= site.documents.size()) return "";
  const Document& doc = site.documents[page.document];
  if (page.version >= doc.versions.size()) return "";
  const Version& v = doc.versions[page.version];
  if (page.edition >= v.editions.size()) return "";
  const Edition& e = v.editions[page.edition];
  // A redirect speaks the language of the edition it sends the reader to.
  if (page.kind == PageKind::redirect && page.target != edition_url(doc, v, e)) return "";
  return e.language;
}

std::string comparison_index_url(const Document& doc) { return document_url(doc) + "jamfor/"; }

std::vector<SitemapAddress> sitemap_addresses(const Site& site) {
  std::vector<SitemapAddress> urls;
  auto add = [&](const std::string& url) { urls.push_back({url}); };
  add("");
  for (const auto& org : site.config.organisations) {
    for (std::size_t part = 0; part < organisation_parts(site, org.id); ++part) add(organisation_url(org.id, part));
  }
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const Document& doc = site.documents[d];
    add(document_url(doc));
    for (std::size_t i = 0; i < doc.versions.size(); ++i) {
      const Version& v = doc.versions[i];
      urls.push_back({version_url(doc, v), d, i});
      for (const Edition& e : v.editions) urls.push_back({edition_url(doc, v, e), d, i});
    }
  }
  for (std::size_t part = 0; !site.plans.empty() && part < plans_index_parts(site.plans.size()); ++part)
    add(plans_index_url(part));
  for (const auto& plan : site.plans) {
    add(plan_url(plan));
    for (const auto& ref : flatten(plan)) add(action_url(plan, *ref.action));
  }
  const auto bodies = responsible_bodies_counted(site);
  for (std::size_t part = 0; !bodies.empty() && part < responsible_index_parts(bodies.size()); ++part)
    add(responsible_index_url(part));
  for (const auto& body : bodies) {
    for (std::size_t part = 0; part < responsible_parts(body.actions); ++part) add(responsible_url(body.name, part));
  }
  std::string last_indicators;
  for (const auto& ind : site.indicators) {
    if (indicators_url(ind) != last_indicators) add(indicators_url(ind));
    last_indicators = indicators_url(ind);
  }
  add(kOpenDataUrl);
  const auto data_sets = open_data_counts(site);
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) {
    for (std::size_t part = 0; part < open_data_parts(data_sets[o]); ++part)
      add(open_data_url(site.config.organisations[o].id, part));
  }
  for (const auto& meeting : site.meetings) add(meeting_url(meeting));
  add(kWhatsNewUrl);
  add(kDueForRevisionUrl);
  // The first page of each organisation's list: the lists change with the
  // day, their later pages with them.
  for (const auto& org : site.config.organisations) add(due_for_revision_url(org.id));
  add(kAccessibilityUrl);
  return urls;
}

std::size_t sitemap_parts(std::size_t addresses) {
  return std::max<std::size_t>(1, (addresses + kSitemapLimit - 1) / kSitemapLimit);
}

std::string sitemap_url(std::size_t part, std::size_t parts) {
  return parts == 1 ? "sitemap.xml" : "sitemap-" + std::to_string(part + 1) + ".xml";
}

std::string organisation_url(const std::string& org_id, std::size_t part) {
  return part == 0 ? org_id + "/" : org_id + "/sida-" + std::to_string(part + 1) + "/";
}

bool listed_on_organisation_page(const Document& doc) {
  return std::any_of(doc.versions.begin(), doc.versions.end(),
                     [](const Version& v) { return v.status == VersionStatus::adopted; });
}

std::size_t organisation_parts(const Site& site, const std::string& org_id) {
  // The documents are in order of organisation: its run, not the whole site.
  const auto [first, last] =
      std::equal_range(site.documents.begin(), site.documents.end(), org_id, [](const auto& a, const auto& b) {
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, Document>) {
          return a.organisation_id < b;
        } else {
          return a < b.organisation_id;
        }
      });
  const auto n = static_cast<std::size_t>(std::count_if(first, last, listed_on_organisation_page));
  return std::max<std::size_t>(1, (n + kDocumentsPerPage - 1) / kDocumentsPerPage);
}

std::string whats_new_url(std::size_t part) {
  return part == 0 ? kWhatsNewUrl : std::string(kWhatsNewUrl) + "sida-" + std::to_string(part + 1) + "/";
}

std::size_t whats_new_parts(std::size_t versions) {
  return std::max<std::size_t>(1, (versions + kWhatsNewPerPage - 1) / kWhatsNewPerPage);
}

std::string comparison_url(const Document& doc, const Version& older, const Version& newer) {
  return comparison_index_url(doc) + older.id + "/" + newer.id + "/";
}

std::string old_side_by_side_url(const Document& doc, const Version& older, const Version& newer) {
  return comparison_url(doc, older, newer) + kSideBySideId + "/";
}

std::string plan_url(const ActionPlan& plan) {
  return plan.organisation_id + "/" + plan.document_slug + "/handlingsplaner/" + plan.id + "/";
}

std::string action_url(const ActionPlan& plan, const Action& action) {
  return plan_url(plan) + action_slug(action.id) + "/";
}

std::string indicators_url(const Document& doc) { return document_url(doc) + "indikatorer/"; }

std::string indicators_url(const Indicator& ind) {
  return ind.organisation_id + "/" + ind.document_slug + "/indikatorer/";
}

std::string plans_index_url(std::size_t part) {
  return part == 0 ? kPlansIndexUrl : std::string(kPlansIndexUrl) + "sida-" + std::to_string(part + 1) + "/";
}

std::size_t plans_index_parts(std::size_t plans) {
  return std::max<std::size_t>(1, (plans + kPlansPerPage - 1) / kPlansPerPage);
}

std::string responsible_url(const std::string& body, std::size_t part) {
  return std::string(kResponsibleIndexUrl) + slugify(body) + "/" +
         (part == 0 ? "" : "sida-" + std::to_string(part + 1) + "/");
}

std::size_t responsible_parts(std::size_t actions) {
  return std::max<std::size_t>(1, (actions + kActionsPerPage - 1) / kActionsPerPage);
}

std::string responsible_index_url(std::size_t part) {
  return part == 0 ? kResponsibleIndexUrl
                   : std::string(kResponsibleIndexUrl) + "sida-" + std::to_string(part + 1) + "/";
}

std::size_t responsible_index_parts(std::size_t bodies) {
  return std::max<std::size_t>(1, (bodies + kBodiesPerPage - 1) / kBodiesPerPage);
}

std::map<std::string, std::vector<BodyAction>> actions_by_body(const Site& site) {
  std::map<std::string, std::vector<BodyAction>> out;
  // A few bodies are responsible for many actions: each name is made an
  // address once (null: it gives none).
  std::unordered_map<std::string_view, std::vector<BodyAction>*> by_name;
  for (std::size_t p = 0; p < site.plans.size(); ++p) {
    for (const ActionRef& ref : flatten(site.plans[p])) {
      const std::string* body = responsible_of(*ref.action, site.plans[p]);
      if (!body) continue;
      auto [named, added] = by_name.emplace(*body, nullptr);
      if (added) {
        if (std::string slug = slugify(*body); !slug.empty()) named->second = &out[std::move(slug)];
      }
      if (named->second) named->second->push_back({p, ref});
    }
  }
  return out;
}

std::vector<ResponsibleBody> responsible_bodies_counted(const Site& site) {
  // By address, each named as its first action names it.
  const auto by_body = actions_by_body(site);
  std::vector<ResponsibleBody> out;
  out.reserve(by_body.size());
  for (const auto& [slug, actions] : by_body) {
    const BodyAction& first = actions.front();
    out.push_back({*responsible_for(*first.ref.action, site.plans[first.plan]), actions.size()});
  }
  return out;
}

std::vector<std::string> responsible_bodies(const Site& site) {
  std::vector<std::string> out;
  for (auto& body : responsible_bodies_counted(site)) out.push_back(std::move(body.name));
  return out;
}

std::string due_for_revision_url(const std::string& org_id, std::size_t part) {
  return std::string(kDueForRevisionUrl) + org_id + "/" + (part == 0 ? "" : "sida-" + std::to_string(part + 1) + "/");
}

std::size_t due_for_revision_parts(std::size_t rows) {
  return std::max<std::size_t>(1, (rows + kDueRowsPerPage - 1) / kDueRowsPerPage);
}

std::string open_data_url(const std::string& org_id, std::size_t part) {
  return std::string(kOpenDataUrl) + org_id + "/" + (part == 0 ? "" : "sida-" + std::to_string(part + 1) + "/");
}

std::size_t open_data_parts(std::size_t sets) { return (sets + kDataSetsPerPage - 1) / kDataSetsPerPage; }

std::vector<std::size_t> open_data_counts(const Site& site) {
  std::map<std::string_view, std::size_t> index;
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) index.emplace(site.config.organisations[o].id, o);
  std::vector<std::size_t> counts(site.config.organisations.size(), 0);
  auto count = [&](const std::string& org_id) {
    if (auto it = index.find(org_id); it != index.end()) ++counts[it->second];
  };
  for (const ActionPlan& plan : site.plans) count(plan.organisation_id);
  for (const Indicator& ind : site.indicators) count(ind.organisation_id);
  return counts;
}

std::string meeting_url(const Meeting& meeting) { return "moten/" + meeting.id + "/"; }

std::string print_url(const std::string& url) { return url + "utskrift/"; }

std::size_t sitemap_address_count(const std::vector<Page>& pages) {
  return static_cast<std::size_t>(std::count_if(pages.begin(), pages.end(), [](const Page& p) {
    switch (p.kind) {
      case PageKind::home:
      case PageKind::organisation:
      case PageKind::document:
      case PageKind::version:
      case PageKind::edition:
      case PageKind::plans_index:
      case PageKind::plan:
      case PageKind::action:
      case PageKind::responsible_index:
      case PageKind::responsible:
      case PageKind::indicators:
      case PageKind::open_data:
      case PageKind::organisation_open_data:
      case PageKind::meeting:
      case PageKind::due_for_revision:
      case PageKind::accessibility: return true;
      case PageKind::whats_new:
      case PageKind::organisation_due_for_revision: return p.part == 0;
      default: return false;
    }
  }));
}

namespace {

// "lysekil/riktlinjer/" of "lysekil/riktlinjer/2021-05-19/index.html": the
// address of the document a page lies under, if it has two folders.
std::string_view document_prefix(std::string_view output) {
  const auto first = output.find('/');
  const auto second = first == std::string_view::npos ? first : output.find('/', first + 1);
  return second == std::string_view::npos ? std::string_view() : output.substr(0, second + 1);
}

// Whether the pages from `first` on lie under the address of one document,
// as a document's and a plan's do: what PlanCache keeps.
bool lie_under_one_document(const std::vector<Page>& pages, std::size_t first) {
  if (first >= pages.size()) return false;
  const auto prefix = document_prefix(pages[first].output);
  return !prefix.empty() && std::all_of(pages.begin() + static_cast<std::ptrdiff_t>(first), pages.end(),
                                        [&](const Page& p) { return p.output.starts_with(prefix); });
}

}  // namespace

namespace {

// The first part of the addresses of the site's own pages ("sok" of sok/):
// an organisation with such an id would have its pages there, some of them
// only once the site has what they list (ansvariga/, with action plans).
bool reserved_for_site_pages(std::string_view id) {
  for (const std::string_view url : {kAccessibilityUrl, kWhatsNewUrl, kDueForRevisionUrl, kPlansIndexUrl,
                                     kResponsibleIndexUrl, kOpenDataUrl, kSearchUrl}) {
    if (url.substr(0, url.size() - 1) == id) return true;
  }
  return false;
}

void report_reserved_organisation_ids(const Site& site, Diagnostics& diagnostics) {
  for (const auto& o : site.config.organisations) {
    if (!reserved_for_site_pages(o.id)) continue;
    diagnostics.error({"site.yaml", 0, 0}, "the organisation id '" + o.id +
                                               "' is the address of a page the site has of its own ('" + o.id +
                                               "/'); give the organisation another id, and its folder under "
                                               "content/ the same name");
  }
}

}  // namespace

std::vector<Page> plan_pages(const Site& site, Date as_of, Diagnostics& diagnostics, PlanCache* cache) {
  report_reserved_organisation_ids(site, diagnostics);
  std::vector<Page> pages = cache ? cache->start() : std::vector<Page>{};
  {
    // Most pages are a document's: reserved at once, not grown by copying.
    std::size_t estimate = 1000 + 4 * site.plans.size();
    for (const auto& doc : site.documents) {
      const std::size_t n = doc.versions.size();
      estimate += 3 + 2 * n + 3 * n * (n - (n > 0)) / 2;
      for (const auto& v : doc.versions) estimate += 2 * v.editions.size();
    }
    pages.reserve(estimate);
  }
  auto add = [&](Page p) {
    p.output = p.url.empty() || p.url.back() == '/' ? p.url + "index.html" : p.url;
    pages.push_back(std::move(p));
  };
  // An address that has gone, at `url`, sending the reader to `target`: it
  // keeps `from`'s document (and plan, edition…), so it is made again with it.
  auto add_redirect = [&](const Page& from, std::string url, std::string target) {
    Page p = from;
    p.kind = PageKind::redirect;
    p.url = std::move(url);
    p.target = std::move(target);
    add(std::move(p));
  };
  add({PageKind::home, "", "", 0, 0, 0, "site.yaml"});
  add({PageKind::feed, "feed.xml", "", 0, 0, 0, "site.yaml"});
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) {
    const std::string& id = site.config.organisations[o].id;
    for (std::size_t part = 0; part < organisation_parts(site, id); ++part) {
      Page list{PageKind::organisation, organisation_url(id, part), "", o, 0, 0, "site.yaml"};
      list.part = part;
      add(list);
    }
    Page feed{PageKind::feed, site.config.organisations[o].id + "/feed.xml", "", o, 0, 0, "site.yaml"};
    feed.feed = FeedScope::organisation;
    add(feed);
  }
  // A document's pages, and each plan's, are made from it alone: taken from
  // the last plan when the cache has them (serve), else planned here. A run
  // taken lay under one document's address when it was planned, and is kept
  // again as it is; one planned now is kept only if it does.
  auto take = [&](const std::string& key, auto renumber) {
    if (!cache || !cache->take(key, pages)) return false;
    const auto run = cache->taken().back();
    for (std::size_t i = run.begin; i < run.end; ++i) renumber(pages[i]);
    return true;
  };
  auto planned = [&](const std::string& key, std::size_t first) {
    if (cache && lie_under_one_document(pages, first)) cache->planned(key, {first, pages.size()});
  };
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const Document& doc = site.documents[d];
    const std::size_t first = pages.size();
    if (take(doc.source_dir, [d](Page& p) { p.document = d; })) continue;
    add({PageKind::document, document_url(doc), "", 0, d, 0, doc.source_dir});
    Page feed{PageKind::feed, document_url(doc) + "feed.xml", "", 0, d, 0, doc.source_dir};
    feed.feed = FeedScope::document;
    add(feed);
    for (std::size_t v = 0; v < doc.versions.size(); ++v) {
      Page version{PageKind::version, version_url(doc, doc.versions[v]), "", 0, d, v, doc.versions[v].source_path};
      add(version);
      // The version page prints itself (print.css): its print edition's
      // address, printed on paper and bookmarked, now sends the reader there.
      add_redirect(version, print_url(version.url), version.url);
      for (std::size_t e = 0; e < doc.versions[v].editions.size(); ++e) {
        const Edition& edition = doc.versions[v].editions[e];
        Page p{PageKind::edition, edition_url(doc, doc.versions[v], edition), "", 0, d, v, edition.source_path};
        p.edition = e;
        add(p);
        add_redirect(p, print_url(p.url), p.url);  // it prints itself too, in its language
      }
    }
    // Every pair, older first: a reader may compare any two versions. The
    // count grows as n(n-1)/2, which stays small for the versions a real
    // document has (15 versions: 105 pairs, each cheap to render).
    if (doc.versions.size() > 1)
      add({PageKind::comparison_index, comparison_index_url(doc), "", 0, d, 0, doc.source_dir});
    for (std::size_t newer = 1; newer < doc.versions.size(); ++newer) {
      for (std::size_t older = 0; older < newer; ++older) {
        const auto& a = doc.versions[older];
        const auto& b = doc.versions[newer];
        Page comparison{PageKind::comparison, comparison_url(doc, a, b), "", 0, d, newer, b.source_path};
        comparison.older = older;
        add(comparison);
        // The comparison prints itself, and its side-by-side view is a part
        // of it: their addresses of their own, printed or bookmarked, now
        // send the reader to the one page.
        add_redirect(comparison, print_url(comparison.url), comparison.url);
        add_redirect(comparison, old_side_by_side_url(doc, a, b), comparison.url + "#" + kSideBySideId);
      }
    }
    planned(doc.source_dir, first);
  }
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const Document& doc = site.documents[d];
    const auto indicators = site.indicators_of(doc);
    if (indicators.empty()) continue;
    for (const Indicator& ind : indicators) {
      Page data{PageKind::data_file, indicators_url(doc) + ind.id + ".csv", "", 0, d, 0, ind.source_path};
      data.data = DataFile::measurements_csv;
      data.indicator = static_cast<std::size_t>(&ind - site.indicators.data());
      add(data);
    }
    add({PageKind::indicators, indicators_url(doc), "", 0, d, 0, doc.source_dir});
    Page data{PageKind::data_file, indicators_url(doc) + "indikatorer.json", "", 0, d, 0, doc.source_dir};
    data.data = DataFile::indicators_json;
    add(data);
  }
  for (std::size_t part = 0; !site.plans.empty() && part < plans_index_parts(site.plans.size()); ++part) {
    Page index{PageKind::plans_index, plans_index_url(part), "", 0, 0, 0, "site.yaml"};
    index.part = part;
    add(index);
  }
  for (std::size_t p = 0; p < site.plans.size(); ++p) {
    const ActionPlan& plan = site.plans[p];
    const auto d = static_cast<std::size_t>(std::max(site.find_document(plan.organisation_id, plan.document_slug), 0));
    const std::size_t first = pages.size();
    if (take(plan.source_path, [d, p](Page& page) {
          page.document = d;
          page.plan = p;
        }))
      continue;
    Page page{PageKind::plan, plan_url(plan), "", 0, d, 0, plan.source_path};
    page.plan = p;
    add(page);
    Page print = page;
    print.kind = PageKind::plan_print;
    print.url = print_url(page.url);
    add(print);
    for (const DataFile data : {DataFile::plan_csv, DataFile::plan_json}) {
      Page file = page;
      file.kind = PageKind::data_file;
      file.data = data;
      file.url = plan_url(plan) + plan.id + (data == DataFile::plan_csv ? ".csv" : ".json");
      add(file);
    }
    const auto actions = flatten(plan);
    for (std::size_t a = 0; a < actions.size(); ++a) {
      Page action_page = page;
      action_page.kind = PageKind::action;
      action_page.url = action_url(plan, *actions[a].action);
      action_page.source = actions[a].action->where.path;
      action_page.action = a;
      add(action_page);
    }
    planned(plan.source_path, first);
  }
  const auto bodies = responsible_bodies_counted(site);
  for (std::size_t part = 0; !bodies.empty() && part < responsible_index_parts(bodies.size()); ++part) {
    Page index{PageKind::responsible_index, responsible_index_url(part), "", 0, 0, 0, "site.yaml"};
    index.part = part;
    add(index);
  }
  for (const auto& body : bodies) {
    for (std::size_t part = 0; part < responsible_parts(body.actions); ++part) {
      Page page{PageKind::responsible, responsible_url(body.name, part), "", 0, 0, 0, "site.yaml"};
      page.key = body.name;
      page.part = part;
      add(page);
    }
  }
  add({PageKind::open_data, kOpenDataUrl, "", 0, 0, 0, "site.yaml"});
  const auto data_sets = open_data_counts(site);
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) {
    for (std::size_t part = 0; part < open_data_parts(data_sets[o]); ++part) {
      Page list{PageKind::organisation_open_data,
                open_data_url(site.config.organisations[o].id, part),
                "",
                o,
                0,
                0,
                "site.yaml"};
      list.part = part;
      add(list);
    }
  }
  for (const DataFile data : {DataFile::documents_json, DataFile::documents_csv}) {
    Page file{PageKind::data_file, data == DataFile::documents_json ? kDocumentsJson : kDocumentsCsv, "", 0, 0, 0,
              "site.yaml"};
    file.data = data;
    add(file);
  }
  for (std::size_t m = 0; m < site.meetings.size(); ++m) {
    Page meeting{PageKind::meeting, meeting_url(site.meetings[m]), "", 0, 0, 0, site.meetings[m].source_path};
    meeting.meeting = m;
    add(meeting);
    meeting.kind = PageKind::meeting_print;
    meeting.url = print_url(meeting.url);
    add(meeting);
  }
  std::size_t versions = 0;
  for (const auto& doc : site.documents) versions += doc.versions.size();
  for (std::size_t part = 0; part < whats_new_parts(versions); ++part) {
    Page list{PageKind::whats_new, whats_new_url(part), "", 0, 0, 0, "site.yaml"};
    list.part = part;
    add(list);
  }
  add({PageKind::due_for_revision, kDueForRevisionUrl, "", 0, 0, 0, "site.yaml"});
  const auto due = due_counts(site, as_of);
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) {
    const std::string& id = site.config.organisations[o].id;
    for (std::size_t part = 0; part < due_for_revision_parts(due[o].rows()); ++part) {
      Page list{PageKind::organisation_due_for_revision, due_for_revision_url(id, part), "", o, 0, 0, "site.yaml"};
      list.part = part;
      add(list);
    }
  }
  add({PageKind::accessibility, kAccessibilityUrl, "", 0, 0, 0, "site.yaml"});
  add({PageKind::search, kSearchUrl, "", 0, 0, 0, "site.yaml"});
  add({PageKind::print_stylesheet, kPrintStylesheet, "", 0, 0, 0, "site.yaml"});
  if (!site.config.branding.colour.empty())
    add({PageKind::brand_stylesheet, kBrandStylesheet, "", 0, 0, 0, "site.yaml"});
  add({PageKind::not_found, "404.html", "", 0, 0, 0, "site.yaml"});
  const std::size_t sitemap_files = sitemap_parts(sitemap_address_count(pages));
  for (std::size_t part = 0; part < sitemap_files; ++part) {
    Page sitemap{PageKind::sitemap, sitemap_url(part, sitemap_files), "", 0, 0, 0, "site.yaml"};
    sitemap.part = part;
    add(sitemap);
  }
  if (sitemap_files > 1) add({PageKind::sitemap_index, "sitemap.xml", "", 0, 0, 0, "site.yaml"});

  if (cache) cache->finish(pages.size());

  // Hashed views of the addresses planned now: at 10,000 documents there are
  // about 170,000 in all, sharing long prefixes.
  const auto carried = [&](std::size_t i) { return cache && cache->carried(i); };
  std::unordered_map<std::string_view, const Page*> by_output;
  by_output.reserve(cache ? 1024 : pages.size());
  auto clash = [&](const Page& p, const Page& other) {  // `p` is the later, as in a plan made whole
    // An organisation's page where the site has one of its own ("sok/"):
    // report_reserved_organisation_ids has said so.
    const bool organisation = p.kind == PageKind::organisation || other.kind == PageKind::organisation;
    if (organisation && reserved_for_site_pages(std::string_view(p.url).substr(0, p.url.find('/')))) return;
    diagnostics.error({p.source, 0, 0}, "two pages would have the same address '" + p.url +
                                            "': this one and the one from " + other.source + "; rename one of them");
  };
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (carried(i)) continue;
    if (auto [it, inserted] = by_output.emplace(pages[i].output, &pages[i]); !inserted) clash(pages[i], *it->second);
  }
  // The pages taken from the last plan had addresses of their own in it, all
  // under their document's: only a page planned now under that address can
  // take one of them.
  if (cache && !cache->taken().empty()) {
    std::unordered_multimap<std::string_view, PlanCache::Run> taken_under;
    taken_under.reserve(cache->taken().size());
    for (const auto& run : cache->taken()) taken_under.emplace(document_prefix(pages[run.begin].output), run);
    for (std::size_t n = 0; n < pages.size(); ++n) {  // in order: the errors are as in a plan made whole
      if (carried(n)) continue;
      const auto [from, to] = taken_under.equal_range(document_prefix(pages[n].output));
      for (auto it = from; it != to; ++it)
        for (std::size_t i = it->second.begin; i < it->second.end; ++i)
          if (pages[i].output == pages[n].output) i > n ? clash(pages[i], pages[n]) : clash(pages[n], pages[i]);
    }
  }
  return pages;
}

}  // namespace styrdok
