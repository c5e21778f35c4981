// Tests for core/text.h: UTF-8 validation with positions, escaping for HTML
// and JSON, trimming.
#include "core/text.h"

#include <catch2/catch.hpp>

#include <string>

#include "core/error.h"

using styrdok::byte_size;
using styrdok::character_column;
using styrdok::find_invalid_utf8;
using styrdok::html_escape;
using styrdok::json_escape;
using styrdok::LineIndex;
using styrdok::position_of;
using styrdok::trim;

namespace {

// "line:column" of the first invalid byte, or "valid".
std::string where_invalid(const std::string& text) {
  const auto pos = find_invalid_utf8(text);
  if (!pos) return "valid";
  return std::to_string(pos->line) + ":" + std::to_string(pos->column);
}

}  // namespace

TEST_CASE("find_invalid_utf8 accepts valid UTF-8 text", "[text]") {
  CHECK(where_invalid("") == "valid");
  CHECK(where_invalid("Lysekils kommun behöver fler invånare.") == "valid");
  CHECK(where_invalid("Boende – segregation eller integration\nSjälvförsörjning\n") == "valid");
  CHECK(where_invalid("€ ✓ 😀") == "valid");              // 3- and 4-byte sequences
  CHECK(where_invalid("\xEF\xBB\xBF---\n") == "valid");  // a byte order mark is valid UTF-8
  CHECK(where_invalid("\xF4\x8F\xBF\xBF") == "valid");   // U+10FFFF, the last code point
}

TEST_CASE("find_invalid_utf8 finds a Latin-1 byte with its line and column", "[text]") {
  // "Språkkunskaper" saved as Latin-1: 'å' is the single byte E5.
  CHECK(where_invalid("Spr\xE5kkunskaper") == "1:4");
  CHECK(where_invalid("title: Riktlinjer\nSpr\xE5kkunskaper\n") == "2:4");
  CHECK(where_invalid("---\ntitle: Integrationspolicy\n---\n\n## Inledning\n\nL\xE4"
                      "nder\n") == "7:2");
  // A Latin-1 byte right after a newline is in column 1 of the next line.
  CHECK(where_invalid("Syfte\n\xD6vergripande") == "2:1");
}

TEST_CASE("find_invalid_utf8 finds a bad byte at any place among ASCII, read eight at a time", "[text]") {
  for (std::size_t at = 0; at < 24; ++at) {
    std::string text(24, 'a');
    text[at] = '\xE5';
    INFO(at);
    CHECK(where_invalid(text) == "1:" + std::to_string(at + 1));
    // The same after a character of two bytes, and a sequence cut off at the end.
    CHECK(where_invalid("\xC3\xA5" + text) == "1:" + std::to_string(at + 2));
    CHECK(where_invalid(std::string(at, 'a') + "\xC3") == "1:" + std::to_string(at + 1));
  }
}

TEST_CASE("find_invalid_utf8 counts columns in characters, as an editor does", "[text]") {
  // 'ö' is two bytes in UTF-8 and one character: the bad byte after "Hö" is
  // in column 3.
  CHECK(where_invalid("H\xC3\xB6\xE4") == "1:3");
  CHECK(where_invalid("åäö\n€\xFF") == "2:2");
}

TEST_CASE("find_invalid_utf8 reports only the first invalid byte", "[text]") {
  CHECK(where_invalid("ok\n\xE5\n\xE4\n") == "2:1");
}

TEST_CASE("find_invalid_utf8 rejects stray and truncated sequences", "[text]") {
  CHECK(where_invalid("\x80") == "1:1");  // a continuation byte alone
  CHECK(where_invalid("ab\xBF") == "1:3");
  CHECK(where_invalid("abc\xC3") == "1:4");      // truncated at the end
  CHECK(where_invalid("abc\xE2\x82") == "1:4");  // truncated 3-byte
  CHECK(where_invalid("\xC3"
                      "A") == "1:1");                     // lead byte, then ASCII
  CHECK(where_invalid("\xF8\x88\x80\x80\x80") == "1:1");  // 5-byte form no longer exists
  CHECK(where_invalid("\xFE") == "1:1");
}

