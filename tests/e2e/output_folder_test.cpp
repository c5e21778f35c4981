// End-to-end: a build never loses a file that is not its own output. --out
// may not be the site, a folder of it, a file or a link, and an existing
// folder is replaced only when it is an earlier output (it holds
// .styrdok-output) or with --force. A build killed half-way, or one that
// fills the disk, leaves the previous output in place, and the next build
// cleans up what the killed one left.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include "support/test_site.h"

extern char** environ;

using namespace styrdok::test;

namespace {

const std::string kElsewhere = "choose a folder outside the site, or the default public/";
const std::string kOneError = "styrdok: 1 error; nothing was written, the previous output is unchanged.\n";

// A site in <dir>/site with `documents` documents, beside an unrelated
// folder, a file and links, as a machine that builds sites has them.
struct Machine {
  TempDir dir;
  fs::path site;
  explicit Machine(int documents = 1) : site(dir / "site") {
    write_text(site / "site.yaml", site_yaml());
    copy_repository_theme(site);
    for (int i = 0; i < documents; ++i) {
      write_text(site / ("content/lysekil/dokument-" + std::to_string(i) + "/2021-05-19.md"),
                 version_md("title: Dokument " + std::to_string(i) +
                                "\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-05-19\n",
                            "## Syfte\n\nText om integration och arbete, stycke " + std::to_string(i) + ".\n"));
    }
    write_text(site / "templates/README.txt", "the site's own templates go here");
    write_text(dir / "unrelated/important.txt", "keep me");
    write_text(dir / "file.txt", "a file");
    fs::create_directory_symlink(dir / "unrelated", dir / "link");
    fs::create_directory_symlink(site, dir / "site-link");
  }
  RunResult build(const std::string& args = "") const {
    return run_styrdok("build --quiet --as-of 2025-01-01 --source " + site.string() + " " + args);
  }
};

std::string real_path(const fs::path& p) { return fs::canonical(p).string(); }

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string version_number() {
  const auto r = run_styrdok("--version");
  return r.output.substr(8, r.output.size() - 9);  // "styrdok 0.1.0\n"
}

}  // namespace

TEST_CASE("no --out replaces the site, a folder of it, another folder, a file or a link") {
  Machine m;
  const auto before = snapshot(m.dir.path());
  const std::string site = m.site.string();
  const std::string link = "is a symbolic link (to ";
  const std::vector<std::pair<std::string, std::string>> refused = {
      {site, "is the site's own folder: the output would replace the site's own files; " + kElsewhere},
      {m.dir.path().string(), "holds the site's folder (" + real_path(m.site) +
                                  "): the output would replace the site's own files; " + kElsewhere},
      {site + "/content",
       "is the site's own content/ folder: the output would replace the site's own files; " + kElsewhere},
      {site + "/themes",
       "is the site's own themes/ folder: the output would replace the site's own files; " + kElsewhere},
      {site + "/templates",
       "is the site's own templates/ folder: the output would replace the site's own files; " + kElsewhere},
      {site + "/meetings",
       "is the site's own meetings/ folder: the output would replace the site's own files; " + kElsewhere},
      {site + "/content/lysekil",
       "lies inside the site's folder (in content/): the output would replace or mix with the site's own files; " +
           kElsewhere},
      {(m.dir / "site-link/themes").string(),
       "is the site's own themes/ folder: the output would replace the site's own files; " + kElsewhere},
      {(m.dir / "unrelated").string(),
       "exists and is not an earlier output of styrdok (it has no .styrdok-output file): the output would replace "
       "everything in it; choose another --out, or add --force to replace it (once, for an output of an older "
       "styrdok)"},
      {(m.dir / "file.txt").string(),
       "is a file, not a folder; styrdok never replaces a file with its output: choose a folder as --out"},
      {site + "/site.yaml",
       "is a file, not a folder; styrdok never replaces a file with its output: choose a folder as --out"},
      {(m.dir / "link").string(),
       link + (m.dir / "unrelated").string() +
           "); styrdok never replaces a link with its output: give the folder itself as --out"},
      {(m.dir / "site-link").string(),
       link + site + "); styrdok never replaces a link with its output: give the folder itself as --out"},
  };
  for (const auto& [out, message] : refused) {
    INFO(out);
    const auto r = m.build("--out " + out);
    CHECK(r.exit_code == 1);
    CHECK(r.output == out + ": " + message + "\n" + kOneError);
    CHECK(snapshot(m.dir.path()) == before);
    CHECK(names_in(m.site) == std::vector<std::string>{"content", "site.yaml", "templates", "themes"});
  }
  // --force replaces a folder that is not an earlier output, but never the site or a file.
  for (const std::string& out :
       std::vector<std::string>{site + "/content", (m.dir / "file.txt").string(), (m.dir / "link").string()}) {
    INFO(out);
    CHECK(m.build("--force --out " + out).exit_code == 1);
    CHECK(snapshot(m.dir.path()) == before);
  }
  const auto forced = m.build("--force --out " + (m.dir / "unrelated").string());
  CHECK(forced.exit_code == 0);
  CHECK_FALSE(fs::exists(m.dir / "unrelated/important.txt"));
  CHECK(fs::exists(m.dir / "unrelated/.styrdok-output"));
}

