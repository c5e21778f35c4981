// Checks what only a whole site can tell: that every internal link written
// in a version's text leads to a page that exists and, when it names an
// anchor, to a heading or paragraph that has it; that every image exists.
// Also the warnings `styrdok check` gives about documents due for revision.
//
// How clerks write internal links (docs/content-format.md): as site
// addresses, "/lysekil/riktlinjer/", "/lysekil/riktlinjer/2021-05-19/#syfte",
// or "#syfte" within the same text. Relative paths are an error, because the
// same text is shown at two depths (the document and the version page).
// Pure and thread-safe: reads the site, appends to `diagnostics`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "core/file_system.h"
#include "model/site_config.h"
#include "render/page_plan.h"

namespace styrdok {

// `files` is the site's file system (images are looked up in it);
// `published` holds every output path (pages and theme files).
void check_links(const Site& site, const std::vector<Page>& pages, const std::vector<std::string_view>& published,
                 const FileSystem& files, Date day, Diagnostics& diagnostics);

// A warning for each document whose version in force is due for revision on
// `day`: its review_by date has passed, or it expires within the site's
// revision_warning_months.
void check_revision_due(const Site& site, Date day, Diagnostics& diagnostics);

// Warns of every translation or easy-read edition whose source version no
// longer applies on `day` (model/edition_staleness.h), and since how long.
void check_stale_editions(const Site& site, Date day, Diagnostics& diagnostics);

// Warns of each version without any text (one imported from a file whose
// text could not be read): published, it would show an empty document.
void check_empty_versions(const Site& site, Diagnostics& diagnostics);

}  // namespace styrdok