TEST_CASE("find_invalid_utf8 rejects overlong encodings", "[text]") {
  CHECK(where_invalid("\xC0\xAF") == "1:1");  // '/' in two bytes
  CHECK(where_invalid("\xC1\xBF") == "1:1");
  CHECK(where_invalid("a\xE0\x80\xAF") == "1:2");       // '/' in three bytes
  CHECK(where_invalid("\xE0\x9F\xBF") == "1:1");        // U+07FF in three bytes
  CHECK(where_invalid("\xF0\x82\x82\xAC") == "1:1");    // '€' in four bytes
  CHECK(where_invalid("\xC2\x80") == "valid");          // U+0080, the smallest two-byte value
  CHECK(where_invalid("\xE0\xA0\x80") == "valid");      // U+0800
  CHECK(where_invalid("\xF0\x90\x80\x80") == "valid");  // U+10000
}

TEST_CASE("find_invalid_utf8 rejects surrogates and code points above U+10FFFF", "[text]") {
  CHECK(where_invalid("\xED\xA0\x80") == "1:1");      // U+D800
  CHECK(where_invalid("x\n\xED\xBF\xBF") == "2:1");   // U+DFFF
  CHECK(where_invalid("\xED\x9F\xBF") == "valid");    // U+D7FF, just below
  CHECK(where_invalid("\xEE\x80\x80") == "valid");    // U+E000, just above
  CHECK(where_invalid("\xF4\x90\x80\x80") == "1:1");  // U+110000
}

TEST_CASE("position_of gives 1-based line and column in characters", "[text]") {
  const std::string text = "ab\ncd\n\nå";
  CHECK(position_of(text, 0).line == 1);
  CHECK(position_of(text, 0).column == 1);
  CHECK(position_of(text, 1).column == 2);
  CHECK(position_of(text, 2).column == 3);  // the newline itself
  CHECK(position_of(text, 3).line == 2);
  CHECK(position_of(text, 3).column == 1);
  CHECK(position_of(text, 6).line == 3);
  CHECK(position_of(text, 7).line == 4);
  CHECK(position_of(text, 7).column == 1);
  // "å" is two bytes, one column: the byte after it is in column 2.
  CHECK(position_of("åäx", 4).column == 3);
  CHECK(position_of("a\nåäx", 6).column == 3);
  // A byte order mark (Windows Notepad writes one) is no column of its own.
  const std::string mark = "\xEF\xBB\xBF";
  CHECK(position_of(mark + "ab", 4).column == 2);
  CHECK(position_of(mark + "ab", 3).column == 1);
  CHECK(position_of(mark + "a\nb", 5).line == 2);
  CHECK(position_of("a" + mark + "b", 4).column == 3);  // not at the start: a character like any other
}

TEST_CASE("character_column counts the characters before a byte column", "[text]") {
  CHECK(character_column("title: x", 8) == 8);
  CHECK(character_column("åäö: x", 9) == 6);    // the value, after three two-byte letters
  CHECK(character_column("€: x", 6) == 4);      // a three-byte character
  CHECK(character_column("😀 x", 6) == 3);       // a four-byte one
  CHECK(character_column("å", 4) == 3);         // past the line's end: one column per byte
  CHECK(character_column("anything", 0) == 0);  // a column not known stays unknown
}

TEST_CASE("LineIndex turns a line and byte column into characters", "[text]") {
  LineIndex lines("ab\nåäö: x\r\n\nü");
  CHECK(lines.character_column(1, 2) == 2);
  CHECK(lines.character_column(2, 9) == 6);
  CHECK(lines.character_column(3, 1) == 1);
  CHECK(lines.character_column(4, 3) == 2);
  CHECK(lines.character_column(5, 9) == 9);  // no such line: as given
  CHECK(lines.character_column(0, 3) == 3);
  CHECK(lines.character_column(2, 30) == 27);  // past the line's end: one per byte, not on into the next line
}

TEST_CASE("LineIndex gives the same columns asked for in any order", "[text]") {
  const std::string text = "å [a](b) ä [c](d)\nö [e](f)\n";
  LineIndex in_order(text);
  CHECK(in_order.character_column(1, 4) == 3);
  CHECK(in_order.character_column(1, 4) == 3);
  CHECK(in_order.character_column(1, 14) == 12);
  CHECK(in_order.character_column(2, 4) == 3);
  CHECK(in_order.character_column(1, 14) == 12);
  LineIndex backwards(text);
  CHECK(backwards.character_column(1, 14) == 12);
  CHECK(backwards.character_column(1, 4) == 3);
  CHECK(backwards.character_column(1, 1) == 1);
}