TEST_CASE("the default public/ is made on the first build and replaced on the next, marked as styrdok's") {
  Machine m;
  REQUIRE(!fs::exists(m.site / "public"));
  for (int build = 0; build < 2; ++build) {
    const auto r = m.build();
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(fs::exists(m.site / "public/lysekil/dokument-0/index.html"));
    CHECK(read_text(m.site / "public/.styrdok-output") ==
          "This folder is the output of styrdok " + version_number() +
              ".\nThe next build replaces all of it: keep nothing else here.\n");
    CHECK(names_in(m.site) == std::vector<std::string>{"content", "public", "site.yaml", "templates", "themes"});
  }
  // An earlier output elsewhere is replaced as well; an empty folder too.
  fs::create_directories(m.dir / "www");
  CHECK(m.build("--out " + (m.dir / "www").string()).exit_code == 0);
  CHECK(m.build("--out " + (m.dir / "www").string()).exit_code == 0);
}

TEST_CASE("styrdok pdf --out follows the same rules") {
  Machine m;
  // An engine that is found but never runs: the output folder is checked first.
  write_text(m.dir / "bin/weasyprint", "#!/usr/bin/python3\nraise SystemExit(3)\n");
  fs::permissions(m.dir / "bin/weasyprint", fs::perms::owner_all);
  const auto before = snapshot(m.dir.path());
  const std::string pdf = "PATH=" + (m.dir / "bin").string() + ":/usr/bin:/bin " + std::string(STYRDOK_BINARY) +
                          " pdf --quiet --engine weasyprint --source " + m.site.string();
  auto r = run_command(pdf + " --out " + m.site.string() + "/content");
  CHECK(r.exit_code == 1);
  CHECK(r.output == m.site.string() +
                        "/content: is the site's own content/ folder: the output would replace the site's own files; " +
                        kElsewhere + "\n");
  r = run_command(pdf + " --out " + (m.dir / "unrelated").string());
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::StartsWith((m.dir / "unrelated").string() + ": exists and is not an earlier output"));
  CHECK(snapshot(m.dir.path()) == before);
}

