// Reads a plain-text file (UTF-8, UTF-16 with a byte order mark as Notepad
// saves "Unicode", or Windows-1252 as older exports are) into lines. Pure; thread-safe.
#pragma once

#include <string>

#include "import/source_text.h"

namespace styrdok {

// `converted` is set when the text was not UTF-8 and was read as
// Windows-1252 (Latin-1).
SourceText read_plain_text(const std::string& bytes, bool* converted = nullptr);

// Whether the bytes start with UTF-16's byte order mark (a text file, for all its NUL bytes).
bool is_utf16_text(const std::string& bytes);

}  // namespace styrdok
