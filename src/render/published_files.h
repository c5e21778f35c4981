// The pictures and attachments beside the texts that the site publishes
// (markdown/text_file.h), for the build to copy: the stage after the theme's
// static files.
#pragma once

#include <string>
#include <vector>

#include "model/site_config.h"

namespace styrdok {

struct PublishedFile {
  std::string output;  // where it is published: "lysekil/policy/bilder/karta.png"
  std::string file;    // the file it is copied from: "content/lysekil/policy/bilder/karta.png"
};

// Every picture the site's versions and editions show, and every attachment
// they link to, from beside their text: each once, in the order of `output`.
// Files that are not published (a path out of content/, a kind of file the
// use does not allow) are left out: the link check reports them.
std::vector<PublishedFile> published_files(const Site& site);

}  // namespace styrdok