TEST_CASE("a build killed half-way leaves the output in place, and the next build cleans up after it") {
  Machine m(200);  // enough pages that the build is still writing when it is killed
  REQUIRE(m.build().exit_code == 0);
  const auto before = snapshot(m.site / "public");

  std::vector<std::string> args = {STYRDOK_BINARY, "build", "--quiet",  "--as-of",      "2025-01-01",
                                   "--jobs",       "1",     "--source", m.site.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(posix_spawn(&pid, STYRDOK_BINARY, nullptr, nullptr, argv.data(), environ) == 0);
  const fs::path staging = m.site / (".public.tmp-" + std::to_string(pid));
  // Killed once it has begun writing its staging folder.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!fs::exists(staging / "lysekil") && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  REQUIRE(WIFSIGNALED(status));
  CHECK(fs::exists(staging));  // what the kill left
  CHECK(snapshot(m.site / "public") == before);

  const auto next = run_styrdok("build --as-of 2025-01-01 --source " + m.site.string());
  CHECK(next.exit_code == 0);
  CHECK_THAT(next.output, Catch::StartsWith(m.site.string() + "/public: warning: removed " + staging.string() +
                                            ", left by an interrupted build\n"));
  CHECK(names_in(m.site) == std::vector<std::string>{"content", "public", "site.yaml", "templates", "themes"});
  CHECK(snapshot(m.site / "public") == before);
}

TEST_CASE("an output an interrupted build had moved aside is put back by the next build") {
  Machine m;
  REQUIRE(m.build().exit_code == 0);
  // What a build leaves on a file system that cannot exchange two folders,
  // killed between moving the old output aside and putting the new one in.
  const pid_t gone = ::fork();
  if (gone == 0) ::_exit(0);
  ::waitpid(gone, nullptr, 0);
  const fs::path aside = m.site / (".public.old-" + std::to_string(gone));
  fs::rename(m.site / "public", aside);
  const auto r = run_styrdok("build --as-of 2025-01-01 --source " + m.site.string());
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::StartsWith(m.site.string() +
                                         "/public: warning: put back the previous output, which an "
                                         "interrupted build had moved aside to " +
                                         aside.string() + "\n"));
  CHECK(names_in(m.site) == std::vector<std::string>{"content", "public", "site.yaml", "templates", "themes"});
}

TEST_CASE("a full disk is an error naming the output, and the previous output stays") {
  Machine m;
  TempDir mount_point;
  TempDir saved;
  // A tmpfs half again as large as the output: the first build fits, the
  // second (which writes beside the first) does not. It is mounted in a
  // mount namespace of its own, which goes with the shell: no mount stays.
  const std::string styrdok = std::string(STYRDOK_BINARY) + " build --quiet --as-of 2025-01-01 --source " +
                              m.site.string() + " --out " + mount_point.path().string() + "/public";
  const std::string script =
      "set -e; " + std::string(STYRDOK_BINARY) + " build --quiet --as-of 2025-01-01 --source " + m.site.string() +
      " --out " + saved.path().string() + "/measure; " + "kib=$(du -sk " + saved.path().string() +
      "/measure | cut -f1); mount -t tmpfs -o size=$((kib * 3 / 2))k tmpfs " + mount_point.path().string() + "; " +
      styrdok + "; cp -a " + mount_point.path().string() + "/public " + saved.path().string() + "/before; set +e; " +
      styrdok + "; echo \"exit $?\"; ls -A " + mount_point.path().string() + "; cp -a " + mount_point.path().string() +
      "/public " + saved.path().string() + "/after";
  const auto r = run_command("unshare --mount --propagation private sh -c '" + script + "'");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);  // needs root, to mount a tmpfs
  const std::string out = mount_point.path().string() + "/public";
  CHECK_THAT(r.output, Catch::Matches(out +
                                      ": the disk is full: writing the new output stopped after [0-9]+ KiB; it "
                                      "needs about [0-9]+ KiB of free space \\(as much as the previous output "
                                      "takes\\) beside the previous output: free some space, or write the output "
                                      "elsewhere with --out\n" +
                                      kOneError + "exit 1\npublic\n"));
  CHECK(snapshot(saved / "after") == snapshot(saved / "before"));
  CHECK(snapshot(saved / "before").count("index.html") == 1);
}
