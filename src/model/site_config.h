// The site file (site.yaml) as a value: what the whole site is called, in
// which language it speaks, where it is published, which organisations it
// publishes for, and its accessibility statement.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "model/action_plan.h"
#include "model/meeting.h"
#include "model/site.h"

namespace styrdok {

enum class Language { sv, en };
std::string to_key(Language language);  // "sv"

struct AccessibilityStatement {
  enum class Compliance { full, partial, none };
  Compliance compliance = Compliance::partial;
  std::vector<std::string> shortcomings;
  std::string assessment_method;
  Date assessment_date;
  Date statement_date;
  std::string contact_email;
  std::string contact_phone;  // optional
  std::string response_time;  // optional
};

std::string to_key(AccessibilityStatement::Compliance compliance);

// How a municipality makes the site its own (site.yaml `branding:`). Every
// field is optional; "" when not given.
struct Branding {
  std::string logo;  // the site's SVG or PNG file, relative to the site folder
  std::string logo_alt;
  std::string colour;   // "#005c8a": the header and accents; white text on it is at least 4.5:1
  std::string favicon;  // the site's SVG, PNG or ICO file
  std::string website;  // the municipality's own website, linked in header and footer
  std::string website_label;
  std::string contact_page;  // its contact page, linked in the footer
  SourceLocation logo_where, favicon_where;

  // Where the logo and favicon are published: "assets/brand/logo.svg"; "" without one.
  std::string logo_output() const;
  std::string favicon_output() const;
};
inline const char* const kBrandStylesheet = "assets/brand.css";

struct SiteConfig {
  std::string title;
  Language language = Language::sv;
  std::string base_url;  // always ends with '/'
  std::string description;
  std::vector<Organisation> organisations;  // in the order of the site file
  bool drafts = false;                      // publish proposals (as --drafts does)
  int revision_warning_months = 6;          // "due for revision" looks this far ahead
  int feed_limit = 50;                      // entries in each Atom feed, newest first
  AccessibilityStatement accessibility;
  Branding branding;

  const Organisation* find_organisation(const std::string& id) const;
};

// The whole site: its configuration and every document, sorted by
// organisation id, then slug. Built once by the loader, then read-only.
struct Site {
  SiteConfig config;
  std::vector<Document> documents;
  std::vector<ActionPlan> plans;      // sorted by organisation, document, plan id
  std::vector<Indicator> indicators;  // sorted by organisation, document, indicator id

  // Index into documents, or -1.
  int find_document(const std::string& organisation_id, const std::string& slug) const;
  // The plans and indicators of one document (binary searches: version pages
  // ask for every version of the site).
  std::span<const ActionPlan> plans_of(const Document& doc) const;
  std::span<const Indicator> indicators_of(const Document& doc) const;
  std::vector<Meeting> meetings;  // by id; see content/meeting_file.h
};

}  // namespace styrdok
