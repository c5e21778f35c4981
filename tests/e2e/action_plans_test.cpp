// End-to-end: the example site's Dals-Ed action plan judged on the days the
// issue pins, its pages, its open data read back, and bad plan input.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <regex>

#include "content/csv.h"
#include "content/indicator_file.h"
#include "content/plan_csv.h"
#include "content/plan_file.h"
#include "support/protected_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

const std::string kPlanDir = "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/";

// The derived state of each action in the plan's table, in order.
std::vector<std::string> table_states(const std::string& as_of) {
  const std::string html = read_text(built_example("--as-of " + as_of) / (kPlanDir + "index.html"));
  const std::regex row("<tr data-state=\"([a-z_]+)\"");
  std::vector<std::string> states;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator(); ++it) {
    states.push_back((*it)[1]);
  }
  return states;
}

ActionPlan source_plan() {
  const std::string dir = std::string(STYRDOK_SOURCE_DIR) + "/content/dals-ed/integrationspolicy/handlingsplaner/";
  Diagnostics d;
  auto plan = parse_plan({"handlingsplan.yaml", read_text(dir + "handlingsplan.yaml"), "handlingsplan", {}, {}}, d);
  REQUIRE(plan);
  return *plan;
}

}  // namespace

TEST_CASE("Dals-Ed's plan on 2014-03-01: the first two deliverables overdue, the third not yet due") {
  CHECK(table_states("2014-03-01") == std::vector<std::string>{"overdue", "overdue", "not_started"});
}

TEST_CASE("Dals-Ed's plan on 2013-06-01: nothing overdue") {
  CHECK(table_states("2013-06-01") == std::vector<std::string>{"not_started", "not_started", "not_started"});
}

TEST_CASE("Dals-Ed's plan on 2014-01-01: the first overdue, the second not") {
  const auto states = table_states("2014-01-01");
  REQUIRE(states.size() == 3);
  CHECK(states[0] == "overdue");
  CHECK(states[1] != "overdue");
}

TEST_CASE("Dals-Ed's plan later on: reported done late, done on time, still overdue") {
  CHECK(table_states("2015-01-01") == std::vector<std::string>{"done_late", "overdue", "done_on_time"});
}

TEST_CASE("the plan page shows deadlines as written, the summary as text, and labels example data") {
  const std::string html = read_text(built_example("--as-of 2014-03-01") / (kPlanDir + "index.html"));
  CHECK_THAT(html, Catch::Contains("<td>innan januari 2014</td>"));
  CHECK_THAT(html, Catch::Contains("<strong>Exempeldata:</strong>"));
  CHECK_THAT(html, Catch::Contains("3 åtgärder: 2 Försenad, 1 Inte påbörjad."));
  CHECK_THAT(html, Catch::Contains("Läget den 1 mars 2014."));
  // The timeline is an image with a name and a description, and marks the day.
  CHECK_THAT(html, Catch::Contains("<svg class=\"timeline\""));
  CHECK_THAT(html, Catch::Contains("role=\"img\" aria-labelledby=\"timeline-title timeline-desc\""));
  CHECK_THAT(html, Catch::Contains(">Läget den 1 mars 2014</text>"));
  // The filter script is optional: the form stays hidden until it runs.
  CHECK_THAT(html, Catch::Contains("<form class=\"plan-filter\" hidden"));
}

TEST_CASE("a plan states the status of the version it serves, on its page, on paper and in the list of plans") {
  const std::string stated =
      "<span class=\"status status-in_force\" data-status=\"in_force\" data-version=\"odaterad\">";
  CHECK_THAT(read_text(built_example("--as-of 2014-03-01") / (kPlanDir + "index.html")), Catch::Contains(stated));
  // The undated version was replaced from 1 April 2015: its plan says so.
  const auto later = built_example("--as-of 2016-01-01");
  for (const auto& page :
       {kPlanDir + "index.html", kPlanDir + "utskrift/index.html", std::string("handlingsplaner/index.html")}) {
    INFO(page);
    CHECK_THAT(
        read_text(later / page),
        Catch::Contains("data-status=\"superseded\" data-version=\"odaterad\">Ersatt av en nyare version</span>"));
  }
}

