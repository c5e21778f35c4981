// `styrdok import`: a PDF, a Word .docx or a plain-text file made into a
// document folder with a version file. The stages, per file:
//
//   read (text_reader, pdf_reader, docx_reader) → page furniture and table of
//   contents (page_furniture) → headings (headings) → where the text begins →
//   metadata block (metadata_recognizer) and front page (front_page) → body
//   (body_builder) → version file (version_writer), and beside it the pictures
//   its text shows and the files it links to (Word)
//
// Never a guess: what cannot be read is "unknown", and the report says, per
// file, each value found with the line it came from, each value left
// unknown and everything left out. A file that cannot be read at all (a
// scanned PDF without text, an encrypted PDF, a damaged .docx, a zip bomb)
// is an error and nothing is written for it.
//
// Pure: bytes in, a file to write and a report out; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/file_system.h"
#include "scaffold/scaffold.h"

namespace styrdok {

struct ImportRequest {
  std::string path;          // the file as given, for messages
  std::string into;          // "organisation/document", or "" to derive it
  std::string organisation;  // --org, or "" for the site's only organisation
  // The imported file's folder, where the files its links name are read
  // from (a Word link to "Bilaga 1.pdf" beside it); none read when null.
  const FileSystem* beside = nullptr;
  // What the files it links to may hold together: each is read whole before
  // anything is written, so a document linking to many large files would
  // otherwise fill the memory. Past it, a file is left out and reported.
  std::size_t attachments_bytes = std::size_t{1} << 30;
};

struct ImportResult {
  NewFile file;                       // the version file, relative to the site
  std::vector<NewFile> pictures;      // the pictures its text shows, beside it ("<version>-bild-1.png")
  std::vector<NewFile> attachments;   // the files its text links to, beside it ("<version>-bilaga-1.pdf")
  std::vector<std::string> attached;  // where each attachment was read: its path in `beside`
  std::vector<std::string> report;    // lines for the terminal, indented under a heading line
  // Imported before from the same file: the version file and the files
  // beside it are there as this import would write them; nothing to write.
  bool unchanged = false;
};

// Reports a file it cannot read, or a target it cannot choose (no or several
// organisations, a file that exists), as "<path>: message".
std::optional<ImportResult> import_document(const ImportRequest& request, const std::string& bytes,
                                            const FileSystem& site, Diagnostics& diagnostics);

// The files a Word document links to that its import takes in as
// attachments, by their paths from its folder ("Bilaga 1.pdf"), read before
// any is imported; none for another kind of file or one it cannot read.
std::vector<std::string> linked_attachments(const std::string& bytes, const std::string& path);

}  // namespace styrdok
