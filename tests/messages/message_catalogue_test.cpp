// Tests for messages/message_catalogue.h: templates with varying parts,
// reordering, clause-by-clause translation, nested parts, the built-in
// Swedish catalogue, and the language a command's messages use.
#include "messages/message_catalogue.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "core/file_system.h"
#include "support/english_words.h"
#include "support/test_site.h"

using namespace styrdok;
using namespace styrdok::test;

namespace {

MessageCatalogue parsed(const std::string& yaml) {
  Diagnostics d;
  auto c = MessageCatalogue::parse(yaml, "messages.yaml", d);
  REQUIRE(c.has_value());
  REQUIRE(d.items().empty());
  return *c;
}

}  // namespace

TEST_CASE("a message matching a template whole is translated with its parts in place", "[messages]") {
  const auto c = parsed(
      "\"unknown key '{}'\": \"okänd nyckel '{}'\"\n"
      "\"'{}' is '{}', but must be one of: {}\": \"'{}' är '{}', men ska vara ett av: {}\"\n");
  CHECK(c.translate("unknown key 'titel2'") == "okänd nyckel 'titel2'");
  CHECK(c.translate("'type' is 'polcy', but must be one of: policy, plan") ==
        "'type' är 'polcy', men ska vara ett av: policy, plan");
  CHECK(c.translate("something else entirely") == "something else entirely");
  CHECK(c.translate("unknown key ''") == "unknown key ''");  // a part is never empty
}

TEST_CASE("a translation may put the parts in another order", "[messages]") {
  const auto c = parsed("\"{} of {} files\": \"av {2} filer: {1}\"\n");
  CHECK(c.translate("3 of 10 files") == "av 10 filer: 3");
}

TEST_CASE("a message without a whole template is translated clause by clause", "[messages]") {
  const auto c = parsed(
      "\"unknown key '{}'\": \"okänd nyckel '{}'\"\n"
      "\"did you mean '{}'?\": \"menade du '{}'?\"\n");
  CHECK(c.translate("unknown key 'diarenummer'; did you mean 'diarienummer'?") ==
        "okänd nyckel 'diarenummer'; menade du 'diarienummer'?");
  // A clause without a template stays as it is.
  CHECK(c.translate("unknown key 'x'; ask the clerk") == "okänd nyckel 'x'; ask the clerk");
}

TEST_CASE("a part that is a message of its own is translated too", "[messages]") {
  const auto c = parsed(
      "\"'{}' is not a date ({})\": \"'{}' är inget datum ({})\"\n"
      "\"expected a date written YYYY-MM-DD\": \"skriv datum som ÅÅÅÅ-MM-DD\"\n");
  CHECK(c.translate("'Fyll i tid' is not a date (expected a date written YYYY-MM-DD)") ==
        "'Fyll i tid' är inget datum (skriv datum som ÅÅÅÅ-MM-DD)");
}

TEST_CASE("the more specific of two matching templates wins, whatever their order", "[messages]") {
  const auto c = parsed(
      "\"missing required key '{}'\": \"nyckeln '{}' saknas\"\n"
      "\"missing required key 'items' (the agenda)\": \"ärendelistan saknas\"\n");
  CHECK(c.translate("missing required key 'items' (the agenda)") == "ärendelistan saknas");
  CHECK(c.translate("missing required key 'title'") == "nyckeln 'title' saknas");
}

TEST_CASE("a catalogue whose translation drops or invents a part is refused", "[messages]") {
  Diagnostics d;
  CHECK_FALSE(MessageCatalogue::parse("\"a {} b {}\": \"a {} b\"\n", "sv.yaml", d));
  CHECK_FALSE(MessageCatalogue::parse("\"a {}\": \"a {2}\"\n", "sv.yaml", d));
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].to_string() ==
        "sv.yaml:1:1: the translation must hold the message's 2 varying parts, as {} or {1}, {2} …");
}

TEST_CASE("a diagnostic keeps its location first and untranslated", "[messages]") {
  const auto c = parsed("\"unknown key '{}'\": \"okänd nyckel '{}'\"\n");
  const Diagnostic d{{"content/a/b/2020-01-01.md", 3, 1}, "unknown key 'x'", Severity::error};
  CHECK(c.to_string(d) == "content/a/b/2020-01-01.md:3:1: okänd nyckel 'x'");
}

TEST_CASE("a very long message is left as it is, in bounded time", "[messages]") {
  const auto c = parsed("\"{} a {} a {} a {} b\": \"{} {} {} {}\"\n");
  const std::string long_message(100000, 'a');
  CHECK(c.translate(long_message) == long_message);
  std::string many_a;  // under the length limit, but with ~700 places for each part to end
  while (many_a.size() < 1400) many_a += " a";
  CHECK(c.translate(many_a) == many_a);
}

