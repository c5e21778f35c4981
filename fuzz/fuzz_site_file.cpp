// site.yaml.
#include "content/site_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  styrdok::Diagnostics diagnostics;
  (void)styrdok::parse_site_file(styrdok::fuzz::text_of(data, size), "site.yaml", diagnostics);
  return 0;
}
