// A version file: front matter (YAML) and Markdown body.
#include "content/version_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  styrdok::Diagnostics diagnostics;
  styrdok::MarkdownOptions labels;
  (void)styrdok::parse_version(styrdok::fuzz::text_of(data, size), "content/o/d/2021-05-19.md", "2021-05-19", labels,
                               diagnostics);
  return 0;
}
