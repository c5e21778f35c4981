// Whether an edition still translates the text that applies: the one rule
// of staleness, asked by the edition's page, the version and document pages,
// `styrdok check`, the due-for-revision page and open data alike. Pure; thread-safe.
#pragma once

#include <optional>

#include "model/standing.h"

namespace styrdok {

struct EditionStaleness {
  // The source version no longer applies: superseded, expired or repealed
  // on the day. An edition of a version not yet in force, or of a proposal,
  // is not stale: it is early.
  bool stale = false;
  Standing source = Standing::in_force;  // the source version's standing on the day
  // The first day the source version no longer applied; nullopt when not
  // known (then neither is how long since).
  std::optional<Date> since;
  int days = 0;  // days from `since` to the day; 0 when unknown
  // The version a reader should read instead (the one in force, or the
  // document's current version); -1 if none (e.g. the document was repealed).
  int current = -1;
  // That version's edition in the same language, index into its editions; -1 if none.
  int current_edition = -1;
};

// How edition `edition` of version `version` of `doc` stands on `day`.
EditionStaleness edition_staleness(const Document& doc, std::size_t version, std::size_t edition, Date day);

}  // namespace styrdok