TEST_CASE("the built-in Swedish catalogue holds the messages a clerk meets first", "[messages]") {
  const auto sv = MessageCatalogue::for_language("sv");
  CHECK(sv.size() > 100);
  CHECK(sv.translate("unknown key 'diarenummer'; did you mean 'diarienummer'?") ==
        "okänd nyckel 'diarenummer'; menade du 'diarienummer'?");
  // The last part of a message runs to its end, over the clauses after it.
  CHECK(sv.translate("'type' is 'polisy', but must be one of: plan, policy, regler; did you mean 'policy'?") ==
        "'type' är 'polisy', men ska vara ett av: plan, policy, regler; menade du 'policy'?");
  // What a YAML error says, as content/yaml_problem words it.
  CHECK(sv.translate("invalid YAML: a tab in the indentation; YAML needs spaces") ==
        "felaktig YAML: ett tabbtecken i indraget; YAML kräver mellanslag");
  CHECK(sv.translate("invalid YAML: the quote (') that starts this value is never closed; end the value with '") ==
        "felaktig YAML: citattecknet (') som inleder värdet avslutas aldrig; avsluta värdet med '");
  CHECK(sv.translate("'#1' and what follows it on the line is a comment, not part of the value, since ' #' begins "
                     "one in YAML; to keep it, put the whole value in quotes: \"Exempel #1\"") ==
        "'#1' och det som följer på raden är en kommentar, inte en del av värdet, eftersom ' #' inleder en kommentar "
        "i YAML; sätt hela värdet inom citattecken för att behålla det: \"Exempel #1\"");
  CHECK(sv.translate("2 errors; nothing was written, the previous output is unchanged.") ==
        "2 fel; inget skrevs, den tidigare utdatan är oförändrad.");
  CHECK(MessageCatalogue::for_language("en").translate("unknown key 'x'") == "unknown key 'x'");
  CHECK(MessageCatalogue::for_language("fi").size() == 0);  // no catalogue: English
}

TEST_CASE("a site's own catalogue goes over the built-in one", "[messages]") {
  MemoryFileSystem site;
  site.add("i18n/messages/sv.yaml", "\"unknown key '{}'\": \"nyckeln '{}' känns inte igen\"\n");
  const auto sv = MessageCatalogue::for_language("sv", &site);
  CHECK(sv.translate("unknown key 'x'") == "nyckeln 'x' känns inte igen");
  CHECK(sv.translate("1 error") == "1 fel");  // the rest stays built in
}

TEST_CASE("messages follow --lang, else the site's language, else Swedish", "[messages]") {
  MemoryFileSystem english;
  english.add("site.yaml", "title: X\nlanguage: en\n");
  MemoryFileSystem swedish_key;
  swedish_key.add("site.yaml", "titel: X\nspråk: en\n");
  MemoryFileSystem broken;
  broken.add("site.yaml", "title: [\n");
  MemoryFileSystem none;
  CHECK(message_language("", &english) == "en");
  CHECK(message_language("sv", &english) == "sv");
  CHECK(message_language("", &swedish_key) == "en");
  CHECK(message_language("", &broken) == "sv");
  CHECK(message_language("", &none) == "sv");
  CHECK(message_language("", nullptr) == "sv");
}

TEST_CASE("a warning is called a warning in the catalogue's language", "[messages]") {
  const auto sv = MessageCatalogue::for_language("sv");
  const Diagnostic d{
      {"content/a/b/2020-01-01.md", 0, 0}, "due for revision: its last day in force was 2023-12-31", Severity::warning};
  CHECK(sv.to_string(d) == "content/a/b/2020-01-01.md: varning: dags att revidera: gällde till och med 2023-12-31");
  CHECK(MessageCatalogue().to_string(d) ==
        "content/a/b/2020-01-01.md: warning: due for revision: its last day in force was 2023-12-31");
}

TEST_CASE("the built-in Swedish catalogue translates every kind of message styrdok gives", "[messages]") {
  // One message of each kind, as the code words it (messages/swedish_samples.txt):
  // each comes out with no English word outside what it quotes.
  const auto sv = MessageCatalogue::for_language("sv");
  std::istringstream samples(read_text(fs::path(STYRDOK_SOURCE_DIR) / "tests/messages/swedish_samples.txt"));
  std::size_t count = 0;
  for (std::string message; std::getline(samples, message); ++count) {
    const std::string swedish = sv.translate(message);
    INFO(message << "\n -> " << swedish);
    CHECK(english_words(swedish).empty());
  }
  CHECK(count > 140);
}
