#include "core/confined_file_system.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/text.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

fs::path canonical_root(const std::string& root) {
  std::error_code ec;
  auto path = fs::canonical(root, ec);
  return ec ? fs::absolute(root).lexically_normal() : path;
}

// "a/./b/../c/" -> "a/c"; nullopt for a path that leads out of the root
// ("../x", "/etc/passwd").
std::optional<std::string> normalised(const std::string& path) {
  const fs::path p = fs::path(path).lexically_normal();
  if (p.is_absolute()) return std::nullopt;
  std::string text = p.generic_string();
  if (text == "." || text.empty()) return "";
  if (text == ".." || text.starts_with("../")) return std::nullopt;
  if (text.back() == '/') text.pop_back();
  return text;
}

std::string parent_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

// "a named pipe" for a file that is neither a regular file nor a folder.
std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "not a file";
}

// Whether `key` is `path` or lies below it ("" is the root: everything does).
bool at_or_below(const std::string& key, const std::string& path) {
  return path.empty() || key == path || (key.starts_with(path) && key[path.size()] == '/');
}

template <typename Map>
void erase_at_or_below(Map& map, const std::string& path) {
  std::erase_if(map, [&](const auto& entry) { return at_or_below(entry.first, path); });
}

}  // namespace

fs::path resolve_links(fs::path full) {
  for (int links = 0; links < 40; ++links) {
    std::error_code ec;
    const fs::path parent = fs::weakly_canonical(full.parent_path(), ec);  // the folders above, links followed
    if (ec) return {};
    full = parent / full.filename();
    if (!fs::is_symlink(full, ec)) return fs::weakly_canonical(full, ec);
    const fs::path to = fs::read_symlink(full, ec);
    if (ec) return {};
    full = to.is_absolute() ? to : parent / to;
  }
  return {};
}

ConfinedFileSystem::ConfinedFileSystem(const std::string& root, std::size_t max_file_bytes)
    : root_(canonical_root(root)),
      root_slash_(root_.string() + "/"),
      max_file_bytes_(max_file_bytes),
      disk_(root_.string(), max_file_bytes) {}

bool ConfinedFileSystem::points_inside(const fs::path& full) const {
  const fs::path real = resolve_links(full);
  return !real.empty() && (real.string() + "/").starts_with(root_slash_);
}

void ConfinedFileSystem::refuse(const std::string& path, std::string why) const {
  std::lock_guard lock(mutex_);
  refused_[path] = std::move(why);
}

void ConfinedFileSystem::refuse_link(const std::string& path) const {
  const fs::path to = resolve_links(root_ / path);
  if (to.empty()) return refuse(path, "the link leads round in a loop of links, to no file");
  refuse(path, "the link points outside the site (to " + to.string() +
                   "); only files inside the site's folder are read: copy what it points to into the site instead");
}

void ConfinedFileSystem::refuse_dangling_link(const std::string& path) const {
  // Named from the site's folder, as the link's own path is: it lies inside.
  std::string to = resolve_links(root_ / path).string();
  if (to.starts_with(root_slash_)) to.erase(0, root_slash_.size());
  refuse(path, "the link leads nowhere: there is no " + to +
                   "; make it point to a file of the site, or put the file itself in its place");
}

bool ConfinedFileSystem::folder_inside(const std::string& dir) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = folders_.find(dir); it != folders_.end()) return it->second;
  }
  const bool inside = dir.empty() || points_inside(root_ / dir);
  if (!inside) {
    // The first part of the path that is a link out of the site is the one to name.
    std::string prefix;
    bool named = false;
    for (const auto& part : fs::path(dir)) {
      prefix = join_path(prefix, part.string());
      std::error_code ec;
      if (fs::is_symlink(root_ / prefix, ec) && !points_inside(root_ / prefix)) {
        refuse_link(prefix);
        named = true;
        break;
      }
    }
    if (!named) refuse(dir, "the folder lies outside the site's folder");
  }
  std::lock_guard lock(mutex_);
  folders_[dir] = inside;
  return inside;
}

