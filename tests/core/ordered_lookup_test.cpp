// Keys looked up in a list asked for them in about its own order.
#include "core/ordered_lookup.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace styrdok;

namespace {

std::optional<std::size_t> find(OrderedLookup& lookup, const std::vector<std::string>& keys, std::string_view key) {
  return lookup.find(key, keys.size(), [&](std::size_t i) { return std::string_view(keys[i]); });
}

}  // namespace

TEST_CASE("an ordered lookup finds keys asked for in order, out of order and not there") {
  const std::vector<std::string> keys = {"content/a/avfall", "content/a/bostader", "content/a/cykel"};
  OrderedLookup lookup;
  CHECK(find(lookup, keys, "content/a/avfall") == 0u);
  CHECK(find(lookup, keys, "content/a/bostader") == 1u);
  CHECK(find(lookup, keys, "content/a/badplatser") == std::nullopt);  // came since: not in the list
  CHECK(find(lookup, keys, "content/a/cykel") == 2u);
  CHECK(find(lookup, keys, "content/a/avfall") == 0u);  // out of order
  CHECK(find(lookup, keys, "content/a/bostader") == 1u);
  lookup.restart();
  CHECK(find(lookup, keys, "content/a/cykel") == 2u);  // a document that went before it
  OrderedLookup of_none;
  CHECK(find(of_none, {}, "content/a/avfall") == std::nullopt);
}

TEST_CASE("an ordered lookup reset finds keys in the list as it is now") {
  std::vector<std::string> keys = {"a", "b", "c"};
  OrderedLookup lookup;
  CHECK(find(lookup, keys, "c") == 2u);  // makes the map
  keys = {"c", "a"};
  lookup.reset();
  CHECK(find(lookup, keys, "a") == 1u);
  CHECK(find(lookup, keys, "b") == std::nullopt);
  CHECK(find(lookup, keys, "c") == 0u);
}
