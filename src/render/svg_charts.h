// Charts drawn by styrdok as inline SVG: no chart library, no script, no
// inline style (colours come from classes in style.css, so the CSP holds and
// dark mode and print work). Each chart is an image with a title and a
// description for screen readers; the page always shows the same numbers
// as a table beside it. Coordinates are written with one decimal, so the same
// data always gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "model/action_plan.h"

namespace styrdok {

// One segment of a stacked bar: a CSS class suffix and a count.
struct BarSegment {
  std::string key;  // "overdue" -> class "seg-overdue"
  std::size_t count = 0;
};

// A horizontal bar split by counts. `label` is its accessible name.
std::string stacked_bar_svg(const std::vector<BarSegment>& segments, const std::string& label);

struct TimelineRow {
  std::string label;        // short, e.g. the action's id
  std::string title;        // the action's title, as a tooltip
  std::string state_key;    // "overdue"
  std::string state_label;  // "Försenad", written beside the row
  std::optional<Date> start;
  std::optional<Date> deadline;  // the last day on time
  std::optional<Date> completed;
  std::string state_note;  // "Ingen aktuell rapport", under the state when there is one
};

struct TimelineText {
  std::string id;     // unique on the page; used for the title and description ids
  std::string title;  // "Tidslinje"
  std::string description;
  std::string as_of;  // "Status per 5 december 2026": the day the page's statuses hold for
};

// A Gantt-style timeline: one row per action, a bar from start to deadline
// (a marker when only the deadline is known), a dot where it was completed,
// and a line on the day the statuses hold for (`as_of`). A day far from
// the plan gets no line, only its label at the edge it lies beyond, with
// an arrow: a line there would read as a day within the plan.
std::string timeline_svg(const std::vector<TimelineRow>& rows, Date as_of, const TimelineText& text);

struct ChartText {
  std::string id;
  std::string title;
  std::string description;
  std::string target_line;  // legend: "Rak linje från utgångsläge till mål"
  std::string measured;     // legend: "Uppmätt"
  std::string target;       // legend: "Mål: 80 procent år 2016"
};

// An indicator's measured values against the straight line from its
// baseline to its target.
std::string indicator_chart_svg(const Indicator& indicator, const std::vector<const Measurement*>& measurements,
                                const ChartText& text);

// "62,5" in Swedish, "62.5" in English; whole numbers without decimals.
std::string format_number(double value, char decimal_separator);

}  // namespace styrdok
