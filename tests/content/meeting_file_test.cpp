// Tests for content/meeting_file.h: a meeting's agenda resolved against the
// site's documents, with every mistake reported at its line and column.
#include "content/meeting_file.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

Site site_with_policy(bool proposal_withheld = false) {
  Site site;
  site.config.organisations.push_back({"dals-ed", "Dals-Eds kommun", ""});
  Document doc;
  doc.organisation_id = "dals-ed";
  doc.slug = "integrationspolicy";
  Version adopted;
  adopted.id = "2015-03-16";
  adopted.decision_date = Date{2015, 3, 16};
  doc.versions.push_back(adopted);
  if (proposal_withheld) {
    doc.withheld_proposals.push_back("2016-02-10");
  } else {
    Version proposal;
    proposal.id = "2016-02-10";
    proposal.status = VersionStatus::proposal;
    proposal.decision_date = Date{2016, 2, 10};
    doc.versions.push_back(proposal);
  }
  site.documents.push_back(doc);
  ActionPlan plan;
  plan.id = "handlingsplan";
  plan.organisation_id = "dals-ed";
  plan.document_slug = "integrationspolicy";
  site.plans.push_back(plan);
  return site;
}

const std::string kMeeting =
    "title: Kommunstyrelsen\n"
    "body: Kommunstyrelsen\n"
    "organisation: dals-ed\n"
    "date: 2016-01-20\n"
    "place: Ed\n"
    "items:\n"
    "  - title: Förslag\n"
    "    document: dals-ed/integrationspolicy\n"
    "    version: \"2016-02-10\"\n"
    "    compare_with: in_force\n"
    "  - title: Gällande\n"
    "    document: dals-ed/integrationspolicy\n";

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& item : d.items()) out.push_back(item.to_string());
  return out;
}

}  // namespace

