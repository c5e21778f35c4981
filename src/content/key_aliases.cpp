#include "content/key_aliases.h"

#include <algorithm>

#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

// Lower case, without diacritics, words joined by '_': "Giltig från" and
// "giltig-fran" both become "giltig_fran".
std::string normalise(std::string_view written) {
  std::string out = fold_diacritics(trim(written));
  for (char& c : out) {
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

struct FoldedAlias {
  std::string_view key;
  std::string swedish;  // normalised
};

const std::vector<FoldedAlias>& folded_aliases();

}  // namespace

const std::vector<KeyAlias>& key_aliases() {
  static const std::vector<KeyAlias> kTable = {
      // A version's front matter
      {"title", "titel"},
      {"title", "rubrik"},
      {"type", "typ"},
      {"type", "dokumenttyp"},
      {"decided_by", "beslutad_av"},
      {"decided_by", "beslutat_av"},
      {"decided_by", "beslutsinstans"},
      {"decision_date", "beslutsdatum"},
      {"decision_date", "beslutad"},
      {"paragraph", "paragraf"},
      {"registration_number", "diarienummer"},
      {"registration_number", "dnr"},
      {"valid_from", "giltig_från"},
      {"valid_from", "gäller_från"},
      {"valid_until", "giltig_till"},
      {"valid_until", "gäller_till"},
      {"valid_until", "giltighetstid"},
      {"document_owner", "dokumentansvarig"},
      {"responsible_unit", "ansvarig_enhet"},
      {"responsible_unit", "ansvarig_förvaltning"},
      {"revised_by", "reviderad_av"},
      {"applies_to", "gäller_för"},
      {"prepared_by", "upprättad_av"},
      {"prepared_by", "framtagen_av"},
      {"review_by", "revideras_senast"},
      {"review_by", "ses_över_senast"},
      {"review_by", "aktualitetsprövas"},
      {"summary", "sammanfattning"},
      {"change_note", "ändringar"},
      {"replaces", "ersätter"},
      {"status", "status"},
      {"proposal_date", "förslagsdatum"},
      {"proposed_by", "framlagt_av"},
      {"proposed_by", "föreslaget_av"},
      {"repealed", "upphävd"},
      {"contact", "kontakt"},
      {"contact", "kontaktperson"},
      {"confidentiality", "sekretess"},
      {"level", "nivå"},
      {"document_date", "dokumentdatum"},
      {"document_date", "upprättad"},
      {"last_revised", "senast_reviderad"},
      // contact persons, repeals, reports, measurements
      {"name", "namn"},
      {"role", "roll"},
      {"phone", "telefon"},
      {"email", "e_post"},
      {"email", "epost"},
      {"date", "datum"},
      {"note", "anteckning"},
      {"note", "kommentar"},
      {"text", "text"},
      {"example", "exempel"},
      // action plans and actions
      {"version", "version"},
      {"responsible", "ansvarig"},
      {"actions", "åtgärder"},
      {"reports", "rapporter"},
      {"reports", "uppföljning"},
      {"description", "beskrivning"},
      {"partners", "samverkanspartner"},
      {"partners", "samarbetspartner"},
      {"start", "startdatum"},
      {"deadline", "klart_senast"},
      {"deadline", "tidplan"},
      {"completed", "genomförd"},
      {"completed", "klar"},
      {"progress", "framsteg"},
      {"weight", "vikt"},
      {"goals", "mål"},
      // indicators
      {"goal", "mål"},
      {"unit", "enhet"},
      {"baseline", "utgångsvärde"},
      {"baseline", "basvärde"},
      {"target", "målvärde"},
      {"measurements", "mätningar"},
      {"period", "period"},
      {"value", "värde"},
      {"source", "källa"},
      // meetings
      {"body", "organ"},
      {"organisation", "organisation"},
      {"time", "tid"},
      {"time", "klockslag"},
      {"place", "plats"},
      {"notice", "kallelse"},
      {"items", "ärenden"},
      {"document", "dokument"},
      {"compare_with", "jämför_med"},
      {"plan", "plan"},
      // the site file
      {"language", "språk"},
      {"organisations", "organisationer"},
      {"website", "webbplats"},
  };
  return kTable;
}

namespace {

const std::vector<FoldedAlias>& folded_aliases() {
  static const std::vector<FoldedAlias> kFolded = [] {
    std::vector<FoldedAlias> out;
    for (const auto& a : key_aliases()) out.push_back({a.key, normalise(a.swedish)});
    return out;
  }();
  return kFolded;
}

}  // namespace

bool names_key(std::string_view written, std::string_view key) {
  if (written == key) return true;
  const std::string folded = normalise(written);
  for (const auto& a : folded_aliases()) {
    if (key == a.key && folded == a.swedish) return true;
  }
  return false;
}

std::vector<std::string> keys_named_by(std::string_view written) {
  std::vector<std::string> out = {std::string(written)};
  const std::string folded = normalise(written);
  for (const auto& a : folded_aliases()) {
    if (folded == a.swedish && a.key != written) out.emplace_back(a.key);
  }
  return out;
}

std::vector<std::string> keys_with_aliases(const std::vector<std::string>& keys) {
  std::vector<std::string> out = keys;
  for (const auto& a : key_aliases()) {
    for (const auto& k : keys) {
      if (k == a.key && k != a.swedish) out.emplace_back(a.swedish);
    }
  }
  return out;
}

const std::vector<ValueAlias>& version_status_aliases() {
  static const std::vector<ValueAlias> kTable = {
      {"adopted", "antagen"}, {"adopted", "antaget"}, {"adopted", "beslutad"}, {"proposal", "förslag"}};
  return kTable;
}

const std::vector<ValueAlias>& action_status_aliases() {
  static const std::vector<ValueAlias> kTable = {
      {"planned", "planerad"},     {"planned", "ej påbörjad"},  {"in_progress", "pågår"},
      {"in_progress", "pågående"}, {"in_progress", "påbörjad"}, {"done", "klar"},
      {"done", "genomförd"},       {"done", "slutförd"},        {"postponed", "uppskjuten"},
      {"postponed", "senarelagd"}, {"cancelled", "avbruten"},   {"cancelled", "struken"},
  };
  return kTable;
}

const std::vector<ValueAlias>& document_type_aliases() {
  static const std::vector<ValueAlias> kTable = {
      {"strategi", "strategi"}, {"program", "program"},       {"plan", "plan"},
      {"policy", "policy"},     {"riktlinjer", "riktlinjer"}, {"riktlinjer", "riktlinje"},
      {"regler", "regler"},     {"regler", "regel"},          {"handlingsplan", "handlingsplan"},
  };
  return kTable;
}

std::optional<std::string> value_named_by(std::string_view written, const std::vector<std::string>& choices,
                                          const std::vector<ValueAlias>& aliases) {
  for (const auto& c : choices) {
    if (c == written) return c;
  }
  const std::string folded = normalise(written);
  for (const auto& a : aliases) {
    if (folded == normalise(a.swedish) && std::find(choices.begin(), choices.end(), a.value) != choices.end())
      return std::string(a.value);
  }
  return std::nullopt;
}

std::vector<std::string> values_with_aliases(const std::vector<std::string>& choices,
                                             const std::vector<ValueAlias>& aliases) {
  std::vector<std::string> out = choices;
  for (const auto& a : aliases) {
    if (std::find(choices.begin(), choices.end(), a.value) != choices.end()) out.emplace_back(a.swedish);
  }
  return out;
}

bool means_until_further_notice(std::string_view value) {
  const std::string folded = normalise(value);
  return value == "until_further_notice" || folded == "tills_vidare" || folded == "tillsvidare";
}

bool means_unknown(std::string_view value) {
  const std::string folded = normalise(value);
  return value == "unknown" || folded == "okand" || folded == "okant" || folded == "uppgift_saknas";
}

}  // namespace styrdok
