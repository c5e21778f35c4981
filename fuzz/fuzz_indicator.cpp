// An indicator: the bytes as its YAML file, and as its measurements CSV.
#include <cstdlib>

#include "content/indicator_file.h"
#include "fuzz_input.h"

namespace {
const char* const kYaml =
    "name: Andel\nunit: procent\ngoal: vuxna\nbaseline: {year: 2012, value: 55}\n"
    "target: {year: 2016, value: 80}\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = styrdok::fuzz::text_of(data, size);
  {
    styrdok::Diagnostics diagnostics;
    (void)styrdok::parse_indicator({"content/o/d/indikatorer/x.yaml", text, "x", std::nullopt, std::nullopt},
                                   diagnostics);
  }
  {
    styrdok::Diagnostics diagnostics;
    (void)styrdok::parse_indicator(
        {"content/o/d/indikatorer/x.yaml", kYaml, "x", "content/o/d/indikatorer/x.csv", text}, diagnostics);
  }
  styrdok::Diagnostics diagnostics;
  if (auto measurements = styrdok::read_measurements_csv(text, "x.csv", diagnostics)) {
    const std::string written = styrdok::write_measurements_csv(*measurements);
    styrdok::Diagnostics again;
    auto back = styrdok::read_measurements_csv(written, "x.csv", again);
    if (!back || styrdok::write_measurements_csv(*back) != written) std::abort();  // lossless round trip
  }
  return 0;
}