TEST_CASE("html_escape escapes the five special characters", "[text]") {
  CHECK(html_escape("Arbete & sysselsättning") == "Arbete &amp; sysselsättning");
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("\"citat\" och 'apostrof'") == "&quot;citat&quot; och &#39;apostrof&#39;");
  CHECK(html_escape("&amp;") == "&amp;amp;");  // escaping is not idempotent: it never guesses
  CHECK(html_escape("Självförsörjning – 2,5 år") == "Självförsörjning – 2,5 år");
  CHECK(html_escape("") == "");
}

TEST_CASE("json_escape makes text safe inside a JSON string in a script element", "[text]") {
  CHECK(json_escape("Boende – segregation") == "Boende – segregation");  // UTF-8 passes through
  CHECK(json_escape("a\"b") == "a\\\"b");
  CHECK(json_escape("C:\\mapp") == "C:\\\\mapp");
  CHECK(json_escape("</script>") == "\\u003c/script\\u003e");
  CHECK(json_escape("<!--") == "\\u003c!--");
  CHECK(json_escape("Arbete & bostad") == "Arbete \\u0026 bostad");
}

TEST_CASE("json_escape escapes every control character", "[text]") {
  CHECK(json_escape("rad 1\nrad 2") == "rad 1\\nrad 2");
  CHECK(json_escape("a\tb\rc") == "a\\tb\\rc");
  CHECK(json_escape(std::string("\x01", 1)) == "\\u0001");
  CHECK(json_escape(std::string("\x1f", 1)) == "\\u001f");
  CHECK(json_escape(std::string("\0", 1)) == "\\u0000");
  CHECK(json_escape("\x08\x0c") == "\\u0008\\u000c");
  for (int c = 0; c < 0x20; ++c) {
    const std::string out = json_escape(std::string(1, static_cast<char>(c)));
    INFO("control character " << c);
    CHECK(out.size() >= 2);
    CHECK(out[0] == '\\');
  }
}

TEST_CASE("append_json_escaped appends what json_escape returns, runs of plain text and all", "[text]") {
  std::string out = "[\"";
  styrdok::append_json_escaped(out, "Plan & mål<2030>\n\"slut\" \xff.");
  CHECK(out == "[\"Plan \\u0026 mål\\u003c2030\\u003e\\n\\\"slut\\\" \xEF\xBF\xBD.");
  for (const std::string text : {"", "a", "abc def", "\\", "é", "x\x7f", "\xe2\x80\xa8", "\xc3"}) {
    std::string appended = "-";
    styrdok::append_json_escaped(appended, text);
    CHECK(appended == "-" + json_escape(text));
  }
}

TEST_CASE("trim removes spaces, tabs and line ends at both ends only", "[text]") {
  CHECK(trim("  Kommunfullmäktige \t\r\n") == "Kommunfullmäktige");
  CHECK(trim("LKS 2021-000173") == "LKS 2021-000173");
  CHECK(trim("  § 63  ") == "§ 63");
  CHECK(trim(" inre  mellanrum ") == "inre  mellanrum");
  CHECK(trim(" \t\n ") == "");
  CHECK(trim("") == "");
}

