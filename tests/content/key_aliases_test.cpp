// Tests for content/key_aliases.h: Swedish names of keys and values, matched
// without regard to case, diacritics and separators, and documented.
#include "content/key_aliases.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "model/site.h"

using namespace styrdok;

TEST_CASE("a Swedish key names its English key however it is written", "[key_aliases]") {
  CHECK(names_key("registration_number", "registration_number"));
  CHECK(names_key("diarienummer", "registration_number"));
  CHECK(names_key("Diarienummer", "registration_number"));
  for (const char* written : {"giltig_från", "giltig från", "Giltig från", "giltig-fran", "giltig_fran"}) {
    CHECK(names_key(written, "valid_from"));
  }
  CHECK_FALSE(names_key("giltig_från", "valid_until"));
  CHECK_FALSE(names_key("Registration_number", "registration_number"));  // English keys are exact
  CHECK_FALSE(names_key("diarienumret", "registration_number"));
}

TEST_CASE("a Swedish word that names two keys stands for both", "[key_aliases]") {
  CHECK(keys_named_by("mål") == std::vector<std::string>{"mål", "goals", "goal"});
  CHECK(keys_named_by("title") == std::vector<std::string>{"title"});
  CHECK(keys_named_by("rollup") == std::vector<std::string>{"rollup"});
}

TEST_CASE("suggestions are drawn from both languages' keys", "[key_aliases]") {
  const auto all = keys_with_aliases({"registration_number", "rollup"});
  CHECK(all == std::vector<std::string>{"registration_number", "rollup", "diarienummer", "dnr"});
}

TEST_CASE("tills vidare and okänt are read in their usual forms", "[key_aliases]") {
  for (const char* v : {"until_further_notice", "tills vidare", "Tills vidare", "tillsvidare", "tills-vidare"}) {
    CHECK(means_until_further_notice(v));
  }
  CHECK_FALSE(means_until_further_notice("tills vidare 2025"));
  for (const char* v : {"unknown", "okänd", "Okänt", "okant", "uppgift saknas", "Uppgift saknas"}) {
    CHECK(means_unknown(v));
  }
  CHECK_FALSE(means_unknown("Unknown body"));
}

TEST_CASE("a status may be written in Swedish, as the pages show it", "[key_aliases]") {
  const std::vector<std::string> version = {"adopted", "proposal"};
  CHECK(value_named_by("adopted", version, version_status_aliases()) == "adopted");
  CHECK(value_named_by("antagen", version, version_status_aliases()) == "adopted");
  CHECK(value_named_by("Förslag", version, version_status_aliases()) == "proposal");
  CHECK(value_named_by("forslag", version, version_status_aliases()) == "proposal");
  CHECK(value_named_by("gällande", version, version_status_aliases()) == std::nullopt);  // in force is worked out
  CHECK(value_named_by("Adopted", version, version_status_aliases()) == std::nullopt);   // English is exact
  const std::vector<std::string> action = {"planned", "in_progress", "done", "postponed", "cancelled"};
  CHECK(value_named_by("Pågår", action, action_status_aliases()) == "in_progress");
  CHECK(value_named_by("pagar", action, action_status_aliases()) == "in_progress");
  CHECK(value_named_by("ej påbörjad", action, action_status_aliases()) == "planned");
  CHECK(value_named_by("ej_paborjad", action, action_status_aliases()) == "planned");
  CHECK(value_named_by("Klar", action, action_status_aliases()) == "done");
  CHECK(value_named_by("Uppskjuten", action, action_status_aliases()) == "postponed");
  CHECK(value_named_by("avbruten", action, action_status_aliases()) == "cancelled");
  // A word names only a value among the choices.
  CHECK(value_named_by("klar", {"planned"}, action_status_aliases()) == std::nullopt);
  CHECK(values_with_aliases({"proposal"}, version_status_aliases()) == std::vector<std::string>{"proposal", "förslag"});
}

TEST_CASE("a document type may be written with a capital letter or in the singular", "[key_aliases]") {
  std::vector<std::string> types;
  for (auto t : all_document_types()) types.push_back(to_key(t));
  for (const auto& type : types) {
    std::string capital = type;
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    INFO(capital);
    CHECK(value_named_by(capital, types, document_type_aliases()) == type);
  }
  CHECK(value_named_by("Riktlinje", types, document_type_aliases()) == "riktlinjer");
  CHECK(value_named_by("regel", types, document_type_aliases()) == "regler");
  CHECK(value_named_by("reglemente", types, document_type_aliases()) == std::nullopt);
}

TEST_CASE("docs/content-format.md lists every Swedish key of the table", "[key_aliases]") {
  std::ifstream in(std::string(STYRDOK_SOURCE_DIR) + "/docs/content-format.md");
  std::stringstream docs;
  docs << in.rdbuf();
  for (const auto& a : key_aliases()) {
    if (std::string(a.key) == a.swedish) continue;
    INFO(a.swedish);
    CHECK(docs.str().find("`" + std::string(a.swedish) + "`") != std::string::npos);
  }
  for (const auto& table : {version_status_aliases(), action_status_aliases(), document_type_aliases()}) {
    for (const auto& a : table) {
      INFO(a.swedish);
      CHECK(docs.str().find("`" + std::string(a.swedish) + "`") != std::string::npos);
    }
  }
}
