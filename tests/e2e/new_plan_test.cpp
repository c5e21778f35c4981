// End-to-end: `styrdok new plan` and `styrdok new indicator` write files with
// every key present and explained, which pass `styrdok check` as they are
// (marked as placeholders on the site), and never overwrite.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

void make_site(const TempDir& dir) {
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / "content/lysekil/policy/2024-05-21.md",
             version_md("title: Policy\ntype: policy\ndecided_by: Kommunfullmäktige\ndecision_date: 2024-05-21\n",
                        "## Syfte\n\nText.\n\n## Mål och inriktning\n\nText.\n"));
}

}  // namespace

TEST_CASE("new plan writes an action plan with every key that passes check") {
  TempDir dir;
  make_site(dir);
  const std::string site = " --source " + dir.path().string();
  const auto r = run_styrdok("new plan lysekil/policy" + site);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto file = dir / "content/lysekil/policy/handlingsplaner/handlingsplan.yaml";
  CHECK_THAT(r.output, Catch::StartsWith("Created " + file.string() + "\n"));
  const std::string text = read_text(file);
  for (const std::string key : {"title", "version", "responsible", "decided_by", "decision_date", "summary",
                                "example_note", "rollup", "due_soon_days", "stale_after_days", "actions"}) {
    CHECK_THAT(text, Catch::Contains("\n" + key + ":"));
  }
  for (const std::string key : {"id", "title", "description", "responsible", "partners", "start", "deadline",
                                "completed", "status", "progress", "goals", "reports"}) {
    CHECK_THAT(text, Catch::Contains(" " + key + ":"));
  }
  CHECK_THAT(text, Catch::Contains("\ntitle: Handlingsplan – Policy\n"));
  CHECK_THAT(text, Catch::Contains("\nversion: \"2024-05-21\"\n"));
  CHECK_THAT(text, Catch::Contains("Versionens rubriker: syfte, mal-och-inriktning."));  // the site is Swedish

  const auto checked = run_styrdok("check" + site);
  INFO(checked.output);
  CHECK(checked.exit_code == 0);
  REQUIRE(run_styrdok("build --quiet" + site).exit_code == 0);
  CHECK_THAT(read_text(dir / "public/lysekil/policy/handlingsplaner/handlingsplan/index.html"),
             Catch::Contains("Planen är inte ifylld än: åtgärderna är platshållare."));

  const auto again = run_styrdok("new plan lysekil/policy" + site);
  CHECK(again.exit_code == 1);
  CHECK(again.output ==
        "content/lysekil/policy/handlingsplaner/handlingsplan.yaml: the file already exists; nothing was changed\n");
  CHECK(read_text(file) == text);
}

TEST_CASE("new indicator writes an indicator with every key that passes check") {
  TempDir dir;
  make_site(dir);
  const std::string site = " --source " + dir.path().string();
  const auto r =
      run_styrdok("new indicator lysekil/policy --name 'Andel nöjda invånare' --goal mal-och-inriktning" + site);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const auto file = dir / "content/lysekil/policy/indikatorer/andel-nojda-invanare.yaml";
  const std::string text = read_text(file);
  for (const std::string key :
       {"name", "description", "unit", "goal", "baseline", "target", "example_note", "measurements"}) {
    CHECK_THAT(text, Catch::Contains("\n" + key + ":"));
  }
  CHECK_THAT(text, Catch::Contains("\nname: Andel nöjda invånare\n"));
  CHECK_THAT(text, Catch::Contains("\ngoal: mal-och-inriktning\n"));
  const auto checked = run_styrdok("check" + site);
  INFO(checked.output);
  CHECK(checked.exit_code == 0);

  const auto bad = run_styrdok("new indicator lysekil/policy --id 'Två ord'" + site);
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.output, Catch::Contains("content/lysekil/policy/indikatorer/Två ord.yaml: --id 'Två ord' cannot be "
                                         "a file name and web address; use lower-case letters, digits and hyphens, "
                                         "e.g. 'tva-ord'"));
  const auto missing = run_styrdok("new plan lysekil/nothing" + site);
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.output, Catch::Contains("content/lysekil/nothing: no document with a readable version here"));
}
