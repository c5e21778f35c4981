// Parsed version files kept between builds by `styrdok serve`, keyed by path:
// a rebuild re-parses only the files that changed. Parsing is pure, so an
// entry for the same text is exactly what parsing again would give
// (diagnostics included). Two ways to know a file is unchanged:
//  - checked: each entry is compared with the file's full text, which the
//    loader reads again every build;
//  - told: the owner calls forget() for every path that changed (serve's
//    file watcher does), and the loader does not even read the others.
//
// Thread-safe: the loader looks up and stores from several threads at once.
#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/error.h"
#include "model/site.h"

namespace styrdok {

class VersionCache {
 public:
  enum class Validation { checked, told };
  explicit VersionCache(Validation validation = Validation::checked) : validation_(validation) {}
  Validation validation() const { return validation_; }

  struct Entry {
    std::optional<Version> version;
    Diagnostics diagnostics;
  };

  // The entry parsed from exactly `text` at `path` with the same labels, if any.
  std::optional<Entry> find(const std::string& path, const std::string& text, const std::string& labels) const;
  // Validation::told: the entry for `path` unless forgotten since.
  std::optional<Entry> find(const std::string& path, const std::string& labels) const;
  // Drops the entries of `path` and of every file below it.
  void forget(const std::string& path);
  void store(const std::string& path, std::string text, const std::string& labels, Entry entry);

  // Entries of files that no longer exist are dropped after each load.
  void keep_only(const std::vector<std::string>& paths);

 private:
  struct Slot {
    std::string text;
    std::string labels;
    Entry entry;
  };
  Validation validation_;
  mutable std::mutex mutex_;
  std::map<std::string, Slot> slots_;
};

}  // namespace styrdok
