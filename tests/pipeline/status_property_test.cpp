// A property test over document histories: random documents (1–6 versions,
// gaps, overlaps, proposals, unknown dates, repeals), built as of random days
// in every language of the UI; every statement of a status on every page of
// the document (document and version pages, history, comparisons, print
// editions, documents.json, JSON-LD, the search index) must agree with the
// status worked out here from the dates alone, and the words must hold the
// facts (dates, "no new version" only when there is none, a proposal never
// called decided). Each bug the status issue found fails one of these checks.
#include <catch2/catch.hpp>
#include <random>
#include <regex>
#include <set>

#include "pipeline/pipeline.h"
#include "render/strings.h"
#include "search/deflate_text.h"
#include "support/test_site.h"

using namespace styrdok;

namespace {

// One version of a generated history, as its file says it.
struct GenVersion {
  std::string id;
  bool proposal = false;
  std::optional<Date> decided;  // for a proposal: the day it is to be decided
  std::optional<Date> from;
  std::optional<Date> proposal_date;
  ValidUntil until;
};

struct GenRepeal {
  Date date;
  std::optional<Date> decided;
};

struct History {
  std::vector<GenVersion> versions;  // in the loader's order: undated first, then by decision date
  std::optional<GenRepeal> repeal;   // written in the newest adopted version
  Date day;                          // the day the site is built for
};

class Generator {
 public:
  explicit Generator(unsigned seed) : rng_(seed) {}

  History next() {
    History h;
    const Date first = Date{2008, 1, 1}.add_days(pick(0, 3000));
    Date at = first;
    std::optional<Date> last_start;
    const int adopted = pick(1, 5);
    for (int i = 0; i < adopted; ++i) {
      GenVersion v;
      if (i == 0 && chance(0.2)) {
        v.id = "odaterad";  // unknown decision date: named by the clerk
        if (chance(0.3)) v.from = at;
      } else {
        at = at.add_days(pick(30, 900));
        v.decided = at;
        v.id = at.iso();
        if (chance(0.5)) v.from = at.add_days(pick(0, 120));
      }
      // No two versions start on the same day, and later versions start later.
      const auto start = v.from ? v.from : v.decided;
      if (start && last_start && *start <= *last_start) v.from = last_start->add_days(1);
      if (v.from && v.decided && *v.from < *v.decided) v.from = v.decided;
      last_start = v.from ? v.from : v.decided ? v.decided : last_start;
      const double r = uniform();
      if (r < 0.3) {
        v.until.kind = ValidUntil::Kind::until_further_notice;
      } else if (r < 0.75) {
        const Date begin = v.from ? *v.from : v.decided ? *v.decided : at;
        v.until = {ValidUntil::Kind::date, begin.add_days(pick(30, 1500))};
      }
      // Sometimes the gap: the one before ended, and this one starts some
      // time after its decision.
      if (!h.versions.empty() && v.decided && chance(0.3)) {
        GenVersion& before = h.versions.back();
        const auto before_start = before.from ? before.from : before.decided;
        const Date end = v.decided->add_days(-pick(1, 60));
        if (!before_start || *before_start <= end) {
          before.until = {ValidUntil::Kind::date, end};
          v.from = v.decided->add_days(pick(10, 90));
          last_start = v.from;
          if (v.until.kind == ValidUntil::Kind::date && v.until.date < *v.from)
            v.until.date = v.from->add_days(pick(30, 1500));
        }
      }
      h.versions.push_back(v);
    }
    if (chance(0.25)) {
      const Date after = at.add_days(pick(1, 1500));
      h.repeal = GenRepeal{after, chance(0.5) ? std::optional<Date>(after.add_days(-pick(0, 40))) : std::nullopt};
      if (h.repeal->decided && *h.repeal->decided < at) h.repeal->decided = at;
    }
    const int proposals = std::min(6 - adopted, pick(0, 2));
    for (int i = 0; i < proposals; ++i) {
      at = at.add_days(pick(10, 400));
      GenVersion p;
      p.proposal = true;
      p.decided = at;
      p.id = at.iso();
      if (chance(0.6)) p.proposal_date = at.add_days(-pick(5, 60));
      h.versions.push_back(p);
    }
    // Mostly a day near one of the history's own dates (where statuses
    // change), otherwise any day from before the first to long after the last.
    std::vector<Date> moments;
    for (const auto& v : h.versions) {
      for (const auto& d : {v.decided, v.from, v.proposal_date}) {
        if (d) moments.push_back(*d);
      }
      if (v.until.kind == ValidUntil::Kind::date) moments.push_back(v.until.date);
    }
    if (h.repeal) moments.push_back(h.repeal->date);
    if (!moments.empty() && chance(0.75)) {
      h.day = moments[static_cast<std::size_t>(pick(0, static_cast<int>(moments.size()) - 1))].add_days(pick(-20, 20));
    } else {
      h.day = first.add_days(pick(-200, static_cast<int>(at.days_since_epoch() - first.days_since_epoch()) + 1500));
    }
    return h;
  }

