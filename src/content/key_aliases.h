// The Swedish names a clerk may write for styrdok's keys: `diarienummer:`
// for `registration_number:`, `giltig från:` for `valid_from:`. One table for
// every file (version front matter, plans, indicators, meetings, the site
// file), documented in docs/content-format.md. A Swedish key is matched
// without regard to case, diacritics or the separator ("Giltig från",
// "giltig_fran" and "giltig-från" are one key); English keys are exact.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

struct KeyAlias {
  const char* key;      // the English key, as the loaders read it
  const char* swedish;  // the Swedish name, as written in the docs
};

// The whole table, in the order the docs list it.
const std::vector<KeyAlias>& key_aliases();

// True when `written` names `key`: it is `key` itself or one of its Swedish
// names.
bool names_key(std::string_view written, std::string_view key);

// `written` itself, then every English key it is a Swedish name of: "mål"
// stands for both an indicator's `goal` and an action's `goals`.
std::vector<std::string> keys_named_by(std::string_view written);

// `keys` and their Swedish names, for "did you mean" in both languages.
std::vector<std::string> keys_with_aliases(const std::vector<std::string>& keys);

struct ValueAlias {
  const char* value;    // the English value, as the loaders read it
  const char* swedish;  // a Swedish word for it, as written in the docs
};

// The Swedish words for a version's `status` (antagen, förslag) and an
// action's (planerad, pågår, klar, uppskjuten, avbruten, as its page shows
// them, and a few more).
const std::vector<ValueAlias>& version_status_aliases();
const std::vector<ValueAlias>& action_status_aliases();
// A document's `type` is a Swedish word already: these let it be written as
// a heading would have it ("Policy", "Riktlinjer") and in the singular
// ("riktlinje", "regel").
const std::vector<ValueAlias>& document_type_aliases();

// `written` as one of `choices`: itself, or the value that a Swedish word of
// `aliases` names, matched as a Swedish key is ("Pågår", "pagar"); nullopt
// when it is neither.
std::optional<std::string> value_named_by(std::string_view written, const std::vector<std::string>& choices,
                                          const std::vector<ValueAlias>& aliases);

// `choices` and the Swedish words of `aliases`, for "did you mean".
std::vector<std::string> values_with_aliases(const std::vector<std::string>& choices,
                                             const std::vector<ValueAlias>& aliases);

// The words that mean "until further notice" in a `valid_until` value:
// until_further_notice, tills vidare, tillsvidare, tills_vidare.
bool means_until_further_notice(std::string_view value);

// The words that mean "unknown": unknown, okänd, okänt, uppgift saknas.
bool means_unknown(std::string_view value);

}  // namespace styrdok
