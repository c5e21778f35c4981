#include "content/site_file.h"

#include <regex>
#include <set>

#include "content/branding.h"
#include "content/yaml_fields.h"
#include "core/text.h"
#include "core/url_scheme.h"

namespace styrdok {

std::string normalize_base_url(const std::string& url, std::string* why) {
  static const std::regex kUrl(R"(^https?://[^/\s?#]+(/[^\s?#]*)?$)");
  if (!std::regex_match(url, kUrl)) {
    if (why) *why = "'" + url + "' is not an absolute web address such as https://example.org/styrdokument/";
    return "";
  }
  std::string out = url;
  if (out.find('/', out.find("://") + 3) == std::string::npos || out.back() != '/') out += '/';
  return out;
}

namespace {

bool is_id(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

void parse_organisations(YamlFields& site, SiteConfig& config) {
  const YAML::Node list = site.child("organisations");
  if (!list.IsDefined() || list.IsNull()) {
    site.diagnostics().error(site.location_of_mapping(), "missing required key 'organisations'");
    return;
  }
  if (!list.IsSequence() || list.size() == 0) {
    site.diagnostics().error(site.location_of(list), "'organisations' must be a list of at least one organisation");
    return;
  }
  std::set<std::string> seen;
  for (const auto& item : list) {
    YamlFields org(item, site);
    if (!org.is_mapping()) {
      site.diagnostics().error(site.location_of(item), "each organisation needs 'id' and 'name'");
      continue;
    }
    org.reject_unknown_keys({"id", "name", "website"});
    auto id = org.text("id", true);
    auto name = org.text("name", true);
    auto website = org.text("website", false);
    if (id && !is_id(*id)) {
      site.diagnostics().error(org.location_of(org.child("id")),
                               "organisation id '" + *id + "' may only hold a-z, 0-9 and '-' (it is a folder name)");
      continue;
    }
    if (id && !seen.insert(*id).second) {
      site.diagnostics().error(org.location_of(org.child("id")), "organisation id '" + *id + "' is declared twice");
      continue;
    }
    if (website) {
      if (auto why = check_url_scheme(*website)) {
        site.diagnostics().error(org.location_of(item["website"]), *why);
        website.reset();
      }
    }
    if (id && name) config.organisations.push_back({*id, *name, website.value_or("")});
  }
}

void parse_accessibility(YamlFields& site, SiteConfig& config) {
  const YAML::Node node = site.child("accessibility");
  if (!node.IsDefined() || node.IsNull()) {
    site.diagnostics().error(site.location_of_mapping(),
                             "missing required key 'accessibility' (the accessibility statement the law requires)");
    return;
  }
  YamlFields a(node, site);
  if (!a.is_mapping()) {
    site.diagnostics().error(site.location_of(node), "'accessibility' must be a mapping of keys");
    return;
  }
  a.reject_unknown_keys({"compliance", "shortcomings", "assessment_method", "assessment_date", "statement_date",
                         "contact_email", "contact_phone", "response_time"});
  auto& s = config.accessibility;
  if (auto c = a.choice("compliance", {"full", "partial", "none"}, true)) {
    s.compliance = *c == "full"      ? AccessibilityStatement::Compliance::full
                   : *c == "partial" ? AccessibilityStatement::Compliance::partial
                                     : AccessibilityStatement::Compliance::none;
  }
  s.shortcomings = a.text_list("shortcomings");
  s.assessment_method = a.text("assessment_method", true).value_or("");
  if (auto d = a.date("assessment_date", true)) s.assessment_date = *d;
  if (auto d = a.date("statement_date", true)) s.statement_date = *d;
  s.contact_email = a.text("contact_email", true).value_or("");
  if (!s.contact_email.empty() && !is_email_address(s.contact_email)) {
    // Published as a mailto: link, the one way the statement gives to report a barrier.
    a.diagnostics().error(a.location_of(a.child("contact_email")),
                          "'" + s.contact_email + "' is not an e-mail address (name@example.se)");
  }
  s.contact_phone = a.text("contact_phone", false).value_or("");
  s.response_time = a.text("response_time", false).value_or("");
}

}  // namespace

std::optional<SiteConfig> parse_site_file(const std::string& text, const std::string& path,
                                          Diagnostics& diagnostics) try {
  Diagnostics local;
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({path, bad->line, bad->column}, "the file is not valid UTF-8; save it as UTF-8");
    return std::nullopt;
  }
  auto root = parse_yaml(text, path, 1, local);
  if (!root) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  YamlFields site(*root, {text, path, 1}, local);
  if (!site.is_mapping()) {
    diagnostics.error({path, 1, 1}, "the site file must be a mapping of keys such as 'title:' and 'organisations:'");
    return std::nullopt;
  }
  site.reject_unknown_keys({"title", "language", "base_url", "description", "drafts", "revision_warning_months",
                            "feed_limit", "organisations", "accessibility", "branding"});
  SiteConfig config;
  config.title = site.text("title", true).value_or("");
  if (auto lang = site.choice("language", {"sv", "en"}, false)) {
    config.language = *lang == "en" ? Language::en : Language::sv;
  }
  if (auto url = site.text("base_url", true)) {
    std::string why;
    config.base_url = normalize_base_url(*url, &why);
    if (config.base_url.empty()) local.error(site.location_of(site.child("base_url")), why);
  }
  config.description = site.text("description", false).value_or("");
  if (auto d = site.choice("drafts", {"true", "false"}, false)) config.drafts = *d == "true";
  if (auto m = site.whole_number("revision_warning_months", 0, 120, false)) config.revision_warning_months = *m;
  if (auto n = site.whole_number("feed_limit", 1, 100000, false)) config.feed_limit = *n;
  parse_organisations(site, config);
  parse_accessibility(site, config);
  parse_branding(site, config);
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return config;
} catch (const YAML::Exception& e) {
  report_yaml_exception(e, text, path, 1, diagnostics);
  return std::nullopt;
}

}  // namespace styrdok
