// What a reader (plain text, PDF, Word) makes of a file before the importer
// decides what each part is: its lines in reading order, with what the
// format tells about them (page, font size, the Word style). Every later step
// works on these, so that the metadata block and the body are recognised the
// same way whatever the file was.
#pragma once

#include <string>
#include <vector>

namespace styrdok {

struct SourceLine {
  // The text as Markdown inline text: Word's and PDF's bold and italic
  // become **…** and *…*, Word's links […](…). Tabs stand for columns (a
  // tab in a text file, a wide gap in a PDF line, a table cell in Word).
  std::string text;
  int number = 0;    // where it came from, for the report: 1-based line (text, PDF) or paragraph (Word)
  int page = 0;      // PDF: 1-based page; 0 when the format has none
  double size = 0;   // PDF: the font size of most of the line; Word: its largest, set by hand; in points, 0 unknown
  double left = 0;   // PDF: where the line starts, in points from the page's left edge
  double right = 0;  // PDF: where it ends
  double first_word = 0;      // PDF: the width of its first word (would it have fit on the line above?)
  bool bold = false;          // the whole line is bold
  bool break_before = false;  // a blank line or extra space before it: a new block starts here
  bool whole = false;         // the reader knows it is a whole paragraph (Word): never joined with the next
  int heading = 0;            // Word: a heading of this level by its style or outline level (1..9); -1 the title
  int list_level = 0;         // Word: a list item at this depth (1..); 0 not a list item
  bool ordered = false;       // Word: the list is numbered
  int table = 0;              // Word: the table (1..) this row belongs to; 0 none. Cells are tab-separated.
  // Word: a paragraph with line breaks (Shift+Enter) is read as a line per
  // line, so that a front page's labels and values are found as in a text
  // file: the lines after its first have `soft_break`, and the first holds
  // the paragraph's whole text, the breaks as spaces, in `unbroken` (what
  // the body shows). Else false and "".
  bool soft_break = false;
  std::string unbroken;
};

// A picture of the source (Word): its lines refer to it as "![description](bild-1.png)".
// The importer writes those its text keeps beside the version file.
struct SourcePicture {
  std::string name;     // "bild-1.png"; empty when it is not imported (`problem` says why)
  std::string bytes;    // the picture's file
  int number = 0;       // the paragraph it is first in (Word), or the next with text when its own has none
  std::string problem;  // why it is left out: "a picture in the EMF format, which browsers do not show"
};

// A link of the source (Word) to a file rather than a web page: its lines
// write it as "[Bilaga 1](Bilaga%201.pdf)", the address as the source has
// it. Relative to the source's own folder, or a file: address.
struct SourceLink {
  std::string address;  // "Bilaga%201.pdf", "bilagor/plan.xlsx", "file:///C:/Dokument/plan.xlsx"
  int number = 0;       // the paragraph it is first in
};

struct SourceText {
  std::string format;  // "text", "pdf" or "docx": what the report calls the lines
  std::vector<SourceLine> lines;
  std::vector<SourcePicture> pictures;  // each once, in the order the text first shows them
  std::vector<SourceLink> file_links;   // each address once, in the order the text first links to it
  bool pictures_not_read = false;       // PDF: it holds pictures, which the reader cannot take out
  std::vector<int> pages_without_text;  // PDF with pictures: its pages (1..) with almost no text (scanned?)
  std::vector<int> pages_in_columns;    // PDF: its pages (1..) set in two columns, read a column at a time
  int notes = 0;                        // Word: its footnotes and endnotes, the last lines ("[^1]: …")
  bool tracked_changes = false;         // Word: it holds changes not yet accepted or rejected (a draft?)
};

// Text with the characters Markdown reads as markup escaped (\ * _ [ ] < > `),
// as the readers write a source's own words.
std::string markdown_escaped(const std::string& text);

// "line 12" / "page 2, line 40" / "paragraph 7", for the report.
std::string where(const SourceText& source, const SourceLine& line);

}  // namespace styrdok
