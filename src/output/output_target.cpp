#include "output/output_target.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "core/confined_file_system.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

// The path with every symbolic link in it followed (itself when they loop).
fs::path resolved(const fs::path& path) {
  auto real = resolve_links(path);
  return real.empty() ? path : real;
}

// Whether `inner` is `outer` or lies below it (both resolved and absolute).
bool within(const fs::path& inner, const fs::path& outer) {
  auto with_slash = [](std::string path) { return path.ends_with('/') ? path : path + "/"; };  // "/" stays "/"
  return with_slash(inner.string()).starts_with(with_slash(outer.string()));
}

bool is_empty_folder(const fs::path& dir) {
  std::error_code ec;
  return fs::directory_iterator(dir, ec) == fs::directory_iterator() && !ec;
}

std::string link_target(const fs::path& link) {
  std::error_code ec;
  const auto to = fs::read_symlink(link, ec);
  return ec ? std::string("somewhere") : to.string();
}

const char* const kElsewhere = "choose a folder outside the site, or the default public/";

}  // namespace

std::string output_target_problem(const std::string& out, const OutputTargetRules& rules) {
  fs::path given = fs::absolute(out).lexically_normal();
  if (given.filename().empty()) given = given.parent_path();  // "public/"
  const fs::path site = resolved(fs::absolute(rules.source).lexically_normal());

  // The output folder itself must be a folder or nothing yet: a file or a
  // link is never replaced (a link would let the swap replace the link and
  // leave its target, or write where the link points).
  struct stat st;
  const bool exists = ::lstat(given.c_str(), &st) == 0;
  if (exists && S_ISLNK(st.st_mode)) {
    return "is a symbolic link (to " + link_target(given) +
           "); styrdok never replaces a link with its output: give the folder itself as --out";
  }
  if (exists && !S_ISDIR(st.st_mode)) {
    return "is a file, not a folder; styrdok never replaces a file with its output: choose a folder as --out";
  }

  const fs::path target = resolved(given);
  if (target == site)
    return "is the site's own folder: the output would replace the site's own files; " + std::string(kElsewhere);
  if (within(site, target)) {
    return "holds the site's folder (" + site.string() + "): the output would replace the site's own files; " +
           kElsewhere;
  }
  if (within(target, site)) {
    const fs::path inside = target.lexically_relative(site);
    const std::string top = inside.begin()->string();
    const bool site_entry =
        std::find(rules.site_entries.begin(), rules.site_entries.end(), top) != rules.site_entries.end();
    if (std::distance(inside.begin(), inside.end()) > 1) {
      return "lies inside the site's folder (in " + top + "/): the output would replace or mix with the site's own " +
             "files; " + kElsewhere;
    }
    if (site_entry) {
      const std::string what = top.find('.') == std::string::npos ? top + "/ folder" : top;
      return "is the site's own " + what + ": the output would replace the site's own files; " + kElsewhere;
    }
    // Not one of the site's own folders: --force may replace it (an output
    // of a styrdok older than the marker, say public/ itself).
    if (exists && !rules.force && !is_earlier_output(target.string()) && !is_empty_folder(target)) {
      return "is a folder of the site and not an earlier output of styrdok (it has no " + std::string(kOutputMarker) +
             " file): the output would replace everything in it; if it is the output of an older styrdok, add "
             "--force to replace it once, else move what it holds elsewhere or choose another --out";
    }
    return "";
  }
  if (exists && !rules.force && !is_earlier_output(target.string()) && !is_empty_folder(target)) {
    return "exists and is not an earlier output of styrdok (it has no " + std::string(kOutputMarker) +
           " file): the output would replace everything in it; choose another --out, or add --force to replace it "
           "(once, for an output of an older styrdok)";
  }
  return "";
}

bool is_earlier_output(const std::string& dir) {
  struct stat st;
  return ::lstat((fs::path(dir) / kOutputMarker).c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string output_marker_text(std::string_view version) {
  return "This folder is the output of styrdok " + std::string(version) +
         ".\nThe next build replaces all of it: keep nothing else here.\n";
}

}  // namespace styrdok
