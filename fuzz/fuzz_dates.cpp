// Date and deadline text: "2013-11-30", "innan januari 2014", "september
// 2013", a measurement's period.
#include "content/deadline_text.h"
#include "core/date.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = styrdok::fuzz::text_of(data, size);
  std::string why;
  (void)styrdok::parse_date(text, &why);
  (void)styrdok::parse_deadline(text, &why);
  (void)styrdok::parse_planned_start(text, &why);
  (void)styrdok::parse_period(text, &why);
  return 0;
}