 private:
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng_); }
  bool chance(double p) { return uniform() < p; }
  std::mt19937 rng_;
};

std::string front_matter(const GenVersion& v, const std::optional<GenRepeal>& repeal) {
  std::string f = "title: Policy\ntype: policy\ndecided_by: Kommunfullmäktige\n";
  f += "decision_date: " + (v.decided ? v.decided->iso() : std::string("unknown")) + "\n";
  if (v.proposal) f += "status: proposal\n";
  if (v.from) f += "valid_from: " + v.from->iso() + "\n";
  if (v.until.kind == ValidUntil::Kind::until_further_notice) f += "valid_until: until_further_notice\n";
  if (v.until.kind == ValidUntil::Kind::date) f += "valid_until: " + v.until.date.iso() + "\n";
  if (v.proposal_date) f += "proposal_date: " + v.proposal_date->iso() + "\n";
  if (repeal) {
    f += "repealed:\n  date: " + repeal->date.iso() + "\n  decided_by: Kommunfullmäktige\n";
    if (repeal->decided) f += "  decision_date: " + repeal->decided->iso() + "\n";
  }
  return f;
}

// The oracle: what each version of the history is on the day, from its dates
// alone ("" for a version that does not exist on the day).
struct Expected {
  std::map<std::string, std::string> status;  // id -> badge key
  std::vector<std::string> existing;          // ids of the versions that exist, in order
  std::string current;                        // the id the document page shows
  std::map<std::string, bool> later_adopted;  // id -> an adopted version after it exists
};

Expected expect(const History& h) {
  Expected e;
  const Date day = h.day;
  std::vector<const GenVersion*> adopted;
  for (const auto& v : h.versions) {
    const bool exists = v.proposal ? !(v.proposal_date && *v.proposal_date > day) : !(v.decided && *v.decided > day);
    if (!exists) continue;
    e.existing.push_back(v.id);
    if (v.proposal) {
      e.status[v.id] = "proposal";
    } else {
      adopted.push_back(&v);
    }
  }
  if (adopted.empty()) return e;
  auto start = [](const GenVersion& v) { return v.from ? v.from : v.decided; };
  std::size_t current = 0;
  bool any_started = false;
  for (std::size_t i = 0; i < adopted.size(); ++i) {
    const auto s = start(*adopted[i]);
    if (!s || *s <= day) current = i, any_started = true;
  }
  if (!any_started) current = 0;
  e.current = adopted[current]->id;
  const bool repealed = h.repeal && h.repeal->decided.value_or(h.repeal->date) <= day && h.repeal->date <= day;
  for (std::size_t i = 0; i < adopted.size(); ++i) {
    const GenVersion& v = *adopted[i];
    e.later_adopted[v.id] = i + 1 < adopted.size();
    std::string key;
    if (repealed && i >= current) {
      key = "repealed";
    } else if (i < current) {
      key = "superseded";
    } else if (i > current) {
      key = "not_yet_in_force";
    } else if (start(v) && *start(v) > day) {
      key = "not_yet_in_force";
    } else if (v.until.kind == ValidUntil::Kind::date && v.until.date < day) {
      key = "expired";
    } else {
      key = "in_force";
    }
    e.status[v.id] = key;
  }
  return e;
}

Strings strings_of(const std::string& language) {
  Diagnostics d;
  const auto path = std::string(STYRDOK_SOURCE_DIR) + "/themes/default/i18n/" + language + ".yaml";
  auto s = Strings::parse(test::read_text(path), path, d);
  REQUIRE(s);
  return *s;
}

// Every (version, status) a page states with data-status and data-version.
std::vector<std::pair<std::string, std::string>> stated(const std::string& html) {
  static const std::regex re("data-status=\"([a-z_]+)\" data-version=\"([^\"]+)\"");
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    out.emplace_back((*it)[2], (*it)[1]);
  return out;
}

std::string between(const std::string& text, const std::string& open, const std::string& close) {
  const auto from = text.find(open);
  if (from == std::string::npos) return "";
  const auto to = text.find(close, from + open.size());
  return text.substr(from + open.size(), to == std::string::npos ? std::string::npos : to - from - open.size());
}

