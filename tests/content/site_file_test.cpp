// Tests for content/site_file.h: parsing site.yaml into a SiteConfig, with
// every problem reported word for word at its line and column.
#include "content/site_file.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace styrdok;

namespace {

// The site file from docs/content-format.md, with all three seed
// organisations. Line numbers are 1-based indices into this vector + 1.
const std::vector<std::string> kLines = {
    "title: Styrdokument i Fyrbodal",                                                                 // 1
    "language: sv",                                                                                   // 2
    "base_url: https://example.org/styrdokument/",                                                    // 3
    "description: Kommunernas styrdokument samlade på ett ställe.",                                   // 4
    "organisations:",                                                                                 // 5
    "  - id: lysekil",                                                                                // 6
    "    name: Lysekils kommun",                                                                      // 7
    "    website: https://lysekil.se",                                                                // 8
    "  - id: stenungsund",                                                                            // 9
    "    name: Stenungsunds kommun",                                                                  // 10
    "  - id: dals-ed",                                                                                // 11
    "    name: Dals-Eds kommun",                                                                      // 12
    "    website: https://www.dalsed.se",                                                             // 13
    "accessibility:",                                                                                 // 14
    "  compliance: partial",                                                                          // 15
    "  shortcomings:",                                                                                // 16
    "    - Dokumenten är överförda från PDF och kan innehålla fel.",                                  // 17
    "    - Tabeller saknar ibland rubrikceller.",                                                     // 18
    "  assessment_method: Självskattning med automatiska tester (axe-core) och manuell granskning.",  // 19
    "  assessment_date: 2026-11-23",                                                                  // 20
    "  statement_date: 2026-11-24",                                                                   // 21
    "  contact_email: webb@example.org",                                                              // 22
    "  contact_phone: 0000-00 00 00",                                                                 // 23
    "  response_time: Vi svarar inom fem arbetsdagar.",                                               // 24
};

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

const std::string kFullSite = join(kLines);

// The site file with lines [first, last] (1-based) removed.
std::string without_lines(int first, int last) {
  std::vector<std::string> lines;
  for (int i = 1; i <= static_cast<int>(kLines.size()); ++i) {
    if (i < first || i > last) lines.push_back(kLines[static_cast<std::size_t>(i - 1)]);
  }
  return join(lines);
}

// The site file with line `n` (1-based) replaced.
std::string with_line(int n, const std::string& replacement) {
  std::vector<std::string> lines = kLines;
  lines[static_cast<std::size_t>(n - 1)] = replacement;
  return join(lines);
}

struct Parsed {
  std::optional<SiteConfig> config;
  Diagnostics diagnostics;
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items()) out.push_back(d.to_string());
    return out;
  }
};

Parsed parse(const std::string& text) {
  Parsed p;
  p.config = parse_site_file(text, "site.yaml", p.diagnostics);
  return p;
}

}  // namespace

TEST_CASE("a complete site file parses into every field", "[site_file]") {
  const auto p = parse(kFullSite);
  CHECK(p.messages().empty());
  REQUIRE(p.config.has_value());
  const SiteConfig& c = *p.config;
  CHECK(c.title == "Styrdokument i Fyrbodal");
  CHECK(c.language == Language::sv);
  CHECK(c.base_url == "https://example.org/styrdokument/");
  CHECK(c.description == "Kommunernas styrdokument samlade på ett ställe.");

  REQUIRE(c.organisations.size() == 3);  // in the order of the file
  CHECK(c.organisations[0].id == "lysekil");
  CHECK(c.organisations[0].name == "Lysekils kommun");
  CHECK(c.organisations[0].website == "https://lysekil.se");
  CHECK(c.organisations[1].id == "stenungsund");
  CHECK(c.organisations[1].name == "Stenungsunds kommun");
  CHECK(c.organisations[1].website == "");
  CHECK(c.organisations[2].id == "dals-ed");
  CHECK(c.organisations[2].name == "Dals-Eds kommun");
  CHECK(c.organisations[2].website == "https://www.dalsed.se");

  const auto& a = c.accessibility;
  CHECK(a.compliance == AccessibilityStatement::Compliance::partial);
  CHECK(a.shortcomings == std::vector<std::string>{"Dokumenten är överförda från PDF och kan innehålla fel.",
                                                   "Tabeller saknar ibland rubrikceller."});
  CHECK(a.assessment_method == "Självskattning med automatiska tester (axe-core) och manuell granskning.");
  CHECK(a.assessment_date == Date{2026, 11, 23});
  CHECK(a.statement_date == Date{2026, 11, 24});
  CHECK(a.contact_email == "webb@example.org");
  CHECK(a.contact_phone == "0000-00 00 00");
  CHECK(a.response_time == "Vi svarar inom fem arbetsdagar.");
}

