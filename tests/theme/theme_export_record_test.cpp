#include "theme/theme_export_record.h"

#include <catch2/catch.hpp>

#include "theme/builtin_theme.h"

using namespace styrdok;

namespace {

const std::string kHeader = "templates/_header.mustache";

std::string builtin(const std::string& path) { return *builtin_theme_files().read(join_path(kBuiltinThemeDir, path)); }

std::vector<std::string> warnings_of(const MemoryFileSystem& site) {
  Diagnostics d;
  check_theme_export_record(site, d);
  std::vector<std::string> out;
  for (const auto& item : d.items()) {
    CHECK(item.severity == Severity::warning);
    out.push_back(item.to_string());
  }
  return out;
}

}  // namespace

TEST_CASE("the fingerprint is FNV-1a of the bytes, 16 hex digits") {
  CHECK(theme_file_fingerprint("") == "cbf29ce484222325");
  CHECK(theme_file_fingerprint("a") == "af63dc4c8601ec8c");
  CHECK(theme_file_fingerprint("a") != theme_file_fingerprint("b"));
}

TEST_CASE("the record lists each file written with its fingerprint, after comment lines") {
  const std::string record = theme_export_record({{kHeader, "x"}, {"static/assets/style.css", ""}});
  CHECK_THAT(record, Catch::StartsWith("# Written by `styrdok theme export`"));
  CHECK_THAT(record, Catch::EndsWith("\ntemplates/_header.mustache " + theme_file_fingerprint("x") +
                                     "\nstatic/assets/style.css cbf29ce484222325\n"));
}

TEST_CASE("a kept copy whose built-in file has changed since the export is named, with the new fingerprint") {
  MemoryFileSystem site;
  site.add(kThemeExportRecord, theme_export_record({{"templates/home.mustache", builtin("templates/home.mustache")},
                                                    {kHeader, "the header as it was built in then"}}));
  site.add(kHeader, "the site's own header");
  const auto warnings = warnings_of(site);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "theme-export.txt:7:1: warning: the built-in templates/_header.mustache has changed since it "
        "was copied here, and the site's copy replaces it; compare the two ('styrdok theme export "
        "DIR' writes today's into an empty folder DIR), carry over what you need, then put " +
            theme_file_fingerprint(builtin(kHeader)) + " on this line");

  SECTION("no warning once the line holds today's fingerprint") {
    site.add(kThemeExportRecord, theme_export_record({{kHeader, builtin(kHeader)}}));
    CHECK(warnings_of(site).empty());
  }
  SECTION("no warning when the site's copy is today's built-in file") {
    site.add(kHeader, builtin(kHeader));
    CHECK(warnings_of(site).empty());
  }
}

TEST_CASE("no warning for files the site did not keep, the theme no longer has, strings, or without a record") {
  MemoryFileSystem site;
  CHECK(warnings_of(site).empty());
  site.add(kThemeExportRecord, theme_export_record({{kHeader, "old"}, {"templates/gone.mustache", "old"}}));
  CHECK(warnings_of(site).empty());  // the header was deleted: the built-in one is used
  site.add("templates/gone.mustache", "kept");
  CHECK(warnings_of(site).empty());  // a template the theme no longer has
  site.add(kThemeExportRecord, theme_export_record({{"i18n/sv.yaml", "old"}}));
  site.add("i18n/sv.yaml", "skip_link: Hoppa\n");
  CHECK(warnings_of(site).empty());  // strings merge key by key: nothing new is missed
}

TEST_CASE("a line that is not a path and a fingerprint is skipped with a warning") {
  MemoryFileSystem site;
  site.add(kThemeExportRecord,
           "# comment\n\ntemplates/_header.mustache\r\nstatic/x.css 12345\nsite.yaml "
           "ABCDEF0123456789\n");
  const auto warnings = warnings_of(site);
  REQUIRE(warnings.size() == 3);
  CHECK(warnings[0] ==
        "theme-export.txt:3:1: warning: expected a file's path, a space and a fingerprint of 16 hex "
        "digits; the line is skipped");
  CHECK_THAT(warnings[1], Catch::StartsWith("theme-export.txt:4:1: "));
  CHECK_THAT(warnings[2], Catch::StartsWith("theme-export.txt:5:1: "));
}
