#include "model/site_config.h"

#include <algorithm>
#include <tuple>
#include <type_traits>

namespace styrdok {

std::string to_key(Language language) { return language == Language::en ? "en" : "sv"; }

std::string to_key(AccessibilityStatement::Compliance compliance) {
  switch (compliance) {
    case AccessibilityStatement::Compliance::full: return "full";
    case AccessibilityStatement::Compliance::partial: return "partial";
    case AccessibilityStatement::Compliance::none: return "none";
  }
  return "partial";
}

namespace {

// "assets/brand/<name>" with the source file's extension, lower-cased.
std::string brand_output(const std::string& source, const std::string& name) {
  if (source.empty()) return "";
  const auto dot = source.rfind('.');
  std::string ext = dot == std::string::npos ? "" : source.substr(dot);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return "assets/brand/" + name + ext;
}

}  // namespace

std::string Branding::logo_output() const { return brand_output(logo, "logo"); }
std::string Branding::favicon_output() const { return brand_output(favicon, "favicon"); }

const Organisation* SiteConfig::find_organisation(const std::string& id) const {
  for (const auto& org : organisations) {
    if (org.id == id) return &org;
  }
  return nullptr;
}

}  // namespace styrdok

namespace styrdok {

int Site::find_document(const std::string& organisation_id, const std::string& slug) const {
  // Documents are sorted by organisation, then slug (see Site).
  const auto it =
      std::lower_bound(documents.begin(), documents.end(), std::tie(organisation_id, slug),
                       [](const Document& d, const auto& key) { return std::tie(d.organisation_id, d.slug) < key; });
  if (it == documents.end() || it->organisation_id != organisation_id || it->slug != slug) return -1;
  return static_cast<int>(it - documents.begin());
}

namespace {

// The run of `items` (sorted by organisation, then document) that belongs to `doc`.
template <typename T>
std::span<const T> belonging_to(const std::vector<T>& items, const Document& doc) {
  const auto key = std::tie(doc.organisation_id, doc.slug);
  const auto [first, last] = std::equal_range(items.begin(), items.end(), key, [](const auto& a, const auto& b) {
    if constexpr (std::is_same_v<std::decay_t<decltype(a)>, T>) {
      return std::tie(a.organisation_id, a.document_slug) < b;
    } else {
      return a < std::tie(b.organisation_id, b.document_slug);
    }
  });
  return {first, last};
}

}  // namespace

std::span<const ActionPlan> Site::plans_of(const Document& doc) const { return belonging_to(plans, doc); }
std::span<const Indicator> Site::indicators_of(const Document& doc) const { return belonging_to(indicators, doc); }

}  // namespace styrdok
