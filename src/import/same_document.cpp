#include "import/same_document.h"

#include <cctype>

#include "content/key_aliases.h"
#include "content/version_file.h"
#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

namespace {

bool known(const std::string& value) { return !trim(value).empty() && !means_unknown(trim(value)); }

// A body's name as two names of it are compared: without regard to case,
// diacritics or spacing, without its municipality ("Kommunstyrelsen i
// Lysekils kommun") or initials after it ("Kommunfullmäktige (KF)"), and with
// the initials every municipality writes for its assembly and executive
// board spelt out ("KF", "KS").
std::string body_key(const std::string& name) {
  std::string key = slugify(name.substr(0, name.find('(')));
  if (const auto at = key.find("-i-"); at != std::string::npos && key.ends_with("kommun")) key.resize(at);
  if (key == "kf") return "kommunfullmaktige";
  if (key == "ks") return "kommunstyrelsen";
  return key;
}

bool same_body(const std::string& a, const std::string& b) { return body_key(a) == body_key(b); }

// A version's decider and registration number, as its front matter gives them.
DocumentOwner owner_of(const std::string& text, const std::string& path) {
  DocumentOwner out;
  Diagnostics ignored;
  const auto front = read_front_matter(text, path, InputLimits{}, ignored);
  if (!front) return out;
  for (const auto& entry : front->metadata) {
    if (!entry.first.IsScalar() || !entry.second.IsScalar()) continue;
    const std::string key = entry.first.Scalar();
    if (names_key(key, "decided_by")) out.decided_by = entry.second.Scalar();
    if (names_key(key, "registration_number")) out.registration_number = entry.second.Scalar();
  }
  return out;
}

// A version file: "2021-01-20.md" or "odaterad.md", not an edition in
// another language ("2021-01-20.en.md").
bool is_version_file(const std::string& name) { return name.ends_with(".md") && name.find('.') == name.size() - 3; }

}  // namespace

std::string registration_series(const std::string& number) {
  std::string out;
  for (const char c : number) {
    if (std::isdigit(static_cast<unsigned char>(c))) break;
    if (std::isalpha(static_cast<unsigned char>(c)))
      out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string other_document_in(const FileSystem& site, const std::string& folder, const DocumentOwner& imported) {
  const std::string series = registration_series(imported.registration_number);
  for (const auto& entry : site.list(folder)) {
    if (entry.is_directory || !is_version_file(entry.name)) continue;
    const std::string path = join_path(folder, entry.name);
    const auto text = site.read(path);
    if (!text) continue;
    const DocumentOwner there = owner_of(*text, path);
    const bool other_body =
        known(imported.decided_by) && known(there.decided_by) && !same_body(imported.decided_by, there.decided_by);
    const std::string there_series = registration_series(there.registration_number);
    const bool other_series = !series.empty() && !there_series.empty() && series != there_series;
    if (!other_body && !other_series) continue;
    std::string what;
    if (known(there.decided_by)) what = "decided by " + trim(there.decided_by);
    if (known(there.registration_number))
      what += (what.empty() ? "" : ", ") + std::string("registration number ") + trim(there.registration_number);
    return what;
  }
  return "";
}

}  // namespace styrdok
