#include "render/status_wording.h"

namespace styrdok {

namespace {

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    out += (out.empty() ? "" : separator) + p;
  }
  return out;
}

// A name or number as the Swedish original writes it, isolated in a language
// that needs it (right to left: the strings' isolate_start and isolate_end).
std::string as_written(const std::optional<std::string>& text, const Strings& s) {
  return text ? s.get("isolate_start") + *text + s.get("isolate_end") : "";
}

// "Kommunfullmäktige 19 maj 2021, § 63, dnr KS 2021/12": what is known of a decision.
std::string decision_parts(const std::optional<std::string>& body, const std::optional<Date>& date,
                           const std::optional<std::string>& paragraph,
                           const std::optional<std::string>& registration_number, const Strings& s) {
  std::string who_when = joined({as_written(body, s), date ? s.date(*date) : ""}, " ");
  return joined(
      {who_when, paragraph ? s.get("paragraph_symbol") + " " + *paragraph : "",
       registration_number ? s.get("registration_abbreviation") + " " + as_written(registration_number, s) : ""},
      s.get("list_separator"));
}

// "En ny version är beslutad 20 mars 2023 och börjar gälla 1 april 2023."
std::string successor_sentence(const Version& next, const Strings& s) {
  const auto start = start_of(next);
  if (!start) return "";
  if (next.decision_date)
    return s.fill("standing_next_decided", {{"decided", s.date(*next.decision_date)}, {"start", s.date(*start)}});
  return s.fill("standing_next", {{"start", s.date(*start)}});
}

std::string in_force_statement(const Document& doc, const VersionStanding& st, Date day, const Strings& s) {
  std::string out;
  const std::string period = period_phrase(st, s);
  if (period.empty()) {
    out = s.get("standing_in_force_unknown");
  } else {
    out = s.fill("standing_in_force", {{"period", period}});
    if (!st.from) out += " " + s.get("standing_start_unknown");
    if (st.from && !st.until && !st.until_further_notice) out += " " + s.get("standing_end_unknown");
  }
  if (st.successor >= 0) {
    const std::string next = successor_sentence(doc.versions[static_cast<std::size_t>(st.successor)], s);
    if (!next.empty()) out += " " + next;
  }
  if (st.repeal && st.repeal->date > day)
    out += " " + s.fill("standing_repeal_coming", {{"date", s.date(st.repeal->date)}});
  return out;
}

std::string proposal_statement(const Version& v, Date day, const Strings& s) {
  std::string out = s.get("standing_proposal");
  if (v.proposal_date) out += " " + s.fill("standing_proposal_dated", {{"date", s.date(*v.proposal_date)}});
  if (v.proposed_by) out += " " + s.fill("standing_proposal_by", {{"body", *v.proposed_by}});
  if (v.decision_date) {
    const bool past = *v.decision_date < day;
    const std::string key = std::string(past ? "standing_proposal_was_planned" : "standing_proposal_planned") +
                            (v.decided_by ? "" : "_date");
    out += " " + s.fill(key, {{"body", v.decided_by.value_or("")}, {"date", s.date(*v.decision_date)}});
  }
  return out;
}

std::string repeal_statement(const Repeal& r, const Strings& s) {
  std::string out = s.fill("standing_repealed", {{"date", s.date(r.date)}});
  const std::string decision = repeal_decision(r, s);
  if (!decision.empty()) out += " " + decision;
  if (r.note) out += " " + *r.note;
  return out;
}

}  // namespace

std::string status_label(Standing standing, const Strings& s) {
  return s.get(std::string("status_") + badge_key(standing));
}

std::string period_phrase(const VersionStanding& st, const Strings& s) {
  const std::string from = st.from ? s.date(*st.from) : "";
  const std::string until = st.until ? s.date(*st.until) : "";
  const std::string key = st.from_decision ? "period_decision" : "period_from";  // starts on the decision day
  if (st.from && st.until) return s.fill(key + "_until", {{"from", from}, {"until", until}});
  if (st.from && st.until_further_notice) return s.fill(key + "_further", {{"from", from}});
  if (st.from) return s.fill(key, {{"from", from}});
  if (st.until) return s.fill("period_until", {{"until", until}});
  if (st.until_further_notice) return s.get("period_further");
  return "";
}

std::string repeal_decision(const Repeal& r, const Strings& s) {
  const std::string parts =
      decision_parts(r.decided_by, r.decision_date.value_or(r.date), r.paragraph, r.registration_number, s);
  if (!r.decided_by && !r.paragraph && !r.registration_number && !r.decision_date) return "";
  return s.fill("repeal_decision", {{"decision", parts}});
}

