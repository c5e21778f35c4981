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
