// The pages planned for each document, kept between builds by `styrdok
// serve`: a save plans again only the pages of the documents whose folders
// changed, and the site's own pages (lists, feeds, sitemaps), which are few.
// At 10,000 documents that is about a thousand pages instead of 134,000.
//
// A document's pages (its page, feed, versions, editions, comparisons and
// their redirects) and those of each of its action plans are made from that
// document and plan alone, and lie under the document's address. The owner
// forgets a document whose folder changed (its plans with it), and
// everything when anything else did (the site file, the theme, a plan, the
// day); a page taken from the cache is then one the last plan had at the
// same address and made from the same files, and the build keeps it without
// rendering it again. So the owner keeps a plan (store) only from a build
// whose every page it serves.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ordered_lookup.h"
#include "render/page_plan.h"

namespace styrdok {

class PlanCache {
 public:
  // A run of pages of one plan: [begin, end).
  struct Run {
    std::size_t begin = 0, end = 0;
  };

  // The owner: the document in folder `dir` changed (forgetting the pages
  // of its plans, under that folder, too), or anything else did.
  void forget(const std::string& dir);
  void forget_all();

  // Whether page `index` of the plan last made with this cache was taken
  // from it rather than planned.
  bool carried(std::size_t index) const { return index < carried_.size() && carried_[index]; }

  // Keeps `pages`, the plan last made with this cache, for the next one;
  // an empty plan (a build that failed) keeps nothing.
  void store(std::vector<Page> pages);

  // For plan_pages. start() gives the (empty) vector to plan into, which
  // keeps the memory of an earlier plan. Then for each document, and each
  // action plan, in order: take() appends the kept pages of the one whose
  // source is `key`, if any (and notes where they are now); if it has none,
  // planned() says where the pages planned now are. finish() at the end.
  std::vector<Page> start();
  bool take(const std::string& key, std::vector<Page>& pages);
  void planned(const std::string& key, Run run);
  void finish(std::size_t count);
  // The runs take() appended to the plan being made.
  const std::vector<Run>& taken() const { return taken_; }

 private:
  // A document's or plan's pages in the kept plan, in the order it planned
  // them; `kept` is empty once taken, or forgotten.
  struct Slot {
    std::string key;
    std::optional<Run> kept;
  };
  // One in the plan being made, in order: the slot it was taken from (its
  // key stays there until store()), or planned now, with its key.
  struct Made {
    std::size_t slot = kPlannedNow;
    std::string key;  // planned now only
    Run run;
  };
  static constexpr std::size_t kPlannedNow = SIZE_MAX;

  std::vector<Page> pages_;  // the kept plan
  // The kept plan's slots, looked for first after the last one found (the
  // next plan asks in the same order, 12,000 times at 10,000 documents),
  // else by a map made when first needed.
  std::vector<Slot> slots_;
  OrderedLookup lookup_;
  std::vector<Made> made_;
  std::vector<Run> taken_;
  std::vector<bool> carried_;  // per page of the plan last made
  std::vector<Page> spare_;    // the memory of the plan before the kept one
};

}  // namespace styrdok
