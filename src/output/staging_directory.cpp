#include "output/staging_directory.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "core/text.h"
#include "output/interrupted_builds.h"
#include "output/remove_tree.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

std::string error_text(int error) { return std::error_code(error, std::generic_category()).message(); }

bool no_space(int error) { return error == ENOSPC || error == EDQUOT; }

// The disk space the files and folders under `dir` take (0 when it does
// not exist).
std::uint64_t disk_usage(const std::string& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    struct stat st;
    if (::lstat(it->path().c_str(), &st) == 0) total += static_cast<std::uint64_t>(st.st_blocks) * 512;
  }
  return total;
}

// renameat2 flags, where the file system knows them; EINVAL (or ENOSYS on
// an old kernel) where it does not: some network and FUSE file systems.
bool unsupported(int error) { return error == EINVAL || error == ENOSYS || error == ENOTSUP; }

// A path the output may hold: relative, '/'-separated, no empty, "." or ".."
// part, so that it names a file inside the output root and nowhere else.
bool inside_root(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  for (std::size_t start = 0; start <= path.size();) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

// Writes all of `content` to `fd`, resuming after short writes.
bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;  // no progress and no reason: do not loop
    if (n <= 0) return false;
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

std::optional<StagingDirectory> StagingDirectory::create(const std::string& target_text, Diagnostics& diagnostics) {
  fs::path target = fs::path(target_text).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  auto [done, errors] = clean_interrupted_builds(target);
  for (auto& line : done) diagnostics.warning({target.string(), 0, 0}, std::move(line));
  for (auto& error : errors) diagnostics.error({target.string(), 0, 0}, std::move(error));
  if (!errors.empty()) return std::nullopt;
  const std::string staging = build_folder(target, BuildFolder::staging, ::getpid());
  std::error_code ec;
  if (!target.parent_path().empty()) fs::create_directories(target.parent_path(), ec);
  if (::mkdir(staging.c_str(), 0777) != 0) {
    const int error = errno;
    diagnostics.error({target.string(), 0, 0}, no_space(error) ? disk_full_message(0, 0)
                                                               : "cannot create the temporary output directory " +
                                                                     staging + ": " + error_text(error));
    return std::nullopt;
  }
  const int root = ::open(staging.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (root < 0 || !lock_build_folder(root)) {
    const int error = root < 0 ? errno : EWOULDBLOCK;
    diagnostics.error({target.string(), 0, 0},
                      "cannot open the temporary output directory " + staging + ": " + error_text(error));
    if (root >= 0) ::close(root);
    remove_tree(staging);
    return std::nullopt;
  }
  return StagingDirectory(target.string(), staging, root);
}

StagingDirectory::StagingDirectory(std::string target, std::string staging, int root)
    : target_(std::move(target)), staging_(std::move(staging)), root_(root) {}

StagingDirectory::StagingDirectory(StagingDirectory&& other) noexcept
    : target_(std::move(other.target_)),
      staging_(std::move(other.staging_)),
      root_(other.root_),
      committed_(other.committed_),
      made_(std::move(other.made_)),
      errors_(std::move(other.errors_)),
      disk_full_(other.disk_full_.load()),
      written_(other.written_.load()) {
  other.root_ = -1;
  other.committed_ = true;  // the moved-from object owns nothing
}

StagingDirectory::~StagingDirectory() {
  if (!committed_ && !staging_.empty()) remove_tree(staging_);
  if (root_ >= 0) ::close(root_);  // unlocks it, once it is gone
}

std::string StagingDirectory::failed(const std::string& what, const std::string& path, int error) {
  if (no_space(error)) disk_full_ = true;  // finish() reports it once, in place of every file it stopped
  return "cannot " + what + " " + staging_ + "/" + path + ": " + error_text(error);
}

std::string StagingDirectory::make_directories(const std::string& dir) {
  if (made_.contains(dir)) return "";
  const auto slash = dir.rfind('/');
  if (slash != std::string::npos) {
    if (auto error = make_directories(dir.substr(0, slash)); !error.empty()) return error;
  }
  if (::mkdirat(root_, dir.c_str(), 0777) != 0 && errno != EEXIST) return failed("create the directory", dir, errno);
  made_.insert(dir);
  return "";
}

std::string StagingDirectory::write(const std::string& path, std::string_view content) {
  if (!inside_root(path)) return "cannot write '" + path + "': the path leads outside the output directory";
  if (disk_full_) return "cannot write " + staging_ + "/" + path + ": " + error_text(ENOSPC);
  const auto slash = path.rfind('/');
  if (slash != std::string::npos) {
    std::lock_guard lock(mutex_);
    if (auto error = make_directories(path.substr(0, slash)); !error.empty()) return error;
  }
  // O_EXCL: the staging directory starts empty, so a file that exists was
  // written before in this build.
  const int fd = ::openat(root_, path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    const int error = errno;
    if (error == EEXIST) return same_path_error(path);
    return failed("write", path, error);
  }
  int error = write_all(fd, content) ? 0 : errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) return failed("write", path, error);
  written_ += content.size();
  return "";
}

void StagingDirectory::fail(std::string message) {
  std::lock_guard lock(mutex_);
  errors_.push_back(std::move(message));
}

void StagingDirectory::put(OutputFile&& file) {
  auto error = write(file.path, file.bytes);
  if (!error.empty() && !disk_full_) fail(std::move(error));
}

void StagingDirectory::keep(std::string_view path) {
  fail("cannot write " + std::string(path) + ": it was kept from an earlier build, whose bytes are not on hand");
}

std::vector<std::string> StagingDirectory::finish() {
  std::lock_guard lock(mutex_);
  if (disk_full_) errors_.push_back(disk_full_message(written_, disk_usage(target_)));
  std::sort(errors_.begin(), errors_.end());
  return std::move(errors_);
}

bool StagingDirectory::commit(Diagnostics& diagnostics, unsigned jobs) {
  // The previous output, opened and locked, so that the clean-up of another
  // build leaves it alone while it is removed below.
  struct stat st;
  if (::lstat(target_.c_str(), &st) == 0 && !S_ISDIR(st.st_mode)) {
    diagnostics.error({target_, 0, 0},
                      "is no longer a folder (a file or a link took its place during the build); it is left as it is");
    return false;
  }
  const int previous = ::open(target_.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (previous < 0 && errno != ENOENT) {
    const int error = errno;
    diagnostics.error({target_, 0, 0}, "cannot replace the previous output: " + error_text(error));
    return false;
  }
  struct Closer {
    int fd;
    ~Closer() {
      if (fd >= 0) ::close(fd);
    }
  } close_previous{previous};
  if (previous >= 0) lock_build_folder(previous);

  // Exchanged in one step, so that a reader (a web server) or a kill sees
  // either the old or the new output. Where the file system cannot, the old
  // output is moved aside first: a build killed between the two moves
  // leaves no output, and the next build puts the old one back.
  const int flags = previous >= 0 ? RENAME_EXCHANGE : RENAME_NOREPLACE;
  std::string old = previous >= 0 ? staging_ : "";
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), flags) != 0) {
    const int error = errno;
    if (!unsupported(error)) {
      diagnostics.error({target_, 0, 0}, "cannot put the new output in place: " + error_text(error));
      return false;
    }
    if (previous >= 0) {
      old = build_folder(target_, BuildFolder::old_output, ::getpid());
      if (::rename(target_.c_str(), old.c_str()) != 0) {
        const int move_error = errno;
        diagnostics.error({target_, 0, 0}, "cannot move the previous output aside: " + error_text(move_error));
        return false;
      }
    }
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
      const int move_error = errno;
      diagnostics.error({target_, 0, 0}, "cannot put the new output in place: " + error_text(move_error));
      if (previous >= 0) ::rename(old.c_str(), target_.c_str());  // put the previous output back
      return false;
    }
  }
  committed_ = true;
  if (!old.empty()) {
    if (auto error = remove_tree(old, jobs); !error.empty()) diagnostics.warning({target_, 0, 0}, error);
  }
  return true;
}

std::string disk_full_message(std::uint64_t written, std::uint64_t previous) {
  const std::string need = previous > written ? "about " + byte_size(previous) +
                                                    " of free space (as much as the previous output takes) beside "
                                                    "the previous output"
                                              : "more free space than that";
  return "the disk is full: writing the new output stopped after " + byte_size(written) + "; it needs " + need +
         ": free some space, or write the output elsewhere with --out";
}

}  // namespace styrdok
