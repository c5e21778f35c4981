#include "content/version_file.h"

#include "content/key_aliases.h"
#include "content/yaml_fields.h"
#include "core/limits.h"
#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

bool is_version_id(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

bool looks_like_date(const std::string& s) { return s.size() == 10 && s[4] == '-' && s[7] == '-'; }

std::optional<std::string> known_text(YamlFields& f, const std::string& key, bool required) {
  auto v = f.text(key, required);
  if (v && means_unknown(*v)) return std::nullopt;
  return v;
}

std::optional<std::string> paragraph_number(YamlFields& f, const std::string& key) {
  auto p = known_text(f, key, false);
  if (!p) return std::nullopt;
  std::string number = *p;
  if (number.rfind("§", 0) == 0) number = trim(number.substr(std::string("§").size()));
  return number;
}

// `contact:` — one person (a mapping) or several (a list of mappings).
std::vector<Contact> parse_contacts(YamlFields& f) {
  std::vector<Contact> out;
  const YAML::Node node = f.child("contact");
  if (!node.IsDefined() || node.IsNull()) return out;
  std::vector<YAML::Node> people;
  if (node.IsMap()) {
    people.push_back(node);
  } else if (node.IsSequence()) {
    for (const auto& item : node) people.push_back(item);
  }
  if (people.empty() || (!node.IsMap() && !node.IsSequence())) {
    f.diagnostics().error(f.location_of(node),
                          "'contact' must be indented lines 'name:', 'role:', 'phone:' and "
                          "'email:', or a list of such people (each starting with '- ')");
    return out;
  }
  for (const YAML::Node& person : people) {
    if (!person.IsMap()) {
      f.diagnostics().error(f.location_of(person), "each contact must be lines 'name:', 'role:', 'phone:', 'email:'");
      continue;
    }
    YamlFields p(person, f);
    p.reject_unknown_keys({"name", "role", "phone", "email"});
    Contact c;
    c.name = p.text("name", true).value_or("");
    c.role = known_text(p, "role", false);
    c.phone = known_text(p, "phone", false);
    c.email = known_text(p, "email", false);
    if (c.email && !is_email_address(*c.email)) {
      p.diagnostics().error(p.location_of(p.child("email")),
                            "'" + *c.email + "' is not an e-mail address (name@example.se)");
      c.email.reset();
    }
    if (!c.name.empty()) out.push_back(std::move(c));
  }
  return out;
}

// `confidentiality:` — none (ingen, nej), partly (delvis), or the document's own words.
std::optional<Confidentiality> parse_confidentiality(YamlFields& f) {
  auto text = known_text(f, "confidentiality", false);
  if (!text) return std::nullopt;
  const std::string folded = fold_diacritics(*text);
  if (folded == "none" || folded == "ingen" || folded == "nej") return Confidentiality{Confidentiality::Kind::none, ""};
  if (folded == "partly" || folded == "delvis") return Confidentiality{Confidentiality::Kind::partly, ""};
  return Confidentiality{Confidentiality::Kind::stated, *text};
}

// `repealed:` — the decision that repealed the document, as a mapping.
std::optional<Repeal> parse_repeal(YamlFields& f) {
  const YAML::Node node = f.child("repealed");
  if (!node.IsDefined() || node.IsNull()) return std::nullopt;
  if (!node.IsMap()) {
    f.diagnostics().error(f.location_of(node),
                          "'repealed' must be indented lines of the form 'key: value': 'date' (the first day the "
                          "document no longer applies) and, if known, 'decided_by', 'decision_date', 'paragraph', "
                          "'registration_number' and 'note'");
    return std::nullopt;
  }
  YamlFields r(node, f);
  r.reject_unknown_keys({"date", "decision_date", "decided_by", "paragraph", "registration_number", "note"});
  Repeal repeal;
  repeal.where = f.location_of_key("repealed");
  auto date = r.date("date", true);
  if (!date) return std::nullopt;
  repeal.date = *date;
  repeal.decision_date = r.date("decision_date", false);
  repeal.decided_by = known_text(r, "decided_by", false);
  repeal.paragraph = paragraph_number(r, "paragraph");
  repeal.registration_number = known_text(r, "registration_number", false);
  repeal.note = known_text(r, "note", false);
  if (repeal.decision_date && *repeal.decision_date > repeal.date) {
    r.diagnostics().error(r.location_of(r.child("decision_date")),
                          "the repeal is decided " + repeal.decision_date->iso() + ", after the day it takes effect (" +
                              repeal.date.iso() + "); 'date' is the first day the document no longer applies");
  }
  return repeal;
}

}  // namespace

