#include "render/published_images.h"

#include <map>

#include "markdown/text_image.h"

namespace styrdok {

std::vector<PublishedImage> published_images(const Site& site) {
  std::map<std::string, std::string> by_output;
  auto add = [&](const Body& body, const std::string& path) {
    for (const auto& link : body.links) {
      if (!link.image) continue;
      auto image = text_image(path, link.url);
      if (image && !image->output.empty()) by_output.try_emplace(std::move(image->output), std::move(image->file));
    }
  };
  for (const auto& doc : site.documents) {
    for (const auto& v : doc.versions) {
      add(*v.body, v.source_path);
      for (const auto& e : v.editions) add(*e.body, e.source_path);
    }
  }
  std::vector<PublishedImage> out;
  out.reserve(by_output.size());
  for (auto& [output, file] : by_output) out.push_back({output, std::move(file)});
  return out;
}

}  // namespace styrdok
