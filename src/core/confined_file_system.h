// The site's folder on disk, and nothing outside it: how build, check, pdf
// and serve read a site. A site kept in a shared repository must not be able
// to publish the files of the machine that builds it.
//
// A symbolic link is followed only when what it points to lies inside the
// site's folder. One that points outside is refused: it reads as missing (a
// folder lists without it) and refusals() says why, naming the link, so the
// build fails with "<link>: the link points outside the site (to …)". A path
// that leads out with ".." is refused alike. Only regular files are read: a
// named pipe, a socket or a device is refused instead (reading one could
// wait for ever, or never end).
//
// Thread-safe: builds read from several threads; forget() may come between.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/file_system.h"
#include "core/limits.h"

namespace styrdok {

// Where `path` leads with every symbolic link in it followed, also a link to
// nothing (which std::filesystem::weakly_canonical leaves as it is); empty
// for a loop of links. Absolute `path`s give absolute results.
std::filesystem::path resolve_links(std::filesystem::path path);

class ConfinedFileSystem final : public FileSystem {
 public:
  // A file larger than `max_file_bytes` is refused too, before it is read.
  explicit ConfinedFileSystem(const std::string& root, std::size_t max_file_bytes = InputLimits{}.any_file_bytes);
  std::optional<std::string> read(const std::string& path) const override;
  std::vector<DirEntry> list(const std::string& dir) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file(const std::string& path) const override;
  std::optional<std::uintmax_t> size_of(const std::string& path) const override;
  std::vector<Refusal> refusals() const override;
  void forget(const std::string& path) override;

 private:
  // Whether the folder `dir` (normalised) lies inside the site, links
  // followed; when not, the link that leads out is refused. Remembered per
  // folder: a build reads thousands of files from hundreds of folders.
  bool folder_inside(const std::string& dir) const;
  // Whether `path` (normalised) is a regular file inside the site; refuses
  // a link out of it and a file of another kind.
  bool file_allowed(const std::string& path) const;
  // `path` normalised when it names a file that may be read (file_allowed);
  // else nullopt, a path leading out of the site refused.
  std::optional<std::string> readable_path(const std::string& path) const;
  bool points_inside(const std::filesystem::path& full) const;
  void refuse_link(const std::string& path) const;
  // A link inside the site to nothing: names where it points.
  void refuse_dangling_link(const std::string& path) const;
  void refuse(const std::string& path, std::string why) const;

  std::filesystem::path root_;  // canonical
  std::string root_slash_;      // root_ and '/'
  std::size_t max_file_bytes_;
  DiskFileSystem disk_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, bool> folders_;         // folder -> whether it lies inside
  mutable std::map<std::string, std::string> refused_;  // path -> why
};

}  // namespace styrdok
