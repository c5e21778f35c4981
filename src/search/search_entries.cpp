#include "search/search_entries.h"

#include <initializer_list>
#include <set>
#include <string_view>
#include <tuple>

#include "core/parallel.h"
#include "model/action_plan.h"
#include "model/standing.h"

namespace styrdok::search {

std::string to_key(EntryKind kind) { return kind == EntryKind::action ? "action" : "document"; }

std::string to_key(EntryStatus status) {
  switch (status) {
    case EntryStatus::current: return "current";
    case EntryStatus::older: return "older";
    case EntryStatus::proposal: return "proposal";
  }
  return "current";
}

namespace {

// The day that goes with what the version is, as a result states it beside
// its status: the first day a repeal applies, the last day an ended version
// applied, the first day one not yet in force will, a proposal's own date.
std::optional<Date> status_day(const Version& v, const VersionStanding& st) {
  switch (st.kind) {
    case Standing::in_force: return std::nullopt;
    case Standing::not_yet_in_force: return st.from;
    case Standing::expired:
    case Standing::expired_successor:
    case Standing::superseded: return st.until;
    case Standing::repealed: return st.repeal ? std::optional(st.repeal->date) : std::nullopt;
    case Standing::proposal: return v.proposal_date;
  }
  return std::nullopt;
}

// "Kommunfullmäktige § 198, 2023/873, Kommunstyrelsen": a decision's body
// and paragraph, then the values that are set; empty if none is.
std::string decision_line(const std::optional<std::string>& decided_by, const std::optional<std::string>& paragraph,
                          std::initializer_list<const std::optional<std::string>*> values) {
  std::string line = decided_by.value_or("");
  if (paragraph) line += (line.empty() ? "§ " : " § ") + *paragraph;
  for (const auto* value : values)
    if (*value) line += (line.empty() ? "" : ", ") + **value;
  return line;
}

// The version's sections: the top of the page (summary and text before the
// first heading), then one entry per heading with the blocks under it.
// `edition`: the version's translation or easy-read edition to index instead of its own text.
void add_version(const Document& doc, const Version& v, const std::string& url, EntryStatus status,
                 const VersionStanding& st, const std::string& organisation_name, SearchEntries& out,
                 const Edition* edition = nullptr) {
  SearchEntry base;
  base.url = url;
  base.title = edition ? edition->title : v.title;
  if (!edition) base.organisation_name = organisation_name;
  if (edition) {
    base.language = std::string(edition->lang().tag);
    base.right_to_left = edition->lang().right_to_left;
    base.language_name = std::string(edition->lang().name);
  }
  base.organisation = doc.organisation_id;
  base.doc_type = to_key(v.type);
  base.status = status;
  base.standing = badge_key(st.kind);
  const auto dated = status_day(v, st);
  base.date = dated ? dated->iso() : "";
  SearchEntry lead = base;
  lead.lead = true;
  if (v.summary && !edition) lead.text = *v.summary;
  // What the page says of the decision and who answers for the text, as
  // its own line: a reader searches by registration number or by the body
  // that decided ("Kommunfullmäktige") or that prepared it ("Framtagen
  // av"), and the snippet then shows it. Not in an edition, whose readers
  // find it at the version. The current version's page also states the
  // document's repeal ("Beslut om upphävande: … dnr KS 2026/77"): a line
  // of its own, found by its number the same way.
  if (!edition) {
    std::string details = decision_line(
        v.decided_by, v.paragraph, {&v.registration_number, &v.responsible_unit, &v.document_owner, &v.prepared_by});
    if (status == EntryStatus::current && st.repeal)
      details += (details.empty() ? "" : "\n") +
                 decision_line(st.repeal->decided_by, st.repeal->paragraph, {&st.repeal->registration_number});
    if (!details.empty()) lead.text += (lead.text.empty() ? "" : "\n") + details;
  }
  out.push_back(lead);
  std::size_t section = out.size() - 1;  // an index: push_back moves the entries
  const auto& blocks = (edition ? edition->body : v.body)->blocks;
  for (std::size_t i = 0; i < blocks.size();) {
    if (blocks[i].kind == Block::Kind::heading) {
      SearchEntry e = base;
      e.anchor = blocks[i].id;
      e.heading = blocks[i].text;
      out.push_back(std::move(e));
      section = out.size() - 1;
      ++i;
      continue;
    }
    // The blocks up to the next heading, appended to a text of their size:
    // held until the index is written, so without the room appending leaves.
    std::size_t end = i, size = 0;
    for (; end < blocks.size() && blocks[end].kind != Block::Kind::heading; ++end) size += blocks[end].text.size() + 1;
    std::string& text = out[section].text;
    text.reserve(text.size() + size);
    for (; i < end; ++i) {
      if (!text.empty()) text += '\n';
      text += blocks[i].text;
    }
  }
}

// One document's entries: its versions' sections, each distinct one once.
SearchEntries entries_of(const Document& doc, const std::string& organisation_name, Date as_of) {
  const int current = current_version_index(doc, as_of);
  const std::string doc_url = doc.organisation_id + "/" + doc.slug + "/";
  // The current version first, then the others newest first.
  std::vector<std::size_t> order;
  if (current >= 0) order.push_back(static_cast<std::size_t>(current));
  for (std::size_t i = doc.versions.size(); i-- > 0;)
    if (static_cast<int>(i) != current) order.push_back(i);
  std::size_t sections = 0;  // room for every entry, so that none is moved on the way
  for (const Version& v : doc.versions) {
    sections += 1 + v.editions.size();
    for (const Block& b : v.body->blocks) sections += b.kind == Block::Kind::heading;
    for (const Edition& e : v.editions)
      for (const Block& b : e.body->blocks) sections += b.kind == Block::Kind::heading;
  }
  SearchEntries own;
  own.reserve(sections);
  for (std::size_t i : order) {
    const Version& v = doc.versions[i];
    const bool is_current = static_cast<int>(i) == current;
    const EntryStatus status = is_current                            ? EntryStatus::current
                               : v.status == VersionStatus::proposal ? EntryStatus::proposal
                                                                     : EntryStatus::older;
    // The current version is read at the document's own address.
    const VersionStanding standing = standing_of(doc, i, as_of);
    add_version(doc, v, is_current ? doc_url : doc_url + v.id + "/", status, standing, organisation_name, own);
    // Its editions, each at its own address (render/page_plan.h edition_url()).
    for (const Edition& e : v.editions)
      add_version(doc, v, doc_url + v.id + "/" + e.language + "/", status, standing, organisation_name, own, &e);
  }
  // A section that several versions share is indexed once, where it is
  // found first: in the current version if it has it, else the newest.
  std::set<std::tuple<std::string_view, std::string_view, std::string_view>> seen;
  std::vector<char> first(own.size(), 0);
  for (std::size_t k = 0; k < own.size(); ++k) {
    const auto& e = own[k];
    first[k] = !e.language.empty() || seen.emplace(e.lead ? std::string_view(e.title) : "", e.heading, e.text).second;
  }
  std::size_t kept = 0;  // the first ones moved up in place
  for (std::size_t k = 0; k < own.size(); ++k) {
    if (!first[k]) continue;
    if (kept != k) own[kept] = std::move(own[k]);
    ++kept;
  }
  own.erase(own.begin() + static_cast<std::ptrdiff_t>(kept), own.end());
  return own;
}

}  // namespace

namespace {

std::string organisation_name(const Site& site, const std::string& id) {
  const Organisation* o = site.config.find_organisation(id);
  return o ? o->name : "";
}

// Appends the documents' entries to `out`, room for `extra` more after them.
void add_document_entries(const Site& site, Date as_of, unsigned jobs, std::size_t extra, SearchEntries& out) {
  std::vector<SearchEntries> per_document(site.documents.size());
  parallel_for(site.documents.size(), jobs, [&](std::size_t d) {
    const Document& doc = site.documents[d];
    per_document[d] = entries_of(doc, organisation_name(site, doc.organisation_id), as_of);
  });
  std::size_t count = out.size() + extra;
  for (const auto& entries : per_document) count += entries.size();
  out.reserve(count);  // each entry moved once
  for (auto& entries : per_document) {
    for (auto& e : entries) out.push_back(std::move(e));
    SearchEntries().swap(entries);
  }
}

}  // namespace

SearchEntries document_entries(const Site& site, Date as_of, unsigned jobs) {
  SearchEntries out;
  add_document_entries(site, as_of, jobs, 0, out);
  return out;
}

SearchEntries action_entries(const Site& site) {
  SearchEntries out;
  for (const auto& plan : site.plans) {
    // The addresses of render/page_plan.h's plan_url() and action_url().
    const std::string plan_url = plan.organisation_id + "/" + plan.document_slug + "/handlingsplaner/" + plan.id + "/";
    SearchEntry base;
    base.organisation = plan.organisation_id;
    base.organisation_name = organisation_name(site, plan.organisation_id);
    base.doc_type = to_key(DocumentType::handlingsplan);
    base.kind = EntryKind::action;
    base.lead = true;
    SearchEntry p = base;
    p.url = plan_url;
    p.title = plan.title;
    p.action_plan = true;
    p.text = plan.summary.value_or("");
    out.push_back(std::move(p));
    for (const auto& ref : flatten(plan)) {
      const Action& a = *ref.action;
      SearchEntry e = base;
      e.url = plan_url + action_slug(a.id) + "/";
      e.title = a.id + " " + a.title;
      e.text = a.description;
      if (auto who = responsible_for(a, plan)) e.text += (e.text.empty() ? "" : "\n") + *who;
      // Example reports are labelled as such on their pages; a snippet could
      // not say so, so their text is left out.
      for (const auto& r : a.reports)
        if (!r.text.empty() && !r.example) e.text += (e.text.empty() ? "" : "\n") + r.text;
      out.push_back(std::move(e));
    }
  }
  return out;
}

SearchEntries site_entries(const Site& site, Date as_of, unsigned jobs) {
  SearchEntries actions = action_entries(site);
  SearchEntries out;
  add_document_entries(site, as_of, jobs, actions.size(), out);
  for (auto& e : actions) out.push_back(std::move(e));
  return out;
}

}  // namespace styrdok::search
