// What `styrdok import` takes from its command line: each file named, and
// the files within each folder named (its subfolders too), so that a clerk
// can give the folder a pile of documents came in.
//
// Within a folder: the files of the kinds import reads (PDF, Word .docx and
// the old .doc it explains, text), Word files first, since the
// files a Word document links to (its appendices, beside it) are taken in
// with it rather than as documents of their own; then the others, each
// group in the order of their paths. Hidden files and folders (".git") and
// Word's lock files ("~$policy.docx") are passed over; files of other kinds
// (a spreadsheet, a picture) are listed as left out, for the report. The
// files a Word file found links to (another Word file too: appendices are
// often written in Word) come last, each with the Word file linking to it.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace styrdok {

struct FileToImport {
  std::string path;
  bool named = false;  // named on the command line, not found in a folder
  // Found in a folder, and a Word file found there links to it as an
  // attachment: it comes in with that file, not as a document of its own.
  std::string linked_from;
};

struct FilesToImport {
  std::vector<FileToImport> files;         // in the order to import them
  std::vector<std::string> left_out;       // files of a folder of a kind import does not read
  std::vector<std::string> empty_folders;  // folders named that hold no file to import
  // Folders named that are the site `site`, hold it, or lie in its content
  // or output: none of their files is listed.
  std::vector<std::string> site_folders;
};

// A path that is not a folder is taken as a file to import, as given (the
// importer reports one that does not exist).
FilesToImport files_to_import(const std::vector<std::string>& arguments, const std::string& site);

// The bytes of a file to import (at most 512 MiB); nullopt and why in
// `error` when it cannot be read.
std::optional<std::string> read_file_to_import(const std::string& path, std::string& error);

// The file's path with its links and "..", so that an appendix a Word file
// took in is known when its folder lists it too; the path as given when the
// disk cannot tell.
std::string resolved_path(const std::string& path);

}  // namespace styrdok
