// Parses a meeting file (meetings/<id>.yaml): the meeting's body, date,
// place and agenda, each item naming a document of the site and the version
// to hand out, optionally with a redline against an older version. Parsing is
// pure (text in, Meeting out) and resolves references against the loaded
// Site; `load_meetings` reads the folder through a FileSystem.
//
// Meeting files live in a top-level meetings/ folder beside content/, so they
// never look like documents to the content loader.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/file_system.h"
#include "core/limits.h"
#include "model/site_config.h"

namespace styrdok {

inline const char* const kMeetingsDir = "meetings";

struct ParsedMeeting {
  std::optional<Meeting> meeting;  // empty on errors, or when withheld
  // True when an item hands out a proposal that this build does not
  // publish (no --drafts): the meeting is then left out, without an error.
  bool withheld = false;
};

// The keys a meeting file and an agenda item may hold, in the order the docs list them.
const std::vector<std::string>& meeting_keys();
const std::vector<std::string>& agenda_item_keys();

// An agenda whose handout would print more than `limits.handout_bytes`
// (each paper's text, both versions of a redline, each plan's actions) is an
// error at its 'items': it may name the same long paper many times over.
ParsedMeeting parse_meeting(const std::string& text, const std::string& path, const std::string& file_stem,
                            const Site& site, Diagnostics& diagnostics, const InputLimits& limits = {});

// Every meetings/*.yaml, sorted by id. Reports every problem of every file.
std::vector<Meeting> load_meetings(const FileSystem& files, const Site& site, Diagnostics& diagnostics,
                                   const InputLimits& limits = {});

}  // namespace styrdok
