// A meeting file (meetings/*.yaml).
#include "content/meeting_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const styrdok::Site site = [] {
    styrdok::Site s;
    s.config.organisations.push_back({"lysekil", "Lysekils kommun", ""});
    return s;
  }();
  styrdok::Diagnostics diagnostics;
  (void)styrdok::parse_meeting(styrdok::fuzz::text_of(data, size), "meetings/2016-01-20-kommunstyrelsen.yaml",
                               "2016-01-20-kommunstyrelsen", site, diagnostics);
  return 0;
}