TEST_CASE("the timeline says what the table says of an action without a recent report") {
  // On 2016-01-20 the second action is overdue and its last report more than a year old.
  const std::string html = read_text(built_example("--as-of 2016-01-20") / (kPlanDir + "index.html"));
  CHECK_THAT(html, Catch::Contains("<span class=\"state state-overdue\">Försenad</span> <span class=\"state "
                                   "state-stale\">Ingen aktuell rapport</span>"));
  CHECK_THAT(html, Catch::Contains(">Försenad</text>\n<text class=\"tl-state-note\" x=\"616\" y=\"91\">Ingen "
                                   "aktuell rapport</text>"));
  CHECK(html.find("tl-state-note") == html.rfind("tl-state-note"));  // the other two are reported on
}

TEST_CASE("an action page shows only the reports made by the day") {
  const auto early = read_text(built_example("--as-of 2014-03-01") / (kPlanDir + "1/index.html"));
  CHECK_THAT(early, Catch::Contains("30 september 2013"));
  CHECK_THAT(early, !Catch::Contains("10 april 2014"));
  CHECK_THAT(early, Catch::Contains("innan januari 2014 (sista dag 31 december 2013)"));
  CHECK_THAT(early, Catch::Contains("#stravan-i-dals-ed\">Strävan i Dals-Ed</a>"));
  // Action 1 has no description of its own: no lead paragraph, not the site's description in its place.
  CHECK_THAT(early, !Catch::Contains("<p class=\"lead\">"));
  const auto late = read_text(built_example("--as-of 2015-01-01") / (kPlanDir + "1/index.html"));
  CHECK_THAT(late, Catch::Contains("10 april 2014"));
  CHECK_THAT(late, Catch::Contains("Klar efter tidsgränsen"));
}

TEST_CASE("each responsible body has a page listing its actions across plans") {
  const auto out = built_example("--as-of 2014-03-01");
  const auto ks = read_text(out / "ansvariga/kommunstyrelsen/index.html");
  CHECK_THAT(ks, Catch::Contains("Organisera mottagande av nyanlända"));
  CHECK_THAT(ks, !Catch::Contains("Inom samtliga nämnder skall"));
  const auto index = read_text(out / "ansvariga/index.html");
  CHECK_THAT(index, Catch::Contains("Samtliga nämnder</a> – 1 åtgärder, varav 1 försenade"));
}

TEST_CASE("the policy page lists, per goal, its actions and indicators") {
  const auto html = read_text(built_example("--as-of 2014-03-01") / "dals-ed/integrationspolicy/odaterad/index.html");
  CHECK_THAT(html, Catch::Contains("<h2 id=\"goals-heading\">Uppföljning av målen</h2>"));
  CHECK_THAT(html, Catch::Contains("<a href=\"#barn-och-ungdomar\">Barn och ungdomar</a>"));
  CHECK_THAT(html, Catch::Contains("<a href=\"#vuxna\">Vuxna</a>"));
  CHECK_THAT(html, Catch::Contains("Andel nyanlända som börjar i svenska för invandrare inom tre månader"));
  // In the order of the text: "Strävan i Dals-Ed" comes before "Vuxna".
  CHECK(html.find("href=\"#stravan-i-dals-ed\"") < html.find("href=\"#vuxna\""));
}

TEST_CASE("a later version's page lists no actions of the plan for the earlier one, whose deadlines differ") {
  // The plan serves the undated version; 2015-03-16 sets deadlines of its own in its text.
  const auto html = read_text(built_example("--as-of 2016-01-01") / "dals-ed/integrationspolicy/2015-03-16/index.html");
  const auto goals = html.find("<h2 id=\"goals-heading\">");
  REQUIRE(goals != std::string::npos);
  const std::string section = html.substr(goals, html.find("</section>", goals) - goals);
  CHECK_THAT(section, !Catch::Contains("goal-actions") && !Catch::Contains("Organisera mottagande"));
  CHECK_THAT(section, Catch::Contains("Handlingsplan för integrationsarbetet</a> (hör till den odaterade versionen)"));
  // Its indicator still follows the goal.
  CHECK_THAT(section, Catch::Contains("Andel nyanlända som börjar i svenska för invandrare inom tre månader"));
}

