#include "render/branding.h"

#include "core/colour.h"
#include "render/view_data.h"

namespace styrdok {

std::string brand_stylesheet(const Branding& branding) {
  const auto colour = parse_colour(branding.colour);
  if (!colour) return "";
  // The focus ring in the header is yellow unless that would not stand out
  // on the colour (WCAG 2.4.11 asks 3:1): then white, which does (4.5:1 at least).
  const bool yellow_shows = contrast_ratio(*colour, {255, 204, 51}) >= 3;
  const std::string focus = yellow_shows ? "#ffcc33" : "#ffffff";
  return "/* The site's own colour (site.yaml branding.colour), written by styrdok. */\n"
         ":root {\n  --header-bg: " +
         colour->hex() + ";\n  --accent: " + colour->hex() + ";\n  --focus-on-dark: " + focus +
         ";\n}\n\n@media (prefers-color-scheme: dark) {\n  :root {\n    --header-bg: " + colour->hex() + ";\n  }\n}\n";
}

void add_branding(kainjow::mustache::data& view, const Branding& branding, const std::string& root, const Strings& s) {
  if (!branding.colour.empty()) put(view, "brand_css", root + kBrandStylesheet);
  if (!branding.logo.empty()) {
    put(view, "brand_logo", root + branding.logo_output());
    put(view, "brand_logo_alt", branding.logo_alt);
  }
  if (!branding.favicon.empty())
    put(view, "brand_favicon", root + branding.favicon_output());  // for themes written before "favicon"
  // The site's favicon, else the theme's: without one a browser asks every
  // page load for /favicon.ico, which is not there.
  put(view, "favicon", root + (branding.favicon.empty() ? std::string(kThemeFavicon) : branding.favicon_output()));
  if (!branding.website.empty()) {
    std::string label = branding.website_label;
    if (label.empty()) {  // "lysekil.se" from https://www.lysekil.se/
      std::string host = branding.website.substr(branding.website.find("://") + 3);
      host = host.substr(0, host.find('/'));
      if (host.rfind("www.", 0) == 0) host = host.substr(4);
      label = s.fill("brand_website_link", {{"site", host}});
    }
    put(view, "brand_website", branding.website);
    put(view, "brand_website_label", label);
  }
  if (!branding.contact_page.empty()) put(view, "brand_contact", branding.contact_page);
}

}  // namespace styrdok
