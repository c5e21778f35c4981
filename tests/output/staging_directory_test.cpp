// The staging directory as the sink of a build: every file lands once,
// inside the staging root, and the target changes only on commit.
#include "output/staging_directory.h"

#include <sys/stat.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "support/test_site.h"

using namespace styrdok;
using test::snapshot;
using test::TempDir;

namespace {

// Every directory under `dir`, relative to it.
std::vector<std::string> directories(const std::filesystem::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_directory()) out.push_back(std::filesystem::relative(e.path(), dir).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("files put from many threads all land in the staging directory and are swapped in") {
  TempDir dir;
  const auto target = dir / "public";
  test::write_text(target / "old.html", "previous");
  Diagnostics diagnostics;
  auto staging = StagingDirectory::create(target.string(), diagnostics);
  REQUIRE(staging);
  std::map<std::string, std::string> expected;
  for (int org = 0; org < 8; ++org) {
    for (int page = 0; page < 50; ++page) {
      const std::string path =
          "org" + std::to_string(org) + "/doc" + std::to_string(page % 5) + "/v" + std::to_string(page) + "/index.html";
      expected[path] = "page " + path + std::string(static_cast<std::size_t>(page) * 100, 'x');
    }
  }
  expected["index.html"] = "home";
  const std::vector<std::pair<std::string, std::string>> files(expected.begin(), expected.end());
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = t; i < files.size(); i += 4) staging->put({files[i].first, files[i].second});
    });
  }
  for (auto& t : threads) t.join();
  CHECK(staging->finish().empty());
  CHECK(snapshot(staging->path()) == expected);
  CHECK(snapshot(target) == std::map<std::string, std::string>{{"old.html", "previous"}});  // not yet swapped

  REQUIRE(staging->commit(diagnostics, 2));
  CHECK(diagnostics.items().empty());
  CHECK(snapshot(target) == expected);
  std::vector<std::string> left;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) left.push_back(e.path().filename().string());
  CHECK(left == std::vector<std::string>{"public"});  // neither the staging nor the old output remains
}

TEST_CASE("directories are made as files need them, with their parents") {
  TempDir dir;
  Diagnostics diagnostics;
  auto staging = StagingDirectory::create((dir / "public").string(), diagnostics);
  REQUIRE(staging);
  CHECK(staging->write("a/b/c/index.html", "1") == "");
  CHECK(staging->write("a/b/d.html", "2") == "");
  CHECK(staging->write("a/e/index.html", "3") == "");
  CHECK(directories(staging->path()) == std::vector<std::string>{"a", "a/b", "a/b/c", "a/e"});
  struct stat st {};
  REQUIRE(::stat((std::filesystem::path(staging->path()) / "a/b/d.html").c_str(), &st) == 0);
  CHECK(S_ISREG(st.st_mode));
  CHECK(st.st_size == 1);
}

TEST_CASE("a path that comes twice is an error, and the first file is kept") {
  TempDir dir;
  Diagnostics diagnostics;
  auto staging = StagingDirectory::create((dir / "public").string(), diagnostics);
  REQUIRE(staging);
  staging->put({"org/doc/index.html", "first"});
  staging->put({"org/doc/index.html", "second"});
  CHECK(staging->finish() == std::vector<std::string>{"two output files have the same path: org/doc/index.html"});
  CHECK(snapshot(staging->path()) == std::map<std::string, std::string>{{"org/doc/index.html", "first"}});
}

TEST_CASE("no file is written outside the staging directory") {
  TempDir dir;
  Diagnostics diagnostics;
  auto staging = StagingDirectory::create((dir / "out/public").string(), diagnostics);
  REQUIRE(staging);
  const std::string absolute = (dir / "abs.html").string();
  for (const std::string& path :
       {std::string("../escaped.html"), std::string("a/../../escaped.html"), absolute, std::string("a//b.html"),
        std::string("./c.html"), std::string("d/"), std::string("")}) {
    INFO(path);
    CHECK(staging->write(path, "x") == "cannot write '" + path + "': the path leads outside the output directory");
  }
  staging->put({"../../escaped.html", "x"});
  CHECK(staging->finish() ==
        std::vector<std::string>{"cannot write '../../escaped.html': the path leads outside the output directory"});
  CHECK(snapshot(staging->path()).empty());
  CHECK(snapshot(dir.path()).empty());  // nothing anywhere under the temporary directory
}