TEST_CASE("the indicator page has a chart with a text alternative and the values as a table") {
  const auto html =
      read_text(built_example("--as-of 2016-01-01") / "dals-ed/integrationspolicy/indikatorer/index.html");
  CHECK_THAT(html,
             Catch::Contains("aria-labelledby=\"chart-sfi-inom-tre-manader-title chart-sfi-inom-tre-manader-desc\""));
  CHECK_THAT(html, Catch::Contains("utgångsläge 55 procent år 2012, mål 80 procent år 2016, 3 mätvärden"));
  CHECK_THAT(html, Catch::Contains("<th scope=\"row\">2015</th><td>74</td><td>73,75</td>"));
  CHECK_THAT(html, Catch::Contains("I fas med målet"));
  const auto earlier =
      read_text(built_example("--as-of 2015-01-01") / "dals-ed/integrationspolicy/indikatorer/index.html");
  CHECK_THAT(earlier, Catch::Contains("Inte i fas med målet"));
  CHECK_THAT(earlier, !Catch::Contains("<th scope=\"row\">2015</th>"));
}

TEST_CASE("the published plan CSV reads back to the plan's own actions") {
  const ActionPlan plan = source_plan();
  const auto csv = read_text(built_example("") / (kPlanDir + "handlingsplan.csv"));
  Diagnostics d;
  auto back = read_plan_csv(csv, "handlingsplan.csv", d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(back);
  CHECK(write_plan_csv(*back) == write_plan_csv(plan.actions));
  REQUIRE(back->size() == 3);
  CHECK((*back)[0].deadline->as_written == "innan januari 2014");
  CHECK((*back)[0].reports.size() == 2);
  CHECK((*back)[2].partners == std::vector<std::string>{"Boende för ensamkommande", "Skola"});
}

TEST_CASE("the published plan JSON holds the same actions and values, with the derived status") {
  const ActionPlan plan = source_plan();
  const auto json = YAML::Load(read_text(built_example("--as-of 2016-01-01") / (kPlanDir + "handlingsplan.json")));
  CHECK(json["schema"].as<std::string>() == "styrdok-action-plan/1");
  CHECK(json["as_of"].as<std::string>() == "2016-01-01");
  CHECK(json["status_changes"].IsNull());  // no action changes by the calendar after that day
  const auto early = YAML::Load(read_text(built_example("--as-of 2014-03-01") / (kPlanDir + "handlingsplan.json")));
  CHECK(early["status_changes"].as<std::string>() == "2014-05-02");
  const auto actions = json["actions"];
  REQUIRE(actions.size() == plan.actions.size());
  for (std::size_t i = 0; i < plan.actions.size(); ++i) {
    const Action& a = plan.actions[i];
    const auto j = actions[i];
    INFO("action " << a.id);
    CHECK(j["id"].as<std::string>() == a.id);
    CHECK(j["title"].as<std::string>() == a.title);
    CHECK(j["deadline"]["as_written"].as<std::string>() == a.deadline->as_written);
    CHECK(j["deadline"]["last_day"].as<std::string>() == a.deadline->last_day.iso());
    CHECK(j["status"].as<std::string>() == to_key(a.status));
    CHECK(j["weight"].as<double>() == a.weight);
    CHECK(j["goals"].as<std::vector<std::string>>() == a.goals);
    REQUIRE(j["reports"].size() == a.reports.size());
    for (std::size_t r = 0; r < a.reports.size(); ++r) {
      CHECK(j["reports"][r]["date"].as<std::string>() == a.reports[r].date.iso());
      CHECK(j["reports"][r]["text"].as<std::string>() == a.reports[r].text);
      CHECK(j["reports"][r]["progress"].as<int>() == *a.reports[r].progress);
      CHECK(j["reports"][r]["example"].as<bool>() == a.reports[r].example);
    }
  }
  CHECK(actions[0]["derived"]["state"].as<std::string>() == "done_late");
  CHECK(actions[2]["derived"]["state"].as<std::string>() == "done_on_time");
}

TEST_CASE("a plan built as of a past day holds only the reports made by then") {
  const auto json = YAML::Load(read_text(built_example("--as-of 2014-03-01") / (kPlanDir + "handlingsplan.json")));
  const auto actions = json["actions"];
  REQUIRE(actions.size() == 3);
  // Action 1 was reported done on 2014-04-10: on 2014-03-01 its last report said 40 %.
  CHECK(actions[0]["reports"].size() == 1);
  CHECK(actions[0]["status"].as<std::string>() == "in_progress");
  CHECK(actions[0]["progress"].as<int>() == 40);
  CHECK(actions[0]["derived"]["state"].as<std::string>() == "overdue");
  // Action 3's only report came later: nothing was reported.
  CHECK(actions[2]["reports"].size() == 0);
  CHECK(actions[2]["status"].as<std::string>() == "planned");
  CHECK(actions[2]["derived"]["state"].as<std::string>() == "not_started");
  // The CSV is the same plan as it stood, and reads back.
  Diagnostics d;
  CHECK(read_plan_csv(read_text(built_example("--as-of 2014-03-01") / (kPlanDir + "handlingsplan.csv")), "p.csv", d));
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("the published indicator CSV and JSON read back to the source's values") {
  const auto out = built_example("--as-of 2016-01-01");
  const std::string src = std::string(STYRDOK_SOURCE_DIR) + "/content/dals-ed/integrationspolicy/indikatorer/";
  Diagnostics d;
  auto source = read_measurements_csv(read_text(src + "sfi-inom-tre-manader.csv"), "src.csv", d);
  auto published = read_measurements_csv(
      read_text(out / "dals-ed/integrationspolicy/indikatorer/sfi-inom-tre-manader.csv"), "out.csv", d);
  REQUIRE(source);
  REQUIRE(published);
  CHECK(write_measurements_csv(*published) == write_measurements_csv(*source));
  const auto json = YAML::Load(read_text(out / "dals-ed/integrationspolicy/indikatorer/indikatorer.json"));
  const auto ms = json["indicators"][0]["measurements"];
  REQUIRE(ms.size() == source->size());
  for (std::size_t i = 0; i < source->size(); ++i) {
    CHECK(ms[i]["period"].as<std::string>() == (*source)[i].period);
    CHECK(ms[i]["value"].as<double>() == (*source)[i].value);
  }
  CHECK(json["indicators"][0]["target"]["value"].as<double>() == 80);
  CHECK(json["indicators"][0]["derived"]["track"].as<std::string>() == "on_track");
}

TEST_CASE("documents.json and documents.csv list every version with every field") {
  const auto out = built_example("--as-of 2024-03-01");
  const auto json = YAML::Load(read_text(out / "documents.json"));
  CHECK(json["schema"].as<std::string>() == "styrdok-documents/1");
  std::size_t versions = 0;
  for (const auto& doc : json["documents"]) versions += doc["versions"].size();
  Diagnostics d;
  auto csv = parse_csv(read_text(out / "documents.csv"), "documents.csv", d);
  REQUIRE(csv);
  CHECK(csv->rows.size() == versions);
  CHECK(versions >= 4);
  const auto lysekil = json["documents"][1]["versions"][0];
  CHECK(lysekil["decided_by"].as<std::string>() == "Kommunfullmäktige");
  CHECK(lysekil["paragraph"].as<std::string>() == "63");
  CHECK(lysekil["decision_date"].as<std::string>() == "2021-05-19");
  CHECK(json["documents"][0]["versions"][0]["decision_date"].IsNull());
  CHECK(json["documents"][0]["versions"][0]["status"].as<std::string>() == "superseded");
  CHECK(json["documents"][1]["status"].as<std::string>() == "expired");
  CHECK(json["documents"][1]["repealed"].IsNull());
  // As of 2014, only Dals-Ed's undated version existed.
  const auto early = YAML::Load(read_text(built_example("--as-of 2014-03-01") / "documents.json"));
  REQUIRE(early["documents"].size() == 1);
  CHECK(early["documents"][0]["versions"].size() == 1);
  CHECK(early["documents"][0]["status"].as<std::string>() == "in_force");
  // When the statuses stop holding: Lysekil's guidelines expire after 2023-12-31.
  const auto mid = YAML::Load(read_text(built_example("--as-of 2021-06-01") / "documents.json"));
  CHECK(mid["documents"][1]["document"].as<std::string>() == "riktlinjer-for-integrationsarbete");
  CHECK(mid["documents"][1]["status_changes"].as<std::string>() == "2024-01-01");
  CHECK(mid["documents"][0]["status_changes"].IsNull());  // Dals-Ed's applies until further notice
  CHECK(mid["status_changes"].as<std::string>() == "2024-01-01");
  CHECK(json["documents"][1]["status_changes"].IsNull());  // expired for good
}

namespace {

const std::string kDocDir = "content/lysekil/riktlinjer/";
const std::string kPlanPath = kDocDir + "handlingsplaner/plan.yaml";

// A small site with a plan, built once so that there is output to protect.
struct PlanSite : ProtectedSite {
  PlanSite() {
    write_text(dir / "site.yaml", site_yaml());
    copy_repository_theme(dir.path());
    write_text(dir / (kDocDir + "2021-05-19.md"),
               version_md("title: Riktlinjer\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-05-19\n",
                          "## Syfte\n\nText.\n\n## Arbete\n\nMer text.\n"));
    write_text(dir / kPlanPath, plan("    goals: [arbete]\n"));
    build_once("lysekil/riktlinjer/handlingsplaner/plan/a/index.html");
  }
  static std::string plan(const std::string& extra) {
    return "title: Plan\nversion: 2021-05-19\nactions:\n  - id: a\n    title: Gör något\n    deadline: 2022\n" + extra;
  }
};

}  // namespace

TEST_CASE("a goal link that matches no heading or paragraph of the policy") {
  PlanSite site;
  const auto r = site.fails_with(kPlanPath, PlanSite::plan("    goals: [arbte]\n"));
  CHECK_THAT(r.output, Catch::Contains(kPlanPath + ":7:12: the goal 'arbte' is no heading or paragraph in " + kDocDir +
                                       "2021-05-19.md; did you mean 'arbete'?"));
  // Nothing close: the headings, all of them when they are few.
  const auto far = site.fails_with(kPlanPath, PlanSite::plan("    goals: [ekonomi]\n"));
  CHECK_THAT(far.output, Catch::Contains(kPlanPath + ":7:12: the goal 'ekonomi' is no heading or paragraph in " +
                                         kDocDir + "2021-05-19.md; its headings are: syfte, arbete\n"));
}

TEST_CASE("a plan for a version the document does not have") {
  PlanSite site;
  const auto r = site.fails_with(kPlanPath, "title: Plan\nversion: 2020-01-01\nactions:\n  - id: a\n    title: T\n");
  CHECK_THAT(r.output, Catch::Contains(kPlanPath + ": the plan serves version '2020-01-01', but the document has no "
                                                   "such version; its versions are: 2021-05-19"));
}

TEST_CASE("progress outside 0-100 and a deadline before the start, in a plan file") {
  PlanSite site;
  const auto r = site.fails_with(kPlanPath, PlanSite::plan("    progress: 120\n    start: 2023\n"));
  CHECK_THAT(r.output, Catch::Contains(kPlanPath + ":6:15: the deadline '2022' (last day 2022-12-31) is before the "
                                                   "start '2023'"));
  CHECK_THAT(r.output, Catch::Contains(kPlanPath + ":7:15: 'progress' is 120, but a percentage must be from 0 to 100"));
  CHECK_THAT(r.output, Catch::Contains("styrdok: 2 errors; nothing was written"));
}

TEST_CASE("a CSV row with a wrong column count, or a non-number, in an indicator") {
  PlanSite site;
  const std::string yaml = kDocDir + "indikatorer/ind.yaml";
  write_text(site.dir / yaml,
             "name: N\nunit: st\ngoal: syfte\nbaseline: {year: 2020, value: 1}\n"
             "target: {year: 2024, value: 5}\n");
  const auto r = site.fails_with(kDocDir + "indikatorer/ind.csv",
                                 "period,value,note,source,example\n2021,2,,,\n2022,3\n2023,tre,,,\n");
  CHECK_THAT(r.output,
             Catch::Contains(kDocDir + "indikatorer/ind.csv:3:1: this row has 2 columns, but the header has 5"));
  const auto r2 = site.fails_with(kDocDir + "indikatorer/ind.csv", "period,value,note,source,example\n2023,tre,,,\n");
  CHECK_THAT(r2.output,
             Catch::Contains(kDocDir + "indikatorer/ind.csv:2:6: the value is 'tre', which is not a number"));
}
