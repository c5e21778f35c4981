#include "content/meeting_file.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include "content/file_name.h"
#include "content/yaml_fields.h"
#include "core/edit_distance.h"
#include "core/limits.h"
#include "core/text.h"

namespace styrdok {

namespace {

constexpr const char* kInForce = "in_force";

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_id(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// What an agenda item may name, by the address it names it with, in the
// site's order (for "did you mean"), made once per meeting file: looked up
// per item, a meeting cost its items times the site's documents.
class AgendaTargets {
 public:
  explicit AgendaTargets(const Site& site) {
    for (const auto& doc : site.documents) add(documents_, doc.organisation_id + "/" + doc.slug);
    for (const auto& plan : site.plans) add(plans_, plan.organisation_id + "/" + plan.document_slug + "/" + plan.id);
  }
  // The index in site.documents of "<organisation>/<document folder>".
  std::optional<std::size_t> document(const std::string& ref) const { return find(documents_, ref); }
  // The index in site.plans of "<organisation>/<document folder>/<plan id>".
  std::optional<std::size_t> plan(const std::string& ref) const { return find(plans_, ref); }
  const std::vector<std::string>& document_refs() const { return documents_.refs; }
  const std::vector<std::string>& plan_refs() const { return plans_.refs; }

 private:
  struct Refs {
    std::vector<std::string> refs;
    std::unordered_map<std::string, std::size_t> index;
  };
  static void add(Refs& to, std::string ref) {
    to.index.emplace(ref, to.refs.size());
    to.refs.push_back(std::move(ref));
  }
  static std::optional<std::size_t> find(const Refs& in, const std::string& ref) {
    const auto at = in.index.find(ref);
    return at == in.index.end() ? std::nullopt : std::optional<std::size_t>(at->second);
  }
  Refs documents_, plans_;
};

std::string version_ids(const Document& doc) {
  std::string ids;
  for (const auto& v : doc.versions) ids += (ids.empty() ? "" : ", ") + v.id;
  return ids;
}

// Index of the version named `id`, or nullopt after reporting it.
std::optional<std::size_t> find_version(const Document& doc, const std::string& id, const SourceLocation& where,
                                        Diagnostics& diagnostics) {
  for (std::size_t i = 0; i < doc.versions.size(); ++i) {
    if (doc.versions[i].id == id) return i;
  }
  diagnostics.error(where, "the document '" + doc.organisation_id + "/" + doc.slug + "' has no version '" + id +
                               "'; its versions are: " + version_ids(doc));
  return std::nullopt;
}

// An item that hands out an action plan ('plan: <organisation>/<document
// folder>/<plan id>'), printed as it stands on the day of the meeting.
std::optional<AgendaItem> parse_plan_item(const YAML::Node& node, YamlFields& f, AgendaItem item,
                                          const AgendaTargets& targets) {
  Diagnostics& diagnostics = f.diagnostics();
  for (const std::string key : {"document", "version", "compare_with"}) {
    if (node[key].IsDefined()) {
      diagnostics.error(f.location_of_key(key),
                        "an agenda item hands out either a document or a plan; '" + key + "' does not go with 'plan'");
      return std::nullopt;
    }
  }
  auto plan_ref = f.text("plan", true);
  if (!plan_ref) return std::nullopt;
  if (const auto p = targets.plan(*plan_ref)) {
    item.kind = AgendaItemKind::plan;
    item.plan = *p;
    return item;
  }
  std::string message =
      "there is no action plan '" + *plan_ref + "' (write it as <organisation>/<document folder>/<plan file name>)";
  if (auto s = closest_match(*plan_ref, targets.plan_refs()); !s.empty()) message += "; did you mean '" + s + "'?";
  diagnostics.error(f.location_of(f.child("plan")), message);
  return std::nullopt;
}

// One agenda item. Returns nullopt on an error (reported) or when withheld.
std::optional<AgendaItem> parse_item(const YAML::Node& node, YamlFields& meeting, const Site& site,
                                     const AgendaTargets& targets, Date day, bool& withheld) {
  Diagnostics& diagnostics = meeting.diagnostics();
  YamlFields f(node, meeting);
  if (!f.is_mapping()) {
    diagnostics.error(meeting.location_of(node), "each agenda item needs at least 'title' and 'document' (or 'plan')");
    return std::nullopt;
  }
  f.reject_unknown_keys(agenda_item_keys());
  AgendaItem item;
  item.where = f.location_of_mapping();
  if (f.child("plan").IsDefined()) {
    auto title = f.text("title", true);
    item.note = f.text("note", false);
    if (!title) return std::nullopt;
    item.title = *title;
    return parse_plan_item(node, f, std::move(item), targets);
  }
  auto title = f.text("title", true);
  auto doc_ref = f.text("document", true);
  auto version_id = f.text("version", false);
  auto compare_with = f.text("compare_with", false);
  item.note = f.text("note", false);
  if (!title || !doc_ref) return std::nullopt;
  item.title = *title;

  const auto found = targets.document(*doc_ref);
  if (!found) {
    std::string message = "there is no document '" + *doc_ref + "' (write it as <organisation>/<document folder>)";
    if (auto s = closest_match(*doc_ref, targets.document_refs()); !s.empty()) message += "; did you mean '" + s + "'?";
    diagnostics.error(f.location_of(f.child("document")), message);
    return std::nullopt;
  }
  item.document = *found;
  const Document* doc = &site.documents[*found];
  auto withheld_id = [&](const std::string& id) {
    return std::find(doc->withheld_proposals.begin(), doc->withheld_proposals.end(), id) !=
           doc->withheld_proposals.end();
  };

  const int in_force = current_version_index(*doc, day);
  if (version_id) {
    if (withheld_id(*version_id)) {
      withheld = true;
      return std::nullopt;
    }
    auto v = find_version(*doc, *version_id, f.location_of(f.child("version")), diagnostics);
    if (!v) return std::nullopt;
    item.version = *v;
  } else if (in_force >= 0) {
    item.version = static_cast<std::size_t>(in_force);
  } else {
    diagnostics.error(item.where, "the document '" + *doc_ref +
                                      "' has no adopted version; name the version to hand out with 'version:'");
    return std::nullopt;
  }

  if (compare_with) {
    const SourceLocation where = f.location_of(f.child("compare_with"));
    std::optional<std::size_t> older;
    if (*compare_with == kInForce) {
      if (in_force < 0) {
        diagnostics.error(where, "no version of '" + *doc_ref + "' is in force on " + day.iso());
        return std::nullopt;
      }
      older = static_cast<std::size_t>(in_force);
    } else {
      older = find_version(*doc, *compare_with, where, diagnostics);
    }
    if (!older) return std::nullopt;
    if (*older >= item.version) {
      diagnostics.error(where, "'compare_with' must name a version older than the one handed out ('" +
                                   doc->versions[item.version].id + "'), but '" + doc->versions[*older].id +
                                   "' is not");
      return std::nullopt;
    }
    item.older = older;
  }
  return item;
}

// About what the handout of `items` prints, in bytes: each paper's text
// (and the older version's, for a redline), a kilobyte per action of a
// plan, and a kilobyte of headings and contents per item.
std::size_t handout_bytes(const std::vector<AgendaItem>& items, const Site& site) {
  constexpr std::size_t kPerItem = 1024;
  std::unordered_map<std::size_t, std::size_t> actions;  // of each plan named, counted once
  std::size_t bytes = 0;
  for (const AgendaItem& item : items) {
    bytes += kPerItem;
    if (item.kind == AgendaItemKind::plan) {
      auto [count, counted] = actions.try_emplace(item.plan, 0);
      if (counted) count->second = flatten(site.plans[item.plan]).size();
      bytes += kPerItem * count->second;
      continue;
    }
    const Document& doc = site.documents[item.document];
    bytes += doc.versions[item.version].body->html.size();
    if (item.older) bytes += doc.versions[*item.older].body->html.size();
  }
  return bytes;
}

}  // namespace

const std::vector<std::string>& meeting_keys() {
  static const std::vector<std::string> kKeys = {"title", "body",  "organisation", "date",
                                                 "time",  "place", "notice",       "items"};
  return kKeys;
}

const std::vector<std::string>& agenda_item_keys() {
  static const std::vector<std::string> kKeys = {"title", "document", "version", "compare_with", "plan", "note"};
  return kKeys;
}

ParsedMeeting parse_meeting(const std::string& text, const std::string& path, const std::string& file_stem,
                            const Site& site, Diagnostics& diagnostics, const InputLimits& limits) try {
  ParsedMeeting result;
  Diagnostics local;
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({path, bad->line, bad->column}, "the file is not valid UTF-8; save it as UTF-8");
    return result;
  }
  if (!is_id(file_stem)) {
    diagnostics.error({path, 0, 0},
                      "the file name gives the meeting's web address, so it may only hold a-z, 0-9 "
                      "and '-', e.g. 2016-01-20-kommunstyrelsen.yaml");
    return result;
  }
  auto root = parse_yaml(text, path, 1, local);
  if (!root) {
    diagnostics.merge(local);
    return result;
  }
  YamlFields f(*root, {text, path, 1}, local);
  if (!f.is_mapping()) {
    diagnostics.error({path, 1, 1}, "a meeting file must be a mapping of keys such as 'title:' and 'items:'");
    return result;
  }
  f.reject_unknown_keys(meeting_keys());
  Meeting m;
  m.id = file_stem;
  m.source_path = path;
  m.title = f.text("title", true).value_or("");
  m.body = f.text("body", true).value_or("");
  auto org = f.text("organisation", true);
  auto date = f.date("date", true);
  m.time = f.text("time", false);
  m.place = f.text("place", false);
  m.notice = f.text("notice", false);
  if (org) {
    if (site.config.find_organisation(*org)) {
      m.organisation_id = *org;
    } else {
      std::vector<std::string> ids;
      for (const auto& o : site.config.organisations) ids.push_back(o.id);
      std::string message = "the organisation '" + *org + "' is not declared in site.yaml";
      if (auto s = closest_match(*org, ids); !s.empty()) message += "; did you mean '" + s + "'?";
      local.error(f.location_of(f.child("organisation")), message);
    }
  }
  const YAML::Node items = f.child("items");
  if (!items.IsDefined() || items.IsNull()) {
    local.error(f.location_of_mapping(), "missing required key 'items' (the agenda)");
  } else if (!items.IsSequence() || items.size() == 0) {
    local.error(f.location_of(items), "'items' must be a list of at least one agenda item");
  } else if (date) {
    const AgendaTargets targets(site);
    for (const auto& node : items) {
      if (auto item = parse_item(node, f, site, targets, *date, result.withheld)) m.items.push_back(std::move(*item));
    }
    if (const std::size_t bytes = handout_bytes(m.items, site); bytes > limits.handout_bytes) {
      local.error(f.location_of(items), "the handout would print about " + byte_size(bytes) +
                                            " of papers, more than the " + byte_size(limits.handout_bytes) +
                                            " styrdok prints for one meeting; hand out fewer or shorter papers");
    }
  }
  if (date) m.date = *date;
  diagnostics.merge(local);
  if (local.has_errors() || result.withheld) return result;
  result.meeting = std::move(m);
  return result;
} catch (const YAML::Exception& e) {
  report_yaml_exception(e, text, path, 1, diagnostics);
  return {};
}

std::vector<Meeting> load_meetings(const FileSystem& files, const Site& site, Diagnostics& diagnostics,
                                   const InputLimits& limits) {
  std::vector<Meeting> meetings;
  for (const auto& entry : files.list(kMeetingsDir)) {  // sorted by name
    if (entry.is_directory) continue;
    const std::string path = join_path(kMeetingsDir, entry.name);
    if (!ends_with(entry.name, ".yaml")) {
      report_near_miss(path, entry.name, ".yaml", diagnostics);
      continue;
    }
    if (text_file_too_large(files, path, limits, diagnostics)) continue;
    auto text = files.read(path);
    if (!text) {
      diagnostics.error({path, 0, 0}, "cannot read the file");
      continue;
    }
    auto parsed = parse_meeting(*text, path, entry.name.substr(0, entry.name.size() - 5), site, diagnostics, limits);
    if (parsed.meeting) meetings.push_back(std::move(*parsed.meeting));
  }
  return meetings;
}

}  // namespace styrdok
