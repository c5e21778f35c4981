#include "content/plan_loader.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "content/file_name.h"
#include "content/indicator_file.h"
#include "content/parse_cache.h"
#include "content/plan_file.h"
#include "core/edit_distance.h"
#include "core/parallel.h"

namespace styrdok {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A YAML file and the CSV of the same name beside it, if any.
struct Pair {
  std::size_t document;
  std::string stem;
  std::string yaml_path;
  std::optional<std::string> csv_path;
};

std::vector<Pair> find_pairs(const FileSystem& files, const std::string& dir, std::size_t document,
                             Diagnostics& diagnostics) {
  std::vector<Pair> out;
  std::set<std::string> yaml_stems;
  std::vector<std::string> csv_stems;
  for (const auto& entry : files.list(dir)) {
    if (entry.is_directory) {
      // A folder named like the file would otherwise drop every measurement or action silently.
      if (ends_with(entry.name, ".yaml") || ends_with(entry.name, ".csv")) {
        diagnostics.error({join_path(dir, entry.name), 0, 0},
                          "this is a folder, not a file; a plan's or an indicator's YAML and CSV must be files");
      }
      continue;
    }
    if (ends_with(entry.name, ".yaml"))
      yaml_stems.insert(entry.name.substr(0, entry.name.size() - 5));
    else if (!ends_with(entry.name, ".csv"))
      report_near_miss(join_path(dir, entry.name), entry.name, ".yaml", diagnostics);
    if (ends_with(entry.name, ".csv")) csv_stems.push_back(entry.name.substr(0, entry.name.size() - 4));
  }
  for (const auto& stem : yaml_stems) {
    Pair p{document, stem, join_path(dir, stem + ".yaml"), std::nullopt};
    if (std::find(csv_stems.begin(), csv_stems.end(), stem) != csv_stems.end()) {
      p.csv_path = join_path(dir, stem + ".csv");
    }
    out.push_back(std::move(p));
  }
  for (const auto& stem : csv_stems) {
    if (!yaml_stems.count(stem)) {
      diagnostics.error({join_path(dir, stem + ".csv"), 0, 0},
                        "there is no " + stem + ".yaml beside this CSV file; the YAML file holds its title and goal");
    }
  }
  return out;
}

// Every anchor a goal may name in one version, headings then paragraphs,
// until `stop` returns true for one (then true).
template <class Stop>
bool any_anchor(const Version& v, Stop stop) {
  return std::any_of(v.body->toc.begin(), v.body->toc.end(), [&](const auto& h) { return stop(h.anchor); }) ||
         std::any_of(v.body->blocks.begin(), v.body->blocks.end(),
                     [&](const Block& b) { return b.kind != Block::Kind::heading && stop(b.id); });
}

// The anchors goals may name in some versions (a plan's version, or every
// version of an indicator's document), made once for all the goals checked
// against them: looked up per goal, a plan of many actions cost its goals
// times the text's anchors, and each unmet goal its message listing them.
// Views of the versions' anchors, which outlive it: every plan's goals are
// checked on every build, and copying the anchors would cost each plan.
class GoalAnchors {
 public:
  explicit GoalAnchors(const std::vector<const Version*>& versions) {
    for (const Version* v : versions) {
      any_anchor(*v, [&](const std::string& anchor) {
        in_order_.emplace_back(anchor);
        if (anchor.rfind("p-", 0) != 0) headings_.push_back(anchor);
        return false;
      });
    }
    sorted_ = in_order_;
    std::sort(sorted_.begin(), sorted_.end());
  }

  bool contains(const std::string& goal) const { return std::binary_search(sorted_.begin(), sorted_.end(), goal); }

