#include "content/model_cache.h"

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
  index_.clear();
  not_kept_.clear();
  held_.clear();
}

void ModelCache::store(std::shared_ptr<Site> site, const Diagnostics& reported) {
  forget_all();
  documents_taken_ = std::exchange(taking_, 0);
  if (!site) return;
  site_ = std::move(site);
  // The documents, plans and indicators are all in order of organisation
  // and document: each document's run of plans and indicators is found in
  // one pass over the three.
  const auto& documents = site_->documents;
  index_.reserve(documents.size());
  held_.resize(documents.size());
  std::size_t plan = 0, indicator = 0;
  for (std::size_t d = 0; d < documents.size(); ++d) {
    index_.emplace(documents[d].source_dir, d);
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

std::optional<Document> ModelCache::take(const std::string& dir) {
  // Still read elsewhere (by the search thread): not to be changed, and
  // not to be kept either, since this build replaces it.
  if (site_ && site_.use_count() > 1) forget_all();
  if (!site_ || not_kept_.contains(dir)) return std::nullopt;
  const auto found = index_.find(dir);
  if (found == index_.end() || held_[found->second].taken) return std::nullopt;
  held_[found->second].taken = true;
  ++taking_;
  return std::move(site_->documents[found->second]);
}

std::optional<ModelCache::FollowUp> ModelCache::take_follow_up(const Document& doc) {
  if (!site_) return std::nullopt;
  const auto found = index_.find(doc.source_dir);
  if (found == index_.end() || !held_[found->second].taken) return std::nullopt;
  const Held& at = held_[found->second];
  return FollowUp{move_out(site_->plans, at.plans_begin, at.plans_end),
                  move_out(site_->indicators, at.indicators_begin, at.indicators_end)};
}

}  // namespace styrdok
