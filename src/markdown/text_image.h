// Where a picture shown in a text comes from, and where the site publishes
// it: the one rule the renderer (the picture's address in the page), the
// link check (what is wrong with it) and the build (which files to copy)
// follow alike.
//
// A text names a picture by a path relative to its own file: "karta.png",
// "bilder/karta.png", "../gemensamt/logga.svg" ("%20" and the like
// decoded). A picture under content/ is published at the same place under
// the site's root, without "content/":
//   content/lysekil/policy/bilder/karta.png -> lysekil/policy/bilder/karta.png
// (the document's own address when its folder's name is already one), once
// however many texts show it. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

struct TextImage {
  // In the site's folder, normalised: "content/lysekil/policy/bilder/karta.png";
  // starts with "../" when the path leads out of the site's folder. Empty
  // when the address cannot name a file (an encoded '/', "%2E%2E", a NUL).
  std::string file;
  // Where it is published, "lysekil/policy/bilder/karta.png"; empty when it
  // is not (outside content/, or not a picture file: is_picture_file).
  std::string output;
};

// nullopt when `url` is not a relative path: it has a scheme, starts with
// '/' or '#', or is empty. `text_path` is the text's file, under the site's
// folder ("content/lysekil/policy/2020-01-01.md").
std::optional<TextImage> text_image(std::string_view text_path, std::string_view url);

// Whether `path` names a kind of picture browsers show in a page: .png,
// .jpg, .jpeg, .gif, .svg, .webp or .avif, in any case.
bool is_picture_file(std::string_view path);
inline constexpr std::string_view kPictureFileKinds = ".png, .jpg, .jpeg, .gif, .svg, .webp, .avif";

// The site address of a published picture, percent-encoded: "/lysekil/policy/bilder/karta%201.png".
std::string image_address(std::string_view output);

}  // namespace styrdok
