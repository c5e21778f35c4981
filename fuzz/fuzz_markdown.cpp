// Markdown rendering of a version's body.
#include "fuzz_input.h"
#include "markdown/markdown_renderer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  styrdok::Diagnostics diagnostics;
  styrdok::MarkdownOptions options;
  options.source_path = "content/o/d/2021-05-19.md";
  (void)styrdok::render_markdown(styrdok::fuzz::text_of(data, size), options, diagnostics);
  return 0;
}