TEST_CASE("a meeting's items point at versions, the redline at the version in force") {
  Diagnostics d;
  const auto parsed = parse_meeting(kMeeting, "meetings/m.yaml", "2016-01-20-ks", site_with_policy(), d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(parsed.meeting);
  const Meeting& m = *parsed.meeting;
  CHECK(m.id == "2016-01-20-ks");
  CHECK(m.date == Date{2016, 1, 20});
  CHECK(m.place == "Ed");
  CHECK_FALSE(m.time);
  REQUIRE(m.items.size() == 2);
  CHECK(m.items[0].title == "Förslag");
  CHECK(m.items[0].version == 1);
  CHECK(m.items[0].older == std::optional<std::size_t>(0));
  CHECK(m.items[0].where.line == 7);
  // Without 'version', the version in force on the meeting's day.
  CHECK(m.items[1].version == 0);
  CHECK_FALSE(m.items[1].older);
}

TEST_CASE("unknown keys, documents and versions are reported where they are written") {
  std::string text = kMeeting;
  text.replace(text.find("place:"), 6, "plase:");
  text.replace(text.find("dals-ed/integrationspolicy\n    version"), 26, "dals-ed/integrationspolicu");
  text += "    compare_wit: \"2015-03-16\"\n";
  text += "  - title: Fel version\n    document: dals-ed/integrationspolicy\n    version: \"2019-01-01\"\n";
  Diagnostics d;
  const auto parsed = parse_meeting(text, "meetings/m.yaml", "m", site_with_policy(), d);
  CHECK_FALSE(parsed.meeting);
  d.sort();
  CHECK(messages(d) ==
        std::vector<std::string>{
            "meetings/m.yaml:5:1: unknown key 'plase'; did you mean 'place'?",
            "meetings/m.yaml:8:15: there is no document 'dals-ed/integrationspolicu' (write it as "
            "<organisation>/<document folder>); did you mean 'dals-ed/integrationspolicy'?",
            "meetings/m.yaml:13:5: unknown key 'compare_wit'; did you mean 'compare_with'?",
            "meetings/m.yaml:16:14: the document 'dals-ed/integrationspolicy' has no version '2019-01-01'; its "
            "versions are: 2015-03-16, 2016-02-10",
        });
}

TEST_CASE("an agenda item may hand out an action plan instead of a document") {
  Diagnostics d;
  const auto parsed = parse_meeting(
      kMeeting + "  - title: Plan\n    plan: dals-ed/integrationspolicy/handlingsplan\n    note: Följs upp\n",
      "meetings/m.yaml", "m", site_with_policy(), d);
  INFO((d.items().empty() ? "" : d.items()[0].to_string()));
  REQUIRE(parsed.meeting);
  REQUIRE(parsed.meeting->items.size() == 3);
  const AgendaItem& item = parsed.meeting->items[2];
  CHECK(item.kind == AgendaItemKind::plan);
  CHECK(item.plan == 0);
  CHECK(item.title == "Plan");
  CHECK(item.note == "Följs upp");
  CHECK(parsed.meeting->items[0].kind == AgendaItemKind::document);
}

TEST_CASE("a plan item names an existing plan, and no document") {
  Diagnostics d;
  const std::string text = kMeeting +
                           "  - title: Fel plan\n    plan: dals-ed/integrationspolicy/handlingsplna\n"
                           "  - title: Båda\n    plan: dals-ed/integrationspolicy/handlingsplan\n"
                           "    document: dals-ed/integrationspolicy\n";
  CHECK_FALSE(parse_meeting(text, "meetings/m.yaml", "m", site_with_policy(), d).meeting);
  d.sort();
  CHECK(messages(d) == std::vector<std::string>{
                           "meetings/m.yaml:14:11: there is no action plan 'dals-ed/integrationspolicy/handlingsplna' "
                           "(write it as <organisation>/<document folder>/<plan file name>); did you mean "
                           "'dals-ed/integrationspolicy/handlingsplan'?",
                           "meetings/m.yaml:17:5: an agenda item hands out either a document or a plan; 'document' "
                           "does not go with 'plan'",
                       });
}

TEST_CASE("a redline must be against an older version") {
  std::string text = kMeeting;
  text.replace(text.find("version: \"2016-02-10\""), 21, "version: \"2015-03-16\"");
  Diagnostics d;
  CHECK_FALSE(parse_meeting(text, "meetings/m.yaml", "m", site_with_policy(), d).meeting);
  CHECK(messages(d) == std::vector<std::string>{"meetings/m.yaml:10:19: 'compare_with' must name a version older than "
                                                "the one handed out ('2015-03-16'), but '2015-03-16' is not"});
}

TEST_CASE("missing keys and a file name that is no address are errors") {
  Diagnostics d;
  CHECK_FALSE(parse_meeting("title: x\n", "meetings/m.yaml", "m", site_with_policy(), d).meeting);
  CHECK(messages(d) == std::vector<std::string>{
                           "meetings/m.yaml:1:1: missing required key 'body'",
                           "meetings/m.yaml:1:1: missing required key 'organisation'",
                           "meetings/m.yaml:1:1: missing required key 'date'",
                           "meetings/m.yaml:1:1: missing required key 'items' (the agenda)",
                       });
  Diagnostics bad_name;
  CHECK_FALSE(parse_meeting(kMeeting, "meetings/Möte 1.yaml", "Möte 1", site_with_policy(), bad_name).meeting);
  CHECK(bad_name.has_errors());
}

TEST_CASE("an agenda whose handout would print more than the limit is an error at its items") {
  Site site = site_with_policy();
  Body long_text;
  long_text.html = std::string(800 * 1024, 'x');
  site.documents[0].versions[0].body = std::make_shared<const Body>(std::move(long_text));
  InputLimits limits;
  limits.handout_bytes = 2 * 1024 * 1024;
  // The version in force twice, and once more as the redline's older side: 2.3 MiB.
  Diagnostics d;
  CHECK_FALSE(parse_meeting(kMeeting + "  - title: Igen\n    document: dals-ed/integrationspolicy\n", "meetings/m.yaml",
                            "m", site, d, limits)
                  .meeting);
  CHECK(messages(d) == std::vector<std::string>{
                           "meetings/m.yaml:7:3: the handout would print about 2.4 MiB of papers, more than the 2 MiB "
                           "styrdok prints for one meeting; hand out fewer or shorter papers"});
  // Twice is within it.
  Diagnostics within;
  CHECK(parse_meeting(kMeeting, "meetings/m.yaml", "m", site, within, limits).meeting);
  CHECK(within.items().empty());
}

TEST_CASE("a meeting that hands out an unpublished proposal is left out without an error") {
  Diagnostics d;
  const auto parsed = parse_meeting(kMeeting, "meetings/m.yaml", "m", site_with_policy(true), d);
  CHECK_FALSE(parsed.meeting);
  CHECK(parsed.withheld);
  CHECK_FALSE(d.has_errors());
}
