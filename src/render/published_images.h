// The pictures beside the texts that the site publishes (markdown/text_image.h),
// for the build to copy: the stage after the theme's static files.
#pragma once

#include <string>
#include <vector>

#include "model/site_config.h"

namespace styrdok {

struct PublishedImage {
  std::string output;  // where it is published: "lysekil/policy/bilder/karta.png"
  std::string file;    // the file it is copied from: "content/lysekil/policy/bilder/karta.png"
};

// Every picture the site's versions and editions show from beside their
// text, each once, in the order of `output`. Pictures that are not
// published (a path out of content/, not a picture file) are left out: the
// link check reports them.
std::vector<PublishedImage> published_images(const Site& site);

}  // namespace styrdok
