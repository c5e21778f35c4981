// What an interrupted build leaves beside its output is cleaned up by the
// next one: staging folders go, an old output moved aside comes back, and
// the folders of a build that is still running are left alone.
#include "output/interrupted_builds.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok;
using test::snapshot;
using test::TempDir;
using test::write_text;

namespace {

// The process id of a process that has ended (and been reaped).
pid_t gone_process() {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  ::waitpid(pid, nullptr, 0);
  return pid;
}

std::vector<std::string> names_in(const std::filesystem::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the folders of a build are named after the output and the process") {
  CHECK(build_folder("/srv/www/public", BuildFolder::staging, 42) == "/srv/www/.public.tmp-42");
  CHECK(build_folder("public", BuildFolder::old_output, 7) == "./.public.old-7");
}

TEST_CASE("staging folders of builds that are gone are removed, and nothing else") {
  TempDir dir;
  const auto target = dir / "public";
  write_text(target / "index.html", "current");
  const pid_t gone = gone_process();
  const std::string staging = build_folder(target, BuildFolder::staging, gone);
  write_text(std::filesystem::path(staging) / "half/written.html", "x");
  write_text(dir / ".public.tmp-notanumber/keep.txt", "not a build's");
  write_text(dir / ".other.tmp-1/keep.txt", "another output's");
  const auto cleanup = clean_interrupted_builds(target);
  CHECK(cleanup.errors.empty());
  CHECK(cleanup.done == std::vector<std::string>{"removed " + staging + ", left by an interrupted build"});
  CHECK(names_in(dir.path()) == std::vector<std::string>{".other.tmp-1", ".public.tmp-notanumber", "public"});
  CHECK(snapshot(target) == std::map<std::string, std::string>{{"index.html", "current"}});
}

TEST_CASE("an old output moved aside is put back when the output is missing, else removed") {
  TempDir dir;
  const auto target = dir / "public";
  const std::string old = build_folder(target, BuildFolder::old_output, gone_process());
  write_text(std::filesystem::path(old) / "index.html", "previous");
  auto cleanup = clean_interrupted_builds(target);
  CHECK(cleanup.done ==
        std::vector<std::string>{"put back the previous output, which an interrupted build had moved aside to " + old});
  CHECK(snapshot(target) == std::map<std::string, std::string>{{"index.html", "previous"}});

  write_text(std::filesystem::path(old) / "index.html", "older still");
  cleanup = clean_interrupted_builds(target);
  CHECK(cleanup.done == std::vector<std::string>{"removed " + old + ", left by an interrupted build"});
  CHECK(names_in(dir.path()) == std::vector<std::string>{"public"});
  CHECK(snapshot(target) == std::map<std::string, std::string>{{"index.html", "previous"}});
}

TEST_CASE("the staging folder of a running build is left alone") {
  TempDir dir;
  const auto target = dir / "public";
  // Locked, as a running build holds it: even under a process id that is gone.
  const std::string locked = build_folder(target, BuildFolder::staging, gone_process());
  std::filesystem::create_directories(locked);
  const int fd = ::open(locked.c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(lock_build_folder(fd));
  // Of a process of the same program that runs, not locked: it may be
  // between making the folder and locking it. A copy of this process stands
  // in for it, waiting until its pipe closes.
  int wait_pipe[2];
  REQUIRE(::pipe(wait_pipe) == 0);
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(wait_pipe[1]);
    char c;
    (void)!::read(wait_pipe[0], &c, 1);
    ::_exit(0);
  }
  ::close(wait_pipe[0]);
  const std::string running = build_folder(target, BuildFolder::staging, child);
  std::filesystem::create_directories(running);

  CHECK(clean_interrupted_builds(target).done.empty());
  CHECK(std::filesystem::exists(locked));
  CHECK(std::filesystem::exists(running));

  ::close(wait_pipe[1]);  // the process ends
  ::waitpid(child, nullptr, 0);
  ::close(fd);  // the build ends without cleaning up (killed)
  CHECK(clean_interrupted_builds(target).done.size() == 2);
  CHECK_FALSE(std::filesystem::exists(locked));
  CHECK_FALSE(std::filesystem::exists(running));
}
