#include "render/svg_charts.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/text.h"

namespace styrdok {

namespace {

// A coordinate: always a finite number, whatever the data (a chart of
// values near the limits of double would otherwise draw "-nan" or "inf").
std::string num(double v) {
  if (!std::isfinite(v)) v = 0;
  v = std::clamp(v, -1e7, 1e7);
  std::string s = fmt::format("{:.1f}", v);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (s == "-0") s = "0";
  return s;
}

std::string open_svg(const std::string& id, double width, double height, const std::string& title,
                     const std::string& description, const std::string& css_class) {
  return "<svg class=\"" + css_class + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
         "\" role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\" focusable=\"false\">\n<title id=\"" +
         id + "-title\">" + html_escape(title) + "</title>\n<desc id=\"" + id + "-desc\">" + html_escape(description) +
         "</desc>\n";
}

}  // namespace

std::string format_number(double value, char decimal_separator) {
  std::string s = fmt::format("{:.2f}", value);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  std::replace(s.begin(), s.end(), '.', decimal_separator);
  return s;
}

std::string stacked_bar_svg(const std::vector<BarSegment>& segments, const std::string& label) {
  std::size_t total = 0;
  for (const auto& s : segments) total += s.count;
  std::string out = "<svg class=\"stacked-bar\" width=\"100%\" height=\"24\" role=\"img\" aria-label=\"" +
                    html_escape(label) + "\" focusable=\"false\">\n";
  if (total == 0) return out + "</svg>";
  double x = 0;
  for (const auto& s : segments) {
    if (s.count == 0) continue;
    const double w = 100.0 * static_cast<double>(s.count) / static_cast<double>(total);
    out += "<rect class=\"seg-" + s.key + "\" x=\"" + num(x) + "%\" y=\"0\" width=\"" + num(w) +
           "%\" height=\"24\"></rect>\n";
    x += w;
  }
  return out + "</svg>";
}

std::string timeline_svg(const std::vector<TimelineRow>& rows, Date as_of, const TimelineText& text) {
  constexpr double kLeft = 48, kRight = 600, kWidth = 760, kTop = 34, kRowHeight = 30;
  const double height = kTop + kRowHeight * static_cast<double>(std::max<std::size_t>(rows.size(), 1)) + 24;

  // The span of the plan: every known date; the status day only if it is near.
  std::vector<long> days;
  for (const auto& r : rows) {
    for (const auto& d : {r.start, r.deadline, r.completed}) {
      if (d) days.push_back(d->days_since_epoch());
    }
  }
  const long t = as_of.days_since_epoch();
  if (days.empty()) days.push_back(t);
  long lo = *std::min_element(days.begin(), days.end());
  long hi = *std::max_element(days.begin(), days.end());
  const bool day_inside = t >= lo - 366 && t <= hi + 366;
  if (day_inside) {
    lo = std::min(lo, t);
    hi = std::max(hi, t);
  }
  // Whole months around the span.
  Date first = Date::from_days_since_epoch(lo);
  first = {first.year, first.month, 1};
  Date last = Date::from_days_since_epoch(hi).add_months(1);
  last = {last.year, last.month, 1};
  lo = first.days_since_epoch();
  hi = last.days_since_epoch();
  auto x_of = [&](long day) {
    return kLeft + (kRight - kLeft) * static_cast<double>(day - lo) / static_cast<double>(hi - lo);
  };

  std::string out = open_svg(text.id, kWidth, height, text.title, text.description, "timeline");
  // Ticks: every month for spans up to 18 months, else every 1 January.
  const bool monthly = (last.year - first.year) * 12 + (last.month - first.month) <= 18;
  std::vector<Date> ticks;
  if (monthly) {
    for (Date d = first; d <= last; d = d.add_months(1)) ticks.push_back(d);
  } else {
    for (int y = first.month == 1 ? first.year : first.year + 1; y <= last.year; ++y) ticks.push_back({y, 1, 1});
  }
  for (const Date& d : ticks) {
    const double x = x_of(d.days_since_epoch());
    out += "<line class=\"tl-grid\" x1=\"" + num(x) + "\" y1=\"" + num(kTop - 6) + "\" x2=\"" + num(x) + "\" y2=\"" +
           num(height - 18) + "\"></line>\n";
    const std::string label = !monthly                     ? std::to_string(d.year)
                              : d.month == 1 || d == first ? fmt::format("{}-{:02}", d.year, d.month)
                                                           : fmt::format("{:02}", d.month);
    out += "<text class=\"tl-tick\" x=\"" + num(x + 2) + "\" y=\"" + num(kTop - 12) + "\">" + label + "</text>\n";
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& r = rows[i];
    const double y = kTop + kRowHeight * static_cast<double>(i);
    const double mid = y + kRowHeight / 2;
    out +=
        "<g class=\"tl-row state-" + r.state_key + "\">\n<title>" + html_escape(r.label + " " + r.title) + "</title>\n";
    out += "<text class=\"tl-label\" x=\"8\" y=\"" + num(mid + 5) + "\">" + html_escape(r.label) + "</text>\n";
    if (r.start && r.deadline) {
      const long end = std::max(r.deadline->days_since_epoch(), r.completed ? r.completed->days_since_epoch() : 0L);
      const double x1 = x_of(r.start->days_since_epoch());
      out += "<rect class=\"tl-bar\" x=\"" + num(x1) + "\" y=\"" + num(y + 8) + "\" width=\"" +
             num(std::max(2.0, x_of(end + 1) - x1)) + "\" height=\"" + num(kRowHeight - 16) + "\"></rect>\n";
    }
    if (r.deadline) {
      const double x = x_of(r.deadline->days_since_epoch() + 1);
      out += "<path class=\"tl-deadline\" d=\"M" + num(x) + " " + num(mid - 8) + " L" + num(x + 7) + " " + num(mid) +
             " L" + num(x) + " " + num(mid + 8) + " L" + num(x - 7) + " " + num(mid) + " Z\"></path>\n";
    }
    if (r.completed) {
      out += "<circle class=\"tl-done\" cx=\"" + num(x_of(r.completed->days_since_epoch())) + "\" cy=\"" + num(mid) +
             "\" r=\"5\"></circle>\n";
    }
    // A note (no recent report) goes under the state, as the table has it beside.
    const bool noted = !r.state_note.empty();
    out += "<text class=\"tl-state\" x=\"" + num(kRight + 16) + "\" y=\"" + num(noted ? mid - 2 : mid + 5) + "\">" +
           html_escape(r.state_label) + "</text>\n";
    if (noted) {
      out += "<text class=\"tl-state-note\" x=\"" + num(kRight + 16) + "\" y=\"" + num(mid + 12) + "\">" +
             html_escape(r.state_note) + "</text>\n";
    }
    out += "</g>\n";
  }
  // The status day: a line on the axis when it is near, else only its
  // label at the edge it lies beyond, with an arrow pointing to it.
  const bool before = !day_inside && t < lo;
  const double tx = day_inside ? x_of(t) : before ? kLeft : kRight;
  const std::string anchor = day_inside ? "middle" : before ? "start" : "end";
  const std::string label = day_inside ? text.as_of : before ? "← " + text.as_of : text.as_of + " →";
  if (day_inside) {
    out += "<line class=\"tl-today\" x1=\"" + num(tx) + "\" y1=\"" + num(kTop - 6) + "\" x2=\"" + num(tx) + "\" y2=\"" +
           num(height - 18) + "\"></line>\n";
  }
  out += "<text class=\"tl-today-label\" x=\"" + num(tx) + "\" y=\"" + num(height - 4) + "\" text-anchor=\"" + anchor +
         "\">" + html_escape(label) + "</text>\n";
  return out + "</svg>";
}

std::string indicator_chart_svg(const Indicator& ind, const std::vector<const Measurement*>& ms,
                                const ChartText& text) {
  // A small drawing, so that its text (16 units on a phone, 14 elsewhere:
  // style.css) is still about 11.5 px when a 320 px phone shrinks it to
  // fit, and 17 px at its widest (30rem). The legend takes a line per item
  // below the years, and the drawing ends below the last line's descenders.
  constexpr double kLeft = 52, kRight = 380, kWidth = 400, kTop = 14, kBottom = 180, kLegendLine = 24;
  constexpr double kHeight = kBottom + 48 + 2 * kLegendLine + 8;
  double x_lo = ind.baseline.year;
  double x_hi = ind.target.year;
  double y_hi = std::max(ind.baseline.value, ind.target.value);
  double y_lo = std::min({0.0, ind.baseline.value, ind.target.value});
  for (const Measurement* m : ms) {
    x_lo = std::min(x_lo, std::floor(m->at));
    x_hi = std::max(x_hi, std::ceil(m->at));
    y_hi = std::max(y_hi, m->value);
    y_lo = std::min(y_lo, m->value);
  }
  // A round top for the y axis: 1, 2 or 5 times a power of ten, in five steps.
  const double raw_step = (y_hi - y_lo) / 5;
  const double magnitude = std::pow(10, std::floor(std::log10(raw_step > 0 ? raw_step : 1)));
  double step = magnitude;
  for (double f : {1.0, 2.0, 5.0, 10.0}) {
    step = f * magnitude;
    if (step >= raw_step) break;
  }
  y_hi = y_lo + step * std::ceil((y_hi - y_lo) / step);
  if (y_hi <= y_lo) y_hi = y_lo + 1;
  auto x_of = [&](double at) { return kLeft + (kRight - kLeft) * (at - x_lo) / std::max(1.0, x_hi - x_lo); };
  auto y_of = [&](double v) { return kBottom - (kBottom - kTop) * (v - y_lo) / (y_hi - y_lo); };

  std::string out = open_svg(text.id, kWidth, kHeight, text.title, text.description, "indicator-chart");
  for (double v = y_lo; v <= y_hi + step / 2; v += step) {
    out += "<line class=\"ch-grid\" x1=\"" + num(kLeft) + "\" y1=\"" + num(y_of(v)) + "\" x2=\"" + num(kRight) +
           "\" y2=\"" + num(y_of(v)) + "\"></line>\n";
    out += "<text class=\"ch-tick\" x=\"" + num(kLeft - 6) + "\" y=\"" + num(y_of(v) + 4) + "\" text-anchor=\"end\">" +
           num(v) + "</text>\n";
  }
  // Every year where there is room (a year is about 32 units wide), else
  // every 2nd, 5th, 10th ... year from the first.
  const int first_year = static_cast<int>(x_lo), years = static_cast<int>(x_hi) - first_year;
  int every = 1;
  for (const int k : {2, 5, 10, 20, 50, 100, 1000, 10000, 100000})
    if ((kRight - kLeft) / std::max(1, years) * every < 44) every = k;
  for (int i = 0; i <= years; i += every) {
    out += "<text class=\"ch-tick\" x=\"" + num(x_of(first_year + i)) + "\" y=\"" + num(kBottom + 20) +
           "\" text-anchor=\"middle\">" + std::to_string(first_year + i) + "</text>\n";
  }
  out += "<line class=\"ch-target-line\" x1=\"" + num(x_of(ind.baseline.year)) + "\" y1=\"" +
         num(y_of(ind.baseline.value)) + "\" x2=\"" + num(x_of(ind.target.year)) + "\" y2=\"" +
         num(y_of(ind.target.value)) + "\"></line>\n";
  out += "<rect class=\"ch-target\" x=\"" + num(x_of(ind.target.year) - 5) + "\" y=\"" +
         num(y_of(ind.target.value) - 5) + "\" width=\"10\" height=\"10\"></rect>\n";
  if (!ms.empty()) {
    std::string points;
    for (const Measurement* m : ms)
      points += (points.empty() ? "" : " ") + num(x_of(m->at)) + "," + num(y_of(m->value));
    out += "<polyline class=\"ch-measured\" points=\"" + points + "\"></polyline>\n";
    for (const Measurement* m : ms) {
      out += "<circle class=\"ch-point\" cx=\"" + num(x_of(m->at)) + "\" cy=\"" + num(y_of(m->value)) +
             "\" r=\"4\"></circle>\n";
    }
  }
  // Legend, in words, from the left edge: a line each.
  const double ly = kBottom + 48, lx = 4;
  out += "<line class=\"ch-target-line\" x1=\"" + num(lx) + "\" y1=\"" + num(ly - 5) + "\" x2=\"" + num(lx + 24) +
         "\" y2=\"" + num(ly - 5) + "\"></line>\n<text class=\"ch-legend\" x=\"" + num(lx + 32) + "\" y=\"" + num(ly) +
         "\">" + html_escape(text.target_line) + "</text>\n";
  out += "<circle class=\"ch-point\" cx=\"" + num(lx + 12) + "\" cy=\"" + num(ly + kLegendLine - 5) +
         "\" r=\"4\"></circle>\n<text class=\"ch-legend\" x=\"" + num(lx + 32) + "\" y=\"" + num(ly + kLegendLine) +
         "\">" + html_escape(text.measured) + "</text>\n";
  out += "<rect class=\"ch-target\" x=\"" + num(lx + 7) + "\" y=\"" + num(ly + 2 * kLegendLine - 10) +
         "\" width=\"10\" height=\"10\"></rect>\n<text class=\"ch-legend\" x=\"" + num(lx + 32) + "\" y=\"" +
         num(ly + 2 * kLegendLine) + "\">" + html_escape(text.target) + "</text>\n";
  return out + "</svg>";
}

}  // namespace styrdok
