// Tests for content/edition_file.h: the file name, the edition's own keys,
// the version's keys refused, and the same limits a version file has.
#include "content/edition_file.h"

#include <catch2/catch.hpp>

#include <string>

using namespace styrdok;

namespace {

const std::string kPath = "content/dals-ed/integrationspolicy/2015-03-16.en.md";
const EditionName kEnglish{"2015-03-16", "en"};

std::vector<std::string> errors(const std::string& text, const EditionName& name = kEnglish,
                                const InputLimits& limits = {}) {
  MarkdownOptions labels;
  labels.limits = limits;
  Diagnostics d;
  const auto e = parse_edition(text, kPath, name, labels, d);
  std::vector<std::string> out;
  for (const auto& item : d.items()) out.push_back(item.to_string());
  if (!e && out.empty()) out.push_back("(no edition and no message)");
  return out;
}

}  // namespace

TEST_CASE("an edition's file name is its version and its language") {
  const auto name = split_edition_name("2015-03-16.sv-lattlast");
  REQUIRE(name);
  CHECK(name->version == "2015-03-16");
  CHECK(name->language == "sv-lattlast");
  CHECK_FALSE(split_edition_name("2015-03-16"));
}

TEST_CASE("an edition holds its own title, translator and date, and its text") {
  MarkdownOptions labels;
  Diagnostics d;
  const auto e = parse_edition(
      "---\ntitle: Policy for integration\ntranslated_by: Språkservice\ntranslation_date: 2024-02-01\n"
      "machine_translated: nej\nexample: ja\n---\n\n## Preamble\n\nText.\n",
      kPath, kEnglish, labels, d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(e);
  CHECK(e->language == "en");
  CHECK(e->title == "Policy for integration");
  CHECK(e->translated_by == "Språkservice");
  CHECK_FALSE(e->machine_translated);
  CHECK(e->example);
  CHECK(e->body->html.find("Preamble") != std::string::npos);
}

TEST_CASE("a key of the version it translates is refused at its line") {
  CHECK(errors("---\ntitle: Policy\ntranslation_date: 2024-02-01\ndecided_by: Kommunfullmäktige\n---\nText\n") ==
        std::vector<std::string>{kPath + ":4:1: 'decided_by' is taken from the version this edition translates "
                                         "('2015-03-16.md'); remove it here"});
}

TEST_CASE("an unknown language code is refused with the codes there are") {
  const auto e = errors("---\ntitle: Policy\n---\n", {"2015-03-16", "eng"});
  REQUIRE(e.size() == 1);
  CHECK_THAT(e[0], Catch::StartsWith(kPath + ": 'eng' is not a language code styrdok knows for an edition; "
                                             "did you mean 'en'?"));
}

TEST_CASE("a Swedish edition is told it is the version file itself, not sent to Northern Sami") {
  const auto e = errors("---\ntitle: Policy\n---\n", {"2015-03-16", "sv"});
  REQUIRE(e.size() == 1);
  CHECK(e[0] == kPath +
                    ": a version's Swedish text is its own file, 2015-03-16.md, not an edition; an edition in "
                    "easy-read Swedish is 2015-03-16.lattlast.md");
}

TEST_CASE("an edition file meets the limits of a version file") {
  InputLimits limits;
  limits.line_bytes = 100;
  CHECK(errors("---\ntitle: " + std::string(200, 'a') + "\ntranslation_date: 2024-02-01\n---\n", kEnglish, limits)
            .at(0)
            .starts_with(kPath + ":2:"));
  limits = {};
  limits.file_bytes = 50;
  CHECK(errors("---\ntitle: Policy\ntranslation_date: 2024-02-01\n---\n" + std::string(100, 'a'), kEnglish, limits)
            .at(0)
            .starts_with(kPath + ":"));
  // Aliases that expand past the limit.
  std::string yaml = "---\ntitle: P\ntranslation_date: 2024-02-01\nnote: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'g'; ++c) {
    yaml += std::string("x") + c + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) yaml += std::string(i ? ", *" : "*") + static_cast<char>(c - 1);
    yaml += "]\n";
  }
  yaml += "---\n";
  limits = {};
  limits.yaml_nodes = 1000;
  CHECK_THAT(errors(yaml, kEnglish, limits).at(0),
             Catch::Contains("the YAML holds more than 1000 values once its aliases"));
}

TEST_CASE("an edition file that is not UTF-8 or has no front matter gets one clear error") {
  CHECK(errors("---\ntitle: P\xff\n---\n") ==
        std::vector<std::string>{kPath + ":2:9: the file is not valid UTF-8; save it as UTF-8"});
  CHECK(errors("title: P\n") ==
        std::vector<std::string>{kPath + ":1:1: a version file must start with a '---' line, then "
                                         "its metadata, then '---'"});
  CHECK(errors("---\n- a\n- b\n---\n") ==
        std::vector<std::string>{kPath + ":2:1: the metadata must be lines of the form 'key: value'"});
}
