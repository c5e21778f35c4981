#include "render/page_plan.h"

#include <map>

namespace styrdok {

std::string document_url(const Document& doc) { return doc.organisation_id + "/" + doc.slug + "/"; }

std::string version_url(const Document& doc, const Version& version) { return document_url(doc) + version.id + "/"; }

std::vector<Page> plan_pages(const Site& site, Diagnostics& diagnostics) {
  std::vector<Page> pages;
  auto add = [&](Page p) {
    p.output = p.url.empty() || p.url.back() == '/' ? p.url + "index.html" : p.url;
    pages.push_back(std::move(p));
  };
  add({PageKind::home, "", "", 0, 0, 0, "site.yaml"});
  for (std::size_t o = 0; o < site.config.organisations.size(); ++o) {
    add({PageKind::organisation, site.config.organisations[o].id + "/", "", o, 0, 0, "site.yaml"});
  }
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    const Document& doc = site.documents[d];
    add({PageKind::document, document_url(doc), "", 0, d, 0, doc.source_dir});
    for (std::size_t v = 0; v < doc.versions.size(); ++v) {
      add({PageKind::version, version_url(doc, doc.versions[v]), "", 0, d, v, doc.versions[v].source_path});
    }
  }
  add({PageKind::accessibility, kAccessibilityUrl, "", 0, 0, 0, "site.yaml"});
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