TEST_CASE("json_escape escapes every control character and never writes invalid UTF-8", "[text]") {
  CHECK(json_escape(std::string("a\0b\x01\x1f\x7f", 6)) == "a\\u0000b\\u0001\\u001f\\u007f");
  CHECK(json_escape("\f\v\b") == "\\u000c\\u000b\\u0008");
  CHECK(json_escape("\xE2\x80\xA8") == "\\u2028");
  // A folder name with a 0xFF byte: U+FFFD instead.
  CHECK(json_escape("mapp\xFF") == "mapp\xEF\xBF\xBD");
  CHECK(json_escape("\xC3(") == "\xEF\xBF\xBD(");
  CHECK(json_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(json_escape("åäö €") == "åäö €");
  CHECK_FALSE(styrdok::find_invalid_utf8(json_escape("\x80\xBF\xF8\xC0\xAF")));
}

TEST_CASE("xml_text keeps only characters XML 1.0 allows", "[text]") {
  CHECK(styrdok::xml_text("Titel\fmed\vstyrtecken") == "Titel med styrtecken");
  CHECK(styrdok::xml_text(std::string("a\0b\x1b", 4)) == "a b ");
  CHECK(styrdok::xml_text("rad\nrad\tflik\r") == "rad\nrad\tflik\r");
  CHECK(styrdok::xml_text("\xEF\xBF\xBE") == "\xEF\xBF\xBD");  // U+FFFE
  CHECK(styrdok::xml_text("mapp\xFF") == "mapp\xEF\xBF\xBD");
  CHECK(styrdok::xml_text("<a>&amp;åäö</a>") == "<a>&amp;åäö</a>");
}

TEST_CASE("terminal_text shows control characters instead of printing them", "[text]") {
  CHECK(styrdok::terminal_text("länk \x1b[2J\x1b]0;titel\x07") == "länk \\x1B[2J\\x1B]0;titel\\x07");
  CHECK(styrdok::terminal_text("rad\nrad\tflik") == "rad\nrad\tflik");
  CHECK(styrdok::terminal_text("\r\x7f") == "\\x0D\\x7F");
  CHECK(styrdok::terminal_text("\xC2\x9B"
                               "31m") == "\\u009B31m");  // the 8-bit CSI
  CHECK(styrdok::terminal_text("mapp\xFF") == "mapp\\xFF");
}

TEST_CASE("a diagnostic printed to a terminal carries no escape sequence", "[text]") {
  styrdok::Diagnostic d{{"content/a\x1b[31m.md", 2, 3}, "link to '\x1b[2Jx'", styrdok::Severity::warning};
  CHECK(d.to_string() == "content/a\\x1B[31m.md:2:3: warning: link to '\\x1B[2Jx'");
}

TEST_CASE("without_byte_order_mark leaves out the mark and nothing else", "[text]") {
  CHECK(styrdok::without_byte_order_mark("\xEF\xBB\xBFtitle: x") == "title: x");
  CHECK(styrdok::without_byte_order_mark("title: x") == "title: x");
  CHECK(styrdok::without_byte_order_mark("\xEF\xBB") == "\xEF\xBB");
  CHECK(styrdok::without_byte_order_mark("") == "");
}

TEST_CASE("replaced_all replaces every occurrence, longer or shorter, in one pass", "[text]") {
  CHECK(styrdok::replaced_all("a-b-c", "-", "--") == "a--b--c");
  CHECK(styrdok::replaced_all("aXXbXX", "XX", "") == "ab");
  CHECK(styrdok::replaced_all("aaa", "aa", "b") == "ba");  // not overlapping, from the left
  CHECK(styrdok::replaced_all("abc", "", "x") == "abc");
  CHECK(styrdok::replaced_all("", "a", "b") == "");
  // What was put in is not looked at again.
  CHECK(styrdok::replaced_all("ab", "a", "aa") == "aab");
}

TEST_CASE("a size reads in KiB below a MiB, else in MiB to a tenth, never rounded down to a limit") {
  CHECK(byte_size(0) == "0 KiB");
  CHECK(byte_size(1) == "1 KiB");
  CHECK(byte_size(256 * 1024) == "256 KiB");
  CHECK(byte_size(256 * 1024 + 1) == "257 KiB");
  CHECK(byte_size(1024 * 1024 - 1) == "1024 KiB");
  CHECK(byte_size(1024 * 1024) == "1 MiB");
  CHECK(byte_size(std::uintmax_t{64} << 20) == "64 MiB");
  CHECK(byte_size((std::uintmax_t{64} << 20) + 1) == "64.1 MiB");
  CHECK(byte_size((std::uintmax_t{2} << 20) + (std::uintmax_t{1} << 20) / 10) == "2.1 MiB");
  CHECK(byte_size(std::uintmax_t{1} << 40) == "1048576 MiB");
}

TEST_CASE("an e-mail address has a name, one '@' and a domain with a dot", "[text]") {
  CHECK(styrdok::is_email_address("webb@lysekil.se"));
  CHECK(styrdok::is_email_address("anna.andersson@kommun.example.se"));
  for (const char* not_one : {"inte-en-adress", "@lysekil.se", "webb@", "webb@lysekil", "webb@@lysekil.se",
                              "webb @lysekil.se", "webb@lysekil.", "webb@.se"})
    CHECK_FALSE(styrdok::is_email_address(not_one));
}
