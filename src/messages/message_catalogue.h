// The messages a clerk reads — from check, build, serve, new, init and
// import — in the site's language. Stages report in English (the language
// of the code and of the catalogue's keys); the catalogue turns a finished
// message into another language at the one place it is shown, as gettext
// does with its English msgids:
//
//   "unknown key '{}'; did you mean '{}'?"  ->  "okänd nyckel ..."
//
// A catalogue is a YAML mapping from an English template to its
// translation (themes/default/i18n/messages/sv.yaml). `{}` stands for a part
// that varies (a key, a date, a file name); the translation uses `{}` for
// the same parts in the same order, or `{1}`, `{2}` … to reorder them. A
// message is translated whole when a template matches it whole; otherwise
// clause by clause (clauses are separated by "; "), and a clause no template
// matches stays in English. A part that is itself a message with a
// translation ("expected a date written YYYY-MM-DD") is translated too.
// The location ("path:line:column:") is never translated.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/file_system.h"

namespace styrdok {

class MessageCatalogue {
 public:
  // The empty catalogue: every message stays in English.
  MessageCatalogue() = default;

  // Reads a catalogue file; reports a template the file cannot hold (not a
  // mapping, a translation with other parts than its template).
  static std::optional<MessageCatalogue> parse(std::string_view yaml, const std::string& path,
                                               Diagnostics& diagnostics);

  // The built-in catalogue of `language` ("sv", "en"), with a site's own
  // i18n/messages/<language>.yaml over it when `site` has one. English and a
  // language without a catalogue give the empty catalogue.
  static MessageCatalogue for_language(const std::string& language, const FileSystem* site = nullptr);

  std::string translate(std::string_view message) const;
  Diagnostic translate(const Diagnostic& d) const;
  // "path:line:column: message", translated: what a clerk reads.
  // A warning says "varning:" where the English says "warning:".
  std::string to_string(const Diagnostic& d) const;

  std::size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::vector<std::string> literals;  // the template split at its `{}`; one more than its parts
    std::vector<std::string> target;    // the translation split at its placeholders
    std::vector<int> order;             // for each placeholder of the translation: which part (0-based)
  };

  std::optional<std::string> translate_whole(std::string_view message, int depth) const;
  std::string translate_clauses(std::string_view message, int depth) const;

  std::vector<Entry> entries_;
};

// The language a command's messages use: `--lang` when given, else the
// `language:` of the site file in `site` (read leniently: a site file with
// errors still names its language) when it is "en", else "sv", the default
// of a new site.
std::string message_language(const std::string& flag, const FileSystem* site);

}  // namespace styrdok