const std::string kDoc = "lysekil/policy/";

// How often each status came up ("expired+": with a successor adopted), so
// that the test can insist on having seen every case.
std::map<std::string, int>& tally() {
  static std::map<std::string, int> counts;
  return counts;
}

void check_history(const History& h, const std::string& language, const Strings& s) {
  MemoryFileSystem files;
  test::add_repository_theme(files);
  files.add("site.yaml", test::site_yaml("language: " + language + "\n"));
  std::optional<std::string> newest_adopted;
  for (const auto& v : h.versions)
    if (!v.proposal) newest_adopted = v.id;
  for (const auto& v : h.versions)
    files.add("content/lysekil/policy/" + v.id + ".md",
              test::version_md(front_matter(v, v.id == newest_adopted ? h.repeal : std::nullopt),
                               "## Syfte\n\nText " + v.id + ".\n"));
  BuildOptions options;
  options.as_of = h.day;
  options.drafts = true;
  const auto result = render_site(options, files);
  std::string messages;
  for (const auto& m : result.diagnostics.items()) messages += m.to_string() + "\n";
  INFO(messages);
  REQUIRE(result.ok());
  std::map<std::string, std::string> out;
  for (const auto& f : result.files) out[f.path] = f.bytes;

  const Expected e = expect(h);
  for (const auto& [id, key] : e.status) tally()[key + (key == "expired" && e.later_adopted.at(id) ? "+" : "")]++;
  if (e.existing.empty()) {  // nothing had been decided or proposed yet: no page of it
    for (const auto& [path, bytes] : out) CHECK_FALSE(path.starts_with(kDoc));
    return;
  }
  // No page exists for a version that did not exist on the day, nor links to one.
  for (const auto& v : h.versions) {
    if (e.status.count(v.id)) continue;
    CHECK_FALSE(out.count(kDoc + v.id + "/index.html"));
    for (const auto& [path, bytes] : out)
      if (path.ends_with(".html")) CHECK_THAT(bytes, !Catch::Contains("/policy/" + v.id + "/"));
  }
  // Every page of the document states the statuses the oracle expects.
  std::size_t statements = 0;
  for (const auto& [path, bytes] : out) {
    if (!path.starts_with(kDoc) || !path.ends_with(".html")) continue;
    for (const auto& [id, key] : stated(bytes)) {
      INFO(path << ": version " << id);
      REQUIRE(e.status.count(id));
      CHECK(key == e.status.at(id));
      ++statements;
    }
  }
  CHECK(statements >= e.existing.size() * 3);  // each version's page and its entry in every history at least
  if (!e.current.empty()) {
    CHECK(between(out.at(kDoc + "index.html"), "<section class=\"status-panel", ">")
              .find("data-version=\"" + e.current + "\"") != std::string::npos);
  }
  // Its own page words each version's status with the facts that make it.
  for (const auto& id : e.existing) {
    const std::string& page = out.at(kDoc + id + "/index.html");
    const std::string statement = between(page, "<p class=\"status-statement\">", "</p>");
    const std::string& key = e.status.at(id);
    const GenVersion& v =
        *std::find_if(h.versions.begin(), h.versions.end(), [&](const auto& g) { return g.id == id; });
    INFO(id << " (" << key << "): " << statement);
    CHECK(between(page, "<h2 class=\"status-line\" id=\"status-label\">", "</h2>")
              .find(">" + s.get(std::string("status_") + key) + "<") != std::string::npos);
    const std::string no_successor = s.get("standing_no_successor");
    if (e.later_adopted.count(id) && e.later_adopted.at(id)) CHECK_THAT(statement, !Catch::Contains(no_successor));
    if (key == "expired" && !e.later_adopted.at(id)) CHECK_THAT(statement, Catch::Contains(no_successor));
    if (key == "expired") CHECK_THAT(statement, Catch::Contains(s.date(v.until.date)));
    if (key == "not_yet_in_force") CHECK_THAT(statement, Catch::Contains(s.date(v.from ? *v.from : *v.decided)));
    if (key == "repealed") CHECK_THAT(statement, Catch::Contains(s.date(h.repeal->date)));
    if (key == "in_force" && v.until.kind == ValidUntil::Kind::until_further_notice && !e.later_adopted.at(id) &&
        !h.repeal)
      CHECK_THAT(statement, Catch::Contains(s.get("period_further")));
    if (key == "proposal") {
      // Never called decided: not in its statement, title, notice, citation or print footer.
      const std::string decided_word = language == "sv" ? "eslutad" : "dopted on";
      CHECK_THAT(statement, !Catch::Contains(decided_word));
      CHECK_THAT(between(page, "<title>", "</title>"), !Catch::Contains(decided_word));
      CHECK_THAT(between(page, "<span class=\"version-label\">", "</span>"), !Catch::Contains(decided_word));
      CHECK_THAT(between(page, "<p class=\"citation-text\">", "</p>"), !Catch::Contains(decided_word));
      const std::string footer = between(page, "<div class=\"print-running-foot\" aria-hidden=\"true\">", "</div>");
      CHECK_FALSE(footer.empty());
      CHECK_THAT(footer, !Catch::Contains(decided_word));
      CHECK_THAT(page, !Catch::Contains("legislationPassedBy"));
    }
    const bool in_force = key == "in_force";
    CHECK_THAT(page, Catch::Contains(std::string("\"legislationLegalForce\": \"https://schema.org/") +
                                     (in_force ? "InForce" : "NotInForce") + "\""));
  }
  // A comparison states each of its two versions' status in the words of
  // the version's own page.
  static const std::regex compared_re("data-version=\"([^\"]+)\">[^\n]*\n<p class=\"compare-statement\">([^<]*)</p>");
  std::size_t compared = 0;
  for (const auto& [path, bytes] : out) {
    if (!path.starts_with(kDoc + "jamfor/") || !path.ends_with("/index.html")) continue;
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), compared_re); it != std::sregex_iterator(); ++it) {
      const std::string id = (*it)[1];
      INFO(path << ": version " << id);
      CHECK((*it)[2] == between(out.at(kDoc + id + "/index.html"), "<p class=\"status-statement\">", "</p>"));
      ++compared;
    }
  }
  std::size_t adopted_or_proposed = e.existing.size();
  CHECK(compared >= (adopted_or_proposed > 1 ? 2 * (adopted_or_proposed - 1) : 0));  // consecutive pairs at least

  // Open data says the same.
  const std::string json = out.at("documents.json");
  for (const auto& id : e.existing) {
    const std::string entry = between(json, "\"id\": \"" + id + "\"", "}");
    std::string key = between(entry, "\"status\": \"", "\"");
    if (key == "expired_successor") key = "expired";
    INFO("documents.json: " << id);
    CHECK(key == e.status.at(id));
  }
  // So does the search index, for every version it lists.
  for (const auto& [path, bytes] : out) {
    if (!path.starts_with("sok/index/t")) continue;
    const auto open = bytes.find(",\"");
    const std::string text = search::inflate_base64(bytes.substr(open + 2, bytes.size() - open - 6));
    static const std::regex page_re(
        "\\[\"(lysekil/policy/(?:([^/\"]+)/)?)\",\"[^\"]*\",\"[^\"]*\",\"[^\"]*\",\"([a-z_]*)\"");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), page_re); it != std::sregex_iterator(); ++it) {
      const std::string id = (*it)[2].matched ? std::string((*it)[2]) : e.current;
      INFO("search: " << (*it)[1] << " as " << id);
      REQUIRE(e.status.count(id));
      CHECK((*it)[3] == e.status.at(id));
    }
  }
}

}  // namespace

