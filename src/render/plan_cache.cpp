#include "render/plan_cache.h"

#include <iterator>

namespace styrdok {

void PlanCache::forget(const std::string& dir) {
  const std::string below = dir + "/";
  std::erase_if(runs_, [&](const auto& run) { return run.first == dir || run.first.starts_with(below); });
}

void PlanCache::forget_all() {
  pages_.clear();  // keeps its memory
  runs_.clear();
}

void PlanCache::store(std::vector<Page> pages) {
  // What the plan made holds becomes what is kept; sources it did not plan are gone.
  if (pages.empty()) runs_.clear();
  for (auto it = runs_.begin(); it != runs_.end();) {
    if (it->second.made != start_) {
      it = runs_.erase(it);
    } else {
      it->second.kept = it->second.next;
      ++it;
    }
  }
  pages_.clear();
  spare_ = std::move(pages_);
  pages_ = std::move(pages);
  if (spare_.capacity() < pages_.size()) {
    // The first plan kept: the next build plans into memory of its size,
    // touched now rather than page by page in that build (a fresh mapping
    // of some 30 MB at 10,000 documents faulted in during the first save's
    // planning, which took 330 ms instead of 60).
    spare_.clear();
    spare_.resize(pages_.size());
    spare_.clear();
  }
}

std::vector<Page> PlanCache::start() {
  ++start_;
  taken_.clear();
  carried_.clear();
  std::vector<Page> pages = std::move(spare_);
  pages.clear();
  return pages;
}

bool PlanCache::take(const std::string& key, std::vector<Page>& pages) {
  const auto it = runs_.find(key);
  if (it == runs_.end() || !it->second.kept || it->second.kept->end > pages_.size()) return false;
  Slot& slot = it->second;
  const Run kept = *slot.kept;
  const auto from = pages_.begin() + static_cast<std::ptrdiff_t>(kept.begin);
  const auto to = pages_.begin() + static_cast<std::ptrdiff_t>(kept.end);
  taken_.push_back({pages.size(), pages.size() + (kept.end - kept.begin)});
  pages.insert(pages.end(), std::make_move_iterator(from), std::make_move_iterator(to));
  slot.kept.reset();  // its pages are moved out
  slot.next = taken_.back();
  slot.made = start_;
  return true;
}

void PlanCache::planned(const std::string& key, Run run) {
  Slot& slot = runs_[key];
  slot.next = run;
  slot.made = start_;
}

void PlanCache::finish(std::size_t count) {
  carried_.assign(count, false);
  for (const Run& run : taken_)
    for (std::size_t i = run.begin; i < run.end; ++i) carried_[i] = true;
  // The kept plan is used up: what is left of it is never taken (take()
  // finds no page in it until store() keeps the next).
  pages_.clear();
}

}  // namespace styrdok
