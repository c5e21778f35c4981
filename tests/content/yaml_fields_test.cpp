// Tests for content/yaml_fields.h: a field read under its English key or a
// Swedish name, the English key first when both are written, and the place
// of a key or of a mapping that lacks it.
#include "content/yaml_fields.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

struct Read {
  YAML::Node root;
  Diagnostics diagnostics;
};

}  // namespace

TEST_CASE("a field is read under its English key before any Swedish name of it", "[yaml_fields]") {
  for (const std::string text : {"diarienummer: A\nregistration_number: B\n", "registration_number: B\nDnr: A\n"}) {
    INFO(text);
    Read r{YAML::Load(text), {}};
    YamlFields f(r.root, YamlSource{text, "f.yaml", 1}, r.diagnostics);
    CHECK(f.text("registration_number", true) == "B");
    CHECK(f.location_of_key("registration_number").line == (text.starts_with("dia") ? 2 : 1));
  }
}

TEST_CASE("of two Swedish names of one key, the first written is read", "[yaml_fields]") {
  const std::string text = "titel: Först\nTitel: Sedan\n";
  Read r{YAML::Load(text), {}};
  YamlFields f(r.root, YamlSource{text, "f.yaml", 1}, r.diagnostics);
  CHECK(f.text("title", true) == "Först");
  CHECK(f.location_of_key("title").line == 1);
}

TEST_CASE("a key the mapping lacks is not defined, and placed at the mapping", "[yaml_fields]") {
  const std::string text = "x: 1\nplan:\n  titel: T\n";
  Read r{YAML::Load(text), {}};
  YamlFields site(r.root, YamlSource{text, "f.yaml", 1}, r.diagnostics);
  const YAML::Node plan = site.child("plan");
  YamlFields f(plan, site);
  CHECK_FALSE(f.child("summary").IsDefined());
  CHECK(f.location_of(f.child("summary")).line == 3);
  CHECK(f.location_of_key("summary").line == 3);
  CHECK_FALSE(f.text("summary", false).has_value());
  CHECK(r.diagnostics.items().empty());
  CHECK_FALSE(f.text("summary", true).has_value());
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].to_string() == "f.yaml:3:3: missing required key 'summary'");
}

TEST_CASE("in a mapping of 100,000 keys, each field asked for is found or not", "[yaml_fields]") {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "nyckel" + std::to_string(i) + ": v\n";
  text += "titel: T\n";
  Read r{YAML::Load(text), {}};
  YamlFields f(r.root, YamlSource{text, "f.yaml", 1}, r.diagnostics);
  // 100 absent keys and 100 present (each went through every key before 2026-12-05).
  for (int i = 0; i < 100; ++i) {
    CHECK_FALSE(f.child("saknas" + std::to_string(i)).IsDefined());
    CHECK(f.text("title", true) == "T");
  }
}

namespace {

std::vector<std::string> parse_messages(const std::string& text, std::size_t nodes) {
  InputLimits limits;
  limits.yaml_nodes = nodes;
  Diagnostics d;
  CHECK_FALSE(parse_yaml(text, "f.yaml", 1, d, limits));
  std::vector<std::string> out;
  for (const auto& item : d.items()) out.push_back(item.to_string());
  return out;
}

}  // namespace

TEST_CASE("too many values are told apart from aliases that repeat them, and from an alias of itself",
          "[yaml_fields]") {
  std::string plain;
  for (int i = 0; i < 30; ++i) plain += "okand" + std::to_string(i) + ": x\n";
  CHECK(parse_messages(plain, 20) ==
        std::vector<std::string>{"f.yaml:21:1: the YAML holds more than 20 values; write fewer of them"});
  CHECK(parse_messages("a: &a [x, x, x, x]\nb: [*a, *a, *a, *a, *a]\n", 20) ==
        std::vector<std::string>{"f.yaml:1:11: the YAML holds more than 20 values once its aliases ('*name') are "
                                 "expanded; write the values out, or fewer of them"});
  CHECK(parse_messages("title: T\ncontact: &c {name: A, role: *c}\n", 1000) ==
        std::vector<std::string>{"f.yaml:2:10: this value holds an alias ('*name') of itself, so it would never "
                                 "end; write out what the alias stands for instead"});
}

TEST_CASE("a misspelt key is reported unknown with the key meant, and not also missing", "[yaml_fields]") {
  const std::string text = "complience: partial\nshortcomings: []\n";
  Read r{YAML::Load(text), {}};
  YamlFields f(r.root, YamlSource{text, "f.yaml", 1}, r.diagnostics);
  f.reject_unknown_keys({"compliance", "shortcomings", "assessment_date"});
  CHECK_FALSE(f.text("compliance", true));
  CHECK_FALSE(f.text("assessment_date", true));
  std::vector<std::string> messages;
  for (const auto& d : r.diagnostics.items()) messages.push_back(d.to_string());
  CHECK(messages == std::vector<std::string>{"f.yaml:1:1: unknown key 'complience'; did you mean 'compliance'?",
                                             "f.yaml:1:1: missing required key 'assessment_date'"});
}
