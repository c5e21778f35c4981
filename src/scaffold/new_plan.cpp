// `styrdok new plan` and `styrdok new indicator`: see scaffold.h.
#include <string>

#include "content/plan_loader.h"
#include "content/site_loader.h"
#include "core/slug.h"
#include "scaffold/scaffold.h"

namespace styrdok {

namespace {

// The words a new plan or indicator holds until the clerk replaces them.
struct PlanWords {
  const char* plan_title;  // before the document's title
  const char* action_title;
  const char* plan_note;
  const char* indicator_name;
  const char* unit;
  const char* indicator_note;
};

const PlanWords kSwedish = {"Handlingsplan – ",
                            "Beskriv den första åtgärden här",
                            "Planen är inte ifylld än: åtgärderna är platshållare.",
                            "Ny indikator",
                            "procent",
                            "Indikatorn är inte ifylld än: mål och värden är platshållare."};
const PlanWords kEnglish = {"Action plan – ",
                            "Describe the first action here",
                            "The plan is not filled in yet: its actions are placeholders.",
                            "New indicator",
                            "percent",
                            "The indicator is not filled in yet: its target and values are placeholders."};

// The words of the site's language; nullopt (reported) when site.yaml
// cannot be read.
const PlanWords* words_of(const FileSystem& site, Diagnostics& diagnostics) {
  const auto config = load_site_config(site, "", diagnostics);
  if (!config) return nullptr;
  return config->language == Language::en ? &kEnglish : &kSwedish;
}

// The heading anchors of a version, as a goal may name them: "syfte, mal".
std::string anchors_of(const Version& version) {
  std::string out;
  for (const auto& h : version.body->toc) out += (out.empty() ? "" : ", ") + h.anchor;
  return out.empty() ? "(none)" : out;
}

// The goal to start from: the first heading, else the first paragraph.
std::string first_goal(const Version& version) {
  if (!version.body->toc.empty()) return version.body->toc.front().anchor;
  return version.body->blocks.empty() ? "" : version.body->blocks.front().id;
}

// Checks that `name` can be a file name (and address) and that the file is
// not there yet; returns its path, or "" (reported).
std::string new_path(const std::string& dir, const std::string& name, const std::string& option, const FileSystem& site,
                     Diagnostics& diagnostics) {
  const std::string path = join_path(dir, name + ".yaml");
  if (name.empty() || slugify(name) != name) {
    const std::string suggestion = slugify(name);
    diagnostics.error({path, 0, 0}, option + " '" + name +
                                        "' cannot be a file name and web address; use lower-case letters, digits "
                                        "and hyphens" +
                                        (suggestion.empty() ? "" : ", e.g. '" + suggestion + "'"));
    return "";
  }
  if (site.read(path)) {
    diagnostics.error({path, 0, 0}, "the file already exists; nothing was changed");
    return "";
  }
  return path;
}

}  // namespace

std::optional<NewFile> new_plan(const NewPlanRequest& request, const FileSystem& site, Diagnostics& diagnostics) {
  const PlanWords* words = words_of(site, diagnostics);
  auto document = read_document_versions(request.document, site, diagnostics);
  if (!words || !document) return std::nullopt;
  const std::string name = request.name.empty() ? "handlingsplan" : request.name;
  const std::string path = new_path(join_path(document->dir, kPlansDir), name, "--name", site, diagnostics);
  auto scaffold = read_scaffold(site, "plan.yaml", diagnostics);
  if (path.empty() || !scaffold) return std::nullopt;
  const Version& base = document->base();
  const Values values = {{"title", yaml_value(request.title.empty() ? words->plan_title + base.title : request.title)},
                         {"version", "\"" + base.id + "\""},
                         {"example_note", yaml_value(words->plan_note)},
                         {"name", name},
                         {"action_title", yaml_value(words->action_title)},
                         {"goal", first_goal(base)},
                         {"anchors", anchors_of(base)}};
  return NewFile{path, fill(*scaffold, values),
                 "Write the plan's actions in " + path +
                     " (or in a spreadsheet: see docs/content-format.md), remove example_note, then run "
                     "'styrdok check'."};
}

std::optional<NewFile> new_indicator(const NewIndicatorRequest& request, const FileSystem& site,
                                     Diagnostics& diagnostics) {
  const PlanWords* words = words_of(site, diagnostics);
  auto document = read_document_versions(request.document, site, diagnostics);
  if (!words || !document) return std::nullopt;
  const std::string name = request.name.empty() ? words->indicator_name : request.name;
  std::string id = request.id;
  if (id.empty()) id = request.name.empty() ? "indikator" : slugify(request.name);
  const std::string path = new_path(join_path(document->dir, kIndicatorsDir), id, "--id", site, diagnostics);
  auto scaffold = read_scaffold(site, "indicator.yaml", diagnostics);
  if (path.empty() || !scaffold) return std::nullopt;
  const Version& base = document->base();
  const Values values = {{"name", yaml_value(name)},
                         {"unit", yaml_value(words->unit)},
                         {"goal", request.goal.empty() ? first_goal(base) : yaml_value(request.goal)},
                         {"anchors", anchors_of(base)},
                         {"baseline_year", std::to_string(request.year)},
                         {"target_year", std::to_string(request.year + 4)},
                         {"example_note", yaml_value(words->indicator_note)},
                         {"id", id}};
  return NewFile{path, fill(*scaffold, values),
                 "Fill in the goal, baseline, target and measurements in " + path +
                     ", remove example_note, then run 'styrdok check'."};
}

}  // namespace styrdok
