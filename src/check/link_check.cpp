#include "check/link_check.h"

#include "model/edition_staleness.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/edit_distance.h"
#include "core/text.h"
#include "core/url_scheme.h"
#include "markdown/text_file.h"
#include "model/standing.h"

namespace styrdok {

namespace {

// "mailto:", "https:": a link that leaves the site (or, with a scheme that is
// not allowed, "javascript:", one the renderer showed as text and warned of).
bool has_scheme(const std::string& url) { return !url_scheme(url).scheme.empty(); }

// The anchors of a text, sorted, each once.
std::vector<std::string> anchors_of(const Body& body) {
  std::vector<std::string> out;
  out.reserve(body.blocks.size() + body.toc.size());
  for (const auto& b : body.blocks) out.push_back(b.id);
  for (const auto& h : body.toc) out.push_back(h.anchor);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The version a link to a page shows: the version itself, or a document's
// version in force on `day`. Null for other pages.
const Version* version_shown(const Site& site, const Page& page, Date day) {
  const bool has_document = page.kind == PageKind::document || page.kind == PageKind::version;
  if (!has_document || page.document >= site.documents.size()) return nullptr;
  const Document& doc = site.documents[page.document];
  if (page.kind == PageKind::version) return &doc.versions[page.version];
  const int current = current_version_index(doc, day);
  return current < 0 ? nullptr : &doc.versions[static_cast<std::size_t>(current)];
}

class LinkChecker {
 public:
  LinkChecker(const Site& site, const std::vector<Page>& pages, const std::vector<std::string_view>& published,
              const FileSystem& files, Date day, Diagnostics& diagnostics)
      : site_(site), files_(files), day_(day), diagnostics_(diagnostics), pages_(pages), published_list_(published) {}

  // A version's text or an edition's, in the file `path`.
  void check(const Document& doc, const Body& body, const std::string& path) {
    // What a text's links need is made at the first that needs it, once.
    anchors_.clear();
    suggestions_left_ = kListedPerFile;
    for (const auto& link : body.links) {
      const SourceLocation where{path, link.line, link.column};
      if (link.url.empty()) {
        // "[tom]()" becomes a link that goes nowhere, with nothing said.
        diagnostics_.warning(where, link.image ? "the picture names no file between its parentheses; write the "
                                                 "file's name there, or remove the picture"
                                               : "the link has no address between its parentheses, so it leads "
                                                 "nowhere; write where it leads there, or remove the brackets");
        continue;
      }
      if (has_scheme(link.url) || link.url.starts_with("//")) continue;
      if (link.image) {
        beside(link.url, path, where, FileUse::picture);
      } else if (link.url[0] == '#') {
        anchor(link.url.substr(1), anchors(body),
               "link to '" + link.url + "': the text has no heading or paragraph with the anchor '", where);
      } else if (link.url[0] == '/') {
        address(link.url, where);
      } else if (names_attachment(link.url)) {
        beside(link.url, path, where, FileUse::attachment);
      } else {
        diagnostics_.error(where, "link to '" + link.url +
                                      "' is relative; write links within the site as site addresses starting with "
                                      "'/', e.g. '/" +
                                      doc.organisation_id + "/" + doc.slug + "/'");
      }
    }
  }

 private:
  void anchor(const std::string& name, const std::vector<std::string>& anchors, const std::string& message,
              const SourceLocation& where) {
    if (std::binary_search(anchors.begin(), anchors.end(), name)) return;
    diagnostics_.error(where, message + name + "'" + did_you_mean(name, anchors));
  }

  // The anchors of `body`, made once for the text being checked.
  const std::vector<std::string>& anchors(const Body& body) {
    auto [at, made] = anchors_.try_emplace(&body);
    if (made) at->second = anchors_of(body);
    return at->second;
  }

  // "; did you mean ...?" for the first problems of a text only: a person
  // is shown no more of them (listed_per_file), and each suggestion compares
  // with every candidate, so that thousands would cost their number
  // multiplied by the candidates'.
  std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
    if (suggestions_left_ == 0) return "";
    --suggestions_left_;
    const auto s = closest_match(word, candidates);
    return s.empty() ? "" : "; did you mean '" + s + "'?";
  }

  void address(const std::string& url, const SourceLocation& where) {
    index();
    const auto hash = url.find('#');
    std::string path = url.substr(1, std::min(url.find('?'), hash) - 1);
    if (path.ends_with("index.html")) path.resize(path.size() - 10);
    if (!path.empty() && path.back() != '/' && !published_.contains(path) && by_url_.contains(path + "/")) path += '/';
    const auto page = by_url_.find(path);
    if (page == by_url_.end()) {
      if (published_.contains(path)) return;  // a theme file, e.g. /assets/logo.svg
      diagnostics_.error(where, "link to '" + url + "': no page has the address '/" + path + "'" +
                                    did_you_mean("/" + path, addresses()));
      return;
    }
    if (hash == std::string::npos || hash + 1 == url.size()) return;
    const Version* target = version_shown(site_, *page->second, day_);
    if (!target) return;
    anchor(url.substr(hash + 1), anchors(*target->body),
           "link to '" + url + "': '/" + path + "' has no heading or paragraph with the anchor '", where);
  }

  // Whether a relative link names a file ("bilaga-1.pdf") rather than a page
  // ("../plan/", "2020-01-01.md", "index.html"), which a relative link cannot.
  static bool names_attachment(std::string_view url) {
    const std::string_view path = url.substr(0, url.find_first_of("?#"));
    return has_file_kind(path) && !path.ends_with(".html") && !path.ends_with(".htm") && !path.ends_with(".md");
  }

  // `url`, written in the text in the file `path`, names a picture it shows
  // or an attachment it links to: one the site publishes from beside the
  // text (markdown/text_file.h), or (a picture) a file of the site by its
  // address.
  void beside(const std::string& url, const std::string& path, const SourceLocation& where, FileUse use) {
    const bool picture = use == FileUse::picture;
    const std::string named = (picture ? "image '" : "link to '") + url + "'";
    if (url[0] == '/') {
      index();
      if (!published_.contains(url.substr(1))) {
        diagnostics_.error(where, named + " does not exist: no file of the site has this address");
      }
      return;
    }
    const TextFile file = *text_file(path, url, use);  // a relative path: it has no scheme, '/' or '#'
    if (const auto backslash = url.find('\\'); backslash != std::string::npos) {
      std::string written = url;
      std::replace(written.begin(), written.end(), '\\', '/');
      diagnostics_.error(
          where, named + " has a '\\' between folders, as Windows writes them; write '/' instead: '" + written + "'");
      return;
    }
    if (file.file.empty()) {
      diagnostics_.error(where, named + " cannot name a file: an encoded '/', '\\', '..' or NUL is in it");
      return;
    }
    if (file.file == ".." || file.file.starts_with("../")) {
      diagnostics_.error(where, picture ? named + " lies outside the site's folder; keep images inside the site"
                                        : named + " leads outside the site's folder; keep attachments inside the site");
      return;
    }
    // Its kind only: the file is not read here (it may be large, or a device).
    if (!is_file(file.file)) {
      const auto refused = files_.refusals();  // the file system says why, naming the file
      if (std::none_of(refused.begin(), refused.end(),
                       [&](const Refusal& r) { return file.file == r.path || file.file.starts_with(r.path + "/"); }))
        diagnostics_.error(where, picture ? named + " does not exist: no file " + file.file
                                          : named + ": there is no file " + file.file);
      return;
    }
    if (file.output.empty()) {
      if (picture && !is_picture_file(file.file)) {
        diagnostics_.error(where, named + " is not a picture the site publishes; use a file of one of these kinds: " +
                                      std::string(kPictureFileKinds));
      } else if (!picture && !is_attachment_file(file.file)) {
        diagnostics_.error(where, named +
                                      " is not a kind of file the site publishes as an attachment; use one of these "
                                      "kinds: " +
                                      std::string(kAttachmentFileKinds));
      } else {
        diagnostics_.error(where, named + (picture ? " lies" : " leads") + " outside the content folder (" + file.file +
                                      "), so it would not be published; keep a text's " +
                                      (picture ? "images" : "attachments") + " in its document's folder");
      }
      return;
    }
    index();
    if (published_.contains(file.output)) {
      diagnostics_.error(where, named + " would be published at '/" + file.output +
                                    "', where the site has a page or theme file; rename or move it");
    }
  }

  // Whether `path` is a file, asked of the file system once per path: a text
  // may show one picture in a great many places.
  bool is_file(const std::string& path) {
    auto [at, asked] = files_asked_.try_emplace(path, false);
    if (asked) at->second = files_.is_file(path);
    return at->second;
  }

  // The pages and files by address, made at the first link that needs them:
  // a site whose texts link to no page of it does not pay for them.
  void index() {
    if (indexed_) return;
    indexed_ = true;
    published_.reserve(published_list_.size());
    published_.insert(published_list_.begin(), published_list_.end());
    by_url_.reserve(pages_.size());
    for (const auto& p : pages_) by_url_.emplace(p.url, &p);
  }

  // The addresses a mistyped link most likely meant: documents, versions
  // and organisations (only needed for an error, so made then, once).
  const std::vector<std::string>& addresses() {
    if (addresses_) return *addresses_;
    addresses_.emplace();
    for (const auto& p : pages_) {
      if (p.kind == PageKind::document || p.kind == PageKind::version || p.kind == PageKind::organisation) {
        addresses_->push_back("/" + p.url);
      }
    }
    return *addresses_;
  }

  const Site& site_;
  const FileSystem& files_;
  Date day_;
  Diagnostics& diagnostics_;
  const std::vector<Page>& pages_;
  const std::vector<std::string_view>& published_list_;
  bool indexed_ = false;
  // Views of strings that outlive the checker (the pages and `published`).
  std::unordered_set<std::string_view, StringHash, std::equal_to<>> published_;
  std::unordered_map<std::string_view, const Page*, StringHash, std::equal_to<>> by_url_;
  std::optional<std::vector<std::string>> addresses_;
  std::unordered_map<std::string, bool> files_asked_;  // is_file's answers, by path
  // For the text being checked: the anchors of the texts it links to, and
  // how many more of its problems get a suggestion.
  std::unordered_map<const Body*, std::vector<std::string>> anchors_;
  std::size_t suggestions_left_ = 0;
};

}  // namespace

void check_links(const Site& site, const std::vector<Page>& pages, const std::vector<std::string_view>& published,
                 const FileSystem& files, Date day, Diagnostics& diagnostics) {
  LinkChecker checker(site, pages, published, files, day, diagnostics);
  for (const auto& doc : site.documents) {
    for (const auto& v : doc.versions) {
      checker.check(doc, *v.body, v.source_path);
      for (const auto& e : v.editions) checker.check(doc, *e.body, e.source_path);
    }
  }
}

void check_revision_due(const Site& site, Date day, Diagnostics& diagnostics) {
  for (const auto& doc : site.documents) {
    const auto due = revision_due(doc, day, site.config.revision_warning_months);
    if (!due) continue;
    const std::string& path = doc.versions[due->version].source_path;
    switch (due->why) {
      case RevisionDue::Why::review_date_passed:
        diagnostics.warning({path, 0, 0}, "due for revision: the review date " + due->date.iso() + " has passed");
        break;
      case RevisionDue::Why::ends:
        diagnostics.warning({path, 0, 0}, "due for revision: its last day in force is " + due->date.iso());
        break;
      case RevisionDue::Why::ended:
        diagnostics.warning({path, 0, 0}, "due for revision: its last day in force was " + due->date.iso());
        break;
    }
  }
}

void check_empty_versions(const Site& site, Diagnostics& diagnostics) {
  for (const auto& doc : site.documents) {
    for (const auto& v : doc.versions) {
      if (v.body && v.body->blocks.empty())
        diagnostics.warning({v.source_path, 0, 0},
                            "the version has no text; write it after the front matter (below the second '---'), "
                            "or import its source again once the text can be read");
    }
  }
}

void check_stale_editions(const Site& site, Date day, Diagnostics& diagnostics) {
  for (const auto& doc : site.documents) {
    for (std::size_t v = 0; v < doc.versions.size(); ++v) {
      for (std::size_t e = 0; e < doc.versions[v].editions.size(); ++e) {
        const Edition& edition = doc.versions[v].editions[e];
        const EditionStaleness st = edition_staleness(doc, v, e, day);
        if (!st.stale) continue;
        std::string message = "out-of-date edition: the version it translates ('" + doc.versions[v].id + "') ";
        message += st.source == Standing::repealed ? "was repealed" : "no longer applies";
        if (st.since)
          message +=
              " since " + st.since->iso() + " (" + std::to_string(st.days) + (st.days == 1 ? " day" : " days") + ")";
        if (st.current >= 0) {
          const Version& current = doc.versions[static_cast<std::size_t>(st.current)];
          message += st.current_edition >= 0 ? "; the version in force ('" + current.id + "') has its own edition"
                                             : "; translate the version in force ('" + current.id + "') as " +
                                                   current.id + "." + edition.language + ".md";
        }
        diagnostics.warning({edition.source_path, 0, 0}, message);
      }
    }
  }
}

}  // namespace styrdok
