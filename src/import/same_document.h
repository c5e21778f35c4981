// Whether an imported file is another version of the document already in a
// folder, or another document with the same title: "Delegationsordning" of
// the social services committee is not a version of the executive
// committee's, and filed as one the site would say that one replaced the
// other. Versions of one document are decided by one body, under one series
// of registration numbers; a version that differs from those in the folder
// in either is another document. Pure; thread-safe.
#pragma once

#include <string>

#include "core/file_system.h"

namespace styrdok {

// Who decides a document, as far as an import can tell: each "" when unknown.
struct DocumentOwner {
  std::string decided_by;           // "Socialnämnden"
  std::string registration_number;  // "SN 2020/300"
};

// How the versions already in `folder` (content/ORGANISATION/DOCUMENT) differ
// from `imported`: "" when they do not (or there are none, or the values
// cannot be compared), else what they say, e.g. "decided by Kommunstyrelsen,
// registration number KS 2022/50". Versions whose front matter cannot be read
// are not compared.
std::string other_document_in(const FileSystem& site, const std::string& folder, const DocumentOwner& imported);

// The series of a registration number: the letters before its numbers
// ("KS" in "KS 2022/50", "LKS" in "LKS 2021-000173"), upper-case; "" when none.
std::string registration_series(const std::string& number);

}  // namespace styrdok
