// parallel_for: every item once, on any number of threads, and an exception
// from an item reaches the caller instead of ending the program.
// parallel_sort: std::sort's order on any number of threads.
#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <stdexcept>
#include <thread>

using namespace styrdok;

TEST_CASE("parallel_for runs every item once") {
  for (const unsigned jobs : {1u, 4u}) {
    std::vector<int> runs(1000, 0);
    parallel_for(runs.size(), jobs, [&](std::size_t i) { ++runs[i]; });
    CHECK(std::all_of(runs.begin(), runs.end(), [](int n) { return n == 1; }));
  }
}

TEST_CASE("an exception from an item is rethrown to the caller once every thread has stopped") {
  for (const unsigned jobs : {1u, 4u}) {
    INFO(jobs);
    std::atomic<int> started{0};
    std::atomic<bool> failing{false};
    // Items after the failing one wait for it to fail, so that on a loaded
    // machine the other threads cannot run every item before it does; then
    // each takes a millisecond, so that they cannot run every item while the
    // exception unwinds either (slowly, under ASan), yet would within seconds
    // if a failure stopped nothing.
    CHECK_THROWS_WITH(parallel_for(10000, jobs,
                                   [&](std::size_t i) {
                                     ++started;
                                     if (i == 10) {
                                       failing = true;
                                       throw std::runtime_error("item 10 failed");
                                     }
                                     if (i < 10) return;
                                     while (!failing) std::this_thread::yield();
                                     std::this_thread::sleep_for(std::chrono::milliseconds(1));
                                   }),
                      "item 10 failed");
    CHECK(started < 10000);  // no new item starts after the failure
  }
}

TEST_CASE("parallel_sort gives std::sort's order on any number of threads") {
  std::vector<std::uint32_t> values(100'000);
  for (std::uint32_t i = 0; i < values.size(); ++i) values[i] = i * 7919u;  // distinct
  std::shuffle(values.begin(), values.end(), std::mt19937(42));
  auto expected = values;
  std::sort(expected.begin(), expected.end());
  for (const unsigned jobs : {1u, 2u, 3u, 8u}) {
    INFO(jobs);
    auto sorted = values;
    parallel_sort(sorted.begin(), sorted.end(), jobs, std::less<>());
    CHECK(sorted == expected);
  }
  std::vector<int> few = {3, 1, 2};
  parallel_sort(few.begin(), few.end(), 8, std::less<>());
  CHECK(few == std::vector<int>{1, 2, 3});
}
