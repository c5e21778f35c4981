// Reading a site from disk: links are followed only within the site, what
// is refused is named with the reason, and only regular files are read (a
// named pipe would otherwise wait for ever).
#include "core/confined_file_system.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <fstream>

#include "support/test_site.h"

using namespace styrdok;
using test::TempDir;
using test::write_text;

namespace {

const std::string kCopyInstead =
    "); only files inside the site's folder are read: copy what it points to into the site instead";

struct SiteOnDisk {
  TempDir dir;
  TempDir outside;
  SiteOnDisk() {
    write_text(dir / "site.yaml", "title: x\n");
    write_text(dir / "content/org/doc/2020-01-01.md", "text");
    write_text(outside / "secret.txt", "not for the web");
    write_text(outside / "folder/2020-01-01.md", "elsewhere");
  }
  std::string out(const std::string& path) const {
    return std::filesystem::canonical(outside.path()).string() + (path.empty() ? "" : "/" + path);
  }
};

std::vector<std::string> names(const std::vector<DirEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.name + (e.is_directory ? "/" : ""));
  return out;
}

}  // namespace

TEST_CASE("the site's own files are read, through links that stay inside it too") {
  SiteOnDisk s;
  std::filesystem::create_symlink("2020-01-01.md", s.dir / "content/org/doc/2021-01-01.md");
  std::filesystem::create_directory_symlink(s.dir / "content/org/doc", s.dir / "content/org/alias");
  const ConfinedFileSystem files(s.dir.path().string());
  CHECK(files.read("site.yaml") == "title: x\n");
  CHECK(files.read("content/org/doc/2021-01-01.md") == "text");
  CHECK(files.read("content/org/alias/2020-01-01.md") == "text");
  CHECK(files.read("content/org/doc/../doc/2020-01-01.md") == "text");
  CHECK(names(files.list("content/org")) == std::vector<std::string>{"alias/", "doc/"});
  CHECK(files.is_file("content/org/doc/2021-01-01.md"));
  CHECK_FALSE(files.is_file("content/org/doc"));
  CHECK(files.is_directory("content/org/alias"));
  CHECK_FALSE(files.read("missing.md"));
  CHECK(files.refusals().empty());  // missing is not refused: the caller says what it missed
}

TEST_CASE("a link that leads out of the site is refused, naming the link and where it points") {
  SiteOnDisk s;
  std::filesystem::create_symlink(s.outside / "secret.txt", s.dir / "content/org/doc/2021-01-01.md");
  std::filesystem::create_directory_symlink(s.outside / "folder", s.dir / "content/org/linked");
  std::filesystem::create_symlink("/etc/passwd", s.dir / "content/org/doc/passwd.png");
  std::filesystem::create_symlink("/no/such/folder/x.md", s.dir / "content/org/doc/nowhere.md");
  std::filesystem::create_symlink("loop-b.md", s.dir / "content/org/doc/loop-a.md");
  std::filesystem::create_symlink("loop-a.md", s.dir / "content/org/doc/loop-b.md");
  const ConfinedFileSystem files(s.dir.path().string());
  CHECK(names(files.list("content/org/doc")) == std::vector<std::string>{"2020-01-01.md"});
  CHECK(names(files.list("content/org")) == std::vector<std::string>{"doc/"});
  CHECK_FALSE(files.read("content/org/linked/2020-01-01.md"));
  CHECK_FALSE(files.is_file("content/org/doc/passwd.png"));
  CHECK(files.refusals() ==
        std::vector<Refusal>{
            {"content/org/doc/2021-01-01.md",
             "the link points outside the site (to " + s.out("secret.txt") + kCopyInstead},
            {"content/org/doc/loop-a.md", "the link leads round in a loop of links, to no file"},
            {"content/org/doc/loop-b.md", "the link leads round in a loop of links, to no file"},
            {"content/org/doc/nowhere.md", "the link points outside the site (to /no/such/folder/x.md" + kCopyInstead},
            {"content/org/doc/passwd.png", "the link points outside the site (to /etc/passwd" + kCopyInstead},
            {"content/org/linked", "the link points outside the site (to " + s.out("folder") + kCopyInstead},
        });
}

TEST_CASE("a link inside the site that leads to nothing says so, naming where it points") {
  SiteOnDisk s;
  std::filesystem::create_symlink("2019-01-01.md", s.dir / "content/org/doc/2021-01-01.md");
  const ConfinedFileSystem files(s.dir.path().string());
  CHECK(names(files.list("content/org/doc")) == std::vector<std::string>{"2020-01-01.md", "2021-01-01.md"});
  CHECK_FALSE(files.read("content/org/doc/2021-01-01.md"));
  CHECK(files.refusals() == std::vector<Refusal>{{"content/org/doc/2021-01-01.md",
                                                  "the link leads nowhere: there is no content/org/doc/2019-01-01.md; "
                                                  "make it point to a file of the site, or put the file itself in "
                                                  "its place"}});
}

TEST_CASE("a file's size is told without reading it, and is refused as reading it would be") {
  SiteOnDisk s;
  std::filesystem::create_symlink(s.outside / "secret.txt", s.dir / "content/org/doc/2021-01-01.md");
  const ConfinedFileSystem files(s.dir.path().string());
  CHECK(files.size_of("content/org/doc/2020-01-01.md") == 4);
  CHECK(files.size_of("missing.md") == std::nullopt);
  CHECK(files.size_of("content/org") == std::nullopt);
  CHECK(files.size_of("content/org/doc/2021-01-01.md") == std::nullopt);
  CHECK(files.refusals().size() == 1);
}

