// Tests for diff/section_redline.h: the element written for each kind of
// block, whole-block insertions and deletions, and escaping.
#include "diff/section_redline.h"

#include <catch2/catch.hpp>

#include "diff/body_builder.h"

using styrdok::redline_section;
using styrdok::SectionRedline;
using styrdok::testing::BodyBuilder;

TEST_CASE("redline_section writes each kind of block as its element", "[section_redline]") {
  const auto blocks = BodyBuilder()
                          .heading("Utbildning", 3)
                          .paragraph("Stenungsunds kommun ska:")
                          .item("Erbjuder SFI, grundskola, gymnasie- och vuxenutbildning.")
                          .item("Lyfta fram bibliotekens betydelse.", 2)
                          .quote("Individen själv har ett ansvar.")
                          .table("Mål Mätetal")
                          .build()
                          .blocks;
  const SectionRedline r = redline_section(blocks, blocks);
  const std::string expected =
      "<h3>Utbildning</h3>\n"
      "<p>Stenungsunds kommun ska:</p>\n"
      "<p class=\"diff-item diff-item-level-1\">Erbjuder SFI, grundskola, gymnasie- och vuxenutbildning.</p>\n"
      "<p class=\"diff-item diff-item-level-2\">Lyfta fram bibliotekens betydelse.</p>\n"
      "<blockquote><p>Individen själv har ett ansvar.</p></blockquote>\n"
      "<p class=\"diff-table\">Mål Mätetal</p>\n";
  CHECK(r.inline_html == expected);
  CHECK(r.old_html == expected);
  CHECK(r.new_html == expected);
  CHECK_FALSE(r.changed);
  CHECK(r.words_added == 0);
  CHECK(r.words_removed == 0);
}

TEST_CASE("redline_section wraps inserted and deleted blocks in one mark", "[section_redline]") {
  const auto older = BodyBuilder()
                         .heading("Handlingsplan")
                         .item("Organisera mottagande av nyanlända i kommunen. Klart innan januari 2014.")
                         .item("Utveckla samarbetet mellan boende och skola. Klart innan juni 2014.")
                         .build()
                         .blocks;
  const auto newer = BodyBuilder()
                         .heading("Handlingsplan")
                         .item("Utveckla samarbetet mellan boende och skola. Klart innan juni 2014.")
                         .quote("Ny punkt.")
                         .build()
                         .blocks;
  const SectionRedline r = redline_section(older, newer);
  CHECK(r.inline_html ==
        "<h2>Handlingsplan</h2>\n"
        "<p class=\"diff-item diff-item-level-1\"><del>Organisera mottagande av nyanlända i kommunen. Klart innan "
        "januari 2014.</del></p>\n"
        "<p class=\"diff-item diff-item-level-1\">Utveckla samarbetet mellan boende och skola. Klart innan juni "
        "2014.</p>\n"
        "<blockquote><p><ins>Ny punkt.</ins></p></blockquote>\n");
  CHECK(r.old_html ==
        "<h2>Handlingsplan</h2>\n"
        "<p class=\"diff-item diff-item-level-1\"><del>Organisera mottagande av nyanlända i kommunen. Klart innan "
        "januari 2014.</del></p>\n"
        "<p class=\"diff-item diff-item-level-1\">Utveckla samarbetet mellan boende och skola. Klart innan juni "
        "2014.</p>\n");
  CHECK(r.new_html ==
        "<h2>Handlingsplan</h2>\n"
        "<p class=\"diff-item diff-item-level-1\">Utveckla samarbetet mellan boende och skola. Klart innan juni "
        "2014.</p>\n"
        "<blockquote><p><ins>Ny punkt.</ins></p></blockquote>\n");
  CHECK(r.changed);
  CHECK(r.words_removed == 10);
  CHECK(r.words_added == 2);
}

TEST_CASE("redline_section diffs an edited block word by word inside its element", "[section_redline]") {
  const auto older = BodyBuilder().heading("Handlingsplan").item("Klart innan januari 2014.").build().blocks;
  const auto newer = BodyBuilder().heading("Handlingsplan").item("Klart innan juni 2014.").build().blocks;
  const SectionRedline r = redline_section(older, newer);
  CHECK(r.inline_html ==
        "<h2>Handlingsplan</h2>\n"
        "<p class=\"diff-item diff-item-level-1\">Klart innan <del>januari</del><ins>juni</ins> 2014.</p>\n");
  CHECK(r.old_html ==
        "<h2>Handlingsplan</h2>\n<p class=\"diff-item diff-item-level-1\">Klart innan <del>januari</del> 2014.</p>\n");
  CHECK(r.new_html ==
        "<h2>Handlingsplan</h2>\n<p class=\"diff-item diff-item-level-1\">Klart innan <ins>juni</ins> 2014.</p>\n");
}

TEST_CASE("redline_section of an added or removed section", "[section_redline]") {
  const auto blocks = BodyBuilder().heading("Boende & bostäder").paragraph("Barn < 18 år").build().blocks;
  const SectionRedline added = redline_section({}, blocks);
  CHECK(added.inline_html == "<h2><ins>Boende &amp; bostäder</ins></h2>\n<p><ins>Barn &lt; 18 år</ins></p>\n");
  CHECK(added.new_html == added.inline_html);
  CHECK(added.old_html.empty());
  CHECK(added.words_added == 5);

  const SectionRedline removed = redline_section(blocks, {});
  CHECK(removed.inline_html == "<h2><del>Boende &amp; bostäder</del></h2>\n<p><del>Barn &lt; 18 år</del></p>\n");
  CHECK(removed.old_html == removed.inline_html);
  CHECK(removed.new_html.empty());
  CHECK(removed.words_removed == 5);
}
