#include "content/model_cache.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <tuple>
#include <utility>

#include "content/site_loader.h"

namespace styrdok {

namespace {

// "content/<organisation>/<document>" of a path at or below a document's
// folder; empty for any other path.
std::string document_folder(const std::string& path) {
  const std::string prefix = std::string(kContentDir) + "/";
  if (!path.starts_with(prefix)) return "";
  const auto organisation_end = path.find('/', prefix.size());
  if (organisation_end == std::string::npos) return "";
  return path.substr(0, path.find('/', organisation_end + 1));  // the whole path when it is the folder
}

template <class T>
std::vector<T> move_out(std::vector<T>& from, std::size_t begin, std::size_t end) {
  return {std::make_move_iterator(from.begin() + static_cast<std::ptrdiff_t>(begin)),
          std::make_move_iterator(from.begin() + static_cast<std::ptrdiff_t>(end))};
}

}  // namespace

void ModelCache::forget(const std::string& dir) { not_kept_.insert(dir); }

void ModelCache::forget_all() {
  site_.reset();
  held_.clear();
  not_kept_.clear();
}

void ModelCache::store(std::shared_ptr<Site> site, const Diagnostics& reported) {
  forget_all();
  documents_taken_ = std::exchange(taking_, 0);
  lookup_.restart();
  if (!site) return;
  site_ = std::move(site);
  const auto& documents = site_->documents;
  // Usually the same documents as the last model's: the folders (and the map
  // of them, if made) stay.
  if (!std::equal(folders_.begin(), folders_.end(), documents.begin(), documents.end(),
                  [](const std::string& folder, const Document& doc) { return folder == doc.source_dir; })) {
    folders_.clear();
    for (const auto& doc : documents) folders_.push_back(doc.source_dir);
    lookup_.reset();  // its views were of the folders before
  }
  // The documents, plans and indicators are all in order of organisation
  // and document: each document's run of plans and indicators is found in
  // one pass over the three.
  held_.resize(documents.size());
  std::size_t plan = 0, indicator = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const auto owner = std::tie(documents[d].organisation_id, documents[d].slug);
    const auto run = [&](const auto& items, std::size_t& at, std::size_t& begin, std::size_t& end) {
      const auto of = [&](std::size_t i) { return std::tie(items[i].organisation_id, items[i].document_slug); };
      while (at < items.size() && of(at) < owner) ++at;
      begin = at;
      while (at < items.size() && of(at) == owner) ++at;
      end = at;
    };
    run(site_->plans, plan, held_[d].plans_begin, held_[d].plans_end);
    run(site_->indicators, indicator, held_[d].indicators_begin, held_[d].indicators_end);
  }
  for (const auto& d : reported.items())
    if (auto folder = document_folder(d.where.path); !folder.empty()) not_kept_.insert(std::move(folder));
}

std::optional<ModelCache::Taken> ModelCache::take(const std::string& dir) {
  // Still read elsewhere (by the search thread): not to be changed, and
  // not to be kept either, since this build replaces it.
  if (site_ && site_.use_count() > 1) forget_all();
  if (!site_) return std::nullopt;
  // The one left holding it: whatever the thread that let go of it last
  // read (it released its count) happens before what this one now changes.
  std::atomic_thread_fence(std::memory_order_acquire);
  const auto d = lookup_.find(dir, folders_.size(), [&](std::size_t i) { return std::string_view(folders_[i]); });
  if (!d) return std::nullopt;
  Held& held = held_[*d];
  if (held.taken || not_kept_.contains(dir)) return std::nullopt;
  held.taken = true;
  ++taking_;
  return Taken{std::move(site_->documents[*d]), move_out(site_->plans, held.plans_begin, held.plans_end),
               move_out(site_->indicators, held.indicators_begin, held.indicators_end)};
}

}  // namespace styrdok
