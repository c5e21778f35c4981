// Plans every page of the site before anything is rendered: what kind of
// page, at which address, from which part of the model. Addresses are derived
// only from stable values (organisation id, document folder, version id), so
// a published address never changes when a title or a list does.
#pragma once

#include <string>
#include <vector>

#include "core/error.h"
#include "model/site_config.h"

namespace styrdok {

enum class PageKind { home, organisation, document, version, accessibility, not_found, sitemap };

struct Page {
  PageKind kind = PageKind::home;
  std::string url;               // relative to the base URL: "", "lysekil/", "404.html", "sitemap.xml"
  std::string output;            // file under the output directory: "index.html", "lysekil/index.html"
  std::size_t organisation = 0;  // index into SiteConfig::organisations (organisation pages)
  std::size_t document = 0;      // index into Site::documents (document and version pages)
  std::size_t version = 0;       // index into Document::versions (version pages)
  std::string source;            // where the address comes from, for diagnostics
};

inline const char* const kAccessibilityUrl = "tillganglighet/";

// Pages in a fixed order (home, organisations, documents with their
// versions, the rest). Reports two pages that would share an address.
std::vector<Page> plan_pages(const Site& site, Diagnostics& diagnostics);

std::string document_url(const Document& doc);                         // "lysekil/riktlinjer/"
std::string version_url(const Document& doc, const Version& version);  // "lysekil/riktlinjer/2021-05-19/"

}  // namespace styrdok
