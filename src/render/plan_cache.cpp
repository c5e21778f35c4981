#include "render/plan_cache.h"

#include <iterator>

namespace styrdok {

void PlanCache::forget(const std::string& dir) {
  const std::string below = dir + "/";
  for (Slot& slot : slots_)
    if (slot.key == dir || slot.key.starts_with(below)) slot.kept.reset();
}

void PlanCache::forget_all() {
  pages_.clear();  // keeps its memory
  slots_.clear();
  lookup_.reset();
}

void PlanCache::store(std::vector<Page> pages) {
  // What the plan made holds becomes what is kept, in its order; sources it
  // did not plan are gone.
  std::vector<Slot> slots;
  if (!pages.empty()) {
    slots.reserve(made_.size());
    for (Made& made : made_)
      slots.push_back({made.slot == kPlannedNow ? std::move(made.key) : std::move(slots_[made.slot].key), made.run});
  }
  lookup_.reset();  // its views are of the keys moved above
  slots_ = std::move(slots);
  made_.clear();
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
  made_.clear();
  taken_.clear();
  carried_.clear();
  lookup_.restart();
  std::vector<Page> pages = std::move(spare_);
  pages.clear();
  return pages;
}

bool PlanCache::take(const std::string& key, std::vector<Page>& pages) {
  const auto found = lookup_.find(key, slots_.size(), [&](std::size_t i) { return std::string_view(slots_[i].key); });
  if (!found) return false;
  Slot& slot = slots_[*found];
  if (!slot.kept || slot.kept->end > pages_.size()) return false;
  const Run kept = *slot.kept;
  const auto from = pages_.begin() + static_cast<std::ptrdiff_t>(kept.begin);
  const auto to = pages_.begin() + static_cast<std::ptrdiff_t>(kept.end);
  taken_.push_back({pages.size(), pages.size() + (kept.end - kept.begin)});
  pages.insert(pages.end(), std::make_move_iterator(from), std::make_move_iterator(to));
  slot.kept.reset();  // its pages are moved out
  made_.push_back({*found, {}, taken_.back()});
  return true;
}

void PlanCache::planned(const std::string& key, Run run) { made_.push_back({kPlannedNow, key, run}); }

void PlanCache::finish(std::size_t count) {
  carried_.assign(count, false);
  for (const Run& run : taken_)
    for (std::size_t i = run.begin; i < run.end; ++i) carried_[i] = true;
  // The kept plan is used up: what is left of it is never taken (take()
  // finds no page in it until store() keeps the next).
  pages_.clear();
}

}  // namespace styrdok
