#include "render/svg_charts.h"

#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

TimelineText text() { return {"tl", "Tidslinje", "Beskrivning", "Läget den 1 mars 2014"}; }

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a timeline has a row, a deadline marker and a state in words per action, and a line on the status day") {
  TimelineRow a{"1", "Samla mottagandet", "overdue", "Försenad", Date{2013, 9, 1}, Date{2013, 12, 31}, std::nullopt,
                ""};
  TimelineRow b{"2",          "Redovisa",        "done_late",       "Klar efter tidsgränsen",
                std::nullopt, Date{2014, 1, 31}, Date{2014, 2, 10}, ""};
  const std::string svg = timeline_svg({a, b}, Date{2014, 3, 1}, text());
  CHECK_THAT(svg, Catch::StartsWith("<svg class=\"timeline\" viewBox=\"0 0 760 118\" role=\"img\" "
                                    "aria-labelledby=\"tl-title tl-desc\""));
  CHECK(count(svg, "<g class=\"tl-row") == 2);
  CHECK(count(svg, "class=\"tl-deadline\"") == 2);
  CHECK(count(svg, "class=\"tl-bar\"") == 1);   // only the action with a start has a bar
  CHECK(count(svg, "class=\"tl-done\"") == 1);  // and only one was done
  CHECK_THAT(svg, Catch::Contains(">Försenad</text>"));
  CHECK_THAT(svg, Catch::Contains("<text class=\"tl-tick\""));
  CHECK_THAT(svg, Catch::Contains("text-anchor=\"middle\">Läget den 1 mars 2014</text>"));
  CHECK(count(svg, "class=\"tl-today\"") == 1);
  CHECK(svg == timeline_svg({a, b}, Date{2014, 3, 1}, text()));  // same data, same bytes
}

TEST_CASE("a state with a note has the note under it, as the table has it beside the state") {
  TimelineRow a{"2", "T", "overdue", "Försenad", std::nullopt, Date{2014, 1, 31}, std::nullopt, ""};
  a.state_note = "Ingen aktuell rapport";
  const std::string svg = timeline_svg({a}, Date{2014, 3, 1}, text());
  CHECK_THAT(svg, Catch::Contains("<text class=\"tl-state\" x=\"616\" y=\"47\">Försenad</text>\n"
                                  "<text class=\"tl-state-note\" x=\"616\" y=\"61\">Ingen aktuell rapport</text>"));
  a.state_note.clear();
  CHECK_THAT(timeline_svg({a}, Date{2014, 3, 1}, text()),
             Catch::Contains("<text class=\"tl-state\" x=\"616\" y=\"54\">Försenad</text>\n</g>"));
}

TEST_CASE(
    "a day far beyond an old plan is named at the right edge, with an arrow and no line, not squeezing the plan") {
  TimelineRow a{"1", "T", "overdue", "Försenad", std::nullopt, Date{2013, 12, 31}, std::nullopt, ""};
  const std::string svg = timeline_svg({a}, Date{2026, 11, 23}, {"tl", "Tidslinje", "B", "Läget den 23 november 2026"});
  CHECK_THAT(svg, Catch::Contains("text-anchor=\"end\">Läget den 23 november 2026 →</text>"));
  CHECK_THAT(svg, !Catch::Contains(">2026<"));
  // A line at the edge would read as a day in the plan's last month.
  CHECK(count(svg, "class=\"tl-today\"") == 0);
}

