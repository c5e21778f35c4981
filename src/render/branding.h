// The site's branding on its pages: the stylesheet that puts the
// municipality's colour in the header and accents (assets/brand.css, one
// file, so that no page has an inline style), and the values the header and
// footer show (logo, favicon, links to the municipality's own website and
// contact page). Pure.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>

#include "model/site_config.h"
#include "render/strings.h"

namespace styrdok {

// The theme's favicon (themes/default/static/assets/favicon.svg), for a site
// without branding.favicon.
inline constexpr const char* kThemeFavicon = "assets/favicon.svg";

// The stylesheet for branding.colour; "" without one.
std::string brand_stylesheet(const Branding& branding);

// Adds to `view` the brand values the frame of every page uses, with links
// relative to the page (`root` leads to the site's root).
void add_branding(kainjow::mustache::data& view, const Branding& branding, const std::string& root, const Strings& s);

}  // namespace styrdok
