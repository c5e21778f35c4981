#include "model/edition.h"

#include <algorithm>

namespace styrdok {

const std::vector<EditionLanguage>& edition_languages() {
  // Sweden's national minority languages, the languages municipalities
  // publish for newcomers in, English and easy-read Swedish.
  static const std::vector<EditionLanguage> kLanguages = {
      {"ar", "ar", true, "العربية", "arabiska"},
      {"bs", "bs", false, "Bosanski", "bosniska"},
      {"de", "de", false, "Deutsch", "tyska"},
      {"en", "en", false, "English", "engelska"},
      {"es", "es", false, "Español", "spanska"},
      {"fa", "fa", true, "فارسی", "persiska"},
      {"fi", "fi", false, "Suomi", "finska"},
      {"fit", "fit", false, "Meänkieli", "meänkieli"},
      {"fr", "fr", false, "Français", "franska"},
      {"ku", "ku", false, "Kurdî", "kurdiska (kurmanji)"},
      {"lattlast", "sv", false, "Lättläst", "lättläst svenska"},
      {"pl", "pl", false, "Polski", "polska"},
      {"prs", "prs", true, "دری", "dari"},
      {"rmy", "rmy", false, "Romani", "romani chib"},
      {"ru", "ru", false, "Русский", "ryska"},
      {"se", "se", false, "Davvisámegiella", "nordsamiska"},
      {"sma", "sma", false, "Åarjelsaemien", "sydsamiska"},
      {"smj", "smj", false, "Julevsámegiella", "lulesamiska"},
      {"so", "so", false, "Soomaali", "somaliska"},
      {"ti", "ti", false, "ትግርኛ", "tigrinja"},
      {"tr", "tr", false, "Türkçe", "turkiska"},
      {"uk", "uk", false, "Українська", "ukrainska"},
      {"yi", "yi", true, "ייִדיש", "jiddisch"},
  };
  return kLanguages;
}

const EditionLanguage* find_edition_language(std::string_view code) {
  const auto& all = edition_languages();
  auto it = std::find_if(all.begin(), all.end(), [&](const EditionLanguage& l) { return l.code == code; });
  return it == all.end() ? nullptr : &*it;
}

const EditionLanguage& Edition::lang() const {
  static const EditionLanguage kUnknown{"", "und", false, "", ""};
  const EditionLanguage* found = find_edition_language(language);
  return found ? *found : kUnknown;
}

}  // namespace styrdok
