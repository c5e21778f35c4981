// A Word .docx made by hand from its parts, for the import tests: a zip
// archive of the parts given (name -> bytes), and the XML of paragraphs
// and runs of text to fill word/document.xml with.
#pragma once

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "support/test_site.h"

namespace styrdok::test {

inline std::string docx_of(const std::map<std::string, std::string>& parts) {
  TempDir dir;
  const fs::path path = dir / "in.docx";
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
  return read_text(path);
}

inline std::string paragraph(const std::string& runs) { return "<w:p>" + runs + "</w:p>"; }
inline std::string text(const std::string& t) { return "<w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>"; }

}  // namespace styrdok::test