TEST_CASE("find_organisation finds declared organisations only", "[site_file]") {
  const auto p = parse(kFullSite);
  REQUIRE(p.config.has_value());
  REQUIRE(p.config->find_organisation("stenungsund") != nullptr);
  CHECK(p.config->find_organisation("stenungsund")->name == "Stenungsunds kommun");
  CHECK(p.config->find_organisation("tanum") == nullptr);
  CHECK(p.config->find_organisation("") == nullptr);
}

TEST_CASE("optional keys may be left out", "[site_file]") {
  // No language, description, website, shortcomings, phone or response time.
  const std::string text =
      "title: Styrdokument\n"
      "base_url: https://example.org/\n"
      "organisations:\n"
      "  - id: lysekil\n"
      "    name: Lysekils kommun\n"
      "accessibility:\n"
      "  compliance: full\n"
      "  assessment_method: Granskning.\n"
      "  assessment_date: 2026-01-01\n"
      "  statement_date: 2026-01-02\n"
      "  contact_email: webb@example.org\n";
  const auto p = parse(text);
  CHECK(p.messages().empty());
  REQUIRE(p.config.has_value());
  CHECK(p.config->language == Language::sv);
  CHECK(p.config->description == "");
  CHECK(p.config->organisations[0].website == "");
  CHECK(p.config->accessibility.compliance == AccessibilityStatement::Compliance::full);
  CHECK(p.config->accessibility.shortcomings.empty());
  CHECK(p.config->accessibility.contact_phone == "");
  CHECK(p.config->accessibility.response_time == "");
}

TEST_CASE("language and compliance choices", "[site_file]") {
  auto en = parse(with_line(2, "language: en"));
  REQUIRE(en.config.has_value());
  CHECK(en.config->language == Language::en);
  CHECK(to_key(en.config->language) == "en");
  CHECK(to_key(Language::sv) == "sv");

  auto none = parse(with_line(15, "  compliance: none"));
  REQUIRE(none.config.has_value());
  CHECK(none.config->accessibility.compliance == AccessibilityStatement::Compliance::none);
  CHECK(to_key(AccessibilityStatement::Compliance::none) == "none");
  CHECK(to_key(AccessibilityStatement::Compliance::full) == "full");
  CHECK(to_key(AccessibilityStatement::Compliance::partial) == "partial");
}

TEST_CASE("each missing required key is reported with its location", "[site_file]") {
  struct Case {
    int first, last;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {1, 1, "site.yaml:1:1: missing required key 'title'"},
      {3, 3, "site.yaml:1:1: missing required key 'base_url'"},
      {5, 13, "site.yaml:1:1: missing required key 'organisations'"},
      {14, 24, "site.yaml:1:1: missing required key 'accessibility' (the accessibility statement the law requires)"},
      // Within an organisation: at the start of that organisation's mapping.
      {10, 10, "site.yaml:9:5: missing required key 'name'"},
      // Within the accessibility statement: at the start of its mapping.
      {15, 15, "site.yaml:15:3: missing required key 'compliance'"},
      {19, 19, "site.yaml:15:3: missing required key 'assessment_method'"},
      {20, 20, "site.yaml:15:3: missing required key 'assessment_date'"},
      {21, 21, "site.yaml:15:3: missing required key 'statement_date'"},
      {22, 22, "site.yaml:15:3: missing required key 'contact_email'"},
  };
  for (const auto& c : cases) {
    INFO("without lines " << c.first << "-" << c.last);
    const auto p = parse(without_lines(c.first, c.last));
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() == std::vector<std::string>{c.expected});
  }
}

