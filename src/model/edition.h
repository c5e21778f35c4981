// A translation or easy-read edition of one version of a document, and the
// languages an edition may be written in. An edition is always of exactly
// one source version: it lives in that Version (Version::editions) and takes
// every metadata field from it; only its title, text and who translated it
// when are its own. Plain values; thread-safe to read.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "markdown/body.h"

namespace styrdok {

// A language an edition may be in. `code` is what the file name and the
// address use ("2015-03-16.ar.md", ".../2015-03-16/ar/"); `tag` is the BCP 47
// tag of `lang` attributes and hreflang; easy-read Swedish is code
// "lattlast" with tag "sv".
struct EditionLanguage {
  std::string_view code;     // "ar", "lattlast"
  std::string_view tag;      // "ar", "sv"
  bool right_to_left;        // written right to left: dir="rtl"
  std::string_view name;     // the language's name for itself: "العربية", "Lättläst"
  std::string_view swedish;  // its Swedish name: "arabiska", "lättläst svenska"
};

// Every language an edition may be in, ordered by code.
const std::vector<EditionLanguage>& edition_languages();
// The language of `code`, or nullptr if editions cannot be in it.
const EditionLanguage* find_edition_language(std::string_view code);

struct Edition {
  std::string language;                      // the code: "ar" (see edition_languages())
  std::string source_path;                   // "content/dals-ed/integrationspolicy/2015-03-16.ar.md"
  std::string title;                         // in the edition's language
  std::optional<std::string> translated_by;  // a person, a firm, or a unit
  bool machine_translated = false;           // maskinöversatt: said on every page showing it
  std::optional<Date> translated_on;         // the day the translation was made
  std::optional<std::string> note;           // a line the clerk adds, in the edition's language
  bool example = false;                      // an example translation: labelled so on every page showing it
  std::shared_ptr<const Body> body = std::make_shared<const Body>();

  const EditionLanguage& lang() const;  // never null for a loaded edition
};

}  // namespace styrdok
