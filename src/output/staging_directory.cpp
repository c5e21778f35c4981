#include "output/staging_directory.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace styrdok {

namespace fs = std::filesystem;

namespace {

std::string sibling(const fs::path& target, const std::string& suffix) {
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  return (parent / ("." + target.filename().string() + suffix + "-" + std::to_string(::getpid()))).string();
}

}  // namespace

std::optional<StagingDirectory> StagingDirectory::create(const std::string& target_text, Diagnostics& diagnostics) {
  fs::path target = fs::path(target_text).lexically_normal();
  if (target.filename().empty()) target = target.parent_path();
  const std::string staging = sibling(target, ".tmp");
  std::error_code ec;
  fs::remove_all(staging, ec);
  if (!target.parent_path().empty()) fs::create_directories(target.parent_path(), ec);
  if (!fs::create_directories(staging, ec)) {
    diagnostics.error({target.string(), 0, 0}, "cannot create the temporary output directory " + staging + ": " +
                                                   (ec ? ec.message() : std::string("it already exists")));
    return std::nullopt;
  }
  return StagingDirectory(target.string(), staging);
}

StagingDirectory::StagingDirectory(StagingDirectory&& other) noexcept
    : target_(std::move(other.target_)), staging_(std::move(other.staging_)), committed_(other.committed_) {
  other.committed_ = true;  // the moved-from object owns nothing
}

StagingDirectory::~StagingDirectory() {
  if (committed_ || staging_.empty()) return;
  std::error_code ec;
  fs::remove_all(staging_, ec);
}

std::string StagingDirectory::write(const std::string& path, const std::string& content) const {
  const fs::path full = fs::path(staging_) / path;
  std::error_code ec;
  fs::create_directories(full.parent_path(), ec);
  std::ofstream out(full, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  out.close();
  if (!out) return "cannot write " + full.string();
  return "";
}

bool StagingDirectory::commit(Diagnostics& diagnostics) {
  std::error_code ec;
  const std::string old = sibling(target_, ".old");
  fs::remove_all(old, ec);
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
  if (had_target) fs::remove_all(old, ec);
  return true;
}

}  // namespace styrdok
