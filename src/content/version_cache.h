// Parsed version files kept between builds by `styrdok serve`, keyed by path
// and checked against the file's full text: a rebuild re-parses only the
// files whose bytes changed. Parsing is pure, so an entry whose text is the
// same is exactly what parsing again would give (diagnostics included).
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
  struct Entry {
    std::optional<Version> version;
    Diagnostics diagnostics;
  };

  // The entry parsed from exactly `text` at `path` with the same labels, if any.
  std::optional<Entry> find(const std::string& path, const std::string& text, const std::string& labels) const;
  void store(const std::string& path, std::string text, const std::string& labels, Entry entry);

  // Entries of files that no longer exist are dropped after each load.
  void keep_only(const std::vector<std::string>& paths);

 private:
  struct Slot {
    std::string text;
    std::string labels;
    Entry entry;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Slot> slots_;
};

}  // namespace styrdok