  // The error for a goal that names no anchor: with the closest anchor or,
  // failing one, the headings (the first kListedHeadings). `suggest` is false
  // past the first problems of a file, which are all a person is shown
  // (listed_per_file): a suggestion compares with every anchor.
  std::string unmet(const std::string& goal, const std::string& version_path, bool suggest) const {
    std::string message = "the goal '" + goal + "' is no heading or paragraph in " + version_path;
    if (!suggest) return message;
    if (auto s = closest_match(goal, {in_order_.begin(), in_order_.end()}); !s.empty())
      return message + "; did you mean '" + s + "'?";
    if (headings_.empty()) return message;
    std::string list;
    for (std::size_t i = 0; i < std::min(headings_.size(), kListedHeadings); ++i)
      list += (list.empty() ? "" : ", ") + std::string(headings_[i]);
    if (headings_.size() <= kListedHeadings) return message + "; its headings are: " + list;
    return message + "; its headings include: " + list + " (and " + std::to_string(headings_.size() - kListedHeadings) +
           " more)";
  }

 private:
  static constexpr std::size_t kListedHeadings = 20;
  std::vector<std::string_view> in_order_;  // headings, then paragraphs, version by version
  std::vector<std::string_view> headings_;
  std::vector<std::string_view> sorted_;
};

// Where a cache keeps a pair: its path without the extension.
std::string cache_key(const Pair& p) { return p.yaml_path.substr(0, p.yaml_path.size() - 5); }

// Reads and parses each pair in parallel (or takes it from `cache`, which
// may be null); each writes only its own slot.
template <class T, class Parse>
std::vector<std::optional<T>> parse_all(const FileSystem& files, const std::vector<Pair>& pairs, unsigned jobs,
                                        const InputLimits& limits, ParseCache<T>* cache,
                                        std::vector<Diagnostics>& found, Parse parse) {
  std::vector<std::optional<T>> out(pairs.size());
  parallel_for(pairs.size(), jobs, [&](std::size_t i) {
    const Pair& p = pairs[i];
    const std::string key = cache ? cache_key(p) : "";
    auto take = [&](typename ParseCache<T>::Entry entry) {
      out[i] = std::move(entry.value);
      found[i] = std::move(entry.diagnostics);
    };
    if (cache && cache->validation() == CacheValidation::told) {
      if (auto entry = cache->find(key, "")) return take(std::move(*entry));
    }
    FilePair source{p.yaml_path, "", p.stem, p.csv_path, std::nullopt};
    if (text_file_too_large(files, p.yaml_path, limits, found[i])) return;
    if (p.csv_path && text_file_too_large(files, *p.csv_path, limits, found[i])) return;
    auto text = files.read(p.yaml_path);
    if (!text) return found[i].error({p.yaml_path, 0, 0}, "cannot read the file");
    source.text = std::move(*text);
    if (p.csv_path) {
      source.csv_text = files.read(*p.csv_path);
      if (!source.csv_text) return found[i].error({*p.csv_path, 0, 0}, "cannot read the file");
    }
    if (!cache) {
      out[i] = parse(source, found[i], limits);
      return;
    }
    // Both files' text, told apart by a NUL that text files do not hold.
    std::string texts = source.text + '\0' + (source.csv_text ? "csv\0" + *source.csv_text : "");
    auto entry = cache->find(key, texts, "");
    if (!entry) {
      entry.emplace();
      entry->value = parse(source, entry->diagnostics, limits);
      cache->store(key, std::move(texts), "", *entry);
    }
    take(std::move(*entry));
  });
  if (cache) {
    std::vector<std::string> keys;
    for (const auto& p : pairs) keys.push_back(cache_key(p));
    cache->keep_only(keys);
  }
  return out;
}

}  // namespace

