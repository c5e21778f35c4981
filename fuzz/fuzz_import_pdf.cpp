// styrdok import of a .pdf file, from its bytes to a version file.
#include "fuzz_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return styrdok::fuzz::import_one("dokument.pdf", data, size);
}
