// The harnesses of `styrdok import`: one file's bytes, named `file_name`
// (whose extension picks the reader), imported into the example site, which
// gives import its organisations.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/file_system.h"
#include "fuzz_input.h"
#include "fuzz_site_yaml.h"
#include "import/importer.h"

namespace styrdok::fuzz {

inline int import_one(const char* file_name, const std::uint8_t* data, std::size_t size) {
  static const MemoryFileSystem site = [] {
    MemoryFileSystem s;
    s.add("site.yaml", kFuzzSiteYaml);
    return s;
  }();
  Diagnostics diagnostics;
  (void)import_document({file_name, "lysekil/policy", ""}, text_of(data, size), site, diagnostics);
  return 0;
}

}  // namespace styrdok::fuzz