const std::vector<std::string>& version_keys() {
  static const std::vector<std::string> kKeys = {"title",
                                                 "type",
                                                 "status",
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
                                                 "proposal_date",
                                                 "proposed_by",
                                                 "repealed",
                                                 "contact",
                                                 "confidentiality",
                                                 "level",
                                                 "document_date",
                                                 "last_revised"};
  return kKeys;
}

std::optional<FrontMatterSplit> split_front_matter(const std::string& text, const std::string& path,
                                                   Diagnostics& diagnostics) {
  std::size_t pos = 0;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) pos = 3;  // a byte order mark some editors add
  auto line_end = [&](std::size_t from) {
    const auto nl = text.find('\n', from);
    return nl == std::string::npos ? text.size() : nl;
  };
  auto line_at = [&](std::size_t from) {  // the line, without trailing spaces or '\r'
    std::string line = text.substr(from, line_end(from) - from);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    return line;
  };
  if (line_at(pos) != "---") {
    diagnostics.error({path, 1, 1}, "a version file must start with a '---' line, then its metadata, then '---'");
    return std::nullopt;
  }
  FrontMatterSplit split;
  std::size_t yaml_start = line_end(pos) + 1;
  int line = 2;
  for (std::size_t at = yaml_start; at < text.size(); at = line_end(at) + 1, ++line) {
    const std::string l = line_at(at);
    if (l == "---" || l == "...") {
      split.yaml = text.substr(yaml_start, at - yaml_start);
      const std::size_t body_start = std::min(text.size(), line_end(at) + 1);
      split.body = text.substr(body_start);
      split.body_first_line = line + 1;
      return split;
    }
  }
  diagnostics.error({path, 1, 1}, "the metadata block that starts here is never closed with a '---' line");
  return std::nullopt;
}

std::optional<FrontMatter> read_front_matter(const std::string& text, const std::string& path,
                                             const InputLimits& limits, Diagnostics& diagnostics) {
  if (!check_text_limits(text, path, limits, diagnostics, 1, kVersionFileAdvice)) return std::nullopt;
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.error({path, bad->line, bad->column}, "the file is not valid UTF-8; save it as UTF-8");
    return std::nullopt;
  }
  auto split = split_front_matter(text, path, diagnostics);
  if (!split) return std::nullopt;
  auto root = parse_yaml(split->yaml, path, split->yaml_first_line, diagnostics, limits);
  if (!root) return std::nullopt;
  if (!root->IsMap()) {
    diagnostics.error({path, split->yaml_first_line, 1}, "the metadata must be lines of the form 'key: value'");
    return std::nullopt;
  }
  return FrontMatter{std::move(*split), std::move(*root)};
}

