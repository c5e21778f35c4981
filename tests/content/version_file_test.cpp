// Tests for content/version_file.h: front matter, every metadata field, the
// file-name rule, and diagnostics word for word at their line and column.
#include "content/version_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace styrdok;

namespace {

const std::string kPath = "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-19.md";

// Lysekils riktlinjer för integrationsarbete (the seed), every key given.
// The front matter starts on line 2 of the file; line n of the file is
// kLines[n - 1].
const std::vector<std::string> kLines = {
    "---",                                                                                                      // 1
    "title: Riktlinjer för integrationsarbete",                                                                 // 2
    "type: riktlinjer",                                                                                         // 3
    "decided_by: Kommunfullmäktige",                                                                            // 4
    "decision_date: 2021-05-19",                                                                                // 5
    "paragraph: § 63",                                                                                          // 6
    "registration_number: LKS 2021-000173",                                                                     // 7
    "valid_from: 2021-05-19",                                                                                   // 8
    "valid_until: 2023-12-31",                                                                                  // 9
    "revised_by: Kommunstyrelsen",                                                                              // 10
    "applies_to: Alla nämnder, förvaltningar och helägda kommunala bolag",                                      // 11
    "document_owner: Avdelningschef för hållbar utveckling",                                                    // 12
    "responsible_unit: Avdelningen för hållbar utveckling",                                                     // 13
    "prepared_by: Kommunstyrelseförvaltningen",                                                                 // 14
    "review_by: 2023-09-30",                                                                                    // 15
    "summary: Riktlinjer som vägleder integrationsarbetet i hela kommunens organisation.",                      // 16
    "---",                                                                                                      // 17
    "",                                                                                                         // 18
    "## Inledning",                                                                                             // 19
    "",                                                                                                         // 20
    "Lysekils kommun behöver fler invånare, fler som flyttar hit och väljer att stanna och verka i kommunen.",  // 21
    "",                                                                                                         // 22
    "## Syfte",                                                                                                 // 23
    "",                                                                                                         // 24
    "Syftet med riktlinjerna är att de ska vara vägledande för integrationsarbetet i kommunen.",                // 25
};

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

const std::string kFull = join(kLines);

// The file with the given lines (1-based) replaced, then the lines in
// `removed` (1-based, original numbering) deleted.
std::string edited(std::vector<std::pair<int, std::string>> replacements, std::vector<int> removed = {}) {
  std::vector<std::string> lines = kLines;
  for (const auto& [n, text] : replacements) lines[static_cast<std::size_t>(n - 1)] = text;
  std::sort(removed.rbegin(), removed.rend());
  for (int n : removed) lines.erase(lines.begin() + (n - 1));
  return join(lines);
}

struct Parsed {
  std::optional<Version> version;
  Diagnostics diagnostics;
  // Messages in the order found.
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : diagnostics.items()) out.push_back(d.to_string());
    return out;
  }
  // Messages sorted, for files with several problems (the order of a report
  // is fixed by the loader's sort, not here).
  std::vector<std::string> sorted_messages() const {
    auto out = messages();
    std::sort(out.begin(), out.end());
    return out;
  }
};

