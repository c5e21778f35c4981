// Loads a whole site from a file system: the site file, then every version
// file under content/ (parsed in parallel), assembled into the immutable Site.
// Checks that need more than one file (unknown organisation folders, two
// documents at one address, a document without versions) happen here too.
#pragma once

#include <optional>

#include "content/model_cache.h"
#include "content/parse_cache.h"
#include "core/error.h"
#include "core/file_system.h"
#include "markdown/markdown_renderer.h"
#include "model/site_config.h"

namespace styrdok {

struct LoadOptions {
  unsigned jobs = 1;
  std::string base_url_override;   // --base-url; empty keeps the site file's
  MarkdownOptions labels;          // accessible names used in rendered bodies
  bool include_proposals = false;  // publish versions with status: proposal (--drafts)
  ContentCache* cache = nullptr;   // parsed files kept between builds (serve); null parses every file
  ModelCache* models = nullptr;    // the last build's documents, taken as they are (serve, with a told cache)
};

inline const char* const kSiteFile = "site.yaml";
inline const char* const kContentDir = "content";

// Reads and parses only the site file (the theme's language depends on it).
std::optional<SiteConfig> load_site_config(const FileSystem& files, const std::string& base_url_override,
                                           Diagnostics& diagnostics);

// Returns the site only if no errors were found; all problems are reported.
std::optional<Site> load_site(const FileSystem& files, SiteConfig config, const LoadOptions& options,
                              Diagnostics& diagnostics);

// Orders a document's versions oldest first: by decision date, else by
// valid_from (a version with neither first), then by id; and a version that
// names the one it revises (`replaces`) after that one. The order is the
// same whatever order files were found in.
void sort_versions(std::vector<Version>& versions);

}  // namespace styrdok
