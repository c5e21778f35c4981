// The last served build's model, kept by document folder for `styrdok
// serve`: the next build takes each unchanged document, with its action
// plans and indicators, out of it as it is, instead of copying every version
// and plan out of the ContentCache (at 10,000 documents, 20,000 versions and
// 2,000 plans, a third of a save's time) and checking them again.
//
// Taking moves out of the last model, so it is taken from only when nothing
// else holds it: serve's search thread reads a build's model (its search
// entries) for a while after it. Until then the loader copies out of the
// ContentCache, as without this cache. Once taken from, the last model is incomplete and is
// replaced by the one the build makes (store), or by nothing when it fails.
//
// A document is taken as the last build left it: read, checked, completed
// (repeal, proposals, editions) and kept to the day built for. So the owner
// forgets a document whose folder changed, and everything when anything else
// did (the site file, the theme, a plan, the day: see plan_cache.h). A
// document about which the last build reported anything is never taken, so
// that every build reports it again.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/ordered_lookup.h"
#include "model/site_config.h"

namespace styrdok {

class ModelCache {
 public:
  // The owner: the document in folder `dir` changed, or anything else did.
  void forget(const std::string& dir);
  void forget_all();

  // The pipeline, after a build: the model it made, if it succeeded (null
  // keeps nothing), and everything it reported.
  void store(std::shared_ptr<Site> site, const Diagnostics& reported);

  // The loader: the document in folder `dir`, with its plans and
  // indicators, moved out of the last model if it is kept. Cheapest when
  // asked for in the order of the last model's documents, which is the
  // order a site's folders are listed in.
  struct Taken {
    Document document;
    std::vector<ActionPlan> plans;  // in the order the site has them
    std::vector<Indicator> indicators;
  };
  std::optional<Taken> take(const std::string& dir);

  // How many documents the build that stored last took.
  std::size_t documents_taken() const { return documents_taken_; }

 private:
  // A document of the last model: where its plans and indicators are in it,
  // and whether it has been taken.
  struct Held {
    std::size_t plans_begin = 0, plans_end = 0, indicators_begin = 0, indicators_end = 0;
    bool taken = false;
  };
  std::shared_ptr<Site> site_;
  std::vector<Held> held_;          // by index in site_->documents
  std::set<std::string> not_kept_;  // folders forgotten, or reported on
  // The folders of the documents of the last model stored (kept from one
  // model to the next while they are the same): looked at first where the
  // last document taken was followed, else by a map made when first needed.
  std::vector<std::string> folders_;
  OrderedLookup lookup_;
  std::size_t taking_ = 0;  // documents taken since the last store
  std::size_t documents_taken_ = 0;
};

}  // namespace styrdok
