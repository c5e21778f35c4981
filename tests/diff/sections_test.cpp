// Tests for diff/sections.h: cutting a body into a preamble and sections.
#include "diff/sections.h"

#include <catch2/catch.hpp>

#include "diff/body_builder.h"

using styrdok::Body;
using styrdok::split_sections;
using styrdok::testing::BodyBuilder;

TEST_CASE("split_sections cuts at every heading, of any level", "[sections]") {
  const Body body = BodyBuilder()
                        .paragraph("Integrationspolicyn för Stenungsunds kommun är ett vägledande dokument.")
                        .heading("Övergripande")
                        .paragraph("Stenungsunds kommun ska:")
                        .item("Aktivt motverka utanförskap och i stället främja integration i alla verksamheter.")
                        .heading("Utbildning", 3)
                        .heading("Arbetsmarknad")
                        .build();
  const auto sections = split_sections(body);
  REQUIRE(sections.size() == 4);
  CHECK(sections[0].preamble());
  CHECK(sections[0].anchor.empty());
  CHECK(sections[0].heading.empty());
  CHECK(sections[0].blocks.size() == 1);
  CHECK(sections[1].anchor == "overgripande");
  CHECK(sections[1].heading == "Övergripande");
  CHECK(sections[1].blocks.size() == 3);
  CHECK(sections[2].anchor == "utbildning");
  CHECK(sections[2].level == 3);
  CHECK(sections[2].blocks.size() == 1);
  CHECK_FALSE(sections[3].preamble());
  CHECK(sections[3].blocks.size() == 1);
}

TEST_CASE("split_sections gives no preamble when the body opens with a heading", "[sections]") {
  const Body body = BodyBuilder().heading("Inledning").paragraph("Text.").build();
  const auto sections = split_sections(body);
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].anchor == "inledning");
}

TEST_CASE("split_sections gives nothing for an empty body", "[sections]") {
  const Body empty;
  CHECK(split_sections(empty).empty());
}
