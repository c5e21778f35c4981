// The files `styrdok serve` answers with, path -> bytes, changed in place:
// a build replaces only the files it rendered and removes only those it no
// longer makes; the files it kept from the build before are not touched.
// So a save costs work in proportion to what it changed, not to the site
// (issue 20: at 10,000 documents a site has about 170,000 files).
//
// The search index is made apart from the pages (after them, on a thread of
// its own): its files, under one folder, are replaced as a whole, and a build
// without them leaves them as they are.
//
// Not thread-safe: PreviewServer guards it with its mutex, with one
// exception: see contains_page().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "output/output_file.h"
#include "output/path_list.h"

namespace styrdok {

class ServedFiles {
 public:
  using Bytes = std::shared_ptr<const std::string>;

  // `separate_dir`: the folder of the files made apart ("sok/index/").
  explicit ServedFiles(std::string separate_dir);

  // Whether any build has been applied.
  bool has_output() const { return has_output_; }
  // The bytes at `path`, or null.
  Bytes find(const std::string& path) const;
  bool contains(const std::string& path) const {
    return is_separate(path) ? separate_.contains(path) : pages_.contains(path);
  }
  std::size_t size() const { return pages_.size() + separate_.size(); }

  // Whether a page (a file outside the separate folder) is served. It reads
  // only what apply() changes and replace_separate() does not: while one
  // thread replaces the separate files, the thread that calls apply() (and
  // threads it waits for) may ask this without a lock. That is how serve
  // asks it for each of a site's pages during a build, without taking its
  // lock 170,000 times against the search index's thread.
  bool contains_page(const std::string& path) const { return pages_.contains(path); }

  // A build's output, in any order, each path once: `rendered` its new
  // files, `kept` the paths it kept as they were (each served now). With
  // `has_separate`, the build made the separate folder's files too (they are
  // among `rendered`); without, those stay. Every other file goes.
  //
  // Returns the bytes no longer served, so that the caller frees them after
  // releasing its lock and telling the open pages: freeing many pages (and
  // the allocator's tidying that follows) takes tens of milliseconds.
  std::vector<Bytes> apply(OutputFiles&& rendered, const PathList& kept, bool has_separate);

  // Replaces every file of the separate folder with `files` (all under it);
  // returns the bytes replaced, as apply() does.
  std::vector<Bytes> replace_separate(OutputFiles&& files);

  // The paths of the separate folder's files now served, sorted.
  std::vector<std::string> separate() const;

 private:
  bool is_separate(std::string_view path) const { return path.starts_with(separate_dir_); }

  std::string separate_dir_;
  std::unordered_map<std::string, Bytes> pages_;     // every file outside separate_dir_
  std::unordered_map<std::string, Bytes> separate_;  // the files under it
  bool has_output_ = false;
};

}  // namespace styrdok
