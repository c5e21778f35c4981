#include "render/page_plan.h"

#include <map>

namespace styrdok {

std::string document_url(const Document& doc) { return doc.organisation_id + "/" + doc.slug + "/"; }

std::string version_url(const Document& doc, const Version& version) { return document_url(doc) + version.id + "/"; }

std::string comparison_index_url(const Document& doc) { return document_url(doc) + "jamfor/"; }

std::string comparison_url(const Document& doc, const Version& older, const Version& newer, bool side_by_side) {
  return comparison_index_url(doc) + older.id + "/" + newer.id + "/" + (side_by_side ? "sida-vid-sida/" : "");
}

std::vector<Page> plan_pages(const Site& site, Diagnostics& diagnostics) {
  std::vector<Page> pages;
  auto add = [&](Page p) {
    p.output = p.url.empty() || p.url.back() == '/' ? p.url + "index.html" : p.url;
    pages.push_back(std::move(p));
  };
  add({PageKind::home, "", "", 0, 0, 0, "site.yaml"});
  add({PageKind::feed, "feed.xml", "", 0, 0, 0, "site.yaml"});
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) {
    add({PageKind::organisation, site.config.organisations[o].id + "/", "", o, 0, 0, "site.yaml"});
    Page feed{PageKind::feed, site.config.organisations[o].id + "/feed.xml", "", o, 0, 0, "site.yaml"};
    feed.feed = FeedScope::organisation;
    add(feed);
  }
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const Document& doc = site.documents[d];
    add({PageKind::document, document_url(doc), "", 0, d, 0, doc.source_dir});
    Page feed{PageKind::feed, document_url(doc) + "feed.xml", "", 0, d, 0, doc.source_dir};
    feed.feed = FeedScope::document;
    add(feed);
    for (std::size_t v = 0; v < doc.versions.size(); ++v) {
      add({PageKind::version, version_url(doc, doc.versions[v]), "", 0, d, v, doc.versions[v].source_path});
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
        Page inline_view{PageKind::comparison, comparison_url(doc, a, b), "", 0, d, newer, b.source_path};
        inline_view.older = older;
        add(inline_view);
        Page side{PageKind::comparison_side_by_side, comparison_url(doc, a, b, true), "", 0, d, newer, b.source_path};
        side.older = older;
        add(side);
      }
    }
  }
  add({PageKind::whats_new, kWhatsNewUrl, "", 0, 0, 0, "site.yaml"});
  add({PageKind::due_for_revision, kDueForRevisionUrl, "", 0, 0, 0, "site.yaml"});
  add({PageKind::accessibility, kAccessibilityUrl, "", 0, 0, 0, "site.yaml"});
  add({PageKind::search, kSearchUrl, "", 0, 0, 0, "site.yaml"});
  add({PageKind::not_found, "404.html", "", 0, 0, 0, "site.yaml"});
  add({PageKind::sitemap, "sitemap.xml", "", 0, 0, 0, "site.yaml"});

  std::map<std::string, const Page*> by_output;
  for (const Page& p : pages) {
    auto [it, inserted] = by_output.emplace(p.output, &p);
    if (!inserted) {
      diagnostics.error({p.source, 0, 0}, "two pages would have the same address '" + p.url +
                                              "': this one and the one from " + it->second->source +
                                              "; rename one of them");
    }
  }
  return pages;
}

}  // namespace styrdok