TEST_CASE("an organisation without an id is reported", "[site_file]") {
  // Line 9 now holds Tanum's name where Stenungsund's id was, so the item
  // has two names and no id.
  const auto p = parse(with_line(9, "  - name: Tanums kommun"));
  CHECK_FALSE(p.config.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{"site.yaml:10:5: the key 'name' is written twice (first on line 9); keep one of them",
                                 "site.yaml:9:5: missing required key 'id'"});
  // An item whose first line is just "-": its mapping starts on the next line.
  const auto q = parse(with_line(11, "  -"));
  CHECK_FALSE(q.config.has_value());
  CHECK(q.messages() == std::vector<std::string>{"site.yaml:12:5: missing required key 'id'"});
}

TEST_CASE("an organisation that is not a mapping is reported", "[site_file]") {
  std::vector<std::string> lines = kLines;
  lines[10] = "  - dals-ed";  // line 11
  lines.erase(lines.begin() + 11, lines.begin() + 13);
  const auto q = parse(join(lines));
  CHECK_FALSE(q.config.has_value());
  CHECK(q.messages() == std::vector<std::string>{"site.yaml:11:5: each organisation needs 'id' and 'name'"});
}

TEST_CASE("a key given twice is reported", "[site_file]") {
  const auto p = parse(with_line(2, "language: sv\nlanguage: en"));
  CHECK_FALSE(p.config.has_value());
  CHECK_FALSE(p.messages().empty());
}

TEST_CASE("a required key given with no value is empty, not missing", "[site_file]") {
  const auto p = parse(with_line(1, "title:"));
  CHECK_FALSE(p.config.has_value());
  CHECK(p.messages() == std::vector<std::string>{"site.yaml:1:1: 'title' is empty"});
  // Only an anchor ("&a") is no value either.
  CHECK(parse(with_line(1, "title: &a")).messages() == std::vector<std::string>{"site.yaml:1:1: 'title' is empty"});
  const auto q = parse(with_line(1, "title: \"  \""));
  CHECK(q.messages() == std::vector<std::string>{"site.yaml:1:8: 'title' is empty"});
}

TEST_CASE("an unknown key is reported with a suggestion", "[site_file]") {
  SECTION("at the top level") {
    const auto p = parse(with_line(4, "descripton: Kommunernas styrdokument."));
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() ==
          std::vector<std::string>{"site.yaml:4:1: unknown key 'descripton'; did you mean 'description'?"});
  }
  SECTION("misspelt required key: the unknown key with the one meant, not also the missing key") {
    const auto p = parse(with_line(3, "base_ulr: https://example.org/styrdokument/"));
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() == std::vector<std::string>{"site.yaml:3:1: unknown key 'base_ulr'; did you mean 'base_url'?"});
  }
  SECTION("in an organisation") {
    const auto p = parse(with_line(8, "    websit: https://lysekil.se"));
    CHECK(p.messages() == std::vector<std::string>{"site.yaml:8:5: unknown key 'websit'; did you mean 'website'?"});
  }
  SECTION("in the accessibility statement") {
    const auto p = parse(with_line(22, "  contact_mail: webb@example.org"));
    CHECK(p.messages() ==
          std::vector<std::string>{"site.yaml:22:3: unknown key 'contact_mail'; did you mean 'contact_email'?"});
  }
  SECTION("without a suggestion when nothing is close") {
    const auto p = parse(with_line(4, "ingress: Kommunernas styrdokument."));
    CHECK(p.messages() == std::vector<std::string>{"site.yaml:4:1: unknown key 'ingress'"});
  }
}

