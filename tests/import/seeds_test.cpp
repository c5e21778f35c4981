// The three seed texts (tests/import/seeds/, the sources of the example
// site) imported and compared with the hand-authored content/:
// - metadata: every key the importer can read, exactly (the Dals-Ed title
//   apart from letter case, which the hand-authored file normalised, as its
//   comment says; the summaries are a person's choice of sentence and left out);
// - headings: every heading's text, in order (plain text does not tell a
//   heading's level, so levels are not compared);
// - text: every list item, and 95% of the words in the same order.
#include <catch2/catch.hpp>

#include "core/slug.h"
#include "import/importer.h"
#include "import/version_parts.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

struct Seed {
  const char* file;
  const char* into;     // organisation/document
  const char* content;  // the hand-authored version, under content/
};

const Seed kSeeds[] = {
    {"lysekil-riktlinjer-integration-2021.txt", "lysekil/riktlinjer-for-integrationsarbete",
     "lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md"},
    {"stenungsund-integrationspolicy-2023.txt", "stenungsund/integrationspolicy",
     "stenungsund/integrationspolicy/2023-12-14.md"},
    {"dals-ed-integrationspolicy.txt", "dals-ed/integrationspolicy", "dals-ed/integrationspolicy/odaterad.md"},
};

const char* const kMetadataKeys[] = {
    "type",       "decided_by",  "decision_date",  "paragraph",        "registration_number",
    "valid_from", "valid_until", "document_owner", "responsible_unit", "revised_by",
    "applies_to", "prepared_by", "review_by"};

MemoryFileSystem example_site() {
  MemoryFileSystem site;
  site.add("site.yaml", read_text(fs::path(STYRDOK_SOURCE_DIR) / "site.yaml"));
  return site;
}

}  // namespace

TEST_CASE("the seed texts import to the hand-authored metadata, headings and text") {
  const auto site = example_site();
  for (const auto& seed : kSeeds) {
    INFO(seed.file);
    const fs::path source = fs::path(STYRDOK_SOURCE_DIR) / "tests/import/seeds" / seed.file;
    Diagnostics diagnostics;
    const auto result = import_document({source.string(), seed.into, ""}, read_text(source), site, diagnostics);
    REQUIRE(result);
    CHECK(result->file.path == std::string("content/") + seed.content);
    const auto got = parts_of(result->file.text);
    const auto want = parts_of(read_text(fs::path(STYRDOK_SOURCE_DIR) / "content" / seed.content));

    CHECK(fold_diacritics(value_of(got, "title")) == fold_diacritics(value_of(want, "title")));
    for (const char* key : kMetadataKeys) {
      INFO(key);
      CHECK(value_of(got, key) == value_of(want, key));
    }
    std::vector<std::string> got_headings, want_headings;
    for (const auto& h : got.headings) got_headings.push_back(h.second);
    for (const auto& h : want.headings) want_headings.push_back(h.second);
    CHECK(got_headings == want_headings);
    CHECK(got.list_items == want.list_items);
    CHECK(share_in_order(want.words, got.words) >= 0.95);
  }
}

TEST_CASE("the seed texts' reports name each value's line, what is unknown and what was left out") {
  const auto site = example_site();
  const fs::path source = fs::path(STYRDOK_SOURCE_DIR) / "tests/import/seeds/stenungsund-integrationspolicy-2023.txt";
  Diagnostics diagnostics;
  const auto result =
      import_document({source.string(), "stenungsund/integrationspolicy", ""}, read_text(source), site, diagnostics);
  REQUIRE(result);
  const std::vector<std::string> want = {"title: Integrationspolicy (line 3)",
                                         "type: policy (line 11)",
                                         "decided_by: Kommunfullmäktige (line 15: \"Kommunfullmäktige\")",
                                         "paragraph: 198 (line 19: \"2023-12-14 § 198\")",
                                         "decision_date: 2023-12-14 (line 19: \"2023-12-14 § 198\")",
                                         "registration_number: 2023/873 (line 23: \"2023/873\")",
                                         "document_owner: Kommunfullmäktige (line 27: \"Kommunfullmäktige\")",
                                         "valid_until: unknown (line 32: \"Fyll i tid\")",
                                         "prepared_by: Demokratiberedningen (line 36: \"Demokratiberedningen\")",
                                         "unknown: valid_from, responsible_unit, revised_by, applies_to, review_by",
                                         "not read, line 42: Reviderad: 'Stenungsunds' is not a day",
                                         "left out, line 5: \"Stenungsunds kommun\" (before the text, not metadata)",
                                         "left out, line 42: \"Stenungsunds\" (before the text, not metadata)",
                                         "left out, line 43: \"kommun\" (before the text, not metadata)",
                                         "left out, line 45: \"Integrationspolicy\" (the title again)",
                                         "text: 5 headings, 7 paragraphs, 16 list items, 0 tables"};
  CHECK(result->report == want);
}