Parsed parse(const std::string& text, const std::string& stem = "2021-05-19",
             const std::string& dir = "content/lysekil/riktlinjer-for-integrationsarbete",
             const MarkdownOptions& labels = {}) {
  Parsed p;
  p.version = parse_version(text, dir + "/" + stem + ".md", stem, labels, p.diagnostics);
  return p;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace

TEST_CASE("a version's status may be written in Swedish: antagen, förslag", "[version_file]") {
  const auto adopted = parse(edited({{17, "status: antagen"}, {18, "---"}}));
  INFO((adopted.messages().empty() ? "" : adopted.messages()[0]));
  REQUIRE(adopted.version.has_value());
  CHECK(adopted.version->status == VersionStatus::adopted);
  const auto proposal = parse(edited({{17, "status: Förslag"}, {18, "---"}}));
  REQUIRE(proposal.version.has_value());
  CHECK(proposal.version->status == VersionStatus::proposal);
  CHECK(parse(edited({{17, "status: antagn"}, {18, "---"}})).messages() ==
        std::vector<std::string>{kPath + ":17:9: 'status' is 'antagn', but must be one of: adopted, proposal; did you "
                                         "mean 'antagen'?"});
}

TEST_CASE("a version file with every key parses into the Version's fields", "[version_file]") {
  const auto p = parse(kFull);
  CHECK(p.messages().empty());
  REQUIRE(p.version.has_value());
  const Version& v = *p.version;
  CHECK(v.id == "2021-05-19");
  CHECK(v.source_path == kPath);
  CHECK(v.status == VersionStatus::adopted);
  CHECK(v.title == "Riktlinjer för integrationsarbete");
  CHECK(v.type == DocumentType::riktlinjer);
  CHECK(v.decided_by == std::optional<std::string>("Kommunfullmäktige"));
  CHECK(v.decision_date == std::optional<Date>(Date{2021, 5, 19}));
  CHECK(v.paragraph == std::optional<std::string>("63"));  // without '§'
  CHECK(v.registration_number == std::optional<std::string>("LKS 2021-000173"));
  CHECK(v.valid_from == std::optional<Date>(Date{2021, 5, 19}));
  CHECK(v.valid_until.kind == ValidUntil::Kind::date);
  CHECK(v.valid_until.date == Date{2023, 12, 31});
  CHECK(v.revised_by == std::optional<std::string>("Kommunstyrelsen"));
  CHECK(v.applies_to == std::optional<std::string>("Alla nämnder, förvaltningar och helägda kommunala bolag"));
  CHECK(v.document_owner == std::optional<std::string>("Avdelningschef för hållbar utveckling"));
  CHECK(v.responsible_unit == std::optional<std::string>("Avdelningen för hållbar utveckling"));
  CHECK(v.prepared_by == std::optional<std::string>("Kommunstyrelseförvaltningen"));
  CHECK(v.review_by == std::optional<Date>(Date{2023, 9, 30}));
  CHECK(v.summary ==
        std::optional<std::string>("Riktlinjer som vägleder integrationsarbetet i hela kommunens organisation."));
}

TEST_CASE("the body is rendered with the caller's labels", "[version_file]") {
  MarkdownOptions labels;
  labels.source_path = "ignored.md";
  labels.block_link_label = "Länk till stycket";
  const auto p = parse(kFull, "2021-05-19", "content/lysekil/riktlinjer-for-integrationsarbete", labels);
  REQUIRE(p.version.has_value());
  const Body& body = *p.version->body;
  REQUIRE(body.toc.size() == 2);
  CHECK(body.toc[0].anchor == "inledning");
  CHECK(body.toc[1].anchor == "syfte");
  CHECK(body.html.find("<p id=\"p-syfte-1\">Syftet med riktlinjerna") != std::string::npos);
  CHECK(body.html.find("aria-label=\"Länk till stycket\"") != std::string::npos);
  CHECK(body.html.find("title:") == std::string::npos);  // the front matter is not part of the body
}

TEST_CASE("a '#' heading in the body is reported at its line in the file", "[version_file]") {
  const auto p = parse(kFull + "\n# Riktlinjer för integrationsarbete\n");
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":27:1: a '#' heading in the text; the title comes from the front matter, so "
                                         "start sections at '##'"});
}

TEST_CASE("paragraph is read with or without '§'", "[version_file]") {
  CHECK(parse(edited({{6, "paragraph: 63"}})).version->paragraph == std::optional<std::string>("63"));
  CHECK(parse(edited({{6, "paragraph: §63"}})).version->paragraph == std::optional<std::string>("63"));
  CHECK(parse(edited({{6, "paragraph: § 198"}})).version->paragraph == std::optional<std::string>("198"));
  CHECK_FALSE(parse(edited({{6, "paragraph: unknown"}})).version->paragraph.has_value());
  CHECK_FALSE(parse(edited({}, {6})).version->paragraph.has_value());
}

