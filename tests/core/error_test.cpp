// Tests for core/error.h: what a person is shown of many diagnostics.
#include "core/error.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace styrdok;

namespace {

// `n` diagnostics of `path`, on lines 1 to n.
void add(Diagnostics& d, const std::string& path, int n, Severity severity = Severity::error) {
  for (int line = 1; line <= n; ++line) d.add({{path, line, 1}, "link to '#x': no such anchor", severity});
}

std::vector<std::string> lines(const std::vector<Diagnostic>& listed) {
  std::vector<std::string> out;
  for (const auto& d : listed) out.push_back(d.to_string());
  return out;
}

}  // namespace

TEST_CASE("listed_per_file shows the first of each file's diagnostics and counts the rest", "[error]") {
  Diagnostics d;
  add(d, "content/b.md", 3);
  add(d, "content/a.md", 250);
  d.sort();
  const auto listed = lines(listed_per_file(d.items(), 100));
  REQUIRE(listed.size() == 100 + 1 + 3);
  CHECK(listed[0] == "content/a.md:1:1: link to '#x': no such anchor");
  CHECK(listed[99] == "content/a.md:100:1: link to '#x': no such anchor");
  CHECK(listed[100] ==
        "content/a.md: 150 more problems in this file are not listed; fix the ones above first, then check again");
  CHECK(listed[101] == "content/b.md:1:1: link to '#x': no such anchor");
  CHECK(listed[103] == "content/b.md:3:1: link to '#x': no such anchor");
}

TEST_CASE("listed_per_file: the line for the rest is an error only when one of them is", "[error]") {
  Diagnostics warnings;
  add(warnings, "content/a.md", 5, Severity::warning);
  const auto only_warnings = listed_per_file(warnings.items(), 2);
  REQUIRE(only_warnings.size() == 3);
  CHECK(only_warnings[2].severity == Severity::warning);
  CHECK(only_warnings[2].message.rfind("3 more problems", 0) == 0);

  Diagnostics mixed;
  add(mixed, "content/a.md", 5, Severity::warning);
  mixed.add({{"content/a.md", 9, 1}, "an error", Severity::error});
  mixed.sort();
  const auto listed = listed_per_file(mixed.items(), 2);
  REQUIRE(listed.size() == 3);
  CHECK(listed[2].severity == Severity::error);
  CHECK(listed[2].message.rfind("4 more problems", 0) == 0);
}

TEST_CASE("listed_per_file lists every diagnostic of a file that has no more than the limit", "[error]") {
  Diagnostics d;
  add(d, "content/a.md", 100);
  add(d, "", 1);  // a problem of the whole site
  d.sort();
  const auto listed = listed_per_file(d.items(), 100);
  CHECK(listed.size() == 101);
  CHECK(lines(listed) == lines(d.items()));
}

TEST_CASE("listed_per_file with no room lists only the count of each file", "[error]") {
  Diagnostics d;
  add(d, "content/a.md", 2);
  add(d, "content/b.md", 1, Severity::warning);
  d.sort();
  CHECK(lines(listed_per_file(d.items(), 0)) ==
        std::vector<std::string>{
            "content/a.md: 2 more problems in this file are not listed; fix the ones above first, then check again",
            "content/b.md: warning: 1 more problem in this file is not listed; fix the ones above first, then check "
            "again"});
}
