#include "render/open_data.h"

#include "content/csv.h"
#include "content/indicator_file.h"
#include "content/plan_csv.h"
#include "core/json_writer.h"
#include "model/action_status.h"
#include "model/edition_staleness.h"
#include "model/next_status_change.h"
#include "model/standing.h"
#include "render/page_plan.h"

namespace styrdok {

namespace {

std::optional<std::string> iso(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(d->iso()) : std::nullopt;
}

std::string valid_until_text(const ValidUntil& v) {
  switch (v.kind) {
    case ValidUntil::Kind::unknown: return "unknown";
    case ValidUntil::Kind::until_further_notice: return "until_further_notice";
    case ValidUntil::Kind::date: return v.date.iso();
  }
  return "unknown";
}

// "none", "partly" or the document's own words; nullopt when unknown.
std::optional<std::string> confidentiality_key(const std::optional<Confidentiality>& c) {
  if (!c) return std::nullopt;
  switch (c->kind) {
    case Confidentiality::Kind::none: return "none";
    case Confidentiality::Kind::partly: return "partly";
    case Confidentiality::Kind::stated: return c->text;
  }
  return c->text;
}

// "name | role | phone | email" per person, people separated by "; ".
std::string contacts_text(const std::vector<Contact>& contacts) {
  std::string out;
  for (const Contact& c : contacts) {
    out += (out.empty() ? "" : "; ") + c.name + " | " + c.role.value_or("") + " | " + c.phone.value_or("") + " | " +
           c.email.value_or("");
  }
  return out;
}

// The status of open data: the same standing every page states (model/standing.h).
std::string version_status(const Document& doc, std::size_t index, Date day) {
  return to_key(standing_of(doc, index, day).kind);
}

void write_action(JsonWriter& j, const ActionPlan& plan, const Action& a, const std::string& base_url, Date as_of) {
  const ActionStanding st = standing_on(a, plan, as_of);
  j.begin_object();
  j.string("id", a.id).string("url", base_url + action_url(plan, a)).string("title", a.title);
  j.string("description", a.description).string("responsible", a.responsible);
  j.strings("partners", a.partners);
  if (a.start) {
    j.begin_object("start").string("as_written", a.start->as_written).string("first_day", a.start->first_day.iso());
    j.end_object();
  } else {
    j.null("start");
  }
  if (a.deadline) {
    j.begin_object("deadline").string("as_written", a.deadline->as_written);
    j.string("last_day", a.deadline->last_day.iso()).string("late_from", a.deadline->late_from().iso());
    j.end_object();
  } else {
    j.null("deadline");
  }
  j.string("completed", iso(a.completed)).string("status", to_key(a.status)).number("progress", a.progress);
  j.number("weight", a.weight).strings("goals", a.goals);
  j.begin_object("derived").string("as_of", as_of.iso()).string("state", to_key(st.state));
  j.string("status", to_key(st.recorded)).number("progress", st.progress).string("completed", iso(st.completed));
  j.string("last_report", iso(st.last_report)).boolean("stale", st.stale).end_object();
  j.begin_array("reports");
  for (const Report& r : a.reports) {
    j.begin_object().string("date", r.date.iso());
    j.string("status", r.status ? std::optional<std::string>(to_key(*r.status)) : std::nullopt);
    j.number("progress", r.progress).string("text", r.text).boolean("example", r.example).end_object();
  }
  j.end_array();
  j.begin_array("actions");
  for (const Action& child : a.actions) write_action(j, plan, child, base_url, as_of);
  j.end_array();
  j.end_object();
}

// A version's editions in one cell: "ar; en (stale since 2015-04-01)".
std::string editions_text(const Document& doc, std::size_t version, Date as_of) {
  std::string out;
  const auto& editions = doc.versions[version].editions;
  for (std::size_t e = 0; e < editions.size(); ++e) {
    if (!out.empty()) out += "; ";
    out += editions[e].language;
    const EditionStaleness st = edition_staleness(doc, version, e, as_of);
    if (st.stale) out += st.since ? " (stale since " + st.since->iso() + ")" : " (stale)";
  }
  return out;
}

}  // namespace

const std::vector<std::string>& documents_csv_columns() {
  static const std::vector<std::string> kColumns = {"organisation",
                                                    "document",
                                                    "version",
                                                    "url",
                                                    "status",
                                                    "title",
                                                    "type",
                                                    "decided_by",
                                                    "decision_date",
                                                    "paragraph",
                                                    "registration_number",
                                                    "valid_from",
                                                    "valid_until",
                                                    "document_owner",
                                                    "responsible_unit",
                                                    "revised_by",
                                                    "applies_to",
                                                    "prepared_by",
                                                    "review_by",
                                                    "summary",
                                                    "change_note",
                                                    "replaces",
                                                    "source",
                                                    "proposal_date",
                                                    "proposed_by",
                                                    "document_repealed",
                                                    "level",
                                                    "confidentiality",
                                                    "document_date",
                                                    "last_revised",
                                                    "contacts",
                                                    "editions"};
  return kColumns;
}

std::string documents_json(const Site& site, Date as_of) {
  JsonWriter j;
  j.begin_object().string("schema", "styrdok-documents/1").string("site", site.config.title);
  j.string("base_url", site.config.base_url).string("as_of", as_of.iso());
  j.string("status_changes", iso(next_status_changes(site, as_of).first));
  j.begin_array("documents");
  for (const Document& doc : site.documents) {
    const Organisation* org = site.config.find_organisation(doc.organisation_id);
    const int current = current_version_index(doc, as_of);
    j.begin_object().string("organisation", doc.organisation_id);
    j.string("organisation_name", org ? org->name : doc.organisation_id).string("document", doc.slug);
    j.string("url", site.config.base_url + document_url(doc));
    j.string("current_version", current >= 0
                                    ? std::optional<std::string>(doc.versions[static_cast<std::size_t>(current)].id)
                                    : std::nullopt);
    const auto standing = document_standing(doc, as_of);
    j.string("status", standing ? std::optional<std::string>(to_key(standing->kind)) : std::nullopt);
    j.string("status_changes", iso(next_document_change(doc, as_of)));
    if (doc.repeal) {
      const Repeal& r = *doc.repeal;
      j.begin_object("repealed").string("date", r.date.iso()).string("decision_date", iso(r.decision_date));
      j.string("decided_by", r.decided_by).string("paragraph", r.paragraph);
      j.string("registration_number", r.registration_number).string("note", r.note).end_object();
    } else {
      j.null("repealed");
    }
    j.begin_array("versions");
    for (std::size_t i = 0; i < doc.versions.size(); ++i) {
      const Version& v = doc.versions[i];
      j.begin_object().string("id", v.id).string("url", site.config.base_url + version_url(doc, v));
      j.string("status", version_status(doc, i, as_of)).string("title", v.title).string("type", to_key(v.type));
      j.string("decided_by", v.decided_by).string("decision_date", iso(v.decision_date));
      j.string("paragraph", v.paragraph).string("registration_number", v.registration_number);
      j.string("valid_from", iso(v.valid_from)).string("valid_until", valid_until_text(v.valid_until));
      j.string("document_owner", v.document_owner).string("responsible_unit", v.responsible_unit);
      j.string("revised_by", v.revised_by).string("applies_to", v.applies_to).string("prepared_by", v.prepared_by);
      j.string("review_by", iso(v.review_by)).string("summary", v.summary).string("change_note", v.change_note);
      j.string("replaces", v.replaces).string("source", v.source_path);
      j.string("proposal_date", iso(v.proposal_date)).string("proposed_by", v.proposed_by);
      j.string("level", v.level).string("confidentiality", confidentiality_key(v.confidentiality));
      j.string("document_date", iso(v.document_date)).string("last_revised", iso(last_revised(doc, i)));
      j.begin_array("contacts");
      for (const Contact& c : v.contacts) {
        j.begin_object().string("name", c.name).string("role", c.role).string("phone", c.phone);
        j.string("email", c.email).end_object();
      }
      j.end_array();
      j.begin_array("editions");
      for (std::size_t e = 0; e < v.editions.size(); ++e) {
        const Edition& edition = v.editions[e];
        const EditionStaleness st = edition_staleness(doc, i, e, as_of);
        j.begin_object().string("language", edition.language).string("lang", std::string(edition.lang().tag));
        j.string("url", site.config.base_url + edition_url(doc, v, edition)).string("title", edition.title);
        j.string("source_version", v.id).string("translated_by", edition.translated_by);
        j.boolean("machine_translated", edition.machine_translated).boolean("example", edition.example);
        j.string("translation_date", iso(edition.translated_on)).boolean("stale", st.stale);
        j.string("stale_since", iso(st.since)).string("source", edition.source_path).end_object();
      }
      j.end_array().end_object();
    }
    j.end_array().end_object();
  }
  j.end_array().end_object();
  return j.str();
}

std::string documents_csv(const Site& site, Date as_of) {
  std::string out = csv_line(documents_csv_columns());
  for (const Document& doc : site.documents) {
    for (std::size_t i = 0; i < doc.versions.size(); ++i) {
      const Version& v = doc.versions[i];
      auto opt = [](const std::optional<std::string>& s) { return s.value_or(""); };
      auto day = [](const std::optional<Date>& d) { return d ? d->iso() : std::string(); };
      out += csv_line({doc.organisation_id,
                       doc.slug,
                       v.id,
                       site.config.base_url + version_url(doc, v),
                       version_status(doc, i, as_of),
                       v.title,
                       to_key(v.type),
                       opt(v.decided_by),
                       day(v.decision_date),
                       opt(v.paragraph),
                       opt(v.registration_number),
                       day(v.valid_from),
                       valid_until_text(v.valid_until),
                       opt(v.document_owner),
                       opt(v.responsible_unit),
                       opt(v.revised_by),
                       opt(v.applies_to),
                       opt(v.prepared_by),
                       day(v.review_by),
                       opt(v.summary),
                       opt(v.change_note),
                       opt(v.replaces),
                       v.source_path,
                       day(v.proposal_date),
                       opt(v.proposed_by),
                       doc.repeal ? doc.repeal->date.iso() : std::string(),
                       opt(v.level),
                       opt(confidentiality_key(v.confidentiality)),
                       day(v.document_date),
                       day(last_revised(doc, i)),
                       contacts_text(v.contacts),
                       editions_text(doc, i, as_of)});
    }
  }
  return out;
}

std::string plan_json(const Site& site, const ActionPlan& plan, Date as_of) {
  JsonWriter j;
  j.begin_object().string("schema", "styrdok-action-plan/1").string("id", plan.id);
  j.string("url", site.config.base_url + plan_url(plan)).string("title", plan.title);
  j.string("organisation", plan.organisation_id).string("document", plan.document_slug);
  j.string("version", plan.version_id).string("responsible", plan.responsible);
  j.string("decided_by", plan.decided_by).string("decision_date", iso(plan.decision_date));
  j.string("summary", plan.summary).string("example_note", plan.example_note);
  j.string("rollup", plan.rollup == Rollup::weighted ? "weighted" : "average");
  j.number("due_soon_days", std::optional<int>(plan.due_soon_days));
  j.number("stale_after_days", std::optional<int>(plan.stale_after_days)).string("as_of", as_of.iso());
  j.string("status_changes", iso(next_plan_change(plan, as_of)));
  j.begin_array("actions");
  for (const Action& a : plan.actions) write_action(j, plan, a, site.config.base_url, as_of);
  j.end_array().end_object();
  return j.str();
}

std::string indicators_json(const Site& site, const Document& doc, Date as_of) {
  JsonWriter j;
  j.begin_object().string("schema", "styrdok-indicators/1").string("organisation", doc.organisation_id);
  j.string("document", doc.slug).string("url", site.config.base_url + indicators_url(doc)).string("as_of", as_of.iso());
  j.begin_array("indicators");
  for (const Indicator& ind : site.indicators) {
    if (!ind.is_for(doc.organisation_id, doc.slug)) continue;
    const IndicatorStanding st = indicator_standing(ind, as_of);
    j.begin_object().string("id", ind.id).string("name", ind.name).string("description", ind.description);
    j.string("unit", ind.unit).string("goal", ind.goal).string("example_note", ind.example_note);
    j.begin_object("baseline")
        .number("year", std::optional<int>(ind.baseline.year))
        .number("value", ind.baseline.value);
    j.end_object();
    j.begin_object("target").number("year", std::optional<int>(ind.target.year)).number("value", ind.target.value);
    j.end_object();
    j.begin_object("derived").string("as_of", as_of.iso()).string("track", to_key(st.track));
    if (st.latest) {
      j.string("latest_period", st.latest->period).number("expected", st.expected);
    }
    j.end_object();
    j.begin_array("measurements");
    for (const Measurement& m : ind.measurements) {
      j.begin_object().string("period", m.period).number("value", m.value).string("note", m.note);
      j.string("source", m.source).boolean("example", m.example).end_object();
    }
    j.end_array().end_object();
  }
  j.end_array().end_object();
  return j.str();
}

std::string data_file(const Page& page, const Site& site, Date as_of) {
  switch (page.data) {
    case DataFile::documents_json: return documents_json(site, as_of);
    case DataFile::documents_csv: return documents_csv(site, as_of);
    case DataFile::plan_csv: return write_plan_csv(site.plans[page.plan].actions);
    case DataFile::plan_json: return plan_json(site, site.plans[page.plan], as_of);
    case DataFile::measurements_csv: return write_measurements_csv(site.indicators[page.indicator].measurements);
    case DataFile::indicators_json: return indicators_json(site, site.documents[page.document], as_of);
  }
  return "";
}

}  // namespace styrdok
