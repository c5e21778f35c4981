#include "render/published_files.h"

#include <map>

#include "markdown/text_file.h"

namespace styrdok {

std::vector<PublishedFile> published_files(const Site& site) {
  std::map<std::string, std::string> by_output;
  auto add = [&](const Body& body, const std::string& path) {
    for (const auto& link : body.links) {
      auto file = text_file(path, link.url, link.image ? FileUse::picture : FileUse::attachment);
      if (file && !file->output.empty()) by_output.try_emplace(std::move(file->output), std::move(file->file));
    }
  };
  for (const auto& doc : site.documents) {
    for (const auto& v : doc.versions) {
      add(*v.body, v.source_path);
      for (const auto& e : v.editions) add(*e.body, e.source_path);
    }
  }
  std::vector<PublishedFile> out;
  out.reserve(by_output.size());
  for (auto& [output, file] : by_output) out.push_back({output, std::move(file)});
  return out;
}

}  // namespace styrdok
