// Tests for core/limits.h: the file and line limits, reported where the
// excess is.
#include "core/limits.h"

#include <catch2/catch.hpp>

#include <string>

using styrdok::check_text_limits;
using styrdok::Diagnostics;
using styrdok::InputLimits;

TEST_CASE("text within the limits passes", "[limits]") {
  Diagnostics d;
  CHECK(check_text_limits("a\nbb\nccc", "f.md", InputLimits{}, d));
  CHECK(d.items().empty());
}

TEST_CASE("a file larger than the limit is refused as a whole", "[limits]") {
  InputLimits limits;
  limits.file_bytes = 4096;
  Diagnostics d;
  CHECK_FALSE(check_text_limits(std::string(5000, 'a'), "content/a.md", limits, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() ==
        "content/a.md: the file is 5 KiB, more than the 4 KiB styrdok reads; split it into smaller files");
}

TEST_CASE("a line longer than the limit is refused at the character where the limit ends", "[limits]") {
  InputLimits limits;
  limits.line_bytes = 2048;
  Diagnostics d;
  std::string line;
  while (line.size() < 3000) line += "å";  // two bytes, one character
  CHECK_FALSE(check_text_limits("kort\n" + line + "\n", "content/a.md", limits, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.line == 2);
  CHECK(d.items()[0].where.column == 1025);  // 2,048 bytes are 1,024 letters
}

TEST_CASE("a byte order mark before a line too long is no column of its own", "[limits]") {
  InputLimits limits;
  limits.line_bytes = 2048;
  Diagnostics d;
  CHECK_FALSE(check_text_limits("\xEF\xBB\xBF" + std::string(3000, 'a'), "content/a.md", limits, d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.column == 2046);  // 2,048 bytes are the mark and 2,045 letters
  Diagnostics second;
  CHECK_FALSE(check_text_limits("\xEF\xBB\xBF\n" + std::string(3000, 'a'), "content/a.md", limits, second));
  CHECK(second.items()[0].where.column == 2049);
}

TEST_CASE("a line longer than the limit is refused at its line, counted from first_line", "[limits]") {
  InputLimits limits;
  limits.line_bytes = 2048;
  Diagnostics d;
  const std::string text = "kort\n" + std::string(2048, 'a') + "\n" + std::string(3000, 'b') + "\nkort\n";
  CHECK_FALSE(check_text_limits(text, "content/a.md", limits, d, 10));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].to_string() ==
        "content/a.md:12:2049: the line is 3 KiB long, more than the 2 KiB styrdok reads on one line; break it into "
        "shorter lines");
  Diagnostics last;
  CHECK_FALSE(check_text_limits("a\n" + std::string(3000, 'b'), "f", limits, last));  // no newline at the end
  CHECK(last.items()[0].where.line == 2);
}
