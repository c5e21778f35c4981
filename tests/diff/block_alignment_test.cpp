// Tests for diff/block_alignment.h: which blocks are kept, paired for a word
// diff, or inserted and deleted whole.
#include "diff/block_alignment.h"

#include <catch2/catch.hpp>

#include <vector>

#include "diff/body_builder.h"

using styrdok::align_blocks;
using styrdok::Block;
using styrdok::BlockStep;
using styrdok::testing::BodyBuilder;

namespace {

// "=" kept, "~" paired, "-" deleted, "+" inserted, each with its indices.
std::vector<std::string> describe(const std::vector<BlockStep>& steps) {
  std::vector<std::string> out;
  for (const BlockStep& s : steps) {
    const char* sign = s.same ? "=" : s.old_index < 0 ? "+" : s.new_index < 0 ? "-" : "~";
    std::string step = sign;
    step += std::to_string(s.old_index);
    step += ',';
    step += std::to_string(s.new_index);
    out.push_back(step);
  }
  return out;
}

std::vector<std::string> align(const std::vector<Block>& a, const std::vector<Block>& b) {
  return describe(align_blocks(a, b));
}

const char* const kSkapa =
    "Skapa praktikplatser inom kommunen och arbeta för att hitta praktikplatser hos privata näringsidkare.";
const char* const kTaVara =
    "Ta vara på nyanländas utbildningar och kompetenser genom att snabbt validera deras kunskaper eller hänvisa dem "
    "till rätt instans.";
const char* const kErbjuder =
    "Erbjuder stöd till de som arbetskraftsinvandrar. Detta omfattar också personens familj och anhöriga.";

}  // namespace

TEST_CASE("align_blocks keeps equal blocks and pairs an edited one", "[block_alignment]") {
  const auto a = BodyBuilder().heading("Arbetsmarknad").item(kSkapa).item(kTaVara).item(kErbjuder).build().blocks;
  const auto b = BodyBuilder()
                     .heading("Arbetsmarknad")
                     .item(kSkapa)
                     .item("Ta vara på nyanländas kompetenser genom att snabbt validera deras kunskaper.")
                     .item(kErbjuder)
                     .build()
                     .blocks;
  CHECK(align(a, b) == std::vector<std::string>{"=0,0", "=1,1", "~2,2", "=3,3"});
}

TEST_CASE("align_blocks pairs the edited block, not the inserted one before it", "[block_alignment]") {
  const auto a = BodyBuilder().heading("Arbetsmarknad").item(kSkapa).item(kTaVara).build().blocks;
  const auto b = BodyBuilder()
                     .heading("Arbetsmarknad")
                     .item(kSkapa)
                     .item(kErbjuder)
                     .item("Ta vara på nyanländas utbildningar och kompetenser genom att validera deras kunskaper.")
                     .build()
                     .blocks;
  CHECK(align(a, b) == std::vector<std::string>{"=0,0", "=1,1", "+-1,2", "~2,3"});
}

TEST_CASE("align_blocks does not pair blocks of different kinds or levels", "[block_alignment]") {
  const auto a = BodyBuilder().heading("Utbildning").paragraph(kSkapa).quote(kTaVara).build().blocks;
  const auto b = BodyBuilder().heading("Utbildning").item(kSkapa).item(kTaVara, 2).build().blocks;
  CHECK(align(a, b) == std::vector<std::string>{"=0,0", "-1,-1", "-2,-1", "+-1,1", "+-1,2"});
}

TEST_CASE("align_blocks lists deletions before insertions and pairs headings", "[block_alignment]") {
  const auto a = BodyBuilder().heading("Civilsamhället").item(kSkapa).build().blocks;
  const auto b = BodyBuilder().heading("Föreningsliv").item(kTaVara).item(kErbjuder).build().blocks;
  CHECK(align(a, b) == std::vector<std::string>{"~0,0", "~1,1", "+-1,2"});
}

TEST_CASE("align_blocks of nothing against blocks", "[block_alignment]") {
  const auto b = BodyBuilder().heading("Boende").item(kSkapa).build().blocks;
  CHECK(align({}, b) == std::vector<std::string>{"+-1,0", "+-1,1"});
  CHECK(align(b, {}) == std::vector<std::string>{"-0,-1", "-1,-1"});
  CHECK(align({}, {}).empty());
}
