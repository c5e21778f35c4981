// Tests for diff/myers_diff.h: the edit script is valid, shortest, and puts
// removes before inserts.
#include "diff/myers_diff.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

using styrdok::Edit;
using styrdok::shortest_edit_script;

namespace {

// Applies the script to `a`, checking that kept elements match `b`.
bool turns_into(const std::vector<Edit>& script, const std::vector<int>& a, const std::vector<int>& b) {
  std::size_t i = 0, j = 0;
  for (Edit e : script) {
    if (e == Edit::keep) {
      if (i >= a.size() || j >= b.size() || a[i] != b[j]) return false;
      ++i, ++j;
    } else if (e == Edit::remove) {
      if (i++ >= a.size()) return false;
    } else if (j++ >= b.size()) {
      return false;
    }
  }
  return i == a.size() && j == b.size();
}

long count(const std::vector<Edit>& script, Edit e) { return std::count(script.begin(), script.end(), e); }

std::size_t lcs_length(const std::vector<int>& a, const std::vector<int>& b) {
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;) {
    for (std::size_t j = b.size(); j-- > 0;) {
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t[0][0];
}

bool removes_before_inserts(const std::vector<Edit>& script) {
  for (std::size_t k = 1; k < script.size(); ++k) {
    if (script[k - 1] == Edit::insert && script[k] == Edit::remove) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("shortest_edit_script handles empty and equal sequences", "[myers]") {
  CHECK(shortest_edit_script({}, {}).empty());
  const std::vector<int> abc = {1, 2, 3};
  CHECK(shortest_edit_script(abc, abc) == std::vector<Edit>(3, Edit::keep));
  CHECK(shortest_edit_script(abc, {}) == std::vector<Edit>(3, Edit::remove));
  CHECK(shortest_edit_script({}, abc) == std::vector<Edit>(3, Edit::insert));
}

TEST_CASE("shortest_edit_script finds Myers' example: ABCABBA to CBABAC in 5 edits", "[myers]") {
  const std::vector<int> a = {'A', 'B', 'C', 'A', 'B', 'B', 'A'};
  const std::vector<int> b = {'C', 'B', 'A', 'B', 'A', 'C'};
  const auto script = shortest_edit_script(a, b);
  CHECK(turns_into(script, a, b));
  CHECK(count(script, Edit::keep) == 4);
  CHECK(count(script, Edit::remove) == 3);
  CHECK(count(script, Edit::insert) == 2);
}

TEST_CASE("shortest_edit_script puts a replacement's remove before its insert", "[myers]") {
  const std::vector<int> a = {1, 2, 3};
  const std::vector<int> b = {1, 9, 3};
  CHECK(shortest_edit_script(a, b) == std::vector<Edit>{Edit::keep, Edit::remove, Edit::insert, Edit::keep});
}

TEST_CASE("shortest_edit_script is valid and minimal on random sequences", "[myers]") {
  std::uint64_t state = 42;
  auto next = [&state](int n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
  };
  for (int round = 0; round < 2000; ++round) {
    const int alphabet = 2 + next(6);
    std::vector<int> a(static_cast<std::size_t>(next(40))), b(static_cast<std::size_t>(next(40)));
    for (int& x : a) x = next(alphabet);
    for (int& x : b) x = next(alphabet);
    const auto script = shortest_edit_script(a, b);
    INFO("round " << round);
    REQUIRE(turns_into(script, a, b));
    REQUIRE(static_cast<std::size_t>(count(script, Edit::keep)) == lcs_length(a, b));
    REQUIRE(removes_before_inserts(script));
  }
}

TEST_CASE("shortest_edit_script handles long sequences with scattered edits", "[myers]") {
  std::vector<int> a(100000);
  for (std::size_t i = 0; i < a.size(); ++i) a[i] = static_cast<int>(i % 5000);
  std::vector<int> b = a;
  for (std::size_t i = 37; i < b.size(); i += 997) b[i] = -1;  // ~100 replacements
  b.erase(b.begin() + 500);
  b.insert(b.begin() + 70000, -2);
  const auto script = shortest_edit_script(a, b);
  CHECK(turns_into(script, a, b));
  CHECK(count(script, Edit::remove) == 101 + 1);  // the replacements and the erased element
  CHECK(count(script, Edit::insert) == 101 + 1);  // the replacements and the inserted element
}

TEST_CASE("past max_middle the changed middle is removed and inserted whole, start and end kept", "[myers]") {
  const std::vector<int> a = {1, 2, 10, 11, 12, 13, 8, 9};
  const std::vector<int> b = {1, 2, 11, 20, 13, 8, 9};
  // The middle is {10, 11, 12} against {11, 20}: 5 elements.
  const auto bounded = shortest_edit_script(a, b, 4);
  CHECK(turns_into(bounded, a, b));
  CHECK(bounded == std::vector<Edit>{Edit::keep, Edit::keep, Edit::remove, Edit::remove, Edit::remove, Edit::insert,
                                     Edit::insert, Edit::keep, Edit::keep, Edit::keep});
  // Within the bound, the shortest script as before (11 kept too).
  const auto searched = shortest_edit_script(a, b, 5);
  CHECK(turns_into(searched, a, b));
  CHECK(std::count(searched.begin(), searched.end(), Edit::keep) == 6);
}

TEST_CASE("identical sequences stay all kept whatever max_middle is", "[myers]") {
  const std::vector<int> a = {1, 2, 3};
  CHECK(shortest_edit_script(a, a, 0) == std::vector<Edit>(3, Edit::keep));
  CHECK(shortest_edit_script(std::vector<int>{}, std::vector<int>{}, 0).empty());
}
