// Where a file beside a text comes from, and where the site publishes it: a
// picture the text shows (![Karta](karta.png)) or an attachment it links to
// ([Bilaga 1](bilaga-1.pdf)). The one rule the renderer (the file's address
// in the page), the link check (what is wrong with it) and the build (which
// files to copy) follow alike.
//
// A text names such a file by a path relative to its own file: "karta.png",
// "bilder/karta.png", "../gemensamt/logga.svg" ("%20" and the like
// decoded). A file under content/ is published at the same place under the
// site's root, without "content/":
//   content/lysekil/policy/bilder/karta.png -> lysekil/policy/bilder/karta.png
// (the document's own address when its folder's name is already one), once
// however many texts show it. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

// How a text uses the file, which says the kinds of file it may be.
enum class FileUse {
  picture,     // shown in the page: is_picture_file
  attachment,  // linked to: is_attachment_file
};

struct TextFile {
  // In the site's folder, normalised: "content/lysekil/policy/bilder/karta.png";
  // starts with "../" when the path leads out of the site's folder. Empty
  // when the address cannot name a file (an encoded '/', "%2E%2E", a NUL).
  std::string file;
  // Where it is published, "lysekil/policy/bilder/karta.png"; empty when it
  // is not (outside content/, or not a kind of file the use allows).
  std::string output;
};

// nullopt when `url` is not a relative path: it has a scheme, starts with
// '/' or '#', or is empty. `text_path` is the text's file, under the site's
// folder ("content/lysekil/policy/2020-01-01.md").
std::optional<TextFile> text_file(std::string_view text_path, std::string_view url, FileUse use);

// Whether `path` names a kind of picture browsers show in a page: .png,
// .jpg, .jpeg, .gif, .svg, .webp or .avif, in any case.
bool is_picture_file(std::string_view path);
inline constexpr std::string_view kPictureFileKinds = ".png, .jpg, .jpeg, .gif, .svg, .webp, .avif";

// Whether `path` names a kind of file a text may link to as an attachment:
// a document (.pdf, .odt, .docx, .doc, .rtf, .txt), a spreadsheet (.ods,
// .xlsx, .xls, .csv), a presentation (.odp, .pptx, .ppt), or a picture.
bool is_attachment_file(std::string_view path);
inline constexpr std::string_view kAttachmentFileKinds =
    ".pdf, .odt, .docx, .doc, .rtf, .txt, .ods, .xlsx, .xls, .csv, .odp, .pptx, .ppt, .png, .jpg, .jpeg, .gif, .svg, "
    ".webp, .avif";

// The kind of file `path` names, in small letters: ".png" for "Karta.PNG";
// "" when its name has none.
std::string file_kind(std::string_view path);

// Whether `path` ends in ".something": a file's name rather than a page's
// address ("../plan/", "policy").
bool has_file_kind(std::string_view path);

// The site address of a published file, percent-encoded: "/lysekil/policy/bilder/karta%201.png".
std::string file_address(std::string_view output);

}  // namespace styrdok
