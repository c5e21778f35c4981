// Writes an imported document as a version file of the content format
// (docs/content-format.md): the front matter with every value found, the
// required ones as "unknown" when the source does not give them, the values
// the format has no key for yet in a marked block of comments, then the text.
// Pure.
#pragma once

#include <string>
#include <vector>

namespace styrdok {

struct ImportedValue {
  std::string key;    // a front-matter key, or a comment key (metadata_labels.h)
  std::string value;  // as it goes into the file
};

// `source_name` is the imported file's name, for the first comment.
std::string version_file_text(const std::string& source_name, const std::vector<ImportedValue>& values,
                              const std::string& body);

}  // namespace styrdok
