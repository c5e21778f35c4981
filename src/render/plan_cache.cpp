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
  if (pages.empty()) next_.clear();
  forget_all();
  spare_ = std::move(pages_);
  pages_ = std::move(pages);
  runs_ = std::move(next_);
  next_.clear();
}

std::vector<Page> PlanCache::start() {
  next_.clear();
  next_.reserve(runs_.size());
  taken_.clear();
  carried_.clear();
  std::vector<Page> pages = std::move(spare_);
  pages.clear();
  return pages;
}

bool PlanCache::take(const std::string& key, std::vector<Page>& pages) {
  const auto it = runs_.find(key);
  if (it == runs_.end() || it->second.end > pages_.size()) return false;
  const auto from = pages_.begin() + static_cast<std::ptrdiff_t>(it->second.begin);
  const auto to = pages_.begin() + static_cast<std::ptrdiff_t>(it->second.end);
  taken_.push_back({pages.size(), pages.size() + (it->second.end - it->second.begin)});
  pages.insert(pages.end(), std::make_move_iterator(from), std::make_move_iterator(to));
  runs_.erase(it);  // its pages are moved out
  return true;
}

void PlanCache::planned(const std::string& key, Run run) { next_.emplace(key, run); }

void PlanCache::finish(std::size_t count) {
  carried_.assign(count, false);
  for (const Run& run : taken_)
    for (std::size_t i = run.begin; i < run.end; ++i) carried_[i] = true;
  forget_all();
}

}  // namespace styrdok
