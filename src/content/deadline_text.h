// Deadlines, planned starts and measurement periods as clerks write them,
// in Swedish or English, turned into exact days:
//   "2014-01-31", "31 januari 2014", "senast den 31 januari 2014"
//                            that day
//   "2014-01", "januari 2014", "senast januari 2014", "by January 2014"
//                            to the last day of the month
//   "innan januari 2014", "före januari 2014", "before January 2014"
//                            to the day before the month begins
//   "2014", "senast 2014", "innan 2015"
//                            the same, for a year
// A leading "klart"/"klar" ("Klart innan januari 2014") is allowed.
#pragma once

#include <optional>
#include <string>

#include "model/action_plan.h"

namespace styrdok {

// On failure returns nullopt and sets `why` to a sentence for the clerk.
std::optional<Deadline> parse_deadline(const std::string& text, std::string* why);

// "2013-09-01", "2013-09", "september 2013" or "2013": the first day.
std::optional<PlannedStart> parse_planned_start(const std::string& text, std::string* why);

// A measurement's period: a year ("2014", counting from its last day, placed
// at 2014.0 on the time axis) or a day ("2014-06-30").
struct Period {
  Date date;
  double at = 0;
};
std::optional<Period> parse_period(const std::string& text, std::string* why);

}  // namespace styrdok
