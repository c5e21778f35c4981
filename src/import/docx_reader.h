// Reads a Word .docx natively (libzip, pugixml): the document's paragraphs
// and tables in order, each paragraph's heading level (its style's name,
// "Heading 2", "Rubrik 2", or outline level; "Title" for the title), list
// level and kind (numbering.xml: bullets or numbers), and its runs as
// Markdown inline text: bold, italic and links (relationships). Pure;
// thread-safe.
//
// A .docx is a zip archive, so it is checked before anything is inflated:
// at most kMaxEntries entries, each part at most kMaxPartBytes unpacked,
// kMaxTotalBytes in all, and no part that unpacks to more than
// kMaxRatio times its packed size (a zip bomb).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "import/source_text.h"

namespace styrdok {

inline constexpr std::size_t kMaxEntries = 10000;
inline constexpr std::size_t kMaxPartBytes = 64u << 20;    // 64 MiB
inline constexpr std::size_t kMaxTotalBytes = 256u << 20;  // 256 MiB
inline constexpr std::size_t kMaxRatio = 100;

// Sets `error` for a damaged or hostile file.
std::optional<SourceText> read_docx(const std::string& bytes, std::string& error);

}  // namespace styrdok
