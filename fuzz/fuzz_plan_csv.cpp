// An action plan's CSV (read_plan_csv), beside a minimal plan file; what is
// read is written again and must read back to the same bytes.
#include <cstdlib>

#include "content/plan_csv.h"
#include "content/plan_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = styrdok::fuzz::text_of(data, size);
  styrdok::Diagnostics diagnostics;
  if (auto actions = styrdok::read_plan_csv(text, "plan.csv", diagnostics)) {
    const std::string written = styrdok::write_plan_csv(*actions);
    styrdok::Diagnostics again;
    auto back = styrdok::read_plan_csv(written, "plan.csv", again);
    if (!back || styrdok::write_plan_csv(*back) != written) std::abort();  // the round trip must be lossless
  }
  styrdok::Diagnostics with_file;
  (void)styrdok::parse_plan({"content/o/d/handlingsplaner/plan.yaml", "title: Plan\nversion: 2013-01-01\n", "plan",
                             "content/o/d/handlingsplaner/plan.csv", text},
                            with_file);
  return 0;
}
