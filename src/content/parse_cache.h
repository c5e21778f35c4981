// Parsed files kept between builds by `styrdok serve`: a rebuild parses only
// the files that changed. Parsing is pure, so an entry for the same text is
// exactly what parsing again would give (diagnostics included).
//
// An entry is keyed by the path of the file it was parsed from, or, when it
// was parsed from several files of one name (a plan's .yaml and .csv), by
// that path without the extension. Two ways to know an entry is still good:
//  - checked: it is compared with the full text of its files, which the
//    loader reads again every build;
//  - told: the owner calls forget() for every path that changed (serve's
//    file watcher does), and the loader does not even read the others.
//
// Thread-safe: the loaders look up and store from several threads at once;
// look-ups share the lock, and an entry is copied out after it is released.
#pragma once

#include <algorithm>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "model/action_plan.h"
#include "model/site.h"

namespace styrdok {

enum class CacheValidation { checked, told };

template <class T>
class ParseCache {
 public:
  explicit ParseCache(CacheValidation validation = CacheValidation::checked) : validation_(validation) {}
  CacheValidation validation() const { return validation_; }

  struct Entry {
    std::optional<T> value;  // empty when the file had errors
    Diagnostics diagnostics;
  };

  // The entry parsed from exactly `text` under `key` with the same labels, if any.
  std::optional<Entry> find(const std::string& key, const std::string& text, const std::string& labels) const {
    std::shared_ptr<const Slot> slot;
    {
      std::shared_lock lock(mutex_);
      auto it = slots_.find(key);
      if (it == slots_.end()) return std::nullopt;
      slot = it->second;
    }
    if (slot->text != text || slot->labels != labels) return std::nullopt;
    return slot->entry;
  }

  // CacheValidation::told: the entry under `key` unless forgotten since.
  std::optional<Entry> find(const std::string& key, const std::string& labels) const {
    std::shared_ptr<const Slot> slot;
    {
      std::shared_lock lock(mutex_);
      auto it = slots_.find(key);
      if (it == slots_.end()) return std::nullopt;
      slot = it->second;
    }
    if (slot->labels != labels) return std::nullopt;
    return slot->entry;
  }

  // Drops the entries parsed from `path`, or from any file below it (all of
  // them for an empty path, the site's root).
  void forget(const std::string& path) {
    std::lock_guard lock(mutex_);
    erase(path);
    const auto name = path.rfind('/') + 1;  // 0 when there is no '/'
    if (const auto dot = path.rfind('.'); dot != std::string::npos && dot > name) erase(path.substr(0, dot));
    const std::string prefix = path.empty() ? "" : path + "/";  // "" is the root: everything lies below it
    while (true) {
      const auto below = ordered_.lower_bound(prefix);
      if (below == ordered_.end() || !below->starts_with(prefix)) break;
      erase(std::string(*below));
    }
  }

  void store(const std::string& key, std::string text, const std::string& labels, Entry entry) {
    std::lock_guard lock(mutex_);
    if (validation_ == CacheValidation::told) text.clear();  // never compared: do not keep it
    auto slot = std::make_shared<const Slot>(Slot{std::move(text), labels, std::move(entry)});
    if (auto [it, inserted] = slots_.insert_or_assign(key, std::move(slot)); inserted) ordered_.insert(it->first);
  }

  // Entries of files that no longer exist are dropped after each load. Told,
  // the owner has forgotten every file that went already.
  void keep_only(const std::vector<std::string>& keys) {
    if (validation_ == CacheValidation::told) return;
    {
      // The usual case: an entry for each of the keys (all different) and no
      // other. Looked up without making a set of them.
      std::shared_lock lock(mutex_);
      if (slots_.size() == keys.size() &&
          std::all_of(keys.begin(), keys.end(), [&](const std::string& key) { return slots_.contains(key); }))
        return;
    }
    const std::unordered_set<std::string_view> keep(keys.begin(), keys.end());
    std::lock_guard lock(mutex_);
    std::vector<std::string> gone;
    for (const auto& [key, slot] : slots_)
      if (!keep.contains(key)) gone.push_back(key);
    for (const auto& key : gone) erase(key);
  }

 private:
  struct Slot {
    std::string text;
    std::string labels;
    Entry entry;
  };
  // Under the lock held exclusively.
  void erase(const std::string& key) {
    const auto it = slots_.find(key);
    if (it == slots_.end()) return;
    ordered_.erase(it->first);
    slots_.erase(it);
  }

  CacheValidation validation_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::shared_ptr<const Slot>> slots_;  // shared: copied out without the lock
  std::set<std::string_view> ordered_;  // the keys of slots_ in order: a folder's run, found without a scan
};

// Everything the content loaders parse, kept between builds.
struct ContentCache {
  explicit ContentCache(CacheValidation validation = CacheValidation::checked)
      : versions(validation), plans(validation), indicators(validation) {}
  void forget(const std::string& path) {
    versions.forget(path);
    plans.forget(path);
    indicators.forget(path);
  }
  ParseCache<Version> versions;
  ParseCache<ActionPlan> plans;
  ParseCache<Indicator> indicators;
};

}  // namespace styrdok
