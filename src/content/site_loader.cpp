#include "content/site_loader.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <tuple>

#include "content/edition_file.h"
#include "content/file_name.h"
#include "content/plan_loader.h"
#include "content/site_file.h"
#include "content/version_file.h"
#include "core/edit_distance.h"
#include "core/limits.h"
#include "core/parallel.h"
#include "core/slug.h"

namespace styrdok {

namespace {

struct VersionSource {
  std::size_t document;  // index into the documents being assembled
  std::string path;
  std::string stem;
};

// An edition file (VERSION.LANG.md) and what it parsed into.
struct EditionSource {
  std::size_t document;
  std::string path;
  EditionName name;
  std::optional<Edition> parsed;
  Diagnostics found;
};

// Hands each edition to the version it translates. Reports an edition of a
// version the document does not have (unless that version's file failed to
// load, or is a proposal left out of this build), and two files of one language.
void attach_editions(Site& site, std::vector<EditionSource>& editions,
                     const std::vector<std::vector<std::string>>& failed, Diagnostics& diagnostics) {
  for (auto& e : editions) {
    if (!e.parsed) continue;
    Document& doc = site.documents[e.document];
    auto v = std::find_if(doc.versions.begin(), doc.versions.end(),
                          [&](const Version& version) { return version.id == e.name.version; });
    if (v == doc.versions.end()) {
      const auto& f = failed[e.document];
      const auto& w = doc.withheld_proposals;
      if (std::find(f.begin(), f.end(), e.name.version) != f.end() ||
          std::find(w.begin(), w.end(), e.name.version) != w.end())
        continue;
      std::string ids;
      for (const Version& other : doc.versions) ids += (ids.empty() ? "" : ", ") + other.id;
      diagnostics.error({e.path, 0, 0}, "this edition translates the version '" + e.name.version +
                                            "', but the document has no version file '" + e.name.version + ".md'" +
                                            (ids.empty() ? std::string() : "; its versions are: " + ids));
      continue;
    }
    v->editions.push_back(std::move(*e.parsed));
  }
  for (auto& doc : site.documents)
    for (auto& v : doc.versions)
      std::sort(v.editions.begin(), v.editions.end(),
                [](const Edition& a, const Edition& b) { return a.language < b.language; });
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Checks that need all versions of one document: what each revises, and
// that no two adopted versions come into force on the same day. `failed`
// holds the names of its version files that did not load: a version that
// revises one of them has been reported there already.
void check_revisions(const Document& doc, const std::vector<std::string>& failed, Diagnostics& diagnostics) {
  const auto find = [&](const std::string& id) {
    return std::find_if(doc.versions.begin(), doc.versions.end(), [&](const Version& v) { return v.id == id; });
  };
  std::map<Date, const Version*> starts;
  const Version* latest_start = nullptr;  // of the adopted versions so far, the one that starts last
  const Version* undated = nullptr;       // the first adopted version with no date at all
  for (const Version& v : doc.versions) {
    // `replaces` followed back: a version that comes round to itself.
    const Version* at = &v;
    for (std::size_t steps = 0; at && at->replaces && steps < doc.versions.size(); ++steps) {
      const auto it = find(*at->replaces);
      at = it == doc.versions.end() ? nullptr : &*it;
      if (at == &v) {
        diagnostics.error(v.replaces_location, "replaces '" + *v.replaces +
                                                   "', which in turn comes back to this version through 'replaces'; "
                                                   "name the version each one revises, the oldest naming none");
        break;
      }
    }
    if (v.replaces && std::find(failed.begin(), failed.end(), *v.replaces) == failed.end()) {
      const auto it = find(*v.replaces);
      if (it == doc.versions.end() || &*it == &v) {
        std::string ids;
        for (const Version& other : doc.versions) {
          if (&other != &v) ids += (ids.empty() ? "" : ", ") + other.id;
        }
        diagnostics.error(v.replaces_location, "replaces '" + *v.replaces +
                                                   "', but this document has no other version with that name" +
                                                   (ids.empty() ? std::string() : "; its versions are: " + ids));
      } else if (v.decision_date && it->decision_date && *v.decision_date < *it->decision_date) {
        diagnostics.error(v.replaces_location,
                          std::string(v.status == VersionStatus::proposal ? "the proposal" : "the version") +
                              " is dated " + v.decision_date->iso() + ", before the version it revises ('" + it->id +
                              "', decided " + it->decision_date->iso() + ")");
      }
    }
    if (v.status != VersionStatus::adopted) continue;
    if (auto start = start_of(v)) {
      if (auto [it, inserted] = starts.emplace(*start, &v); !inserted) {
        diagnostics.error({v.source_path, 0, 0}, "this version and '" + it->second->id + "' both come into force on " +
                                                     start->iso() + "; set valid_from so that one follows the other");
      } else if (latest_start && *start < *start_of(*latest_start)) {
        // The earlier version would end before it began: which one applied is not known.
        diagnostics.error({v.source_path, 0, 0},
                          "this version comes into force on " + start->iso() + ", before '" + latest_start->id +
                              "', which comes before it (decided earlier, or the version it revises) and comes "
                              "into force on " +
                              start_of(*latest_start)->iso() +
                              "; correct decision_date or valid_from, so that each version starts after the one "
                              "before it");
      }
      if (!latest_start || *start > *start_of(*latest_start)) latest_start = &v;
    } else if (!undated) {
      undated = &v;
    } else if (!v.replaces) {
      // Two versions with no date: which one is newer, and in force, is unknown.
      diagnostics.error({v.source_path, 0, 0},
                        "neither this version nor '" + undated->id +
                            "' has a decision_date or valid_from, so which one is newer is not known; give the newer "
                            "one its dates, or 'replaces: " +
                            undated->id + "'");
    }
  }
}

// A repeal ends the document: it is written in its newest adopted version.
void take_repeal(Document& doc, Diagnostics& diagnostics) {
  const Version* newest = nullptr;
  for (const Version& v : doc.versions)
    if (v.status == VersionStatus::adopted) newest = &v;
  for (Version& v : doc.versions) {
    if (!v.repeal) continue;
    if (&v == newest) {
      doc.repeal = std::move(v.repeal);
    } else {
      diagnostics.error(v.repeal->where,
                        "'repealed' is written in an older version; a repeal ends the whole "
                        "document, so write it in its newest adopted version ('" +
                            newest->id + "')");
    }
    v.repeal.reset();
  }
}

}  // namespace

void sort_versions(std::vector<Version>& versions) {
  const auto key = [](const Version& v) { return v.decision_date ? v.decision_date : v.valid_from; };
  std::sort(versions.begin(), versions.end(), [&](const Version& a, const Version& b) {
    const auto ka = key(a), kb = key(b);
    if (ka.has_value() != kb.has_value()) return !ka.has_value();
    if (ka && *ka != *kb) return *ka < *kb;
    return a.id < b.id;
  });
  // A version after the one it revises: an undated one was put first. A
  // move per pass, at most one pass per version (a cycle of `replaces`,
  // which check_revisions reports, stops there).
  for (std::size_t pass = 0; pass < versions.size(); ++pass) {
    bool moved = false;
    for (std::size_t i = 0; i < versions.size() && !moved; ++i) {
      if (!versions[i].replaces) continue;
      for (std::size_t j = i + 1; j < versions.size(); ++j) {
        if (versions[j].id != *versions[i].replaces) continue;
        std::rotate(versions.begin() + static_cast<std::ptrdiff_t>(i),
                    versions.begin() + static_cast<std::ptrdiff_t>(i + 1),
                    versions.begin() + static_cast<std::ptrdiff_t>(j + 1));
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
}

std::optional<SiteConfig> load_site_config(const FileSystem& files, const std::string& base_url_override,
                                           Diagnostics& diagnostics) {
  if (text_file_too_large(files, kSiteFile, InputLimits{}, diagnostics)) return std::nullopt;
  auto text = files.read(kSiteFile);
  if (!text) {
    diagnostics.error({kSiteFile, 0, 0},
                      "no site file here; run styrdok in a site's folder, or pass --source DIR (see 'styrdok --help')");
    return std::nullopt;
  }
  auto config = parse_site_file(*text, kSiteFile, diagnostics);
  if (config && !base_url_override.empty()) {
    std::string why;
    std::string url = normalize_base_url(base_url_override, &why);
    if (url.empty()) {
      diagnostics.error({"--base-url", 0, 0}, why);
      return std::nullopt;
    }
    config->base_url = url;
  }
  return config;
}

std::optional<Site> load_site(const FileSystem& files, SiteConfig config, const LoadOptions& options,
                              Diagnostics& diagnostics) {
  Diagnostics local;
  Site site;
  std::vector<VersionSource> sources;
  std::vector<EditionSource> edition_sources;

  TakenFollowUp taken;  // what options.models gave: which documents, and their plans and indicators

  std::vector<std::string> org_ids;
  for (const auto& org : config.organisations) org_ids.push_back(org.id);

  for (const auto& org_entry : files.list(kContentDir)) {
    const std::string org_path = join_path(kContentDir, org_entry.name);
    if (!org_entry.is_directory) continue;  // a README beside the folders is fine
    if (!config.find_organisation(org_entry.name)) {
      std::string message = "the folder '" + org_entry.name + "' is not an organisation declared in site.yaml";
      if (auto s = closest_match(org_entry.name, org_ids); !s.empty()) message += "; did you mean '" + s + "'?";
      local.error({org_path, 0, 0}, message);
      continue;
    }
    std::map<std::string, std::string> slug_owner;  // slug -> folder that has it
    for (const auto& doc_entry : files.list(org_path)) {
      if (!doc_entry.is_directory) continue;
      const std::string doc_path = join_path(org_path, doc_entry.name);
      std::string slug = slugify(doc_entry.name);
      if (slug.empty()) {
        local.error({doc_path, 0, 0}, "the folder name gives no web address; use letters or digits in it");
        continue;
      }
      if (auto [it, inserted] = slug_owner.emplace(slug, doc_path); !inserted) {
        local.error({doc_path, 0, 0}, "two documents have the same address '" + org_entry.name + "/" + slug +
                                          "/': this folder and '" + it->second + "'; rename one of them");
        continue;
      }
      const std::size_t index = site.documents.size();
      if (auto kept = options.models ? options.models->take(doc_path) : std::nullopt) {
        site.documents.push_back(std::move(kept->document));  // as the last build left it: read, checked, completed
        std::move(kept->plans.begin(), kept->plans.end(), std::back_inserter(taken.plans));
        std::move(kept->indicators.begin(), kept->indicators.end(), std::back_inserter(taken.indicators));
        taken.documents.push_back(true);
        continue;
      }
      taken.documents.push_back(false);
      Document doc;
      doc.organisation_id = org_entry.name;
      doc.slug = std::move(slug);
      doc.source_dir = doc_path;
      for (const auto& file : files.list(doc_path)) {
        if (file.is_directory) continue;
        if (!ends_with(file.name, ".md")) {
          report_near_miss(join_path(doc_path, file.name), file.name, ".md", local);
          continue;
        }
        if (auto name = split_edition_name(file.name.substr(0, file.name.size() - 3))) {
          edition_sources.push_back({index, join_path(doc_path, file.name), std::move(*name), std::nullopt, {}});
          continue;
        }
        sources.push_back({index, join_path(doc_path, file.name), file.name.substr(0, file.name.size() - 3)});
      }
      site.documents.push_back(std::move(doc));
    }
  }

  // Parse every version in parallel; each writes only its own slot.
  std::vector<std::optional<Version>> parsed(sources.size());
  std::vector<Diagnostics> found(sources.size());
  parallel_for(sources.size(), options.jobs, [&](std::size_t i) {
    const std::string labels = options.labels.block_link_label + '\n' + options.labels.table_label + '\n' +
                               options.labels.footnotes_label + '\n' + options.labels.footnote_back_label;
    auto* cache = options.cache ? &options.cache->versions : nullptr;
    if (cache && cache->validation() == CacheValidation::told) {
      if (auto entry = cache->find(sources[i].path, labels)) {
        parsed[i] = std::move(entry->value);
        found[i] = std::move(entry->diagnostics);
        return;
      }
    }
    if (text_file_too_large(files, sources[i].path, options.labels.limits, found[i], kVersionFileAdvice)) return;
    auto text = files.read(sources[i].path);
    if (!text) {
      found[i].error({sources[i].path, 0, 0}, "cannot read the file");
      return;
    }
    if (!cache) {
      parsed[i] = parse_version(*text, sources[i].path, sources[i].stem, options.labels, found[i]);
      return;
    }
    auto entry = cache->find(sources[i].path, *text, labels);
    if (!entry) {
      entry.emplace();
      entry->value = parse_version(*text, sources[i].path, sources[i].stem, options.labels, entry->diagnostics);
      cache->store(sources[i].path, std::move(*text), labels, *entry);
    }
    parsed[i] = std::move(entry->value);
    found[i] = std::move(entry->diagnostics);
  });
  // Editions too; they are few and small, so serve parses them on every build.
  parallel_for(edition_sources.size(), options.jobs, [&](std::size_t i) {
    EditionSource& e = edition_sources[i];
    if (text_file_too_large(files, e.path, options.labels.limits, e.found, kVersionFileAdvice)) return;
    auto text = files.read(e.path);
    if (!text) {
      e.found.error({e.path, 0, 0}, "cannot read the file");
      return;
    }
    e.parsed = parse_edition(*text, e.path, e.name, options.labels, e.found);
  });
  for (auto& e : edition_sources) local.merge(e.found);
  if (options.cache) {
    std::vector<std::string> paths;
    for (const auto& s : sources) paths.push_back(s.path);
    options.cache->versions.keep_only(paths);
  }
  std::vector<std::vector<std::string>> failed(site.documents.size());  // names of version files that did not load
  for (std::size_t i = 0; i < sources.size(); ++i) {
    local.merge(found[i]);
    if (parsed[i]) {
      site.documents[sources[i].document].versions.push_back(std::move(*parsed[i]));
    } else {
      failed[sources[i].document].push_back(sources[i].stem);
    }
  }

  std::vector<bool> had_sources(site.documents.size(), false);  // by index, not by path: linear in the site
  for (const auto& source : sources) had_sources[source.document] = true;
  for (std::size_t d = 0; d < site.documents.size(); ++d) {
    if (taken.documents[d]) continue;
    auto& doc = site.documents[d];
    if (const std::size_t count = doc.versions.size() + failed[d].size(); count > options.labels.limits.versions) {
      local.error({doc.source_dir, 0, 0},
                  "the document has " + std::to_string(count) + " versions, more than the " +
                      std::to_string(options.labels.limits.versions) +
                      " styrdok publishes for one document (each pair of them gets a comparison); keep the oldest "
                      "in a document of their own");
      continue;
    }
    sort_versions(doc.versions);
    check_revisions(doc, failed[d], local);
    take_repeal(doc, local);
    if (!options.include_proposals) {
      for (const Version& v : doc.versions) {
        if (v.status == VersionStatus::proposal) doc.withheld_proposals.push_back(v.id);
      }
      std::erase_if(doc.versions, [](const Version& v) { return v.status == VersionStatus::proposal; });
    }
    if (!had_sources[d]) {
      local.error({doc.source_dir, 0, 0},
                  "the document has no version file; add one named after its decision date, e.g. 2024-03-21.md");
    }
  }
  attach_editions(site, edition_sources, failed, local);
  // The documents with versions, in order of address (which documents were
  // taken goes with them).
  {
    std::vector<std::size_t> order;
    for (std::size_t d = 0; d < site.documents.size(); ++d)
      if (!site.documents[d].versions.empty()) order.push_back(d);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Document& x = site.documents[a];
      const Document& y = site.documents[b];
      return std::tie(x.organisation_id, x.slug) < std::tie(y.organisation_id, y.slug);
    });
    std::vector<Document> documents;
    std::vector<bool> taken_documents;
    documents.reserve(order.size());
    for (const std::size_t d : order) {
      documents.push_back(std::move(site.documents[d]));
      taken_documents.push_back(taken.documents[d]);
    }
    site.documents = std::move(documents);
    taken.documents = std::move(taken_documents);
  }

  if (!local.has_errors())
    load_plans(files, site, options.jobs, options.cache, options.labels.limits, local, std::move(taken));

  site.config = std::move(config);
  local.sort();
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return site;
}

}  // namespace styrdok
