// Tests for scaffold/scaffold.h write_new_file: a file styrdok new or init
// writes is never written over, and when it cannot be written the message
// says why.
#include <catch2/catch.hpp>

#include "scaffold/scaffold.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

TEST_CASE("write_new_file writes a new file, and says a file that is there already is, changing nothing") {
  TempDir dir;
  const NewFile file{"content/lysekil/policy/2024-01-01.md", "---\ntitle: P\n---\n", ""};
  CHECK(write_new_file(dir.path().string(), file).empty());
  CHECK(read_text(dir / file.path) == file.text);
  write_text(dir / file.path, "kept");
  CHECK(write_new_file(dir.path().string(), file) ==
        "content/lysekil/policy/2024-01-01.md already exists; nothing was changed");
  CHECK(read_text(dir / file.path) == "kept");
  // Where a folder should be there is a file: it cannot be made, and the message does not say "exists".
  write_text(dir / "content/org", "a file");
  const std::string blocked = write_new_file(dir.path().string(), {"content/org/doc/x.md", "x", ""});
  CHECK_THAT(blocked, Catch::StartsWith("cannot create"));
  CHECK_THAT(blocked, !Catch::Contains("already exists"));
}
