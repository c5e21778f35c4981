#include "output/staging_directory.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>

#include "output/remove_tree.h"

namespace styrdok {

namespace fs = std::filesystem;

namespace {

std::string sibling(const fs::path& target, const std::string& suffix) {
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  return (parent / ("." + target.filename().string() + suffix + "-" + std::to_string(::getpid()))).string();
}

std::string error_text(int error) { return std::error_code(error, std::generic_category()).message(); }

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
  const std::string staging = sibling(target, ".tmp");
  std::error_code ec;
  remove_tree(staging);  // left by an interrupted build of the same process id
  if (!target.parent_path().empty()) fs::create_directories(target.parent_path(), ec);
  if (!fs::create_directories(staging, ec)) {
    diagnostics.error({target.string(), 0, 0}, "cannot create the temporary output directory " + staging + ": " +
                                                   (ec ? ec.message() : std::string("it already exists")));
    return std::nullopt;
  }
  const int root = ::open(staging.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (root < 0) {
    const int error = errno;
    diagnostics.error({target.string(), 0, 0},
                      "cannot open the temporary output directory " + staging + ": " + error_text(error));
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
      errors_(std::move(other.errors_)) {
  other.root_ = -1;
  other.committed_ = true;  // the moved-from object owns nothing
}

StagingDirectory::~StagingDirectory() {
  if (root_ >= 0) ::close(root_);
  if (committed_ || staging_.empty()) return;
  remove_tree(staging_);
}

std::string StagingDirectory::make_directories(const std::string& dir) {
  if (made_.contains(dir)) return "";
  const auto slash = dir.rfind('/');
  if (slash != std::string::npos) {
    if (auto error = make_directories(dir.substr(0, slash)); !error.empty()) return error;
  }
  if (::mkdirat(root_, dir.c_str(), 0777) != 0 && errno != EEXIST) {
    const int error = errno;
    return "cannot create the directory " + staging_ + "/" + dir + ": " + error_text(error);
  }
  made_.insert(dir);
  return "";
}

std::string StagingDirectory::write(const std::string& path, std::string_view content) {
  if (!inside_root(path)) return "cannot write '" + path + "': the path leads outside the output directory";
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
    if (error == EEXIST) return "two output files have the same path: " + path;
    return "cannot write " + staging_ + "/" + path + ": " + error_text(error);
  }
  int error = write_all(fd, content) ? 0 : errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) return "cannot write " + staging_ + "/" + path + ": " + error_text(error);
  return "";
}

void StagingDirectory::fail(std::string message) {
  std::lock_guard lock(mutex_);
  errors_.push_back(std::move(message));
}

void StagingDirectory::put(OutputFile&& file) {
  auto error = write(file.path, file.bytes);
  if (!error.empty()) fail(std::move(error));
}

void StagingDirectory::keep(std::string path) {
  fail("cannot write " + path + ": it was kept from an earlier build, whose bytes are not on hand");
}

std::vector<std::string> StagingDirectory::finish() {
  std::lock_guard lock(mutex_);
  std::sort(errors_.begin(), errors_.end());
  return std::move(errors_);
}

bool StagingDirectory::commit(Diagnostics& diagnostics, unsigned jobs) {
  std::error_code ec;
  const std::string old = sibling(target_, ".old");
  remove_tree(old, jobs);
  const bool had_target = fs::exists(target_, ec);
  if (had_target) {
    fs::rename(target_, old, ec);
    if (ec) {
      diagnostics.error({target_, 0, 0}, "cannot move the previous output aside: " + ec.message());
      return false;
    }
  }
  fs::rename(staging_, target_, ec);
  if (ec) {
    diagnostics.error({target_, 0, 0}, "cannot put the new output in place: " + ec.message());
    if (had_target) fs::rename(old, target_, ec);  // put the previous output back
    return false;
  }
  committed_ = true;
  if (had_target) {
    if (auto error = remove_tree(old, jobs); !error.empty()) diagnostics.warning({target_, 0, 0}, error);
  }
  return true;
}

}  // namespace styrdok