TEST_CASE("a page kept from an earlier build cannot be written to disk") {
  TempDir dir;
  Diagnostics diagnostics;
  auto staging = StagingDirectory::create((dir / "public").string(), diagnostics);
  REQUIRE(staging);
  staging->keep("index.html");
  CHECK(staging->finish() ==
        std::vector<std::string>{
            "cannot write index.html: it was kept from an earlier build, whose bytes are not on hand"});
}

TEST_CASE("a staging directory that is not committed is removed and the target stays") {
  TempDir dir;
  test::write_text(dir / "public/index.html", "previous");
  std::string staged;
  {
    Diagnostics diagnostics;
    auto staging = StagingDirectory::create((dir / "public").string(), diagnostics);
    REQUIRE(staging);
    staged = staging->path();
    staging->put({"index.html", "new"});
    staging->put({"sok/index/s0.js", "new"});
    CHECK(std::filesystem::exists(staged));
  }
  CHECK_FALSE(std::filesystem::exists(staged));
  CHECK(snapshot(dir / "public") == std::map<std::string, std::string>{{"index.html", "previous"}});
}

TEST_CASE("while the new output is swapped in, the old or the new one is in place at every instant") {
  TempDir dir;
  const auto target = dir / "public";
  test::write_text(target / "index.html", "0");
  std::atomic<bool> done{false};
  std::atomic<int> missing{0};
  std::atomic<int> looked{0};
  std::thread reader([&] {
    while (!done) {
      std::error_code ec;
      if (!std::filesystem::exists(target / "index.html", ec)) ++missing;
      ++looked;
    }
  });
  for (int build = 1; build <= 100; ++build) {
    Diagnostics diagnostics;
    auto staging = StagingDirectory::create(target.string(), diagnostics);
    REQUIRE(staging);
    staging->put({"index.html", std::to_string(build)});
    REQUIRE(staging->commit(diagnostics));
  }
  done = true;
  reader.join();
  CHECK(looked > 0);
  CHECK(missing == 0);
  CHECK(snapshot(target) == std::map<std::string, std::string>{{"index.html", "100"}});
}

TEST_CASE("a target that has become a file or a link is not replaced") {
  TempDir dir;
  for (const bool link : {false, true}) {
    INFO(link);
    const auto target = dir / "public";
    std::filesystem::remove_all(target);
    Diagnostics diagnostics;
    auto staging = StagingDirectory::create(target.string(), diagnostics);
    REQUIRE(staging);
    staging->put({"index.html", "new"});
    // After the build checked the output folder, something else took its place.
    test::write_text(dir / "elsewhere/keep.txt", "kept");
    if (link) {
      std::filesystem::create_directory_symlink(dir / "elsewhere", target);
    } else {
      test::write_text(target, "a file");
    }
    CHECK_FALSE(staging->commit(diagnostics));
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].to_string() ==
          target.string() +
              ": is no longer a folder (a file or a link took its place during the build); it is left as it is");
    CHECK(test::read_text(dir / "elsewhere/keep.txt") == "kept");
    CHECK(std::filesystem::is_symlink(target) == link);
  }
}

TEST_CASE("a new staging directory first cleans up after interrupted builds, and says so") {
  TempDir dir;
  test::write_text(dir / "public/index.html", "previous");
  test::write_text(dir / ".public.tmp-999999999/index.html", "half written");  // no such process
  Diagnostics diagnostics;
  auto staging = StagingDirectory::create((dir / "public").string(), diagnostics);
  REQUIRE(staging);
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].to_string() == (dir / "public").string() + ": warning: removed " +
                                                  (dir / ".public.tmp-999999999").string() +
                                                  ", left by an interrupted build");
  CHECK_FALSE(std::filesystem::exists(dir / ".public.tmp-999999999"));
}

TEST_CASE("a full disk is one message, with the space the output needs") {
  CHECK(disk_full_message(300 * 1024, 2 * 1024 * 1024 + 100 * 1024) ==
        "the disk is full: writing the new output stopped after 300 KiB; it needs about 2.1 MiB of free space (as "
        "much as the previous output takes) beside the previous output: free some space, or write the output "
        "elsewhere with --out");
  CHECK(disk_full_message(5 * 1024 * 1024, 0) ==
        "the disk is full: writing the new output stopped after 5 MiB; it needs more free space than that: free "
        "some space, or write the output elsewhere with --out");
}
