// The site as it would have been published on a given day (`--as-of`): a
// legal text is read "as it stood" on a day, and a site built for that day
// must not know what was decided later. Versions and proposals dated after
// the day, a repeal decided after it, plans decided after it (or serving a
// version that did not exist yet), reports, completions and measurements
// dated after it are removed, and a meeting's items that hand out what was
// removed; documents with no version left go, and everything that pointed
// into the model is kept pointing at the same things. Undated items stay:
// unknown is not "later"; so do meetings after the day, whose papers are
// handed out before them, unless they hand out what did not exist yet.
#pragma once

#include "model/site_config.h"

namespace styrdok {

// Removes from `site` what did not exist on `day` (see above). Validation
// runs on the whole site before this, so an error in a later file is still
// reported.
void keep_what_existed_on(Site& site, Date day);

}  // namespace styrdok