TEST_CASE("an indicator chart draws the line to the target, the measured values and a legend in words") {
  Indicator ind;
  ind.baseline = {2012, 55};
  ind.target = {2016, 80};
  Measurement m;
  m.at = 2013;
  m.value = 62;
  const std::string svg =
      indicator_chart_svg(ind, {&m}, {"c", "Andel", "Beskrivning", "Linjen", "Uppmätt", "Mål: 80 procent år 2016"});
  CHECK_THAT(svg, Catch::Contains("<title id=\"c-title\">Andel</title>"));
  CHECK_THAT(svg, Catch::Contains("<desc id=\"c-desc\">Beskrivning</desc>"));
  CHECK(count(svg, "class=\"ch-point\"") == 2);  // the value and the legend's sample
  CHECK(count(svg, "class=\"ch-target-line\"") == 2);
  CHECK(count(svg, "class=\"ch-target\"") == 2);  // the target and the legend's sample, named in words
  CHECK_THAT(svg, Catch::Contains(">Mål: 80 procent år 2016</text>"));
  CHECK_THAT(svg, Catch::Contains(">2016</text>"));
  CHECK_THAT(svg, Catch::Contains(">80</text>"));  // the y axis reaches the target
  // The drawing ends below the last legend line's descenders ("Uppmätt
  // värde" was cut at its foot): 16 units of text need about 5 below the line.
  const auto view = svg.find("viewBox=\"0 0 400 ");
  REQUIRE(view != std::string::npos);
  const double height = std::stod(svg.substr(view + 17));
  double last_line = 0;
  for (auto at = svg.find("<text class=\"ch-legend\""); at != std::string::npos;
       at = svg.find("<text class=\"ch-legend\"", at + 1))
    last_line = std::max(last_line, std::stod(svg.substr(svg.find("y=\"", at) + 3)));
  CHECK(height - last_line >= 6);
}

TEST_CASE("an indicator chart labels every year where they fit, else every 2nd, 5th or 10th") {
  Indicator ind;
  ind.baseline = {2012, 55};
  ind.target = {2016, 80};
  auto years_labelled = [&] {
    const std::string svg = indicator_chart_svg(ind, {}, {"c", "Andel", "Beskrivning", "Linjen", "Uppmätt", "Mål"});
    std::vector<int> years;
    for (int y = 1990; y <= 2060; ++y)
      if (svg.find(">" + std::to_string(y) + "</text>") != std::string::npos) years.push_back(y);
    return years;
  };
  CHECK(years_labelled() == std::vector<int>{2012, 2013, 2014, 2015, 2016});
  ind.target = {2040, 80};  // 40 years: even every 5th would crowd a phone's width
  ind.baseline = {2000, 55};
  CHECK(years_labelled() == std::vector<int>{2000, 2010, 2020, 2030, 2040});
}

TEST_CASE("an indicator chart of extreme values has only finite coordinates") {
  Indicator ind;
  ind.baseline = {2012, -1.7e308};
  ind.target = {2016, 1.7e308};
  Measurement m;
  m.at = 2013;
  m.value = 1e308;
  const std::string svg = indicator_chart_svg(ind, {&m}, {"c", "Andel", "Beskrivning", "Linjen", "Uppmätt", "Mål"});
  CHECK_THAT(svg, !Catch::Contains("nan"));
  CHECK_THAT(svg, !Catch::Contains("inf"));
}

TEST_CASE("numbers are written with the language's decimal separator") {
  CHECK(format_number(73.75, ',') == "73,75");
  CHECK(format_number(62, ',') == "62");
  CHECK(format_number(0.5, '.') == "0.5");
  CHECK(format_number(-0.0001, '.') == "0");
}

TEST_CASE("a stacked bar has a segment per non-zero count and an accessible name") {
  const std::string svg = stacked_bar_svg({{"overdue", 2}, {"due_soon", 0}, {"not_started", 1}}, "3 åtgärder");
  CHECK_THAT(svg, Catch::Contains("aria-label=\"3 åtgärder\""));
  CHECK_THAT(svg, Catch::Contains("<rect class=\"seg-overdue\" x=\"0%\" y=\"0\" width=\"66.7%\""));
  CHECK_THAT(svg, Catch::Contains("<rect class=\"seg-not_started\" x=\"66.7%\" y=\"0\" width=\"33.3%\""));
  CHECK(count(svg, "<rect") == 2);
}
