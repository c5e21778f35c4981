// How long each stage of the pipeline took: feed it render_site's stage
// listener (start() as each stage begins), stop() after the last, then read
// or print the times. For `build --timings` and `serve --timings`.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace styrdok {

using StageSeconds = std::vector<std::pair<std::string, double>>;  // stage name and seconds, in order

inline void print_stage_times(std::FILE* to, const StageSeconds& times) {
  std::fprintf(to, "Time per stage:\n");
  int width = 20;  // the names in one column, the longest deciding
  for (const auto& [stage, seconds] : times) width = std::max(width, static_cast<int>(stage.size()));
  for (const auto& [stage, seconds] : times) std::fprintf(to, "  %-*s %8.3f s\n", width, stage.c_str(), seconds);
}

class StageTimes {
 public:
  void start(const std::string& stage) {
    stop();
    stage_ = stage;
    since_ = std::chrono::steady_clock::now();
  }
  void stop() {
    if (stage_.empty()) return;
    times_.emplace_back(stage_, std::chrono::duration<double>(std::chrono::steady_clock::now() - since_).count());
    stage_.clear();
  }
  const StageSeconds& times() const { return times_; }

 private:
  std::string stage_;
  std::chrono::steady_clock::time_point since_;
  StageSeconds times_;
};

}  // namespace styrdok
