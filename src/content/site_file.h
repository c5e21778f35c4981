// Parses the site file (site.yaml) into a SiteConfig. Pure: takes the text,
// touches no disk. Every problem is reported; the result is returned only if
// there were none.
#pragma once

#include <optional>
#include <string>

#include "core/error.h"
#include "model/site_config.h"

namespace styrdok {

std::optional<SiteConfig> parse_site_file(const std::string& text, const std::string& path, Diagnostics& diagnostics);

// Adds the trailing '/' a base URL needs; checks it is an absolute http(s)
// URL. Returns "" and sets `why` if it is not.
std::string normalize_base_url(const std::string& url, std::string* why);

}  // namespace styrdok
