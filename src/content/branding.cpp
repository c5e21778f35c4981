#include "content/branding.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/colour.h"
#include "core/text.h"
#include "core/url_scheme.h"

namespace styrdok {

namespace {

bool ends_with_any(const std::string& path, std::initializer_list<const char*> endings) {
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::any_of(endings.begin(), endings.end(), [&](const char* e) {
    const std::string end(e);
    return lower.size() > end.size() && lower.compare(lower.size() - end.size(), end.size(), end) == 0;
  });
}

// A file of the site: relative, inside it.
bool is_site_path(const std::string& path) {
  return !path.empty() && path[0] != '/' && path.find("..") == std::string::npos &&
         path.find("://") == std::string::npos;
}

std::optional<std::string> web_address(YamlFields& b, const std::string& key) {
  auto url = b.text(key, false);
  if (!url) return url;
  if (auto why = check_url_scheme(*url)) {
    b.diagnostics().error(b.location_of(b.child(key)), *why);
    return std::nullopt;
  }
  if (url->rfind("https://", 0) != 0 && url->rfind("http://", 0) != 0) {
    b.diagnostics().error(b.location_of(b.child(key)),
                          "'" + *url + "' is not a web address; write it in full, starting with https://");
    return std::nullopt;
  }
  return url;
}

}  // namespace

void parse_branding(YamlFields& site, SiteConfig& config) {
  const YAML::Node node = site.child("branding");
  if (!node.IsDefined() || node.IsNull()) return;
  YamlFields b(node, site);
  if (!b.is_mapping()) {
    site.diagnostics().error(site.location_of(node), "'branding' must be indented lines of the form 'key: value'");
    return;
  }
  b.reject_unknown_keys({"logo", "logo_alt", "colour", "color", "favicon", "website", "website_label", "contact_page"});
  Branding& out = config.branding;
  if (auto logo = b.text("logo", false)) {
    out.logo = *logo;
    out.logo_where = b.location_of(b.child("logo"));
    out.logo_alt = b.text("logo_alt", true).value_or("");  // a logo needs its text
  }
  if (auto favicon = b.text("favicon", false)) {
    out.favicon = *favicon;
    out.favicon_where = b.location_of(b.child("favicon"));
  }
  const std::string colour_key = b.child("colour").IsDefined() ? "colour" : "color";
  if (auto text = b.text(colour_key, false)) {
    const auto colour = parse_colour(*text);
    const SourceLocation where = b.location_of(b.child(colour_key));
    if (!colour) {
      b.diagnostics().error(where,
                            "'" + *text + "' is not a colour; write it as #rrggbb, e.g. \"#005c8a\" (in quotes)");
    } else if (const double ratio = contrast_ratio(*colour, {255, 255, 255}); ratio < 4.5) {
      b.diagnostics().error(where, "white text on " + colour->hex() + " has a contrast of " +
                                       fmt::format("{:.2f}", ratio) +
                                       ":1, below the 4.5:1 that WCAG 1.4.3 requires; choose a darker colour");
    } else {
      out.colour = colour->hex();
    }
  }
  if (auto url = web_address(b, "website")) out.website = *url;
  out.website_label = b.text("website_label", false).value_or("");
  if (auto url = web_address(b, "contact_page")) out.contact_page = *url;
}

void check_branding_files(const Branding& branding, const FileSystem& files, Diagnostics& diagnostics) {
  auto check = [&](const std::string& path, const SourceLocation& where, std::initializer_list<const char*> kinds,
                   const char* what) {
    if (path.empty()) return;
    if (!is_site_path(path)) {
      diagnostics.error(where, std::string("the ") + what + " '" + path +
                                   "' must be a file in the site's folder, named relative to it (e.g. bilder/" + what +
                                   ".svg)");
    } else if (!ends_with_any(path, kinds)) {
      diagnostics.error(where, std::string("the ") + what + " '" + path + "' must be " +
                                   (kinds.size() == 2 ? "an SVG or PNG file" : "an SVG, PNG or ICO file"));
    } else if (!files.is_file(path)) {
      diagnostics.error(where, std::string("the ") + what + " '" + path + "' is not in the site's folder");
    }
  };
  check(branding.logo, branding.logo_where, {".svg", ".png"}, "logo");
  check(branding.favicon, branding.favicon_where, {".svg", ".png", ".ico"}, "favicon");
}

}  // namespace styrdok
