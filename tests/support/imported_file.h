// A file imported into a site of its own (site.yaml alone), for the import
// tests: the version file's text, where it goes, and the report.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "import/importer.h"
#include "support/test_site.h"

namespace styrdok::test {

struct Imported {
  std::string file;    // the version file's text
  std::string path;    // where it goes
  std::string report;  // its lines, one a line
};

inline Imported imported(const std::string& name, const std::string& bytes) {
  MemoryFileSystem site;
  site.add("site.yaml", site_yaml());
  Diagnostics diagnostics;
  const auto r = import_document({name, "", "", nullptr}, bytes, site, diagnostics);
  REQUIRE(r);
  Imported out{r->file.text, r->file.path, ""};
  for (const auto& line : r->report) out.report += line + "\n";
  return out;
}

}  // namespace styrdok::test