TEST_CASE("a language that is not offered is reported with the choices", "[site_file]") {
  const auto se = parse(with_line(2, "language: se"));
  CHECK_FALSE(se.config.has_value());
  CHECK(se.messages() ==
        std::vector<std::string>{"site.yaml:2:11: 'language' is 'se', but must be one of: sv, en; did you mean 'sv'?"});
  const auto svenska = parse(with_line(2, "language: svenska"));
  CHECK(svenska.messages() ==
        std::vector<std::string>{"site.yaml:2:11: 'language' is 'svenska', but must be one of: sv, en"});
}

TEST_CASE("a compliance level that is not offered is reported", "[site_file]") {
  const auto p = parse(with_line(15, "  compliance: delvis"));
  CHECK(p.messages() ==
        std::vector<std::string>{"site.yaml:15:15: 'compliance' is 'delvis', but must be one of: full, partial, none"});
}

TEST_CASE("dates in the accessibility statement are checked", "[site_file]") {
  const auto p = parse(with_line(20, "  assessment_date: 2026-02-30"));
  CHECK(p.messages() ==
        std::vector<std::string>{"site.yaml:20:20: '2026-02-30' is not a date (February 2026 has 28 days)"});
}

TEST_CASE("base_url gets its trailing slash", "[site_file]") {
  const auto p = parse(with_line(3, "base_url: https://example.org/styrdokument"));
  REQUIRE(p.config.has_value());
  CHECK(p.config->base_url == "https://example.org/styrdokument/");
  const auto q = parse(with_line(3, "base_url: https://example.org"));
  REQUIRE(q.config.has_value());
  CHECK(q.config->base_url == "https://example.org/");
}

TEST_CASE("a base_url that is not an absolute web address is rejected", "[site_file]") {
  const auto p = parse(with_line(3, "base_url: example.org"));
  CHECK_FALSE(p.config.has_value());
  CHECK(p.messages() == std::vector<std::string>{"site.yaml:3:11: 'example.org' is not an absolute web address such as "
                                                 "https://example.org/styrdokument/"});
}

TEST_CASE("normalize_base_url", "[site_file]") {
  std::string why = "<unset>";
  CHECK(normalize_base_url("https://example.org/styrdokument/", &why) == "https://example.org/styrdokument/");
  CHECK(normalize_base_url("https://example.org/styrdokument", &why) == "https://example.org/styrdokument/");
  CHECK(normalize_base_url("https://example.org", &why) == "https://example.org/");
  CHECK(normalize_base_url("http://localhost:8000", &why) == "http://localhost:8000/");
  CHECK(normalize_base_url("https://www.lysekil.se/a/b", &why) == "https://www.lysekil.se/a/b/");
  CHECK(why == "<unset>");  // untouched on success

  for (const char* bad : {"example.org", "www.example.org/styrdokument/", "/styrdokument/", "ftp://example.org/",
                          "https://", "https://example.org/a b/", "https://example.org/?q=1", "https://example.org/#x",
                          "", "https:/example.org/", "javascript:alert(1)"}) {
    INFO(bad);
    std::string reason;
    CHECK(normalize_base_url(bad, &reason) == "");
    CHECK(reason ==
          "'" + std::string(bad) + "' is not an absolute web address such as https://example.org/styrdokument/");
  }
  CHECK(normalize_base_url("example.org", nullptr) == "");
}

TEST_CASE("an organisation id declared twice is an error at the second", "[site_file]") {
  const auto p = parse(with_line(9, "  - id: lysekil"));
  CHECK_FALSE(p.config.has_value());
  CHECK(p.messages() == std::vector<std::string>{"site.yaml:9:9: organisation id 'lysekil' is declared twice"});
}

