// styrdok import of a plain text file, from its bytes to a version file.
#include "core/file_system.h"
#include "fuzz_input.h"
#include "fuzz_site_yaml.h"
#include "import/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const styrdok::MemoryFileSystem site = [] {
    styrdok::MemoryFileSystem s;
    s.add("site.yaml", kFuzzSiteYaml);
    return s;
  }();
  styrdok::Diagnostics diagnostics;
  (void)styrdok::import_document({"dokument.txt", "lysekil/policy", ""}, styrdok::fuzz::text_of(data, size), site,
                                 diagnostics);
  return 0;
}
