#include "serve/file_watcher.h"

#include <sys/timerfd.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <fstream>

#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;
namespace fs = std::filesystem;

namespace {

// A descriptor that becomes readable after a few seconds, so that a change
// the watcher misses fails the test instead of hanging it.
struct StopLater {
  int timer = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
  StopLater() {
    // A guard against a test that would hang, not a time limit: generous, for a loaded machine.
    const itimerspec after{{0, 0}, {30, 0}};
    REQUIRE(timerfd_settime(timer, 0, &after, nullptr) == 0);
  }
  ~StopLater() { ::close(timer); }
  int fd() const { return timer; }
};

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("the watcher reports the site's files that changed, relative to the site") {
  TempDir site;
  write_text(site / "site.yaml", "title: T\n");
  write_text(site / "content/kommun/policy/2024-01-01.md", "a");
  FileWatcher watcher(site.path().string());
  REQUIRE_FALSE(watcher.failed());
  StopLater stop;

  write_text(site / "content/kommun/policy/2024-01-01.md", "b");
  write_text(site / "notes.txt", "beside the site file: not a source");
  write_text(site / "site.yaml", "title: U\n");
  REQUIRE(watcher.wait(stop.fd()) == FileWatcher::Event::changed);
  CHECK(sorted(watcher.changed_paths()) ==
        std::vector<std::string>{"content/kommun/policy/2024-01-01.md", "site.yaml"});

  SECTION("folders made later are watched too") {
    fs::create_directories(site / "content/kommun/plan");
    REQUIRE(watcher.wait(stop.fd()) == FileWatcher::Event::changed);
    CHECK(watcher.changed_paths() == std::vector<std::string>{"content/kommun/plan"});
    write_text(site / "content/kommun/plan/2025-01-01.md", "c");
    REQUIRE(watcher.wait(stop.fd()) == FileWatcher::Event::changed);
    CHECK(watcher.changed_paths() == std::vector<std::string>{"content/kommun/plan/2025-01-01.md"});
  }
}

TEST_CASE("the watcher stops when the stop descriptor becomes readable") {
  TempDir site;
  FileWatcher watcher(site.path().string());
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "x", 1) == 1);
  CHECK(watcher.wait(fds[0]) == FileWatcher::Event::stop);
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_CASE("more changes than the kernel can queue are reported as a change of every file") {
  int queue = 16384;
  std::ifstream("/proc/sys/fs/inotify/max_queued_events") >> queue;
  TempDir site;
  fs::create_directories(site / "content/kommun");
  FileWatcher watcher(site.path().string());
  // Each new file is at least two events (created, closed after writing).
  for (int i = 0; i < queue / 2 + 10; ++i) write_text(site / ("content/kommun/f" + std::to_string(i)), "x");
  fs::create_directories(site / "content/kommun/lost");  // its event comes after the queue is full: lost
  StopLater stop;                                        // after the writes, which take long on a loaded machine
  REQUIRE(watcher.wait(stop.fd()) == FileWatcher::Event::changed);
  CHECK(watcher.changed_paths() == std::vector<std::string>{""});

  // The folder whose creation went unreported is watched all the same.
  write_text(site / "content/kommun/lost/2025-01-01.md", "y");
  REQUIRE(watcher.wait(stop.fd()) == FileWatcher::Event::changed);
  CHECK(watcher.changed_paths() == std::vector<std::string>{"content/kommun/lost/2025-01-01.md"});
}

TEST_CASE("folders that cannot be watched give one warning per reason") {
  const auto warnings =
      unwatched_warnings({{"content/a", ENOSPC}, {"content/b", EACCES}, {"content/c", ENOSPC}, {"content/d", ENOSPC}});
  REQUIRE(warnings.items().size() == 2);
  const auto& access = warnings.items()[0];  // EACCES (13) sorts before ENOSPC (28)
  CHECK(access.severity == Severity::warning);
  CHECK(access.to_string() ==
        "content/b: warning: cannot watch this folder for changes, so saving files there will not rebuild the site: "
        "Permission denied");
  const auto& limit = warnings.items()[1];
  CHECK(limit.where.path == "content/a");
  CHECK_THAT(limit.message, Catch::StartsWith("cannot watch this folder and 2 others for changes"));
  CHECK_THAT(limit.message, Catch::Contains("watched folders is reached"));
  CHECK_THAT(limit.message, Catch::Contains("sudo sysctl fs.inotify.max_user_watches=524288"));
  CHECK(unwatched_warnings({}).items().empty());
}