TEST_CASE("a path that leads out with '..' is refused") {
  SiteOnDisk s;
  const ConfinedFileSystem files((s.dir / "content").string());
  CHECK_FALSE(files.read("../site.yaml"));
  CHECK_FALSE(files.is_file("org/doc/../../../../../../../dev/zero"));
  CHECK(files.refusals() ==
        std::vector<Refusal>{{"../site.yaml", "the path leads outside the site's folder"},
                             {"org/doc/../../../../../../../dev/zero", "the path leads outside the site's folder"}});
}

TEST_CASE("only regular files are read: a named pipe or a socket is refused, not waited on") {
  SiteOnDisk s;
  REQUIRE(::mkfifo((s.dir / "content/org/doc/2021-01-01.md").c_str(), 0600) == 0);
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const std::string socket_path = (s.dir / "content/org/doc/bild.png").string();
  REQUIRE(socket_path.size() < sizeof addr.sun_path);
  std::copy(socket_path.begin(), socket_path.end(), addr.sun_path);
  REQUIRE(::bind(sock, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  const ConfinedFileSystem files(s.dir.path().string());
  CHECK_FALSE(files.read("content/org/doc/2021-01-01.md"));  // returns at once
  CHECK_FALSE(files.is_file("content/org/doc/bild.png"));
  CHECK(files.refusals() ==
        std::vector<Refusal>{
            {"content/org/doc/2021-01-01.md", "is a named pipe, not a file; only regular files are read"},
            {"content/org/doc/bild.png", "is a socket, not a file; only regular files are read"}});
  ::close(sock);
  // The plain disk reads no named pipe either.
  CHECK_FALSE(DiskFileSystem(s.dir.path().string()).read("content/org/doc/2021-01-01.md"));
}

TEST_CASE("an unreadable file or folder is refused as such, not read as missing or empty") {
  SiteOnDisk s;
  write_text(s.dir / "themes/x/templates/home.mustache", "{{title}}");
  std::filesystem::permissions(s.dir.path(), std::filesystem::perms::owner_all | std::filesystem::perms::others_read |
                                                 std::filesystem::perms::others_exec);
  REQUIRE(::chmod((s.dir / "themes/x/templates/home.mustache").c_str(), 0) == 0);
  REQUIRE(::chmod((s.dir / "content/org/doc").c_str(), 0) == 0);
  // Root reads everything: check as an ordinary user, in a child process.
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(2);
    const ConfinedFileSystem files(s.dir.path().string());
    const bool unread = !files.read("themes/x/templates/home.mustache") && files.list("content/org/doc").empty();
    const auto refused = files.refusals();
    const bool named =
        refused == std::vector<Refusal>{{"content/org/doc", "the folder cannot be read: Permission denied"},
                                        {"themes/x/templates/home.mustache", "cannot be read: Permission denied"}};
    ::_exit(unread && named ? 0 : 1);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  ::chmod((s.dir / "content/org/doc").c_str(), 0755);  // so that the folder can be removed
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a refusal is forgotten with its path, when the file has changed (serve)") {
  SiteOnDisk s;
  const auto link = s.dir / "content/org/doc/2021-01-01.md";
  std::filesystem::create_symlink(s.outside / "secret.txt", link);
  ConfinedFileSystem files(s.dir.path().string());
  CHECK_FALSE(files.read("content/org/doc/2021-01-01.md"));
  CHECK(files.refusals().size() == 1);
  std::filesystem::remove(link);
  write_text(link, "now a file");
  files.forget("content/org");
  CHECK(files.refusals().empty());
  CHECK(files.read("content/org/doc/2021-01-01.md") == "now a file");
}

TEST_CASE("a file larger than the limit is refused before it is read") {
  SiteOnDisk s;
  write_text(s.dir / "static/big.png", std::string(3 * 1024 * 1024 + 1, 'x'));
  write_text(s.dir / "static/small.png", std::string(1024 * 1024, 'x'));
  {
    // A sparse file of a terabyte: reading it whole would fill the memory.
    std::ofstream(s.dir / "content/org/doc/2021-01-01.md").close();
    std::filesystem::resize_file(s.dir / "content/org/doc/2021-01-01.md", std::uintmax_t{1} << 40);
  }
  const ConfinedFileSystem files(s.dir.path().string(), 3 * 1024 * 1024);
  CHECK(files.read("static/small.png"));
  CHECK_FALSE(files.is_file("static/big.png"));
  CHECK_FALSE(files.read("static/big.png"));
  CHECK_FALSE(files.read("content/org/doc/2021-01-01.md"));
  CHECK(files.refusals() ==
        std::vector<Refusal>{
            {"content/org/doc/2021-01-01.md",
             "is 1048576 MiB, more than the 3 MiB styrdok reads or copies from one file; make it smaller"},
            {"static/big.png",
             "is 3.1 MiB, more than the 3 MiB styrdok reads or copies from one file; make it smaller"}});
}

TEST_CASE("a file that grows past the limit while it is read reads as missing") {
  TempDir dir;
  write_text(dir / "a.txt", std::string(2000, 'x'));
  CHECK(DiskFileSystem(dir.path().string(), 2000).read("a.txt"));
  CHECK_FALSE(DiskFileSystem(dir.path().string(), 1999).read("a.txt"));
}
