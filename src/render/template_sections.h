// Where a Mustache template's sections do not pair up ({{#name}} or
// {{^name}} without its {{/name}}, a {{/name}} that opens nothing, a tag
// without its closing braces), found in the text of one template file.
//
// The Mustache library reports such a mistake in the template with its
// partials expanded, as a byte offset into that text, and closes a section
// with whatever {{/…}} comes next, so it names the section around the one
// left open. A clerk who edits templates/version.mustache needs the line and
// the name in that file. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/text.h"

namespace styrdok {

struct TemplateProblem {
  TextPosition where;
  std::string message;  // what is wrong and what to do
};

// The first tag in `text` that leaves a section unpaired, or nullopt when
// every section is closed by its own name. Understands only the default
// {{ }} delimiters: after a {{=…=}} tag it stops looking.
std::optional<TemplateProblem> find_section_problem(std::string_view text);

}  // namespace styrdok
