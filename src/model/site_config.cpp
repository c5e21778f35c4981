#include "model/site_config.h"

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
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (documents[i].organisation_id == organisation_id && documents[i].slug == slug) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace styrdok