std::optional<Version> parse_version(const std::string& text, const std::string& path, const std::string& file_stem,
                                     const MarkdownOptions& labels, Diagnostics& diagnostics) try {
  Diagnostics local;
  auto front = read_front_matter(text, path, labels.limits, local);
  if (!front) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  const FrontMatterSplit& split = front->split;
  YamlFields f(front->metadata, {split.yaml, path, split.yaml_first_line}, local);
  f.reject_unknown_keys(version_keys());

  Version v;
  v.source_path = path;
  v.id = file_stem;
  v.title = f.text("title", true).value_or("");
  std::vector<std::string> type_keys;
  for (auto t : all_document_types()) type_keys.push_back(to_key(t));
  if (auto t = f.choice("type", type_keys, true, document_type_aliases())) v.type = *document_type_from_key(*t);
  v.decided_by = known_text(f, "decided_by", true);
  const auto decision = f.date_or_unknown("decision_date", true);
  if (decision) v.decision_date = *decision;
  v.paragraph = paragraph_number(f, "paragraph");
  v.registration_number = known_text(f, "registration_number", false);
  if (auto d = f.date_or_unknown("valid_from", false)) v.valid_from = *d;
  if (auto raw = f.text("valid_until", false)) {
    if (means_until_further_notice(*raw)) {
      v.valid_until.kind = ValidUntil::Kind::until_further_notice;
    } else if (!means_unknown(*raw)) {
      if (auto d = f.date("valid_until", false)) {
        v.valid_until = {ValidUntil::Kind::date, *d};
      }
    }
  }
  v.document_owner = known_text(f, "document_owner", false);
  v.responsible_unit = known_text(f, "responsible_unit", false);
  v.revised_by = known_text(f, "revised_by", false);
  v.applies_to = known_text(f, "applies_to", false);
  v.prepared_by = known_text(f, "prepared_by", false);
  if (auto d = f.date_or_unknown("review_by", false)) v.review_by = *d;
  v.summary = known_text(f, "summary", false);
  v.change_note = known_text(f, "change_note", false);
  v.replaces = f.text("replaces", false);
  if (v.replaces) v.replaces_location = f.location_of(f.child("replaces"));
  if (auto st = f.choice("status", {"adopted", "proposal"}, false, version_status_aliases())) {
    v.status = *st == "proposal" ? VersionStatus::proposal : VersionStatus::adopted;
  }
  if (auto d = f.date_or_unknown("proposal_date", false)) v.proposal_date = *d;
  v.proposed_by = known_text(f, "proposed_by", false);
  v.repeal = parse_repeal(f);
  v.contacts = parse_contacts(f);
  v.confidentiality = parse_confidentiality(f);
  if (auto level = known_text(f, "level", false)) {
    const std::string folded = fold_diacritics(*level);
    const bool whole = folded.rfind("kommungemensam", 0) == 0 || folded == "municipality_wide";  // "… styrdokument"
    v.level = whole ? std::string("kommungemensamt") : *level;
  }
  if (auto d = f.date_or_unknown("document_date", false)) v.document_date = *d;
  if (auto d = f.date_or_unknown("last_revised", false)) v.last_revised = *d;
  if (v.status != VersionStatus::proposal) {
    for (const char* key : {"proposal_date", "proposed_by"}) {
      if (f.child(key).IsDefined() && !f.child(key).IsNull())
        local.error(f.location_of_key(key), std::string("'") + key +
                                                "' belongs to a proposal; add 'status: proposal', or remove it once "
                                                "the version is adopted");
    }
  } else if (v.repeal) {
    local.error(v.repeal->where, "a proposal cannot repeal a document; write 'repealed' in the adopted version");
  }
  if (v.repeal && v.decision_date && v.repeal->decision_date.value_or(v.repeal->date) < *v.decision_date) {
    local.error(v.repeal->where, "the document is repealed " + v.repeal->decision_date.value_or(v.repeal->date).iso() +
                                     ", before this version was decided (" + v.decision_date->iso() + ")");
  }
  if (v.proposal_date && v.decision_date && *v.proposal_date > *v.decision_date) {
    local.error(f.location_of(f.child("proposal_date")), "the proposal is dated " + v.proposal_date->iso() +
                                                             ", after the day it is to be decided (" +
                                                             v.decision_date->iso() + ")");
  }

  // The file name is the permanent address of the version.
  if (decision && *decision) {
    const std::string iso = (*decision)->iso();
    if (file_stem != iso) {
      local.error(f.location_of(f.child("decision_date")),
                  "the file is named '" + file_stem + ".md' but decision_date is " + iso + "; name the file '" + iso +
                      ".md' (a version's file name is its decision date)");
    }
  } else if (decision) {
    if (looks_like_date(file_stem)) {
      local.error(f.location_of(f.child("decision_date")),
                  "the file is named like a decision date ('" + file_stem +
                      ".md') but decision_date is unknown; write the date, or rename the file (e.g. 'odaterad.md')");
    } else if (!is_version_id(file_stem)) {
      local.error({path, 0, 0}, "the file name '" + file_stem +
                                    ".md' may only hold a-z, 0-9 and '-', since it becomes the version's address");
    }
  }
  if (v.valid_until.kind == ValidUntil::Kind::date) {
    if (auto start = start_of(v); start && v.valid_until.date < *start) {
      local.error(f.location_of(f.child("valid_until")), "valid_until " + v.valid_until.date.iso() + " is before " +
                                                             (v.valid_from ? "valid_from " : "the decision date ") +
                                                             start->iso());
    }
  }

  MarkdownOptions options = labels;
  options.source_path = path;
  options.first_line = split.body_first_line;
  v.body = std::make_shared<Body>(render_markdown(split.body, options, local));  // not const: see release_body_html

  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return v;
} catch (const YAML::Exception& e) {
  report_yaml_exception(e, text, path, kFrontMatterFirstLine, diagnostics);
  return std::nullopt;
}

}  // namespace styrdok
