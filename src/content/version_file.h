// Parses one version file (YAML front matter between '---' lines, then
// Markdown) into a Version. Pure: the caller supplies the text and the path.
// The file name (without ".md") is the version's permanent id; it must be the
// decision date, or a name of the clerk's choosing when that date is unknown.
#pragma once

#include <optional>
#include <string>

#include "content/yaml_fields.h"
#include "core/error.h"
#include "markdown/markdown_renderer.h"
#include "model/site.h"

namespace styrdok {

// The YAML of front matter starts on the line after the opening '---'.
inline constexpr int kFrontMatterFirstLine = 2;

struct FrontMatterSplit {
  std::string yaml;
  std::string body;
  int yaml_first_line = kFrontMatterFirstLine;  // line of the file on which the YAML starts
  int body_first_line = 1;                      // line of the file on which the body starts
};

// Finds the front matter. Reports a file that does not start with '---' or
// never closes it.
std::optional<FrontMatterSplit> split_front_matter(const std::string& text, const std::string& path,
                                                   Diagnostics& diagnostics);

// A Markdown file's front matter, read: where it splits and its metadata.
struct FrontMatter {
  FrontMatterSplit split;
  YAML::Node metadata;  // a mapping
};

// What every Markdown file with front matter (a version, an edition) goes
// through before its keys are read: the text's size and nesting limits,
// UTF-8, the split, the YAML parsed within `limits`, and a mapping.
// Reports what is wrong and returns nullopt.
std::optional<FrontMatter> read_front_matter(const std::string& text, const std::string& path,
                                             const InputLimits& limits, Diagnostics& diagnostics);

// The keys a version's front matter may hold, in the order docs list them.
const std::vector<std::string>& version_keys();

// `labels` supplies the accessible names the rendered body uses.
std::optional<Version> parse_version(const std::string& text, const std::string& path, const std::string& file_stem,
                                     const MarkdownOptions& labels, Diagnostics& diagnostics);

}  // namespace styrdok