StatusWords status_words(const Document& doc, std::size_t index, Date day, const Strings& s) {
  const Version& v = doc.versions[index];
  const VersionStanding st = standing_of(doc, index, day);
  StatusWords w;
  w.key = badge_key(st.kind);
  w.label = status_label(st.kind, s);
  auto name_of = [&](int i) { return version_name(doc.versions[static_cast<std::size_t>(i)], s); };
  switch (st.kind) {
    case Standing::in_force: w.statement = in_force_statement(doc, st, day, s); break;
    case Standing::not_yet_in_force: {
      const std::string start = st.from ? s.date(*st.from) : s.get("unknown");
      // A repeal that takes effect by the day it was to start: it never will.
      const bool never = st.repeal && st.from && st.repeal->date <= *st.from;
      const std::string key =
          std::string(never ? "standing_not_yet_never" : "standing_not_yet") + (v.decision_date ? "" : "_undated");
      w.statement = s.fill(key, {{"decided", v.decision_date ? s.date(*v.decision_date) : ""},
                                 {"start", start},
                                 {"date", st.repeal ? s.date(st.repeal->date) : ""}});
      if (st.current >= 0 && static_cast<std::size_t>(st.current) != index &&
          standing_of(doc, static_cast<std::size_t>(st.current), day).kind == Standing::in_force)
        w.statement += " " + s.fill("standing_meanwhile", {{"version", name_of(st.current)}});
      if (st.repeal && !never)
        w.statement += " " + s.fill("standing_repeal_coming", {{"date", s.date(st.repeal->date)}});
      break;
    }
    case Standing::expired:
    case Standing::expired_successor: {
      w.statement = s.fill("standing_ended", {{"until", st.until ? s.date(*st.until) : s.get("unknown")}});
      const std::string next = st.successor >= 0
                                   ? successor_sentence(doc.versions[static_cast<std::size_t>(st.successor)], s)
                                   : s.get("standing_no_successor");
      if (!next.empty()) w.statement += " " + next;
      break;
    }
    case Standing::superseded: {
      w.statement =
          st.until ? s.fill("standing_superseded_until", {{"until", s.date(*st.until)}}) : s.get("standing_superseded");
      if (st.successor >= 0) {
        const Version& next = doc.versions[static_cast<std::size_t>(st.successor)];
        const auto start = start_of(next);
        w.statement += " " + (start ? s.fill("standing_replaced_by",
                                             {{"version", name_of(st.successor)}, {"start", s.date(*start)}})
                                    : s.fill("standing_replaced_by_undated", {{"version", name_of(st.successor)}}));
      }
      if (st.repeal && st.repeal->date <= day)
        w.statement += " " + s.fill("standing_doc_repealed", {{"date", s.date(st.repeal->date)}});
      break;
    }
    case Standing::repealed: w.statement = repeal_statement(*st.repeal, s); break;
    case Standing::proposal: w.statement = proposal_statement(v, day, s); break;
  }
  return w;
}

std::string version_label(const Version& v, const Strings& s) {
  if (v.status == VersionStatus::proposal) {
    if (v.proposal_date) return s.fill("version_proposal_dated", {{"date", s.date(*v.proposal_date)}});
    if (v.decision_date) return s.fill("version_proposal_planned", {{"date", s.date(*v.decision_date)}});
    return s.get("version_proposal_undated");
  }
  return v.decision_date ? s.fill("version_decided", {{"date", s.date(*v.decision_date)}}) : s.get("version_undated");
}

std::string version_name(const Version& v, const Strings& s) {
  if (v.status == VersionStatus::proposal) {
    if (v.proposal_date) return s.fill("name_proposal_dated", {{"date", s.date(*v.proposal_date)}});
    if (v.decision_date) return s.fill("name_proposal_planned", {{"date", s.date(*v.decision_date)}});
    return s.get("name_proposal_undated");
  }
  return v.decision_date ? s.fill("name_decided", {{"date", s.date(*v.decision_date)}}) : s.get("name_undated");
}

std::string decision_line(const Version& v, const Strings& s) {
  if (v.status == VersionStatus::proposal) return "";  // not decided: its statement says who is to decide it
  if (!v.decided_by && !v.decision_date) return "";
  return s.fill(v.decided_by ? "decision_line_by" : "decision_line",
                {{"decision", decision_parts(v.decided_by, v.decision_date, v.paragraph, std::nullopt, s)}});
}

std::string repeal_sentence(const Repeal& r, Date day, const Strings& s) {
  if (r.date <= day) return repeal_statement(r, s);
  std::string out = s.fill("standing_repeal_coming", {{"date", s.date(r.date)}});
  const std::string decision = repeal_decision(r, s);
  if (!decision.empty()) out += " " + decision;
  if (r.note) out += " " + *r.note;
  return out;
}

std::string edition_stale_statement(const Document& doc, std::size_t version, const EditionStaleness& staleness,
                                    const Strings& s) {
  if (!staleness.stale) return "";
  const std::string name = version_name(doc.versions[version], s);
  const char* key = staleness.source == Standing::repealed ? "edition_stale_repealed" : "edition_stale";
  if (!staleness.since) return s.fill(std::string(key) + "_undated", {{"version", name}});
  return s.fill(key, {{"version", name}, {"since", s.date(*staleness.since)}});
}

}  // namespace styrdok
