#include "content/model_cache.h"

#include <iterator>
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
  taken_.clear();
}

void ModelCache::store(std::shared_ptr<Site> site, const Diagnostics& reported) {
  forget_all();
  documents_taken_ = std::exchange(taking_, 0);
  if (!site) return;
  site_ = std::move(site);
  index_.reserve(site_->documents.size());
  for (std::size_t i = 0; i < site_->documents.size(); ++i) index_.emplace(site_->documents[i].source_dir, i);
  taken_.resize(site_->documents.size());
  for (const auto& d : reported.items())
    if (auto folder = document_folder(d.where.path); !folder.empty()) not_kept_.insert(std::move(folder));
}

std::optional<Document> ModelCache::take(const std::string& dir) {
  // Still read elsewhere (by the search thread): not to be changed, and
  // not to be kept either, since this build replaces it.
  if (site_ && site_.use_count() > 1) forget_all();
  if (!site_ || not_kept_.contains(dir)) return std::nullopt;
  const auto found = index_.find(dir);
  if (found == index_.end() || taken_[found->second]) return std::nullopt;
  Document& doc = site_->documents[found->second];
  const auto plans = site_->plans_of(doc);
  const auto indicators = site_->indicators_of(doc);
  const auto first_plan = static_cast<std::size_t>(plans.data() - site_->plans.data());
  const auto first_indicator = static_cast<std::size_t>(indicators.data() - site_->indicators.data());
  taken_[found->second] =
      Taken{first_plan, first_plan + plans.size(), first_indicator, first_indicator + indicators.size()};
  ++taking_;
  return std::move(doc);
}

std::optional<ModelCache::FollowUp> ModelCache::take_follow_up(const Document& doc) {
  if (!site_) return std::nullopt;
  const auto found = index_.find(doc.source_dir);
  if (found == index_.end() || !taken_[found->second]) return std::nullopt;
  const Taken& at = *taken_[found->second];
  return FollowUp{move_out(site_->plans, at.plans_begin, at.plans_end),
                  move_out(site_->indicators, at.indicators_begin, at.indicators_end)};
}

}  // namespace styrdok
