#include "model/standing.h"

#include <algorithm>

namespace styrdok {

const char* to_key(Standing standing) {
  switch (standing) {
    case Standing::in_force: return "in_force";
    case Standing::not_yet_in_force: return "not_yet_in_force";
    case Standing::expired: return "expired";
    case Standing::expired_successor: return "expired_successor";
    case Standing::superseded: return "superseded";
    case Standing::repealed: return "repealed";
    case Standing::proposal: return "proposal";
  }
  return "in_force";
}

const char* badge_key(Standing standing) {
  return standing == Standing::expired_successor ? "expired" : to_key(standing);
}

namespace {

// The adopted version after `index`, or -1.
int next_adopted(const Document& doc, std::size_t index) {
  for (std::size_t j = index + 1; j < doc.versions.size(); ++j)
    if (doc.versions[j].status == VersionStatus::adopted) return static_cast<int>(j);
  return -1;
}

void end_no_later_than(VersionStanding& s, Date last_day) {
  if (!s.until || last_day < *s.until) s.until = last_day;
}

}  // namespace

VersionStanding standing_of(const Document& doc, std::size_t index, Date day) {
  const Version& v = doc.versions[index];
  VersionStanding s;
  s.from = start_of(v);
  s.from_decision = !v.valid_from && v.decision_date;
  if (v.status == VersionStatus::proposal) {
    s.kind = Standing::proposal;
    s.current = current_version_index(doc, day);
    return s;
  }
  s.until_further_notice = v.valid_until.kind == ValidUntil::Kind::until_further_notice;
  if (v.valid_until.kind == ValidUntil::Kind::date) s.until = v.valid_until.date;
  const int next = next_adopted(doc, index);
  // Its period ends, at the latest, the day before the next version starts.
  if (next >= 0) {
    if (auto next_start = start_of(doc.versions[static_cast<std::size_t>(next)])) {
      end_no_later_than(s, next_start->add_days(-1));
    }
  }
  const int current = current_version_index(doc, day);
  const auto i = static_cast<int>(index);
  if (doc.repeal) {
    s.repeal = &*doc.repeal;
    // A repeal ends the version in force then, and any not yet in force.
    if (i >= current) end_no_later_than(s, doc.repeal->date.add_days(-1));
    if (doc.repeal->date <= day && i >= current) {
      s.kind = Standing::repealed;
      return s;
    }
  }
  if (i < current) {
    s.kind = Standing::superseded;
    s.successor = next;
    s.current = current;
    return s;
  }
  if (i > current) {
    s.kind = Standing::not_yet_in_force;
    s.current = current;
    return s;
  }
  s.successor = next;
  if (s.from && day < *s.from) {
    s.kind = Standing::not_yet_in_force;  // no version of the document has started yet
  } else if (v.valid_until.kind == ValidUntil::Kind::date && v.valid_until.date < day) {
    s.kind = next >= 0 ? Standing::expired_successor : Standing::expired;
  } else {
    s.kind = Standing::in_force;
  }
  return s;
}

std::optional<VersionStanding> document_standing(const Document& doc, Date day) {
  const int current = current_version_index(doc, day);
  if (current < 0) return std::nullopt;
  return standing_of(doc, static_cast<std::size_t>(current), day);
}

bool in_force_on(const Document& doc, std::size_t index, Date day) {
  return standing_of(doc, index, day).kind == Standing::in_force;
}

std::vector<std::size_t> pending_proposals(const Document& doc) {
  std::vector<std::size_t> out;
  for (std::size_t i = doc.versions.size(); i-- > 0;)
    if (doc.versions[i].status == VersionStatus::proposal) out.push_back(i);
  return out;
}

std::optional<RevisionDue> revision_due(const Document& doc, Date day, int months) {
  const int current = current_version_index(doc, day);
  if (current < 0) return std::nullopt;
  const auto index = static_cast<std::size_t>(current);
  const VersionStanding st = standing_of(doc, index, day);
  if (st.kind == Standing::repealed || st.successor >= 0) return std::nullopt;
  const Version& v = doc.versions[index];
  if (v.review_by && *v.review_by <= day) return RevisionDue{RevisionDue::Why::review_date_passed, *v.review_by, index};
  if (v.valid_until.kind == ValidUntil::Kind::date && v.valid_until.date <= day.add_months(months)) {
    const auto why = v.valid_until.date < day ? RevisionDue::Why::ended : RevisionDue::Why::ends;
    return RevisionDue{why, v.valid_until.date, index};
  }
  return std::nullopt;
}

}  // namespace styrdok