TEST_CASE("an organisation id must be usable as a folder name", "[site_file]") {
  const auto p = parse(with_line(11, "  - id: Dals-Ed"));
  CHECK_FALSE(p.config.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{
            "site.yaml:11:9: organisation id 'Dals-Ed' may only hold a-z, 0-9 and '-' (it is a folder name)"});
  CHECK_FALSE(parse(with_line(11, "  - id: dals_ed")).config.has_value());
  CHECK_FALSE(parse(with_line(11, "  - id: -dalsed")).config.has_value());
  CHECK_FALSE(parse(with_line(11, "  - id: dalsed-")).config.has_value());
  CHECK_FALSE(parse(with_line(11, "  - id: åmål")).config.has_value());
}

TEST_CASE("organisations must be a non-empty list", "[site_file]") {
  const auto empty = parse(without_lines(6, 13));
  CHECK_FALSE(empty.config.has_value());
  CHECK(empty.messages() == std::vector<std::string>{"site.yaml:1:1: missing required key 'organisations'"});
  std::vector<std::string> lines(kLines.begin(), kLines.begin() + 4);
  lines.push_back("organisations: lysekil");
  lines.insert(lines.end(), kLines.begin() + 13, kLines.end());
  const auto scalar = parse(join(lines));
  CHECK(scalar.messages() ==
        std::vector<std::string>{"site.yaml:5:16: 'organisations' must be a list of at least one organisation"});
}

TEST_CASE("malformed YAML is reported as invalid YAML at its line", "[site_file]") {
  SECTION("a colon in a plain value") {
    const auto p = parse(with_line(19, "  assessment_method: Självskattning: med tester"));
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() ==
          std::vector<std::string>{"site.yaml:19:36: invalid YAML: a colon and a space inside a value; put the whole "
                                   "value in quotes, e.g. title: \"Policy: integration\""});
  }
  SECTION("bad indentation") {
    const auto p = parse(with_line(7, "      name: Lysekils kommun"));
    CHECK_FALSE(p.config.has_value());
    REQUIRE(p.messages().size() == 1);
    CHECK(p.diagnostics.items()[0].where.line == 7);
    CHECK(p.diagnostics.items()[0].message.rfind("invalid YAML: ", 0) == 0);
  }
  SECTION("a tab used for indentation") {
    const auto p = parse(with_line(10, "\tname: Stenungsunds kommun"));
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() ==
          std::vector<std::string>{"site.yaml:10:1: invalid YAML: a tab in the indentation; YAML needs spaces"});
  }
}

TEST_CASE("a site file that is not a mapping is rejected", "[site_file]") {
  for (const char* text : {"", "- title\n- base_url\n", "Styrdokument i Fyrbodal\n"}) {
    INFO(text);
    const auto p = parse(text);
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() ==
          std::vector<std::string>{"site.yaml:1:1: the site file must be a mapping of keys such as 'title:' and "
                                   "'organisations:'"});
  }
}

TEST_CASE("a site file that is not UTF-8 is rejected at the first bad byte", "[site_file]") {
  // "på ett ställe" saved as Latin-1: 'å' is the byte E5 at column 45 of line 4.
  const auto p = parse(with_line(4, "description: Kommunernas styrdokument samlade p\xE5 ett st\xE4lle."));
  CHECK_FALSE(p.config.has_value());
  CHECK(p.messages() == std::vector<std::string>{"site.yaml:4:48: the file is not valid UTF-8; save it as UTF-8"});
}

TEST_CASE("several problems in the site file are all reported", "[site_file]") {
  std::vector<std::string> lines = kLines;
  lines[1] = "language: de";                    // line 2
  lines[2] = "base_url: example.org";           // line 3
  lines[8] = "  - id: lysekil";                 // line 9
  lines[19] = "  assessment_date: 2026-13-01";  // line 20
  const auto p = parse(join(lines));
  CHECK_FALSE(p.config.has_value());
  const auto m = p.messages();
  const std::set<std::string> got(m.begin(), m.end());
  CHECK(m.size() == 4);
  CHECK(got.count("site.yaml:2:11: 'language' is 'de', but must be one of: sv, en") == 1);
  CHECK(got.count("site.yaml:3:11: 'example.org' is not an absolute web address such as "
                  "https://example.org/styrdokument/") == 1);
  CHECK(got.count("site.yaml:9:9: organisation id 'lysekil' is declared twice") == 1);
  CHECK(got.count("site.yaml:20:20: '2026-13-01' is not a date (there is no month 13)") == 1);
}

