// Reads the text of a PDF with Poppler (Debian's libpoppler-cpp): each line
// of each page with its font size, where it starts, whether it is bold, and
// whether extra space sets it apart from the line before. Bold and italic
// words become Markdown; a wide gap between words becomes a tab (a table's
// columns, a label and its value). Pure; thread-safe (Poppler's document
// objects are not shared).
#pragma once

#include <optional>
#include <string>

#include "import/source_text.h"

namespace styrdok {

// Sets `error` and returns nothing for a file Poppler cannot open or that is
// locked with a password. A PDF without a text layer gives no lines.
std::optional<SourceText> read_pdf(const std::string& bytes, std::string& error);

}  // namespace styrdok
