#include "import/metadata_labels.h"

#include <array>

#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

struct Entry {
  const char* folded;  // as fold_diacritics() writes it, without a trailing colon
  Label label;
};

// Every label known, as fold_diacritics() writes it.
const std::array<Entry, 108> kLabels = {{
    // Who decided it. "Antagen" and "Fastställt" alone often carry the body,
    // the date and the § together.
    {"beslutat av", {"decided_by", ValueKind::decision}},
    {"beslutad av", {"decided_by", ValueKind::decision}},
    {"beslutade av", {"decided_by", ValueKind::decision}},
    {"beslut av", {"decided_by", ValueKind::decision}},
    {"faststallt av", {"decided_by", ValueKind::decision}},
    {"faststalld av", {"decided_by", ValueKind::decision}},
    {"faststalls av", {"decided_by", ValueKind::decision}},
    {"antagen av", {"decided_by", ValueKind::decision}},
    {"antaget av", {"decided_by", ValueKind::decision}},
    {"antagna av", {"decided_by", ValueKind::decision}},
    {"antagen", {"decided_by", ValueKind::decision}},
    {"antaget", {"decided_by", ValueKind::decision}},
    {"faststallt", {"decided_by", ValueKind::decision}},
    {"faststalld", {"decided_by", ValueKind::decision}},
    {"beslutande organ", {"decided_by", ValueKind::decision}},
    {"beslutsinstans", {"decided_by", ValueKind::decision}},
    {"decided by", {"decided_by", ValueKind::decision}},
    // When.
    {"beslutsdatum", {"decision_date", ValueKind::date}},
    {"datum", {"decision_date", ValueKind::date}},
    {"datum for beslut", {"decision_date", ValueKind::date}},
    {"beslutad", {"decision_date", ValueKind::date}},
    {"beslutat", {"decision_date", ValueKind::date}},
    {"antagandedatum", {"decision_date", ValueKind::date}},
    {"decision date", {"decision_date", ValueKind::date}},
    {"paragraf", {"paragraph", ValueKind::paragraph}},
    {"beslutsparagraf", {"paragraph", ValueKind::paragraph}},
    {"protokollsparagraf", {"paragraph", ValueKind::paragraph}},
    {"paragraph", {"paragraph", ValueKind::paragraph}},
    // Diarienummer.
    {"diarienummer", {"registration_number", ValueKind::text}},
    {"diarienr", {"registration_number", ValueKind::text}},
    {"dnr", {"registration_number", ValueKind::text}},
    {"dnr.", {"registration_number", ValueKind::text}},
    {"ar nr", {"registration_number", ValueKind::text}},
    {"arendenummer", {"registration_number", ValueKind::text}},
    {"registration number", {"registration_number", ValueKind::text}},
    // Validity.
    {"galler fran", {"valid_from", ValueKind::valid_from}},
    {"galler fran och med", {"valid_from", ValueKind::valid_from}},
    {"galler fr.o.m.", {"valid_from", ValueKind::valid_from}},
    {"giltig fran", {"valid_from", ValueKind::valid_from}},
    {"giltig fran och med", {"valid_from", ValueKind::valid_from}},
    {"giltig fr.o.m.", {"valid_from", ValueKind::valid_from}},
    {"fr.o.m.", {"valid_from", ValueKind::valid_from}},
    {"fr o m", {"valid_from", ValueKind::valid_from}},
    {"ikrafttradande", {"valid_from", ValueKind::valid_from}},
    {"trader i kraft", {"valid_from", ValueKind::valid_from}},
    {"valid from", {"valid_from", ValueKind::valid_from}},
    {"giltig till", {"valid_until", ValueKind::valid_until}},
    {"giltig till och med", {"valid_until", ValueKind::valid_until}},
    {"giltig t.o.m.", {"valid_until", ValueKind::valid_until}},
    {"galler till", {"valid_until", ValueKind::valid_until}},
    {"galler till och med", {"valid_until", ValueKind::valid_until}},
    {"galler t.o.m.", {"valid_until", ValueKind::valid_until}},
    {"dokumentet galler till och med", {"valid_until", ValueKind::valid_until}},
    {"t.o.m.", {"valid_until", ValueKind::valid_until}},
    {"t o m", {"valid_until", ValueKind::valid_until}},
    {"giltighet", {"valid_until", ValueKind::valid_until}},
    {"giltighetstid", {"valid_until", ValueKind::valid_until}},
    {"valid until", {"valid_until", ValueKind::valid_until}},
    // A proposal's: who is to decide it and when, and what it proposes.
    {"ska behandlas av", {"decided_by", ValueKind::decision, true}},
    {"to be decided by", {"decided_by", ValueKind::decision, true}},
    {"planerat beslutsdatum", {"decision_date", ValueKind::date, true}},
    {"planned decision date", {"decision_date", ValueKind::date, true}},
    {"forslag daterat", {"proposal_date", ValueKind::review_date, true}},
    {"proposal dated", {"proposal_date", ValueKind::review_date, true}},
    {"framlagt av", {"proposed_by", ValueKind::text, true}},
    {"proposed by", {"proposed_by", ValueKind::text, true}},
    {"foreslas galla fran", {"valid_from", ValueKind::valid_from, true}},
    {"proposed to apply from", {"valid_from", ValueKind::valid_from, true}},
    {"foreslas galla till och med", {"valid_until", ValueKind::valid_until, true}},
    {"proposed to apply until", {"valid_until", ValueKind::valid_until, true}},
    // Owners and scope.
    {"dokumentagare", {"document_owner", ValueKind::text}},
    {"dokumentansvarig", {"document_owner", ValueKind::text}},
    {"ansvarig agare", {"document_owner", ValueKind::text}},
    {"document owner", {"document_owner", ValueKind::text}},
    {"ansvarig enhet", {"responsible_unit", ValueKind::text}},
    {"ansvarig forvaltning", {"responsible_unit", ValueKind::text}},
    {"responsible unit", {"responsible_unit", ValueKind::text}},
    {"for revidering ansvarar", {"revised_by", ValueKind::text}},
    {"revideras av", {"revised_by", ValueKind::text}},
    {"ansvarig for revidering", {"revised_by", ValueKind::text}},
    {"revised by", {"revised_by", ValueKind::text}},
    {"dokumentet galler for", {"applies_to", ValueKind::text}},
    {"galler for", {"applies_to", ValueKind::text}},
    {"applies to", {"applies_to", ValueKind::text}},
    {"framtagen av", {"prepared_by", ValueKind::text}},
    {"framtaget av", {"prepared_by", ValueKind::text}},
    {"utarbetad av", {"prepared_by", ValueKind::text}},
    {"prepared by", {"prepared_by", ValueKind::text}},
    {"nasta oversyn", {"review_by", ValueKind::review_date}},
    {"nasta revidering", {"review_by", ValueKind::review_date}},
    {"revideras senast", {"review_by", ValueKind::review_date}},
    {"next review", {"review_by", ValueKind::review_date}},
    // What it is.
    {"typ av dokument", {"type", ValueKind::type}},
    {"dokumenttyp", {"type", ValueKind::type}},
    {"document type", {"type", ValueKind::type}},
    {"titel", {"title", ValueKind::title}},
    {"organisation", {"organisation", ValueKind::ignored}},
    // No key yet (written as comments).
    {"kontaktperson", {"contact", ValueKind::text}},
    {"eventuell sekretess", {"confidentiality", ValueKind::text}},
    {"sekretess", {"confidentiality", ValueKind::text}},
    {"niva", {"level", ValueKind::text}},
    {"upprattad", {"document_date", ValueKind::review_date}},
    {"upprattat", {"document_date", ValueKind::review_date}},
    {"dokumentdatum", {"document_date", ValueKind::review_date}},
    {"reviderad", {"last_revised", ValueKind::review_date}},
    {"senast reviderad", {"last_revised", ValueKind::review_date}},
    {"revisionsdatum", {"last_revised", ValueKind::review_date}},
    {"kontakt", {"contact", ValueKind::text}},
}};

}  // namespace

bool is_comment_key(std::string_view key) {
  for (const char* k : kCommentKeys) {
    if (key == k) return true;
  }
  return false;
}

std::optional<Label> find_label(std::string_view text) {
  std::string folded = fold_diacritics(trim(text));
  // Markdown emphasis around a label (**Beslutat av:**) and the colon go.
  std::erase(folded, '*');
  folded = trim(folded);
  if (!folded.empty() && folded.back() == ':') folded = trim(folded.substr(0, folded.size() - 1));
  for (const auto& e : kLabels) {
    if (folded == e.folded) return e.label;
  }
  return std::nullopt;
}

}  // namespace styrdok
