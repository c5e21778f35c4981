#include "import/text_reader.h"

#include <cstdint>

#include "core/text.h"
#include "core/utf8.h"

namespace styrdok {

namespace {

// Windows-1252's bytes 0x80..0x9F; the rest of the upper half is Latin-1.
const char16_t kCp1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string from_cp1252(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      append_utf8(out, c < 0xA0 ? kCp1252[c - 0x80] : c);
    }
  }
  return out;
}

// Text saved as UTF-16 (Notepad's "Unicode"), after its byte order mark;
// an unpaired surrogate becomes U+FFFD.
std::string from_utf16(const std::string& bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? a | (b << 8) : (a << 8) | b;
  };
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    std::uint32_t c = unit(i);
    if (c >= 0xD800 && c < 0xDC00 && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 && unit(i + 2) < 0xE000) {
      c = 0x10000 + ((c - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
      i += 2;
    } else if (c >= 0xD800 && c < 0xE000) {
      c = 0xFFFD;
    }
    append_utf8(out, c);
  }
  return out;
}

}  // namespace

bool is_utf16_text(const std::string& bytes) { return bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"); }

SourceText read_plain_text(const std::string& bytes, bool* converted) {
  const bool utf16 = is_utf16_text(bytes);
  const bool utf8 = !utf16 && !find_invalid_utf8(bytes);
  if (converted) *converted = !utf8;
  std::string text = utf16 ? from_utf16(bytes, bytes[0] == '\xFF') : utf8 ? bytes : from_cp1252(bytes);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte order mark
  SourceText out;
  out.format = "text";
  bool blank_before = false;
  int number = 0;
  int page = 0;
  std::size_t from = 0;
  while (from <= text.size()) {
    auto end = text.find('\n', from);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(from, end - from);
    from = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // A form feed starts a new page, as pdftotext writes them.
    if (const auto ff = line.find('\f'); ff != std::string::npos) {
      line.erase(ff, 1);
      page = page == 0 ? 2 : page + 1;
      blank_before = true;
    }
    if (trim(line).empty()) {
      blank_before = true;
      continue;
    }
    SourceLine l;
    l.text = line;
    l.number = number;
    l.page = page == 0 ? 0 : page;
    l.break_before = blank_before;
    out.lines.push_back(std::move(l));
    blank_before = false;
    if (end == text.size()) break;
  }
  // Pages were counted from the first form feed: the lines before it are page 1.
  if (page > 0) {
    for (auto& l : out.lines) {
      if (l.page == 0) l.page = 1;
    }
  }
  return out;
}

}  // namespace styrdok