void load_plans(const FileSystem& files, Site& site, unsigned jobs, ContentCache* cache, const InputLimits& limits,
                Diagnostics& diagnostics, TakenFollowUp taken) {
  Diagnostics local;
  std::vector<Pair> plan_files;
  std::vector<Pair> indicator_files;
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    if (d < taken.documents.size() && taken.documents[d]) continue;  // its plans and indicators came with it
    const Document& doc = site.documents[d];
    for (const auto& entry : files.list(doc.source_dir)) {
      if (!entry.is_directory) continue;
      const std::string dir = join_path(doc.source_dir, entry.name);
      if (entry.name == kPlansDir) {
        for (auto& p : find_pairs(files, dir, d, local)) plan_files.push_back(std::move(p));
      } else if (entry.name == kIndicatorsDir) {
        for (auto& p : find_pairs(files, dir, d, local)) indicator_files.push_back(std::move(p));
      }
    }
  }

  std::vector<Diagnostics> plan_found(plan_files.size());
  auto plans =
      parse_all<ActionPlan>(files, plan_files, jobs, limits, cache ? &cache->plans : nullptr, plan_found, parse_plan);
  std::vector<Diagnostics> indicator_found(indicator_files.size());
  auto indicators = parse_all<Indicator>(files, indicator_files, jobs, limits, cache ? &cache->indicators : nullptr,
                                         indicator_found, parse_indicator);

  for (std::size_t i = 0; i < plans.size(); ++i) {
    local.merge(plan_found[i]);
    if (!plans[i]) continue;
    ActionPlan& plan = *plans[i];
    const Document& doc = site.documents[plan_files[i].document];
    plan.organisation_id = doc.organisation_id;
    plan.document_slug = doc.slug;
    auto version = std::find_if(doc.versions.begin(), doc.versions.end(),
                                [&](const Version& v) { return v.id == plan.version_id; });
    if (version == doc.versions.end()) {
      std::string ids;
      for (const auto& v : doc.versions) ids += (ids.empty() ? "" : ", ") + v.id;
      local.error({plan.source_path, 0, 0}, "the plan serves version '" + plan.version_id +
                                                "', but the document has no such version; its versions are: " + ids);
      continue;
    }
    std::optional<GoalAnchors> anchors;  // made at the first goal
    std::size_t unmet = 0;
    for (const ActionRef& ref : flatten(plan)) {
      for (const auto& goal : ref.action->goals) {
        if (!anchors) anchors.emplace(std::vector<const Version*>{&*version});
        if (anchors->contains(goal)) continue;
        local.error(ref.action->goals_where, anchors->unmet(goal, version->source_path, ++unmet <= kListedPerFile));
      }
    }
    site.plans.push_back(std::move(plan));
  }
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    local.merge(indicator_found[i]);
    if (!indicators[i]) continue;
    Indicator& ind = *indicators[i];
    const Document& doc = site.documents[indicator_files[i].document];
    ind.organisation_id = doc.organisation_id;
    ind.document_slug = doc.slug;
    // An indicator belongs to the document: its goal must be in one of its versions.
    std::vector<const Version*> versions;
    for (const auto& v : doc.versions) versions.push_back(&v);
    if (const GoalAnchors anchors(versions); !anchors.contains(ind.goal))
      local.error(ind.goal_where, anchors.unmet(ind.goal, doc.versions.back().source_path, true));
    site.indicators.push_back(std::move(ind));
  }
  // What was taken, loaded and checked already, in its place: by document
  // (the documents' order), each document's in the order it had.
  if (!taken.plans.empty() || !taken.indicators.empty()) {
    const auto by_document = [](const auto& a, const auto& b) {
      return std::tie(a.organisation_id, a.document_slug) < std::tie(b.organisation_id, b.document_slug);
    };
    std::move(taken.plans.begin(), taken.plans.end(), std::back_inserter(site.plans));
    std::stable_sort(site.plans.begin(), site.plans.end(), by_document);
    std::move(taken.indicators.begin(), taken.indicators.end(), std::back_inserter(site.indicators));
    std::stable_sort(site.indicators.begin(), site.indicators.end(), by_document);
  }
  diagnostics.merge(local);
}

}  // namespace styrdok
