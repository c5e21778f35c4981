#include "model/site.h"

#include <algorithm>

namespace styrdok {

const std::vector<DocumentType>& all_document_types() {
  static const std::vector<DocumentType> kAll = {
      DocumentType::strategi,   DocumentType::program, DocumentType::plan,         DocumentType::policy,
      DocumentType::riktlinjer, DocumentType::regler,  DocumentType::handlingsplan};
  return kAll;
}

std::string to_key(DocumentType type) {
  switch (type) {
    case DocumentType::strategi: return "strategi";
    case DocumentType::program: return "program";
    case DocumentType::plan: return "plan";
    case DocumentType::policy: return "policy";
    case DocumentType::riktlinjer: return "riktlinjer";
    case DocumentType::regler: return "regler";
    case DocumentType::handlingsplan: return "handlingsplan";
  }
  return "policy";
}

std::optional<DocumentType> document_type_from_key(const std::string& key) {
  for (auto t : all_document_types()) {
    if (to_key(t) == key) return t;
  }
  return std::nullopt;
}

std::optional<Date> start_of(const Version& v) { return v.valid_from ? v.valid_from : v.decision_date; }

Validity validity_on(const Version& v, Date day) {
  if (auto start = start_of(v); start && day < *start) return Validity::not_yet_in_force;
  if (v.valid_until.kind == ValidUntil::Kind::date && day > v.valid_until.date) return Validity::expired;
  return Validity::in_force;
}

int current_version_index(const Document& doc, Date day) {
  int earliest = -1;
  int newest_started = -1;
  for (int i = 0; i < static_cast<int>(doc.versions.size()); ++i) {
    const Version& v = doc.versions[static_cast<std::size_t>(i)];
    if (v.status != VersionStatus::adopted) continue;
    if (earliest < 0) earliest = i;
    auto start = start_of(v);
    if (!start || *start <= day) newest_started = i;
  }
  return newest_started >= 0 ? newest_started : earliest;
}

std::size_t shown_version_index(const Document& doc, Date day) {
  return static_cast<std::size_t>(std::max(0, current_version_index(doc, day)));
}

std::optional<Date> last_revised(const Document& doc, std::size_t index) {
  const Version& v = doc.versions[index];
  if (v.last_revised) return v.last_revised;
  if (v.status != VersionStatus::adopted) return std::nullopt;
  for (std::size_t i = 0; i < index; ++i)
    if (doc.versions[i].status == VersionStatus::adopted) return v.decision_date;
  return std::nullopt;
}

std::optional<Date> event_date(const Version& v) {
  return v.status == VersionStatus::proposal ? v.proposal_date : v.decision_date;
}

}  // namespace styrdok