TEST_CASE("diagnostics use the path they are given", "[site_file]") {
  Diagnostics d;
  CHECK_FALSE(parse_site_file(with_line(2, "language: de"), "exempel/site.yaml", d).has_value());
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].where.path == "exempel/site.yaml");
}

TEST_CASE("feed_limit and revision_warning_months are whole numbers in a range", "[site_file]") {
  CHECK(parse(join(kLines)).config->feed_limit == 50);
  const auto set = parse(with_line(4, "feed_limit: 20"));
  REQUIRE(set.config.has_value());
  CHECK(set.config->feed_limit == 20);
  CHECK(parse(with_line(4, "feed_limit: 0")).messages() ==
        std::vector<std::string>{"site.yaml:4:13: 'feed_limit' is '0', but must be a whole number from 1 to 100000"});
  CHECK(parse(with_line(4, "revision_warning_months: sex")).messages() ==
        std::vector<std::string>{
            "site.yaml:4:26: 'revision_warning_months' is 'sex', but must be a whole number from 0 to 120"});
}

TEST_CASE("an organisation website with a script or other scheme is reported at its place", "[site_file]") {
  const std::string rule =
      "which is not allowed in a link; use https:, http:, mailto:, tel: or an address within the site";
  SECTION("javascript:") {
    const auto p = parse(with_line(8, "    website: javascript:alert(4)"));
    CHECK_FALSE(p.config.has_value());
    CHECK(p.messages() == std::vector<std::string>{"site.yaml:8:14: the address 'javascript:alert(4)' has the scheme "
                                                   "'javascript:', " +
                                                   rule});
  }
  SECTION("hidden behind capitals, a tab or a character reference") {
    for (const char* v : {"\"JavaScript:alert(4)\"", "\"java\\tscript:alert(4)\"", "javascript&colon;alert(4)",
                          "\" data:text/html,x\"", "vbscript:x", "file:///etc/passwd"}) {
      INFO(v);
      const auto p = parse(with_line(8, std::string("    website: ") + v));
      CHECK_FALSE(p.config.has_value());
      REQUIRE(p.messages().size() == 1);
      CHECK(p.messages()[0].rfind("site.yaml:8:14: the address '", 0) == 0);
    }
  }
  SECTION("mailto: is allowed") {
    const auto p = parse(with_line(8, "    website: mailto:kommun@lysekil.se"));
    CHECK(p.messages().empty());
  }
}

TEST_CASE("a control character in the file is reported at its place, not as a YAML escape", "[site_file]") {
  SECTION("a NUL") {
    const auto p = parse(with_line(1, std::string("title: Kommunernas\0s styrdokument", 33)));
    CHECK(p.messages() ==
          std::vector<std::string>{"site.yaml:1:19: a control character (U+0000) that YAML does not allow; remove it "
                                   "(it may have come with text copied from another program)"});
  }
  SECTION("a form feed or vertical tab") {
    CHECK_THAT(parse(with_line(4, "description: Sida\fett")).messages().at(0),
               Catch::StartsWith("site.yaml:4:18: a control character (U+000C)"));
    CHECK_THAT(parse(with_line(4, "description: Sida\vett")).messages().at(0),
               Catch::StartsWith("site.yaml:4:18: a control character (U+000B)"));
  }
}

TEST_CASE("the accessibility statement's e-mail address must be one", "[site_file]") {
  CHECK(parse(with_line(22, "  contact_email: inte-en-adress")).messages() ==
        std::vector<std::string>{"site.yaml:22:18: 'inte-en-adress' is not an e-mail address (name@example.se)"});
}