bool ConfinedFileSystem::file_allowed(const std::string& path) const {
  if (path.empty() || !folder_inside(parent_of(path))) return false;
  const fs::path full = root_ / path;
  struct stat st;
  if (::lstat(full.c_str(), &st) != 0) return false;  // missing: the caller says so
  if (S_ISLNK(st.st_mode)) {
    if (!points_inside(full)) {
      refuse_link(path);
      return false;
    }
    if (::stat(full.c_str(), &st) != 0) {
      if (errno == ENOENT) refuse_dangling_link(path);
      return false;
    }
  }
  if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_file_bytes_) {
    refuse(path, "is " + byte_size(static_cast<std::uintmax_t>(st.st_size)) + ", more than the " +
                     byte_size(max_file_bytes_) + " styrdok reads or copies from one file; make it smaller");
    return false;
  }
  if (S_ISREG(st.st_mode)) return true;
  if (!S_ISDIR(st.st_mode)) refuse(path, "is " + kind_of(st.st_mode) + ", not a file; only regular files are read");
  return false;
}

std::optional<std::string> ConfinedFileSystem::readable_path(const std::string& path) const {
  const auto p = normalised(path);
  if (!p) {
    refuse(path, "the path leads outside the site's folder");
    return std::nullopt;
  }
  if (!file_allowed(*p)) return std::nullopt;
  return p;
}

std::optional<std::string> ConfinedFileSystem::read(const std::string& path) const {
  const auto p = readable_path(path);
  if (!p) return std::nullopt;
  auto bytes = disk_.read(*p);  // which again reads only a regular file, should it have changed since
  if (!bytes && ::access((root_ / *p).c_str(), R_OK) != 0 && errno != ENOENT) {
    // Not "missing": say why, or an unreadable template reads as one the theme lacks.
    refuse(*p, std::string("cannot be read: ") + std::strerror(errno));
  }
  return bytes;
}

std::optional<std::uintmax_t> ConfinedFileSystem::size_of(const std::string& path) const {
  const auto p = readable_path(path);
  if (!p) return std::nullopt;
  return disk_.size_of(*p);
}

bool ConfinedFileSystem::is_file(const std::string& path) const {
  const auto p = normalised(path);
  if (!p) refuse(path, "the path leads outside the site's folder");
  return p && file_allowed(*p);
}

bool ConfinedFileSystem::is_directory(const std::string& path) const {
  const auto p = normalised(path);
  return p && folder_inside(*p) && disk_.is_directory(*p);
}

std::vector<DirEntry> ConfinedFileSystem::list(const std::string& dir) const {
  const auto d = normalised(dir);
  if (!d || !folder_inside(*d)) return {};
  std::vector<DirEntry> out;
  std::error_code ec;
  fs::directory_iterator it(root_ / *d, ec);
  if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
    // An unreadable folder would otherwise read as an empty one ("no version file").
    refuse(*d, "the folder cannot be read: " + ec.message());
    return {};
  }
  for (fs::directory_iterator end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    std::error_code type_error;
    if (it->is_symlink(type_error)) {
      if (!points_inside(it->path())) {
        refuse_link(join_path(*d, name));
        continue;
      }
      out.push_back({name, fs::is_directory(it->path(), type_error)});
    } else {
      out.push_back({name, it->is_directory(type_error)});
    }
  }
  std::sort(out.begin(), out.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return out;
}

std::vector<Refusal> ConfinedFileSystem::refusals() const {
  std::lock_guard lock(mutex_);
  std::vector<Refusal> out;
  for (const auto& [path, why] : refused_) out.push_back({path, why});
  return out;
}

void ConfinedFileSystem::forget(const std::string& path) {
  const std::string p = normalised(path).value_or(path);
  std::lock_guard lock(mutex_);
  erase_at_or_below(folders_, p);
  erase_at_or_below(refused_, p);
}

}  // namespace styrdok
