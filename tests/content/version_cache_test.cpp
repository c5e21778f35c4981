#include "content/version_cache.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

VersionCache::Entry entry_titled(const std::string& title) {
  VersionCache::Entry e;
  e.version.emplace();
  e.version->title = title;
  return e;
}

}  // namespace

TEST_CASE("a checked cache answers only for the same text and labels") {
  VersionCache cache;
  cache.store("content/a/b/1.md", "text", "labels", entry_titled("A"));
  REQUIRE(cache.find("content/a/b/1.md", "text", "labels"));
  CHECK(cache.find("content/a/b/1.md", "text", "labels")->version->title == "A");
  CHECK_FALSE(cache.find("content/a/b/1.md", "changed", "labels"));
  CHECK_FALSE(cache.find("content/a/b/1.md", "text", "other labels"));
  cache.keep_only({"content/x.md"});
  CHECK_FALSE(cache.find("content/a/b/1.md", "text", "labels"));
}

TEST_CASE("a told cache answers until the path or a folder above it is forgotten") {
  VersionCache cache(VersionCache::Validation::told);
  cache.store("content/a/b/1.md", "text", "labels", entry_titled("A"));
  cache.store("content/a/bc/1.md", "text", "labels", entry_titled("B"));
  CHECK(cache.find("content/a/b/1.md", "labels"));
  cache.forget("content/a/b");
  CHECK_FALSE(cache.find("content/a/b/1.md", "labels"));
  CHECK(cache.find("content/a/bc/1.md", "labels"));  // a sibling whose name starts alike stays
  cache.forget("content/a/bc/1.md");
  CHECK_FALSE(cache.find("content/a/bc/1.md", "labels"));
}
