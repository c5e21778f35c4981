// Tests for content/file_name.h: the names a clerk's editor gives a version,
// meeting or plan file by mistake, and the ones that are someone else's.
#include "content/file_name.h"

#include <catch2/catch.hpp>

using namespace styrdok;

TEST_CASE("a near miss of '.md' is the version file it was meant to be") {
  CHECK(meant_name("2022-01-10.MD", ".md") == "2022-01-10.md");
  CHECK(meant_name("2022-01-10.Md", ".md") == "2022-01-10.md");
  CHECK(meant_name("2022-01-10.markdown", ".md") == "2022-01-10.md");
  CHECK(meant_name("2022-01-10.md.txt", ".md") == "2022-01-10.md");
  CHECK(meant_name("2022-01-10.txt", ".md") == "2022-01-10.md");
  CHECK(meant_name("2022-01-10.en.MD", ".md") == "2022-01-10.en.md");
  // What is right, or not meant as a text: nothing to say.
  CHECK_FALSE(meant_name("2022-01-10.md", ".md"));
  CHECK_FALSE(meant_name("bilaga.txt", ".md"));
  CHECK_FALSE(meant_name("karta.png", ".md"));
  CHECK_FALSE(meant_name(".md", ".md"));
  CHECK_FALSE(meant_name("README", ".md"));
}

TEST_CASE("a near miss of '.yaml' is the meeting or plan file it was meant to be") {
  CHECK(meant_name("2022-01-01-ks.yml", ".yaml") == "2022-01-01-ks.yaml");
  CHECK(meant_name("plan.YAML", ".yaml") == "plan.yaml");
  CHECK(meant_name("plan.yaml.txt", ".yaml") == "plan.yaml");
  CHECK_FALSE(meant_name("plan.yaml", ".yaml"));
  CHECK_FALSE(meant_name("2022-01-01.txt", ".yaml"));
  CHECK_FALSE(meant_name("plan.csv", ".yaml"));
}

TEST_CASE("a near miss is an error naming what to rename it to") {
  Diagnostics d;
  report_near_miss("content/lysekil/policy/2022-01-10.MD", "2022-01-10.MD", ".md", d);
  report_near_miss("content/lysekil/policy/bilaga.txt", "bilaga.txt", ".md", d);
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].message ==
        "this file is not read, since its name does not end in '.md'; rename it '2022-01-10.md'");
}
