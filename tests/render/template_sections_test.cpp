// Tests for render/template_sections.h: a template's unpaired sections are
// found at their line and column in the file, by their own name.
#include "render/template_sections.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

std::string described(const std::optional<TemplateProblem>& p) {
  if (!p) return "none";
  return std::to_string(p->where.line) + ":" + std::to_string(p->where.column) + ": " + p->message;
}

}  // namespace

TEST_CASE("sections that pair up are no problem", "[template_sections]") {
  CHECK(described(find_section_problem("")) == "none");
  CHECK(described(find_section_problem("{{#a}}x{{^b}}y{{/b}}{{/a}}{{{raw}}}{{> _footer}}")) == "none");
  CHECK(described(find_section_problem("{{# a }}x{{/ a }}")) == "none");
}

TEST_CASE("a section left open inside another is named, not the one around it", "[template_sections]") {
  // The Mustache library said of this: Unclosed section "qr_svg".
  CHECK(
      described(find_section_problem("{{> _header}}\n{{#qr_svg}}<figure>\n  {{#unclosed}}\n</figure>{{/qr_svg}}\n")) ==
      "3:3: the section 'unclosed' that starts here is never closed; add {{/unclosed}} where it ends");
  CHECK(described(find_section_problem("<p>é {{^empty}}\n")) ==
        "1:6: the section 'empty' that starts here is never closed; add {{/empty}} where it ends");
}

TEST_CASE("a closing tag that opens nothing, and a tag without its braces", "[template_sections]") {
  CHECK(described(find_section_problem("a\n{{/items}}")) ==
        "2:1: {{/items}} closes a section 'items' that is not open here; remove it, or open the section with "
        "{{#items}} before it");
  CHECK(described(find_section_problem("a\n  {{title")) ==
        "2:3: the tag that starts here is never closed; end it with }}");
}
