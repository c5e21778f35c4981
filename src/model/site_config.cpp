#include "model/site_config.h"

#include <algorithm>
#include <tuple>

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

}  // namespace styrdok
