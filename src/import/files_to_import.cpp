#include "import/files_to_import.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/slug.h"

namespace styrdok {

namespace {

namespace fs = std::filesystem;

// The kinds import reads, by the name's ending (".doc" too: the importer
// says how to make it a .docx, which a clerk needs to hear). Not Markdown:
// in a folder it is more likely a site's own text than a document to bring
// in (named on the command line, it is imported as text).
bool readable_kind(const std::string& extension) {
  return extension == ".pdf" || extension == ".docx" || extension == ".doc" || extension == ".txt";
}

bool passed_over(const std::string& name) { return name.starts_with(".") || name.starts_with("~$"); }

// The files of `folder` and its subfolders to import, in the order to import
// them; the others into `left_out`. Links to folders are not followed (a
// link to a parent would never end).
std::vector<std::string> files_in(const std::string& folder, std::vector<std::string>& left_out) {
  std::vector<std::string> word, other;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (passed_over(name)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    const std::string extension = fold_diacritics(path.extension().string());
    if (!readable_kind(extension)) {
      left_out.push_back(path.string());
    } else {
      (extension == ".docx" ? word : other).push_back(path.string());
    }
  }
  std::sort(word.begin(), word.end());
  std::sort(other.begin(), other.end());
  word.insert(word.end(), other.begin(), other.end());
  return word;
}

}  // namespace

FilesToImport files_to_import(const std::vector<std::string>& arguments, const std::string& site) {
  FilesToImport out;
  const fs::path site_path = resolved_path(site);
  for (const auto& argument : arguments) {
    std::error_code ec;
    if (!fs::is_directory(argument, ec)) {
      out.files.push_back({argument, true});
      continue;
    }
    // The site itself, a folder of it, or a folder holding it (its own
    // inbox below it is fine): its version files would come in again.
    const fs::path folder = resolved_path(argument);
    const auto within = [](const fs::path& inner, const fs::path& outer) {
      const auto rel = inner.lexically_relative(outer);
      return !rel.empty() && *rel.begin() != "..";
    };
    if (within(site_path, folder) || within(folder, site_path / "content") || within(folder, site_path / "public")) {
      out.site_folders.push_back(argument);
      continue;
    }
    std::vector<std::string> left_out;
    const auto found = files_in(argument, left_out);
    if (found.empty()) out.empty_folders.push_back(argument);
    for (const auto& path : found) out.files.push_back({path, false});
    std::sort(left_out.begin(), left_out.end());
    out.left_out.insert(out.left_out.end(), left_out.begin(), left_out.end());
  }
  return out;
}

std::string resolved_path(const std::string& path) {
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? path : resolved.string();
}

}  // namespace styrdok