TEST_CASE("valid_until may be a date, until_further_notice or unknown", "[version_file]") {
  const auto tills_vidare = parse(edited({{9, "valid_until: until_further_notice"}}));
  REQUIRE(tills_vidare.version.has_value());
  CHECK(tills_vidare.version->valid_until.kind == ValidUntil::Kind::until_further_notice);

  const auto unknown = parse(edited({{9, "valid_until: unknown"}}));
  REQUIRE(unknown.version.has_value());
  CHECK(unknown.version->valid_until.kind == ValidUntil::Kind::unknown);

  const auto missing = parse(edited({}, {9}));
  REQUIRE(missing.version.has_value());
  CHECK(missing.version->valid_until.kind == ValidUntil::Kind::unknown);

  const auto same_day = parse(edited({{9, "valid_until: 2021-05-19"}}));  // one day is allowed
  REQUIRE(same_day.version.has_value());
  CHECK(same_day.version->valid_until.kind == ValidUntil::Kind::date);
  CHECK(same_day.version->valid_until.date == Date{2021, 5, 19});
}

TEST_CASE("valid_until that is neither a date nor a known word is reported", "[version_file]") {
  // Stenungsund's form says "Giltighetstid: Fyll i tid".
  const auto p = parse(edited({{9, "valid_until: Fyll i tid"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":9:14: 'Fyll i tid' is not a date (expected a date written YYYY-MM-DD)"});
}

TEST_CASE("values written as unknown become empty optionals", "[version_file]") {
  // Dals-Ed's policy gives no decision date, no decision-maker and no register number.
  const auto p = parse(edited({{4, "decided_by: unknown"},
                               {5, "decision_date: unknown"},
                               {6, "paragraph: unknown"},
                               {7, "registration_number: unknown"},
                               {8, "valid_from: unknown"},
                               {9, "valid_until: unknown"},
                               {10, "revised_by: unknown"},
                               {11, "applies_to: unknown"},
                               {12, "document_owner: unknown"},
                               {13, "responsible_unit: unknown"},
                               {14, "prepared_by: unknown"},
                               {15, "review_by: unknown"},
                               {16, "summary: unknown"}}),
                       "odaterad", "content/dals-ed/integrationspolicy");
  CHECK(p.messages().empty());
  REQUIRE(p.version.has_value());
  const Version& v = *p.version;
  CHECK(v.id == "odaterad");
  CHECK(v.title == "Riktlinjer för integrationsarbete");
  CHECK_FALSE(v.decided_by.has_value());
  CHECK_FALSE(v.decision_date.has_value());
  CHECK_FALSE(v.paragraph.has_value());
  CHECK_FALSE(v.registration_number.has_value());
  CHECK_FALSE(v.valid_from.has_value());
  CHECK(v.valid_until.kind == ValidUntil::Kind::unknown);
  CHECK_FALSE(v.revised_by.has_value());
  CHECK_FALSE(v.applies_to.has_value());
  CHECK_FALSE(v.document_owner.has_value());
  CHECK_FALSE(v.responsible_unit.has_value());
  CHECK_FALSE(v.prepared_by.has_value());
  CHECK_FALSE(v.review_by.has_value());
  CHECK_FALSE(v.summary.has_value());
}

TEST_CASE("optional front matter keys may be left out", "[version_file]") {
  const auto p = parse(edited({}, {6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
  CHECK(p.messages().empty());
  REQUIRE(p.version.has_value());
  CHECK_FALSE(p.version->paragraph.has_value());
  CHECK_FALSE(p.version->valid_from.has_value());
  CHECK(p.version->valid_until.kind == ValidUntil::Kind::unknown);
  CHECK_FALSE(p.version->summary.has_value());
}

TEST_CASE("every document type is accepted", "[version_file]") {
  for (auto t : all_document_types()) {
    INFO(to_key(t));
    const auto p = parse(edited({{3, "type: " + to_key(t)}}));
    REQUIRE(p.version.has_value());
    CHECK(p.version->type == t);
  }
}

TEST_CASE("each required key missing is reported", "[version_file]") {
  struct Case {
    int line;
    std::string key;
  };
  for (const auto& c : std::vector<Case>{{2, "title"}, {3, "type"}, {4, "decided_by"}, {5, "decision_date"}}) {
    INFO(c.key);
    const auto p = parse(edited({}, {c.line}));
    CHECK_FALSE(p.version.has_value());
    CHECK(p.messages() == std::vector<std::string>{kPath + ":2:1: missing required key '" + c.key + "'"});
  }
}

TEST_CASE("a file without front matter is reported", "[version_file]") {
  const auto p = parse("## Inledning\n\nLysekils kommun behöver fler invånare.\n");
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath +
                                 ":1:1: a version file must start with a '---' line, then its metadata, then '---'"});
  // A blank line before the '---' is not a front matter either.
  const auto q = parse("\n" + kFull);
  CHECK(q.messages() == p.messages());
}

TEST_CASE("front matter that is never closed is reported", "[version_file]") {
  const auto p = parse(edited({}, {17}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() == std::vector<std::string>{
                            kPath + ":1:1: the metadata block that starts here is never closed with a '---' line"});
}

TEST_CASE("front matter that is not a mapping is reported", "[version_file]") {
  const auto p = parse("---\n- title\n- type\n---\nText.\n");
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() == std::vector<std::string>{kPath + ":2:1: the metadata must be lines of the form 'key: value'"});
}

TEST_CASE("malformed YAML in the front matter is reported at its line in the file", "[version_file]") {
  const auto p = parse(edited({{16, "summary: Riktlinjer: som vägleder"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":16:20: invalid YAML: a colon and a space inside a value; put the "
                                         "whole value in quotes, e.g. title: \"Policy: integration\""});
}

TEST_CASE("split_front_matter separates YAML from the body with line numbers", "[version_file]") {
  Diagnostics d;
  const auto split = split_front_matter(kFull, kPath, d);
  REQUIRE(split.has_value());
  CHECK(d.items().empty());
  CHECK(split->yaml_first_line == 2);
  CHECK(split->body_first_line == 18);
  CHECK(split->yaml.rfind("title: Riktlinjer för integrationsarbete\ntype: riktlinjer\n", 0) == 0);
  CHECK(split->yaml.find("---") == std::string::npos);
  CHECK(split->body.rfind("\n## Inledning\n", 0) == 0);

  const auto dots = split_front_matter("---\ntitle: x\n...\nText\n", kPath, d);  // YAML's document end marker
  REQUIRE(dots.has_value());
  CHECK(dots->yaml == "title: x\n");
  CHECK(dots->body == "Text\n");
  CHECK(dots->body_first_line == 4);

  const auto at_end = split_front_matter("---\ntitle: x\n---", kPath, d);
  REQUIRE(at_end.has_value());
  CHECK(at_end->body == "");
  CHECK(d.items().empty());
}

TEST_CASE("a byte order mark and Windows line ends are accepted", "[version_file]") {
  std::string crlf;
  for (const auto& l : kLines) crlf += l + "\r\n";
  const auto p = parse("\xEF\xBB\xBF" + crlf);
  CHECK(p.messages().empty());
  REQUIRE(p.version.has_value());
  CHECK(p.version->title == "Riktlinjer för integrationsarbete");
  CHECK(p.version->registration_number == std::optional<std::string>("LKS 2021-000173"));
  CHECK(p.version->body->toc.size() == 2);
}

TEST_CASE("an unknown key is reported at its exact line and column with a suggestion", "[version_file]") {
  const auto p = parse(edited({{9, "valid_util: 2023-12-31"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":9:1: unknown key 'valid_util'; did you mean 'valid_until'?"});

  const auto far = parse(edited({{7, "ärendenummer: LKS 2021-000173"}}));
  CHECK(far.messages() == std::vector<std::string>{kPath + ":7:1: unknown key 'ärendenummer'"});

  const auto paragrf = parse(edited({{6, "paragrf: § 63"}}));  // as close to 'paragraph' as to 'paragraf'
  CHECK(paragrf.messages() ==
        std::vector<std::string>{kPath + ":6:1: unknown key 'paragrf'; did you mean 'paragraf'?"});
}

TEST_CASE("an impossible decision date is reported with the reason at the value", "[version_file]") {
  const auto p = parse(edited({{5, "decision_date: 2021-02-30"}}));
  CHECK_FALSE(p.version.has_value());
  // The example in docs/content-format.md.
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":5:16: '2021-02-30' is not a date (February 2021 has 28 days)"});
}

TEST_CASE("other impossible dates are reported at their values", "[version_file]") {
  CHECK(parse(edited({{8, "valid_from: 2021-13-01"}})).messages() ==
        std::vector<std::string>{kPath + ":8:13: '2021-13-01' is not a date (there is no month 13)"});
  CHECK(parse(edited({{15, "review_by: 2023-9-30"}})).messages() ==
        std::vector<std::string>{kPath + ":15:12: '2023-9-30' is not a date (expected a date written YYYY-MM-DD)"});
  CHECK(parse(edited({{9, "valid_until: 2023-04-31"}})).messages() ==
        std::vector<std::string>{kPath + ":9:14: '2023-04-31' is not a date (April 2023 has 30 days)"});
}

TEST_CASE("a file name that is not the decision date is reported", "[version_file]") {
  const auto p = parse(kFull, "2021-05-18");
  CHECK_FALSE(p.version.has_value());
  const std::string path = "content/lysekil/riktlinjer-for-integrationsarbete/2021-05-18.md";
  CHECK(p.messages() == std::vector<std::string>{
                            path + ":5:16: the file is named '2021-05-18.md' but decision_date is 2021-05-19; name the "
                                   "file '2021-05-19.md' (a version's file name is its decision date)"});
  const auto named = parse(kFull, "riktlinjer-2021");
  CHECK_FALSE(named.version.has_value());
  CHECK(named.messages().size() == 1);
}

TEST_CASE("a date-like file name with an unknown decision date is reported", "[version_file]") {
  const auto p = parse(edited({{5, "decision_date: unknown"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() == std::vector<std::string>{
                            kPath + ":5:16: the file is named like a decision date ('2021-05-19.md') but decision_date "
                                    "is unknown; write the date, or rename the file (e.g. 'odaterad.md')"});
}

TEST_CASE("with an unknown decision date the clerk's own name must be address-safe", "[version_file]") {
  const std::string text = edited({{5, "decision_date: unknown"}});
  CHECK(parse(text, "odaterad").messages().empty());
  CHECK(parse(text, "utan-datum-2").messages().empty());
  const auto p = parse(text, "Odaterad");
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() == std::vector<std::string>{
                            "content/lysekil/riktlinjer-for-integrationsarbete/Odaterad.md: the file name "
                            "'Odaterad.md' may only hold a-z, 0-9 and '-', since it becomes the version's address"});
  CHECK_FALSE(parse(text, "utan datum").version.has_value());
  CHECK_FALSE(parse(text, "-odaterad").version.has_value());
  CHECK_FALSE(parse(text, "odaterad-").version.has_value());
  CHECK_FALSE(parse(text, "ödaterad").version.has_value());
}

TEST_CASE("valid_until before valid_from is reported", "[version_file]") {
  const auto p = parse(edited({{9, "valid_until: 2020-12-31"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":9:14: valid_until 2020-12-31 is before valid_from 2021-05-19"});
}

TEST_CASE("valid_until before the decision date is reported when valid_from is not given", "[version_file]") {
  const auto p = parse(edited({{9, "valid_until: 2021-05-18"}}, {8}));
  CHECK_FALSE(p.version.has_value());
  // valid_until moved up to line 8 when valid_from was removed.
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":8:14: valid_until 2021-05-18 is before the decision date 2021-05-19"});
}

TEST_CASE("an invalid type is reported with the choices and a suggestion", "[version_file]") {
  const auto p = parse(edited({{3, "type: riktlinjr"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() == std::vector<std::string>{
                            kPath + ":3:7: 'type' is 'riktlinjr', but must be one of: strategi, program, plan, policy, "
                                    "riktlinjer, regler, handlingsplan; did you mean 'riktlinjer'?"});
  const auto q = parse(edited({{3, "type: Polisy"}}));
  CHECK(q.messages() == std::vector<std::string>{
                            kPath + ":3:7: 'type' is 'Polisy', but must be one of: strategi, program, plan, policy, "
                                    "riktlinjer, regler, handlingsplan; did you mean 'policy'?"});
  // As a heading would write it, or in the singular, it is no mistake.
  for (const auto& [written, type] :
       {std::pair{"Policy", DocumentType::policy}, std::pair{"Riktlinjer", DocumentType::riktlinjer},
        std::pair{"riktlinje", DocumentType::riktlinjer}}) {
    const auto ok = parse(edited({{3, std::string("type: ") + written}}));
    REQUIRE(ok.version.has_value());
    CHECK(ok.version->type == type);
  }
  const auto r = parse(edited({{3, "type: styrdokument"}}));
  CHECK(r.messages() ==
        std::vector<std::string>{kPath + ":3:7: 'type' is 'styrdokument', but must be one of: strategi, program, plan, "
                                         "policy, riktlinjer, regler, handlingsplan"});
}

TEST_CASE("a value that is a list where text is expected is reported", "[version_file]") {
  const auto p = parse(edited({{4, "decided_by: [Kommunfullmäktige, Kommunstyrelsen]"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":4:13: 'decided_by' must be a single value, not a list or mapping"});
}

TEST_CASE("a file that is not UTF-8 is rejected at the first bad byte", "[version_file]") {
  // "för" saved as Latin-1 on line 2: 'ö' is the byte F6 in column 20.
  const auto p = parse(edited({{2, "title: Riktlinjer f\xF6r integrationsarbete"}}));
  CHECK_FALSE(p.version.has_value());
  CHECK(p.messages() == std::vector<std::string>{kPath + ":2:20: the file is not valid UTF-8; save it as UTF-8"});

  const auto body = parse(kFull + "Sj\xE4lvf\xF6rs\xF6rjning\n");
  CHECK(body.messages() == std::vector<std::string>{kPath + ":26:3: the file is not valid UTF-8; save it as UTF-8"});
}

TEST_CASE("all problems in one file are reported at once", "[version_file]") {
  const auto p = parse(edited({{3, "type: riktlinjr"},
                               {5, "decision_date: 2021-02-30"},
                               {7, "valid_util: 2023-12-31"},
                               {9, "valid_until: 2020-01-01"},
                               {15, "review_by: 2023-09-31"}}) +
                       "\n# Riktlinjer\n");
  CHECK_FALSE(p.version.has_value());
  CHECK(p.diagnostics.error_count() == 6);
  CHECK(p.sorted_messages() ==
        sorted({
            kPath + ":3:7: 'type' is 'riktlinjr', but must be one of: strategi, program, plan, policy, riktlinjer, "
                    "regler, handlingsplan; did you mean 'riktlinjer'?",
            kPath + ":5:16: '2021-02-30' is not a date (February 2021 has 28 days)",
            kPath + ":7:1: unknown key 'valid_util'; did you mean 'valid_until'?",
            kPath + ":9:14: valid_until 2020-01-01 is before valid_from 2021-05-19",
            kPath + ":15:12: '2023-09-31' is not a date (September 2023 has 30 days)",
            kPath + ":27:1: a '#' heading in the text; the title comes from the front matter, so start sections at "
                    "'##'",
        }));
}

TEST_CASE("several missing required keys are all reported", "[version_file]") {
  const auto p = parse("---\ntitle: Integrationspolicy\n---\n", "2023-12-14", "content/stenungsund/integrationspolicy");
  CHECK_FALSE(p.version.has_value());
  const std::string path = "content/stenungsund/integrationspolicy/2023-12-14.md";
  CHECK(p.sorted_messages() ==
        sorted({path + ":2:1: missing required key 'type'", path + ":2:1: missing required key 'decided_by'",
                path + ":2:1: missing required key 'decision_date'"}));
}

TEST_CASE("a key given twice in the front matter is reported", "[version_file]") {
  std::vector<std::string> lines = kLines;
  lines.insert(lines.begin() + 5, "decision_date: 2021-06-01");  // a second decision_date on line 6
  const auto p = parse(join(lines));
  CHECK_FALSE(p.version.has_value());
  CHECK_FALSE(p.messages().empty());
}

TEST_CASE("the metadata a document carries besides its decision: contacts, secrecy, level, its own dates",
          "[version_file]") {
  Diagnostics d;
  const auto v = parse_version(
      "---\ntitle: T\ntype: policy\ndecided_by: KF\ndecision_date: 2023-12-14\n"
      "level: Kommungemensamt\nconfidentiality: nej\ndocument_date: 2023-10-01\n"
      "last_revised: 2023-12-14\ncontact:\n  - name: Anna Andersson\n    role: Strateg\n"
      "    email: anna@kommun.se\n  - name: Bo Berg\n    phone: 0303-73 00 00\n---\nText.\n",
      "content/o/d/2023-12-14.md", "2023-12-14", {}, d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(v);
  CHECK(v->level == "kommungemensamt");
  REQUIRE(v->confidentiality);
  CHECK(v->confidentiality->kind == Confidentiality::Kind::none);
  CHECK(v->document_date == Date{2023, 10, 1});
  CHECK(v->last_revised == Date{2023, 12, 14});
  REQUIRE(v->contacts.size() == 2);
  CHECK(v->contacts[0].name == "Anna Andersson");
  CHECK(v->contacts[0].role == "Strateg");
  CHECK(v->contacts[0].email == "anna@kommun.se");
  CHECK(v->contacts[1].phone == "0303-73 00 00");
  CHECK_FALSE(v->contacts[1].email);

  Diagnostics bad;
  parse_version(
      "---\ntitle: T\ntype: policy\ndecided_by: KF\ndecision_date: 2023-12-14\ncontact:\n  name: A\n"
      "  email: inte en adress\nconfidentiality: Vissa bilagor omfattas av sekretess\n---\n",
      "v.md", "2023-12-14", {}, bad);
  REQUIRE(bad.has_errors());
  CHECK(bad.items()[0].to_string() == "v.md:8:10: 'inte en adress' is not an e-mail address (name@example.se)");
}

TEST_CASE("version_keys lists the documented keys in order", "[version_file]") {
  CHECK(version_keys() == std::vector<std::string>{"title",
                                                   "type",
                                                   "status",
                                                   "decided_by",
                                                   "decision_date",
                                                   "paragraph",
                                                   "registration_number",
                                                   "valid_from",
                                                   "valid_until",
                                                   "document_owner",
                                                   "responsible_unit",
                                                   "revised_by",
                                                   "applies_to",
                                                   "prepared_by",
                                                   "review_by",
                                                   "summary",
                                                   "change_note",
                                                   "replaces",
                                                   "proposal_date",
                                                   "proposed_by",
                                                   "repealed",
                                                   "contact",
                                                   "confidentiality",
                                                   "level",
                                                   "document_date",
                                                   "last_revised"});
}

TEST_CASE("every key may be written under its Swedish name", "[version_file][key_aliases]") {
  // The labels of a Swedish municipality's own front page, as a clerk types them.
  const auto p = parse(edited({{2, "Titel: Riktlinjer för integrationsarbete"},
                               {3, "dokumenttyp: riktlinjer"},
                               {4, "beslutad_av: Kommunfullmäktige"},
                               {5, "beslutsdatum: 2021-05-19"},
                               {6, "paragraf: § 63"},
                               {7, "diarienummer: LKS 2021-000173"},
                               {8, "giltig från: 2021-05-19"},
                               {9, "giltig_till: tills vidare"},
                               {10, "reviderad-av: Kommunstyrelsen"},
                               {11, "gäller för: Alla nämnder"},
                               {12, "dokumentansvarig: Avdelningschef för hållbar utveckling"},
                               {13, "ansvarig_enhet: Avdelningen för hållbar utveckling"},
                               {14, "upprättad_av: Kommunstyrelseförvaltningen"},
                               {15, "revideras_senast: okänt"},
                               {16, "sammanfattning: Riktlinjer."}}));
  CHECK(p.messages().empty());
  REQUIRE(p.version.has_value());
  const Version& v = *p.version;
  CHECK(v.title == "Riktlinjer för integrationsarbete");
  CHECK(v.type == DocumentType::riktlinjer);
  CHECK(v.decided_by == std::optional<std::string>("Kommunfullmäktige"));
  CHECK(v.decision_date == std::optional<Date>(Date{2021, 5, 19}));
  CHECK(v.paragraph == std::optional<std::string>("63"));
  CHECK(v.registration_number == std::optional<std::string>("LKS 2021-000173"));
  CHECK(v.valid_from == std::optional<Date>(Date{2021, 5, 19}));
  CHECK(v.valid_until.kind == ValidUntil::Kind::until_further_notice);
  CHECK(v.revised_by == std::optional<std::string>("Kommunstyrelsen"));
  CHECK(v.applies_to == std::optional<std::string>("Alla nämnder"));
  CHECK(v.document_owner == std::optional<std::string>("Avdelningschef för hållbar utveckling"));
  CHECK(v.responsible_unit == std::optional<std::string>("Avdelningen för hållbar utveckling"));
  CHECK(v.prepared_by == std::optional<std::string>("Kommunstyrelseförvaltningen"));
  CHECK_FALSE(v.review_by.has_value());
  CHECK(v.summary == std::optional<std::string>("Riktlinjer."));
}

TEST_CASE("tills vidare is written in any of its usual forms", "[version_file][key_aliases]") {
  for (const char* words : {"tills vidare", "tillsvidare", "Tills vidare", "tills_vidare", "until_further_notice"}) {
    const auto p = parse(edited({{9, std::string("valid_until: ") + words}}));
    REQUIRE(p.version.has_value());
    CHECK(p.version->valid_until.kind == ValidUntil::Kind::until_further_notice);
  }
}

TEST_CASE("a misspelt key gets a suggestion in the language it was written in", "[version_file][key_aliases]") {
  CHECK(parse(edited({{7, "diarenummer: LKS 2021-000173"}})).messages() ==
        std::vector<std::string>{kPath + ":7:1: unknown key 'diarenummer'; did you mean 'diarienummer'?"});
  CHECK(
      parse(edited({{7, "registration_numbr: LKS 2021-000173"}})).messages() ==
      std::vector<std::string>{kPath + ":7:1: unknown key 'registration_numbr'; did you mean 'registration_number'?"});
}

TEST_CASE("a key written both in English and in Swedish is reported once", "[version_file][key_aliases]") {
  const auto p = parse(edited({{10, "diarienummer: LKS 2021-000174"}}));
  CHECK(p.messages() ==
        std::vector<std::string>{kPath + ":10:1: 'diarienummer' and 'registration_number' (line 7) are the same key; "
                                         "keep one of them"});
}
