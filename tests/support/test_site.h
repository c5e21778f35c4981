// Helpers for tests that build whole sites: a temporary directory, the
// repository's theme loaded into an in-memory file system, and running the
// styrdok binary as a user would.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/file_system.h"

namespace styrdok::test {

namespace fs = std::filesystem;

inline std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// A directory under the system temp dir, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("styrdok-test-" + std::to_string(rd()) + std::to_string(rd()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& rel) const { return path_ / rel; }

 private:
  fs::path path_;
};

// The repository's themes/ folder, added to `files` under "themes/".
inline void add_repository_theme(MemoryFileSystem& files) {
  const fs::path root = fs::path(STYRDOK_SOURCE_DIR) / "themes";
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    files.add("themes/" + fs::relative(e.path(), root).generic_string(), read_text(e.path()));
  }
}

// Copies the repository's theme into a site folder on disk.
inline void copy_repository_theme(const fs::path& site) {
  fs::copy(fs::path(STYRDOK_SOURCE_DIR) / "themes", site / "themes", fs::copy_options::recursive);
}

// A minimal valid site file with the given organisation ids.
inline std::string site_yaml(const std::string& extra = "") {
  return "title: Testwebbplats\n"
         "base_url: https://example.org/styrdokument/\n" +
         extra +
         "organisations:\n"
         "  - id: lysekil\n"
         "    name: Lysekils kommun\n"
         "accessibility:\n"
         "  compliance: partial\n"
         "  assessment_method: Automatiska tester.\n"
         "  assessment_date: 2026-01-01\n"
         "  statement_date: 2026-01-01\n"
         "  contact_email: webb@example.org\n";
}

inline std::string version_md(const std::string& front, const std::string& body = "## Syfte\n\nText.\n") {
  return "---\n" + front + "---\n" + body;
}

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs a shell command, collecting its output.
inline RunResult run_command(const std::string& shell_command) {
  const std::string command = shell_command + " 2>&1";
  RunResult r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.output.append(buf.data(), n);
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// Runs the styrdok binary with `args` (already shell-quoted where needed).
inline RunResult run_styrdok(const std::string& args) { return run_command(std::string(STYRDOK_BINARY) + " " + args); }

// The same, ended (exit status 124) if it runs for 5 minutes: for tests of
// input that could make it wait for ever.
inline RunResult run_styrdok_with_timeout(const std::string& args) {
  return run_command("timeout 300 " + std::string(STYRDOK_BINARY) + " " + args);
}

// The repository's example site built with `args` (e.g. "--as-of 2025-01-01"),
// once per set of arguments for the whole test run; returns its output folder.
inline fs::path built_example(const std::string& args) {
  static std::map<std::string, std::unique_ptr<TempDir>> cache;
  auto& dir = cache[args];
  if (!dir) {
    dir = std::make_unique<TempDir>();
    const auto r = run_styrdok("build --quiet --source " + std::string(STYRDOK_SOURCE_DIR) + " --out " +
                               (dir->path() / "public").string() + " " + args);
    if (r.exit_code != 0) throw std::runtime_error("building the example site failed:\n" + r.output);
  }
  return dir->path() / "public";
}

// Every file under `dir` with its bytes, keyed by relative path.
inline std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = read_text(e.path());
  }
  return out;
}

}  // namespace styrdok::test
