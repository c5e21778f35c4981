// Runs independent work items on a fixed number of threads. Each item writes
// only to its own slot of a result vector, so the outcome is the same for any
// number of threads: determinism comes from indexing, not from scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace styrdok {

// Calls fn(i) for every i in [0, count) using up to `jobs` threads (1 means
// the calling thread only). fn must not touch shared mutable state except
// its own slot. Should fn throw (out of memory, a library's exception), no
// further item is started and the first exception is rethrown on the
// calling thread once every thread has stopped.
inline void parallel_for(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& fn) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto worker = [&] {
    try {
      for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) fn(i);
    } catch (...) {
      next = count;  // start nothing more
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  const std::size_t n = std::min<std::size_t>(jobs, count);
  std::vector<std::thread> threads;
  threads.reserve(n - 1);
  try {
    for (std::size_t t = 1; t < n; ++t) threads.emplace_back(worker);
  } catch (const std::system_error&) {
    // No more threads to be had: the ones that started, and this one, do all.
  }
  worker();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

// Sorts [first, last) by `less`, a strict weak order, on up to `jobs`
// threads: pieces sorted apart, then merged in pairs, the pairs of a round
// in parallel. The result is the same as std::sort's wherever `less` is a
// total order (no two elements equivalent), whatever the number of threads.
template <class It, class Less>
void parallel_sort(It first, It last, unsigned jobs, Less less) {
  const auto n = static_cast<std::size_t>(last - first);
  std::size_t pieces = 1;
  while (pieces < jobs && n / (pieces * 2) >= 4096) pieces *= 2;  // a power of two, none tiny
  auto bound = [&](std::size_t p) { return first + static_cast<std::ptrdiff_t>(n * p / pieces); };
  parallel_for(pieces, jobs, [&](std::size_t p) { std::sort(bound(p), bound(p + 1), less); });
  for (std::size_t width = 1; width < pieces; width *= 2) {
    parallel_for(pieces / (width * 2), jobs, [&](std::size_t m) {
      const std::size_t p = m * width * 2;
      std::inplace_merge(bound(p), bound(p + width), bound(p + width * 2), less);
    });
  }
}

// The default for --jobs: every core the machine has.
inline unsigned default_jobs() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

}  // namespace styrdok
