// Finds the metadata block at the top of an imported document: each label
// (metadata_labels.h) with its value, in the forms municipalities write them
// — label and value on one line (a tab, spaces or a colon between them),
// several pairs on one line, or the value on the line after the label — and
// reads each value by its kind (metadata_values.h). Never a guess: a value
// that cannot be read is left out and noted, a placeholder is "unknown".
//
// Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "import/source_text.h"

namespace styrdok {

struct FoundValue {
  std::string key;    // a front-matter key, or a comment key (metadata_labels.h)
  std::string value;  // as written into the file: "2021-05-19", "unknown", "until_further_notice", …
  std::size_t line;   // index into SourceText::lines
};

struct MetadataBlock {
  std::vector<FoundValue> values;                          // in the order found; a key's first value wins
  std::vector<std::pair<std::size_t, std::string>> notes;  // (line, what could not be read and why)
  std::vector<bool> used;                                  // per line: read as metadata
  const FoundValue* find(const std::string& key) const;
};

// Whether `text` is a label with its value on the same line ("Dnr: KS
// 2020/1", "Beslutat av\tKF"): such a line is metadata, never a heading.
bool is_labelled_value(const std::string& text);

// Reads the labelled values among lines [0, end) that `skip` does not mark.
MetadataBlock recognise_metadata(const SourceText& source, std::size_t end, const std::vector<bool>& skip);

}  // namespace styrdok
