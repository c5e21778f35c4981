// The labels of metadata blocks in Swedish municipalities' governing
// documents ("Beslutat av", "Dnr", "Giltig t.o.m.", …), and the print
// edition's own labels (themes/default/i18n/sv.yaml and en.yaml, label_*),
// each with the key it fills and how its value is read. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

enum class ValueKind {
  text,         // kept as written
  decision,     // a body, perhaps with the date and § ("Kommunfullmäktige 2021-05-19 § 63")
  date,         // a date, perhaps with the § ("2023-12-14 § 198")
  paragraph,    // "§ 63" or "63"
  valid_from,   // a date, perhaps "och tills vidare"
  valid_until,  // a date or "tills vidare"
  review_date,  // a date (the next review)
  type,         // a document type word
  title,        // the title
  ignored,      // read and left out: the site decides it (Organisation)
};

struct Label {
  const char* key;  // front-matter key, or one of kCommentKeys
  ValueKind kind;
  // Only a proposal's metadata has it ("Ska behandlas av", "Förslag
  // daterat"): the version is a proposal, not decided.
  bool proposal = false;
};

// Keys of values that go into the front matter as comments, for the clerk
// to finish: a contact person as the source writes it ("Anna Andersson,
// strateg, 0303-73 00 00") is split into name, role, phone and e-mail by
// the clerk, not guessed at.
inline constexpr const char* kCommentKeys[] = {"contact"};
bool is_comment_key(std::string_view key);

// The label `text` is, as a whole ("Beslutat av", "DNR", "Giltig t.o.m."),
// case, diacritics and a trailing colon aside.
std::optional<Label> find_label(std::string_view text);

}  // namespace styrdok
