#include "model/edition_staleness.h"

namespace styrdok {

EditionStaleness edition_staleness(const Document& doc, std::size_t version, std::size_t edition, Date day) {
  const VersionStanding st = standing_of(doc, version, day);
  EditionStaleness out;
  out.source = st.kind;
  out.stale = st.kind == Standing::superseded || st.kind == Standing::expired ||
              st.kind == Standing::expired_successor || st.kind == Standing::repealed;
  if (!out.stale) return out;
  if (st.until) {
    out.since = st.until->add_days(1);
    out.days = std::max(0, static_cast<int>(day.days_since_epoch() - out.since->days_since_epoch()));
  }
  if (st.kind != Standing::repealed) {
    const int current = current_version_index(doc, day);
    if (current >= 0 && static_cast<std::size_t>(current) != version) out.current = current;
  }
  if (out.current >= 0) {
    const auto& language = doc.versions[version].editions[edition].language;
    const auto& editions = doc.versions[static_cast<std::size_t>(out.current)].editions;
    for (std::size_t i = 0; i < editions.size(); ++i)
      if (editions[i].language == language) out.current_edition = static_cast<int>(i);
  }
  return out;
}

}  // namespace styrdok
