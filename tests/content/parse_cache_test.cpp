#include "content/parse_cache.h"

#include <catch2/catch.hpp>

using namespace styrdok;

namespace {

ParseCache<Version>::Entry entry_titled(const std::string& title) {
  ParseCache<Version>::Entry e;
  e.value.emplace();
  e.value->title = title;
  return e;
}

}  // namespace

TEST_CASE("a checked cache answers only for the same text and labels") {
  ParseCache<Version> cache;
  cache.store("content/a/b/1.md", "text", "labels", entry_titled("A"));
  REQUIRE(cache.find("content/a/b/1.md", "text", "labels"));
  CHECK(cache.find("content/a/b/1.md", "text", "labels")->value->title == "A");
  CHECK_FALSE(cache.find("content/a/b/1.md", "changed", "labels"));
  CHECK_FALSE(cache.find("content/a/b/1.md", "text", "other labels"));
  cache.keep_only({"content/x.md"});
  CHECK_FALSE(cache.find("content/a/b/1.md", "text", "labels"));
}

TEST_CASE("a told cache answers until the path or a folder above it is forgotten") {
  ParseCache<Version> cache(CacheValidation::told);
  cache.store("content/a/b/1.md", "text", "labels", entry_titled("A"));
  cache.store("content/a/bc/1.md", "text", "labels", entry_titled("B"));
  CHECK(cache.find("content/a/b/1.md", "labels"));
  cache.forget("content/a/b");
  CHECK_FALSE(cache.find("content/a/b/1.md", "labels"));
  CHECK(cache.find("content/a/bc/1.md", "labels"));  // a sibling whose name starts alike stays
  cache.forget("content/a/bc/1.md");
  CHECK_FALSE(cache.find("content/a/bc/1.md", "labels"));
}

TEST_CASE("forgetting the site's root, an empty path, forgets every entry") {
  ParseCache<Version> cache(CacheValidation::told);
  cache.store("content/a/b/1.md", "", "", entry_titled("A"));
  cache.store("site", "", "", entry_titled("B"));
  cache.forget("");
  CHECK_FALSE(cache.find("content/a/b/1.md", ""));
  CHECK_FALSE(cache.find("site", ""));
}

TEST_CASE("an entry parsed from several files of one name is forgotten when any of them changes") {
  ParseCache<Version> cache(CacheValidation::told);
  for (const char* key : {"content/a/b/handlingsplaner/plan", "content/a/b/handlingsplaner/plan-2"}) {
    cache.store(key, "", "", entry_titled(key));
  }
  cache.forget("content/a/b/handlingsplaner/plan.csv");
  CHECK_FALSE(cache.find("content/a/b/handlingsplaner/plan", ""));
  CHECK(cache.find("content/a/b/handlingsplaner/plan-2", ""));
  cache.forget("content/a/b/handlingsplaner/plan-2.yaml");
  CHECK_FALSE(cache.find("content/a/b/handlingsplaner/plan-2", ""));
}

TEST_CASE("a dot in a folder's name is not taken for an extension") {
  ParseCache<Version> cache(CacheValidation::told);
  cache.store("content/a.b", "", "", entry_titled("A"));
  cache.forget("content/a.b/c");
  CHECK(cache.find("content/a.b", ""));
}
