// Reading the values of a metadata block as Swedish municipalities write
// them: dates as 2018-11-27 or in words ("den 4 juni 2018"), the minutes'
// paragraph ("§ 63"), "tills vidare", and a form's placeholder ("Fyll i
// tid") that means no value was given. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace styrdok {

// A piece found in a value, with where it was: text[begin, end).
template <typename T>
struct Found {
  T value;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The first date in `text`: 2021-05-19, "19 maj 2021", "den 19 maj 2021",
// "19 May 2021". Only whole, valid days; "maj 2021" or "2021" is no date.
std::optional<Found<Date>> find_date(std::string_view text);

// The first paragraph number: "§ 63", "§63", "§§ 63" -> "63".
std::optional<Found<std::string>> find_paragraph(std::string_view text);

// "tills vidare", "tillsvidare", "och tills vidare", "until further notice".
std::optional<Found<std::string>> find_until_further_notice(std::string_view text);

// A form's placeholder or a word for "no value": "Fyll i tid", "Ange
// datum", "Klicka här för att ange text.", "Uppgift saknas", "-", "XX".
bool is_placeholder(std::string_view text);

// The document type a word names, as a `type` key: "Riktlinjer" ->
// "riktlinjer", "Integrationspolicy" -> "policy", "Handlingsplanen" ->
// "handlingsplan". Empty when it names none.
std::string document_type_of_word(std::string_view word);

// The first word of `text` that names a document type, as above.
std::string document_type_in(std::string_view text);

// `text` without `piece`'s span, and without the commas, dashes and spaces
// left at either end: "Kommunfullmäktige 2021-05-19, § 63" less the date and
// the paragraph is "Kommunfullmäktige".
std::string without(std::string_view text, std::size_t begin, std::size_t end);

// Trims spaces, and the commas, semicolons and dashes that separated pieces.
std::string trim_separators(std::string_view text);

}  // namespace styrdok
