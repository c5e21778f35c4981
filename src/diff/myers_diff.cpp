#include "diff/myers_diff.h"

#include <algorithm>
#include <cstddef>

namespace styrdok {
namespace {

// One comparison. The recursion appends edits to `script_` strictly left to
// right; the two diagonal vectors are reused by every level, since a level
// has finished with them before it recurses.
class MyersDiff {
 public:
  MyersDiff(std::span<const int> a, std::span<const int> b) : a_(a), b_(b) { script_.reserve(a.size() + b.size()); }

  std::vector<Edit> run() && {
    compare(0, static_cast<int>(a_.size()), 0, static_cast<int>(b_.size()));
    return std::move(script_);
  }

 private:
  void append(Edit e, int count) { script_.insert(script_.end(), static_cast<std::size_t>(count), e); }

  void compare(int a0, int a1, int b0, int b1) {
    int prefix = 0;
    while (a0 + prefix < a1 && b0 + prefix < b1 && a_[a0 + prefix] == b_[b0 + prefix]) ++prefix;
    append(Edit::keep, prefix);
    a0 += prefix;
    b0 += prefix;
    int suffix = 0;
    while (a0 < a1 - suffix && b0 < b1 - suffix && a_[a1 - 1 - suffix] == b_[b1 - 1 - suffix]) ++suffix;
    a1 -= suffix;
    b1 -= suffix;

    if (a0 == a1 || b0 == b1) {
      append(Edit::remove, a1 - a0);
      append(Edit::insert, b1 - b0);
    } else {
      int x = 0, y = 0;
      if (middle_snake(a0, a1, b0, b1, x, y)) {
        compare(a0, x, b0, y);
        compare(x, a1, y, b1);
      } else {  // cannot happen for a non-empty pair of ranges; kept as a safe fallback
        append(Edit::remove, a1 - a0);
        append(Edit::insert, b1 - b0);
      }
    }
    append(Edit::keep, suffix);
  }

  // Runs the forward and the backward search at once until their furthest
  // paths meet, and returns in (x, y) a point on an optimal path where the
  // problem splits in two smaller ones (each with a smaller D).
  bool middle_snake(int a0, int a1, int b0, int b1, int& split_x, int& split_y) {
    const int n = a1 - a0;
    const int m = b1 - b0;
    const int max_d = (n + m + 1) / 2;
    const int offset = max_d;
    const int width = 2 * max_d + 2;
    forward_.assign(static_cast<std::size_t>(width), -1);
    backward_.assign(static_cast<std::size_t>(width), -1);
    forward_[offset + 1] = 0;
    backward_[offset + 1] = 0;
    const int delta = n - m;
    const bool odd = (delta % 2) != 0;  // the forward search finds the overlap when delta is odd
    int k1_start = 0, k1_end = 0, k2_start = 0, k2_end = 0;

    for (int d = 0; d < max_d; ++d) {
      for (int k1 = -d + k1_start; k1 <= d - k1_end; k1 += 2) {
        const int i1 = offset + k1;
        int x1 =
            (k1 == -d || (k1 != d && forward_[i1 - 1] < forward_[i1 + 1])) ? forward_[i1 + 1] : forward_[i1 - 1] + 1;
        int y1 = x1 - k1;
        while (x1 < n && y1 < m && a_[a0 + x1] == b_[b0 + y1]) ++x1, ++y1;
        forward_[i1] = x1;
        if (x1 > n) {
          k1_end += 2;
        } else if (y1 > m) {
          k1_start += 2;
        } else if (odd) {
          const int i2 = offset + delta - k1;
          if (i2 >= 0 && i2 < width && backward_[i2] != -1 && x1 >= n - backward_[i2]) {
            split_x = a0 + x1;
            split_y = b0 + y1;
            return true;
          }
        }
      }
      for (int k2 = -d + k2_start; k2 <= d - k2_end; k2 += 2) {
        const int i2 = offset + k2;
        int x2 = (k2 == -d || (k2 != d && backward_[i2 - 1] < backward_[i2 + 1])) ? backward_[i2 + 1]
                                                                                  : backward_[i2 - 1] + 1;
        int y2 = x2 - k2;
        while (x2 < n && y2 < m && a_[a1 - 1 - x2] == b_[b1 - 1 - y2]) ++x2, ++y2;
        backward_[i2] = x2;
        if (x2 > n) {
          k2_end += 2;
        } else if (y2 > m) {
          k2_start += 2;
        } else if (!odd) {
          const int i1 = offset + delta - k2;
          if (i1 >= 0 && i1 < width && forward_[i1] != -1) {
            const int x1 = forward_[i1];
            const int y1 = offset + x1 - i1;
            if (x1 >= n - x2) {
              split_x = a0 + x1;
              split_y = b0 + y1;
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  std::span<const int> a_, b_;
  std::vector<int> forward_, backward_;
  std::vector<Edit> script_;
};

// Recursion can leave "insert, remove" inside one run of changes; put every
// run's removes first so that callers can rely on one order.
void removes_first(std::vector<Edit>& script) {
  std::size_t i = 0;
  while (i < script.size()) {
    if (script[i] == Edit::keep) {
      ++i;
      continue;
    }
    std::size_t end = i;
    std::size_t removes = 0;
    while (end < script.size() && script[end] != Edit::keep) removes += script[end++] == Edit::remove ? 1 : 0;
    std::fill(script.begin() + static_cast<std::ptrdiff_t>(i),
              script.begin() + static_cast<std::ptrdiff_t>(i + removes), Edit::remove);
    std::fill(script.begin() + static_cast<std::ptrdiff_t>(i + removes),
              script.begin() + static_cast<std::ptrdiff_t>(end), Edit::insert);
    i = end;
  }
}

}  // namespace

std::vector<Edit> shortest_edit_script(std::span<const int> a, std::span<const int> b, std::size_t max_middle) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  if (a.size() + b.size() - 2 * (prefix + suffix) > max_middle) {
    std::vector<Edit> script;
    script.reserve(a.size() + b.size() - prefix - suffix);
    script.insert(script.end(), prefix, Edit::keep);
    script.insert(script.end(), a.size() - prefix - suffix, Edit::remove);
    script.insert(script.end(), b.size() - prefix - suffix, Edit::insert);
    script.insert(script.end(), suffix, Edit::keep);
    return script;
  }
  std::vector<Edit> script = MyersDiff(a, b).run();
  removes_first(script);
  return script;
}

}  // namespace styrdok
