// Tests for content/yaml_problem.h: yaml-cpp's own errors, on the YAML a
// clerk writes, become messages that say what to do, at the right line.
#include "content/yaml_problem.h"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

#include "content/yaml_fields.h"

using namespace styrdok;

namespace {

// What parse_yaml reports for `yaml` (as a file's first line, line 1).
std::string reported(const std::string& yaml) {
  Diagnostics diagnostics;
  const auto root = parse_yaml(yaml, "f.yaml", 1, diagnostics);
  REQUIRE_FALSE(root.has_value());
  REQUIRE(diagnostics.items().size() == 1);
  return diagnostics.items()[0].to_string();
}

// "path:line:column".
std::string at(const SourceLocation& where) {
  return where.path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

TEST_CASE("a colon and a space in a value: put it in quotes", "[yaml_problem]") {
  CHECK(reported("type: policy\ntitle: Policy: integration\n") ==
        "f.yaml:2:14: invalid YAML: a colon and a space inside a value; put the whole value in quotes, e.g. title: "
        "\"Policy: integration\"");
}

TEST_CASE("a tab in the indentation is named, at the tab", "[yaml_problem]") {
  CHECK(reported("type: policy\n\ttitle: Policy\n") ==
        "f.yaml:2:1: invalid YAML: a tab in the indentation; YAML needs spaces");
  CHECK(reported("list:\n  - a\n \t- b\n") == "f.yaml:3:2: invalid YAML: a tab in the indentation; YAML needs spaces");
}

TEST_CASE("a quote left open is reported where it opens, not where yaml-cpp stops", "[yaml_problem]") {
  // yaml-cpp takes the end of the text for the close: the title would
  // swallow every key after it.
  const std::string yaml =
      "type: policy\ntitle: \"Integrationspolicy\ndecided_by: Kommunfullmäktige\n"
      "document_owner: Anna\n";
  CHECK(reported(yaml) ==
        "f.yaml:2:8: invalid YAML: the quote (\") that starts this value is never closed; end the value with \"");
  // Where yaml-cpp fails further on, at the first quote not closed on its line.
  CHECK(reported("a: \"x \\\" y\"\nb: 'it''s'\nc: 'open\nd: 1\ne: - x\n")
            .rfind("f.yaml:3:4: invalid YAML: the quote (')", 0) == 0);
  // A value in quotes over two lines is YAML, and stays so.
  Diagnostics diagnostics;
  const auto two_lines = parse_yaml("title: \"Policy för\n  integration\"\nb: 'x'\n", "f.yaml", 1, diagnostics);
  REQUIRE(two_lines.has_value());
  CHECK((*two_lines)["title"].as<std::string>() == "Policy för integration");
}

TEST_CASE("columns count characters, as the clerk's editor shows them, not bytes", "[yaml_problem]") {
  // Each of å, ä and ö is two bytes in UTF-8 and one column on screen;
  // yaml-cpp counts bytes.
  CHECK(reported("titel: Åtgärd: integration\n").rfind("f.yaml:1:14: invalid YAML: a colon and a space", 0) == 0);
  CHECK(reported("beslutad_av: Kommunfullmäktige\ngiltig_från: \"2020-01-01\ndiarienummer: KS 1\n")
            .rfind("f.yaml:2:14: invalid YAML: the quote (\")", 0) == 0);
  CHECK(reported("a: 'x'\nfrån: 'öppen\nd: 1\ne: - x\n").rfind("f.yaml:2:7: invalid YAML: the quote (')", 0) == 0);
  CHECK(reported("\tåtgärd: x\n") == "f.yaml:1:1: invalid YAML: a tab in the indentation; YAML needs spaces");
  CHECK(reported("år: \x01\n").rfind("f.yaml:1:5: a control character (U+0001)", 0) == 0);

  // A value's place, read through YamlFields.
  const std::string text = "titel: Policy\nåäö: x\nmål:\n  - ett\n  - två är: tre\n";
  Diagnostics diagnostics;
  const auto root = parse_yaml(text, "f.yaml", 3, diagnostics);
  REQUIRE(root.has_value());
  const YamlFields fields(*root, {text, "f.yaml", 3}, diagnostics);
  CHECK(at(fields.location_of(fields.child("åäö"))) == "f.yaml:4:6");
  CHECK(at(fields.location_of((*root)["mål"][1]["två är"])) == "f.yaml:7:13");
  CHECK(at(fields.location_of_key("mål")) == "f.yaml:5:1");
  const YAML::Node goals = fields.child("mål");  // YamlFields keeps a reference to its node
  const YamlFields list(goals, fields);
  CHECK(at(list.location_of_mapping()) == "f.yaml:6:3");
}

TEST_CASE("an unclosed bracket or brace, an unknown escape, an at sign or an asterisk: what to do", "[yaml_problem]") {
  // At the '[', not at the next line where yaml-cpp notices.
  CHECK(reported("title: [Riktlinjer\ntype: policy\n") ==
        "f.yaml:1:8: invalid YAML: a '[' at the start of a value is never closed with ']'; if the value is text, put "
        "it in quotes");
  CHECK_THAT(reported("title: {Riktlinjer\ntype: policy\n"),
             Catch::Contains("a '{' at the start of a value is never closed with '}'"));
  CHECK_THAT(reported("source: \"C:\\dokument\"\n"),
             Catch::Contains("'\\d' in a value in double quotes is no escape YAML knows; use single quotes"));
  CHECK_THAT(reported("title: @kommunen\n"), Catch::Contains("a value cannot start with '@' or '`'"));
  CHECK_THAT(reported("title: *Viktigt*\n"), Catch::Contains("a value that starts with '*' refers to an anchor"));
}

TEST_CASE("a message explain_yaml_error does not know passes as it is", "[yaml_problem]") {
  const auto p = explain_yaml_error("a: b\n", 0, 3, "some other problem");
  CHECK(p.line == 0);
  CHECK(p.column == 3);
  CHECK(p.message == "some other problem");
}

namespace {

// What parse_yaml warns of for `yaml`, which it reads.
std::vector<std::string> warned(const std::string& yaml) {
  Diagnostics diagnostics;
  const auto root = parse_yaml(yaml, "f.yaml", 1, diagnostics);
  REQUIRE(root.has_value());
  std::vector<std::string> out;
  for (const auto& item : diagnostics.items()) out.push_back(item.to_string());
  return out;
}

}  // namespace

TEST_CASE("a '#' glued to a word after a space cuts the value short: a warning, at the '#'", "[yaml_problem]") {
  CHECK(
      warned("type: policy\ntitle: Exempel #1\n") ==
      std::vector<std::string>{
          "f.yaml:2:16: warning: '#1' and what follows it on the line is a comment, not part of the value, since ' #' "
          "begins one in YAML; to keep it, put the whole value in quotes: \"Exempel #1\""});
  // An empty value: a colour written without quotes.
  CHECK(warned("branding:\n  colour: #7a1f3d\n") ==
        std::vector<std::string>{"f.yaml:2:11: warning: the value is empty: '#7a1f3d' is a comment, since '#' after a "
                                 "space begins one in YAML; put the value in quotes: \"#7a1f3d\""});
  // In a list, with a quote in the value.
  CHECK(warned("goals:\n  - Mål \"A\" #2 och #3\n") ==
        std::vector<std::string>{"f.yaml:2:13: warning: '#2' and what follows it on the line is a comment, not part "
                                 "of the value, since ' #' begins one in YAML; to keep it, put the whole value in "
                                 "quotes: \"Mål \\\"A\\\" #2 och #3\""});
  // Past an anchor or a tag, and once for a value that aliases repeat.
  CHECK(warned("a: &x Del #1\nb: *x\nc: *x\nd: !!str 'Tag #2'\n") ==
        std::vector<std::string>{"f.yaml:1:11: warning: '#1' and what follows it on the line is a comment, not part "
                                 "of the value, since ' #' begins one in YAML; to keep it, put the whole value in "
                                 "quotes: \"Del #1\""});
}

TEST_CASE("a comment written as one, a '#' inside a word or in quotes, block text and flow lists are no warning",
          "[yaml_problem]") {
  CHECK(warned("status: antagen  # ändrad 2024\n"
               "owner: # fylls i senare\n"
               "title: Exempel nr#1\n"
               "quoted: \"Exempel #1\"\n"
               "single: 'Exempel #1'\n"
               "colour: \"#7a1f3d\"\n"
               "summary: |\n"
               "  Text med #1 i sig\n"
               "folded: >\n"
               "  Mer #2\n"
               "# title: #1\n"
               "flow: [Del #1\n  ]\n"
               "map: {a: b #c\n  }\n"
               "nested:\n"
               "  key: value #\n")
            .empty());
}

TEST_CASE("a byte order mark (Windows Notepad writes one) moves no place and hides no problem", "[yaml_problem]") {
  const std::string bom = "\xEF\xBB\xBF";
  // yaml-cpp counts from after the mark: read from the text's start, each
  // offset was three bytes early, and a quote left open went unnoticed.
  CHECK(reported(bom + "title: \"Plan\nb: c\nd: e\n")
            .rfind("f.yaml:1:8: invalid YAML: the quote (\") that starts this value is never closed", 0) == 0);
  CHECK(warned(bom + "title: Plan #2\n") ==
        std::vector<std::string>{"f.yaml:1:13: warning: '#2' and what follows it on the line is a comment, not part "
                                 "of the value, since ' #' begins one in YAML; to keep it, put the whole value in "
                                 "quotes: \"Plan #2\""});
  CHECK(reported(bom + "år: x: y\n").rfind("f.yaml:1:6: invalid YAML: a colon and a space", 0) == 0);
  CHECK(reported(bom + "år: \x01\n").rfind("f.yaml:1:5: a control character", 0) == 0);

  const std::string text = bom + "åäö: x\nb: ü\n";
  Diagnostics diagnostics;
  const auto root = parse_yaml(text, "f.yaml", 1, diagnostics);
  REQUIRE(root.has_value());
  const YamlFields fields(*root, {text, "f.yaml", 1}, diagnostics);
  CHECK(at(fields.location_of(fields.child("åäö"))) == "f.yaml:1:6");
  CHECK(at(fields.location_of(fields.child("b"))) == "f.yaml:2:4");
}

TEST_CASE("a value that starts with a part in quotes or brackets and goes on: quote it whole", "[yaml_problem]") {
  const std::string advice =
      "invalid YAML: the value starts with a part in quotes or brackets and goes on after it; put the whole value "
      "in quotes, e.g. title: '\"Trygg i Lysekil\" – handlingsplan' (a single quote inside single quotes is written "
      "twice)";
  CHECK(reported("type: plan\ntitle: \"Trygg i Lysekil\" – handlingsplan\nid: x\n") == "f.yaml:2:8: " + advice);
  CHECK(reported("type: plan\ntitle: 'Utkast' policy\nid: x\n") == "f.yaml:2:8: " + advice);
  CHECK(reported("type: plan\ntitle: [Utkast] Policy\nid: x\n") == "f.yaml:2:8: " + advice);
}

TEST_CASE("values nested deeper than YAML is read: write them flatter", "[yaml_problem]") {
  const std::string deep = "extra: " + std::string(1000, '[') + std::string(1000, ']') + "\n";
  CHECK_THAT(reported(deep), Catch::Contains("invalid YAML: values are nested inside one another (in [ ], { } or by "
                                             "indentation) deeper than YAML is read here; write them flatter"));
}

TEST_CASE("a control character written as an escape is an error at its value, as a typed one is", "[yaml_problem]") {
  CHECK(reported("type: policy\ntitle: \"Test\\u0000policy\"\n") ==
        "f.yaml:2:8: an escape in this value writes a control character (U+0000) that no page can show; remove it");
  CHECK(reported("title: \"Test\\epolicy\"\n") ==
        "f.yaml:1:8: an escape in this value writes a control character (U+001B) that no page can show; remove it");
  // A line break or a tab written so is text.
  Diagnostics diagnostics;
  CHECK(parse_yaml("title: \"a\\tb\\nc\"\n", "f.yaml", 1, diagnostics).has_value());
}
