// The `branding:` mapping of site.yaml: logo, main colour, favicon and links
// to the municipality's own website and contact page. Parsing is pure; the
// files it names are checked against the site by check_branding_files().
#pragma once

#include "content/yaml_fields.h"
#include "core/file_system.h"
#include "model/site_config.h"

namespace styrdok {

// Reads `branding:` from the site file's mapping into config.branding. A
// colour that white text would not stand out on (below 4.5:1, WCAG 1.4.3)
// is refused with the ratio measured.
void parse_branding(YamlFields& site, SiteConfig& config);

// The logo and favicon exist in the site, as regular files of a kind a
// browser shows (SVG or PNG; ICO too for the favicon).
void check_branding_files(const Branding& branding, const FileSystem& files, Diagnostics& diagnostics);

}  // namespace styrdok
