// Which lines of an imported document are headings, and at what level:
// Word's heading styles and outline levels; a PDF's font sizes (larger is
// higher; a bold line of the body's size is the lowest); numbered headings
// ("3.1. Mål" is one level below "3. Mål"); and in plain text, the lines
// the table of contents names, or else short lines standing alone. Levels
// start at 1 for the body's highest heading (written as ##). Pure.
#pragma once

#include <vector>

#include "import/page_furniture.h"
#include "import/source_text.h"

namespace styrdok {

// Per line: its heading level (1.. by the source), or 0.
std::vector<int> find_headings(const SourceText& source, const Furniture& furniture);

// Renumbers the levels of lines [from, end) to those the text uses, in
// order: the highest is 1 (the text's highest heading, written ##), the
// next one used 2, and so on, at most 5; no level is skipped.
void normalise_levels(std::vector<int>& level, std::size_t from);

// The font size most of the text is set in (PDF); 0 when unknown.
double body_font_size(const SourceText& source, const std::vector<std::string>& dropped);

// "3.1. Mål" -> 2, "3 Mål" -> 1; 0 when the line does not start with a
// section number followed by a short title.
int numbered_heading_depth(const std::string& text);

}  // namespace styrdok
