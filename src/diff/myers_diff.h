// Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its
// Variations", Algorithmica 1986) in its linear-space form, with the common
// prefix and suffix trimmed at every step. It works on sequences of integers:
// callers intern their words or blocks first, so one comparison is one
// integer compare.
//
// Cost: O((N + M) · D) time and O(N + M) memory, where D is the number of
// elements removed plus inserted. Thread-safe: a pure function.
#pragma once

#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace styrdok {

enum class Edit : unsigned char { keep, remove, insert };

// The shortest edit script that turns `a` into `b`: one `keep` or `remove`
// per element of `a` and one `keep` or `insert` per element of `b`, in order.
// The kept elements form a longest common subsequence. Within every run of
// changes between two kept elements, all removes come before all inserts.
//
// Bounded work: when what is left between the common start and end holds
// more than `max_middle` elements (both sides together), that middle is not
// searched but given as all removed, then all inserted; the cost is then
// linear. Not the shortest script then, but a correct one.
std::vector<Edit> shortest_edit_script(std::span<const int> a, std::span<const int> b,
                                       std::size_t max_middle = std::numeric_limits<std::size_t>::max());

}  // namespace styrdok