TEST_CASE("every statement of a status on every page agrees with the dates, in every language", "[property]") {
  const Strings sv = strings_of("sv"), en = strings_of("en");
  Generator generate(20261202);
  for (int i = 0; i < 80; ++i) {
    const History h = generate.next();
    std::string description = "day " + h.day.iso() + ":";
    for (const auto& v : h.versions) {
      description += " " + v.id + (v.proposal ? "(proposal" : "(") + (v.from ? " from " + v.from->iso() : "") +
                     (v.until.kind == ValidUntil::Kind::date ? " until " + v.until.date.iso() : "") +
                     (v.until.kind == ValidUntil::Kind::until_further_notice ? " ufn" : "") +
                     (v.proposal_date ? " dated " + v.proposal_date->iso() : "") + ")";
    }
    if (h.repeal) description += " repealed " + h.repeal->date.iso();
    INFO("history " << i << ", " << description);
    check_history(h, "sv", sv);
    check_history(h, "en", en);
  }
  std::string seen;
  for (const auto& [key, n] : tally()) seen += key + ": " + std::to_string(n) + " ";
  INFO(seen);
  for (const char* key : {"in_force", "not_yet_in_force", "expired", "expired+", "superseded", "repealed", "proposal"})
    CHECK(tally()[key] > 0);
}
