#include "import/version_writer.h"

#include "content/version_file.h"
#include "import/metadata_labels.h"
#include "scaffold/scaffold.h"

namespace styrdok {

std::string version_file_text(const std::string& source_name, const std::vector<ImportedValue>& values,
                              const std::string& body) {
  auto find = [&](const std::string& key) -> const ImportedValue* {
    for (const auto& v : values) {
      if (v.key == key) return &v;
    }
    return nullptr;
  };
  std::string out = "---\n# Imported with 'styrdok import' from " + source_name +
                    ". Check every value against the source; a value it does not give is unknown.\n";
  for (const auto& key : version_keys()) {
    const auto* v = find(key);
    if (v) {
      // Dates and numbers as strings where YAML would read them otherwise.
      const bool quote = key == "paragraph" || key == "registration_number";
      out += key + ": " +
             (quote && v->value.find_first_not_of("0123456789") == std::string::npos ? "\"" + v->value + "\""
                                                                                     : yaml_value(v->value)) +
             "\n";
    } else if (key == "type") {
      out +=
          "# Not found in the source: write strategi, program, plan, policy, riktlinjer, regler or handlingsplan.\n"
          "type:\n";
    }
  }
  bool any = false;
  for (const char* key : kCommentKeys) any = any || find(key);
  if (any) {
    out += "# --- styrdok import: values in the source that have no key yet ---\n";
    for (const char* key : kCommentKeys) {
      if (const auto* v = find(key)) out += std::string("# ") + key + ": " + v->value + "\n";
    }
    out += "# --- end of values without a key ---\n";
  }
  return out + "---\n" + body;
}

}  // namespace styrdok
