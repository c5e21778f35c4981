#include "import/files_to_import.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "core/file_system.h"
#include "import/importer.h"
#include "markdown/text_file.h"

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
    const std::string extension = file_kind(name);
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
      out.files.push_back({argument, true, ""});
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
    for (const auto& path : found) out.files.push_back({path, false, ""});
    std::sort(left_out.begin(), left_out.end());
    out.left_out.insert(out.left_out.end(), left_out.begin(), left_out.end());
  }
  // The files a Word file found in a folder links to, with the first such
  // file (in the order of import) that does; a file already found linked
  // does not count as linking (two documents linking to each other: the
  // first is imported, with the second).
  std::map<std::string, std::string> linked;  // resolved path -> the Word file linking to it
  for (const auto& file : out.files) {
    if (file.named || file_kind(file.path) != ".docx" || linked.contains(resolved_path(file.path))) continue;
    std::string error;
    const auto bytes = read_file_to_import(file.path, error);
    if (!bytes) continue;  // the import of it says why
    const fs::path folder = fs::path(file.path).parent_path();
    for (const auto& to : linked_attachments(*bytes, file.path))
      linked.emplace(resolved_path((folder / to).string()), file.path);
  }
  for (auto& file : out.files) {
    if (file.named) continue;
    if (const auto by = linked.find(resolved_path(file.path)); by != linked.end() && by->second != file.path)
      file.linked_from = by->second;
  }
  // Those after the others: the Word files linking to them first.
  std::stable_partition(out.files.begin(), out.files.end(),
                        [](const FileToImport& file) { return file.linked_from.empty(); });
  return out;
}

std::optional<std::string> read_file_to_import(const std::string& path, std::string& error) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    error = fs::exists(path, ec) ? "not a file" : "no such file";
    return std::nullopt;
  }
  constexpr std::uintmax_t kLimit = 512u << 20;
  if (fs::file_size(path, ec) > kLimit) {
    error = "larger than 512 MiB; refused";
    return std::nullopt;
  }
  auto bytes = DiskFileSystem("").read(path);
  if (!bytes) error = "cannot be read";
  return bytes;
}

std::string resolved_path(const std::string& path) {
  std::error_code ec;
  const fs::path resolved = fs::weakly_canonical(path, ec);
  return ec ? path : resolved.string();
}

}  // namespace styrdok
