// The words for what a version is: its status badge, the statement of which
// text this is and when it applies, and how a version is named in lists and
// sentences. model/standing.h decides the status; this file is the only
// place that words it, so a page, its print edition, a feed, a meeting
// handout and a search result can never say different things. A proposal
// is never called decided. Pure functions; thread-safe.
#pragma once

#include <string>

#include "model/edition_staleness.h"
#include "model/standing.h"
#include "render/strings.h"

namespace styrdok {

struct StatusWords {
  std::string key;        // badge_key(): CSS class, data attribute, open-data and search key
  std::string label;      // the badge: "Gäller", "Upphävd", "Förslag – inte antaget"
  std::string statement;  // which text this is and when it applies, in whole sentences
};

// The badge and statement of version `index` of `doc` on `day`.
StatusWords status_words(const Document& doc, std::size_t index, Date day, const Strings& s);

// The badge alone: "Gäller", "Har upphört att gälla", …
std::string status_label(Standing standing, const Strings& s);

// A version as a list names it: "beslutad 19 maj 2021", "odaterad version",
// "förslag daterat 11 januari 2016", "förslag inför beslut 10 februari 2016".
std::string version_label(const Version& v, const Strings& s);
// A version inside a sentence: "versionen beslutad 19 maj 2021",
// "förslaget daterat 11 januari 2016".
std::string version_name(const Version& v, const Strings& s);

// Who decided it and when, as one line: "Beslutad av Kommunfullmäktige 19 maj
// 2021, § 63". Empty when nothing of it is known, and for a proposal, which
// is not decided (its statement says who is to decide it, and when).
std::string decision_line(const Version& v, const Strings& s);

// When a version applies, as a phrase: "från 1 april 2015 och tills vidare",
// "från 19 maj 2021 till och med 31 december 2023"; "" when neither end is known.
std::string period_phrase(const VersionStanding& standing, const Strings& s);

// The repeal decision in a sentence: "Beslut av Kommunfullmäktige 20 maj 2024, § 88, dnr KS 2024/12."
std::string repeal_decision(const Repeal& repeal, const Strings& s);
// What a repeal does, as on `day`: "Dokumentet är upphävt. Det gäller inte
// från och med 1 juli 2026. Beslut om upphävande: …", or before its day
// "Dokumentet upphävs från och med 1 juli 2026. Beslut om upphävande: …".
std::string repeal_sentence(const Repeal& repeal, Date day, const Strings& s);

// What an edition says of the version it translates when that version no
// longer applies, in the language of `s` (a page says it in the edition's
// language and in Swedish): "This translation is of the version adopted 19
// May 2021, which has not applied since 1 April 2015." "" when the edition
// is not stale. The one place that words an edition's staleness.
std::string edition_stale_statement(const Document& doc, std::size_t version, const EditionStaleness& staleness,
                                    const Strings& s);

}  // namespace styrdok
