#include "markdown/markdown_renderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/slug.h"
#include "core/text.h"
#include "core/url_scheme.h"
#include "markdown/text_file.h"

namespace styrdok {

namespace {

using NodeType = std::string_view;

NodeType type_of(cmark_node* n) { return cmark_node_get_type_string(n); }

std::string literal_of(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? s : "";
}

// Plain text of a node's inline content, for anchors, alt text and search.
void collect_text(cmark_node* node, std::string& out) {
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    const auto t = type_of(c);
    if (t == "text" || t == "code") {
      out += literal_of(c);
    } else if (t == "softbreak" || t == "linebreak") {
      out += ' ';
    } else if (t == "html_inline" || t == "html_block") {
      // raw HTML is not content
    } else {
      if (!out.empty() && cmark_node_first_child(c) && (t == "paragraph" || t == "item" || t == "table_cell") &&
          out.back() != ' ') {
        out += ' ';
      }
      collect_text(c, out);
    }
  }
}

// Whether a link's text is its own address ("https://www.lysekil.se", an
// autolink or one written out; "www.lysekil.se/" for "http://www.lysekil.se"):
// print, which shows each web address after its link, need not show it twice.
bool text_is_address(std::string_view text, std::string_view href) {
  auto bare = [](std::string_view s) {
    for (const std::string_view scheme : {"https://", "http://", "mailto:"})
      if (s.starts_with(scheme)) s.remove_prefix(scheme.size());
    if (s.ends_with('/')) s.remove_suffix(1);
    return s;
  };
  return !text.empty() && bare(text) == bare(href);
}

// The words of a block of raw HTML, without its tags and comments, up to
// 60 bytes of them (whole characters): what a reader would have read.
std::string text_in_html(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html.compare(i, 4, "<!--") == 0) {
      const auto end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
    } else if (html[i] == '<') {
      const auto end = html.find('>', i);
      i = end == std::string_view::npos ? html.size() : end + 1;
      out += ' ';
    } else {
      out += html[i++];
    }
  }
  std::string words;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const bool blank = out[i] == ' ' || out[i] == '\n' || out[i] == '\t' || out[i] == '\r';
    if (blank && (words.empty() || words.back() == ' ')) continue;
    words += blank ? ' ' : out[i];
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  if (words.size() > 60) {
    std::size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(words[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    words = words.substr(0, cut) + "…";
  }
  return words;
}

std::string text_of(cmark_node* node) {
  std::string s;
  collect_text(node, s);
  return trim(s);
}

// A list item's own text, without the items of lists nested in it (they are
// blocks of their own).
std::string item_text(cmark_node* item) {
  std::string s;
  for (cmark_node* c = cmark_node_first_child(item); c; c = cmark_node_next(c)) {
    if (std::string_view(cmark_node_get_type_string(c)) == "list") continue;
    if (!s.empty()) s += ' ';
    collect_text(c, s);
  }
  return trim(s);
}

bool is_site_address(std::string_view url) {
  return url.size() >= 1 && url[0] == '/' && (url.size() == 1 || url[1] != '/');
}

// "/lysekil/riktlinjer/#syfte" -> "/lysekil/riktlinjer/index.html#syfte", so
// that the link also works when the site is opened from disk.
std::string site_address_href(std::string_view url) {
  const auto hash = url.find_first_of("?#");
  std::string path(url.substr(0, hash));
  if (path.back() == '/') path += "index.html";
  return hash == std::string_view::npos ? path : path + std::string(url.substr(hash));
}

int count_tables(cmark_node* document) {
  int tables = 0;
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(document), cmark_iter_free);
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;)
    if (event == CMARK_EVENT_ENTER && type_of(cmark_iter_get_node(iter.get())) == "table") ++tables;
  return tables;
}

class Renderer {
 public:
  Renderer(std::string_view markdown, const MarkdownOptions& options, Diagnostics& diagnostics)
      : markdown_(markdown), options_(options), diagnostics_(diagnostics) {}

  Body render(cmark_node* document) {
    tables_ = count_tables(document);
    for (cmark_node* c = cmark_node_first_child(document); c; c = cmark_node_next(c)) {
      if (cmark_node_get_type(c) == CMARK_NODE_FOOTNOTE_DEFINITION) {
        footnote(c);
      } else {
        block(c, true);
      }
    }
    if (footnotes_ > 0) html_ += "</ol>\n</section>\n";
    warn_of_unused_footnotes(document);
    // Kept for the whole build: without the room appending left.
    body_.html = std::move(html_);
    body_.html.shrink_to_fit();
    body_.blocks.shrink_to_fit();
    body_.toc.shrink_to_fit();
    return std::move(body_);
  }

 private:
  // `linkable`: the block gets its own anchor (top level, and list items).
  void block(cmark_node* n, bool linkable) {
    const auto t = type_of(n);
    if (t == "heading") {
      heading(n);
    } else if (t == "paragraph") {
      if (linkable) {
        const std::string id = open_linkable("p", n);
        inlines(n);
        close_linkable("p", id);
      } else if (in_tight_list_ > 0) {
        inlines(n);
      } else {
        html_ += "<p>";
        inlines(n);
        html_ += "</p>\n";
      }
    } else if (t == "list") {
      list(n);
    } else if (t == "block_quote") {
      const std::string id = linkable ? claim_block_id(n, Block::Kind::quote) : "";
      html_ += id.empty() ? "<blockquote>\n" : "<blockquote id=\"" + id + "\">\n";
      for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) block(c, false);
      html_ += "</blockquote>\n";
    } else if (t == "code_block") {
      html_ += "<pre><code>" + html_escape(literal_of(n)) + "</code></pre>\n";
    } else if (t == "thematic_break") {
      html_ += "<hr>\n";
    } else if (t == "table") {
      table(n, linkable);
    } else if (t == "html_block") {
      // Raw HTML is not passed through; text inside it would go without a
      // word (a comment, or tags alone, is nothing to lose).
      if (const std::string text = text_in_html(literal_of(n)); !text.empty()) {
        diagnostics_.warning(
            {options_.source_path, options_.first_line + cmark_node_get_start_line(n) - 1, 1},
            "HTML is not published, so the text in it is not shown ('" + text + "'); write it as Markdown");
      }
    } else {
      for (cmark_node* c = cmark_node_first_child(n); c; c = cmark_node_next(c)) block(c, false);
    }
  }

  // A footnote's text. cmark-gfm puts the definitions that are referred to
  // after the text, in the order of their first reference, numbered 1, 2, …
  // as their references are: the first opens the section of footnotes.
  void footnote(cmark_node* n) {
    const std::string number = std::to_string(++footnotes_);
    if (footnotes_ == 1) {
      footnotes_anchor_ = ids_.claim("fotnoter");
      section_ = footnotes_anchor_;
      html_ += "<section class=\"footnotes\" aria-labelledby=\"" + footnotes_anchor_ + "\">\n<h2 id=\"" +
               footnotes_anchor_ + "\">" + html_escape(options_.footnotes_label) + "</h2>\n<ol>\n";
      body_.blocks.push_back({Block::Kind::heading, 2, footnotes_anchor_, footnotes_anchor_, options_.footnotes_label});
    }
    const std::string id = ids_.claim("fn-" + number);
    body_.blocks.push_back({Block::Kind::paragraph, 0, id, footnotes_anchor_, text_of(n)});
    html_ += "<li id=\"" + id + "\">";
    // A way back to each place that refers to it (↩, ↩², …), at the end of
    // its last paragraph; the number shown is in the link's name too (WCAG 2.5.3).
    auto ways_back = [&] {
      const auto& refs = footnote_refs_[number];
      for (std::size_t i = 0; i < refs.size(); ++i) {
        const std::string count = i > 0 ? std::to_string(i + 1) : "";
        html_ += " <a class=\"footnote-back\" href=\"#" + refs[i] + "\" aria-label=\"" +
                 html_escape(options_.footnote_back_label) + (count.empty() ? "" : " " + count) +
                 "\"><span class=\"back-arrow\">↩</span>" + (count.empty() ? "" : "<sup>" + count + "</sup>") + "</a>";
      }
    };
    cmark_node* last = cmark_node_last_child(n);
    for (cmark_node* c = cmark_node_first_child(n); c != last; c = cmark_node_next(c)) block(c, false);
    if (last && type_of(last) == "paragraph") {
      html_ += "<p>";
      inlines(last);
      ways_back();
      html_ += "</p>\n";
    } else {
      if (last) block(last, false);
      ways_back();
    }
    html_ += "</li>\n";
  }

  // A reference to footnote `number` (its literal): a link to it, with an
  // anchor of its own for the way back.
  void footnote_reference(cmark_node* n) {
    const std::string number = literal_of(n);
    if (in_heading_) {  // the heading is a link itself
      html_ += "<sup>" + html_escape(number) + "</sup>";
      return;
    }
    auto& refs = footnote_refs_[number];
    const std::string id = ids_.claim("fnref-" + number + (refs.empty() ? "" : "-" + std::to_string(refs.size() + 1)));
    refs.push_back(id);
    html_ += "<sup class=\"footnote-ref\"><a href=\"#fn-" + html_escape(number) + "\" id=\"" + id + "\">" +
             html_escape(number) + "</a></sup>";
  }

  // A definition no text refers to is left out by cmark-gfm: said, with the
  // line it is on, so that its text is not lost without a word. The lines
  // that start a definition it kept are its footnotes' first lines.
  void warn_of_unused_footnotes(cmark_node* document) {
    if (markdown_.find("[^") == std::string_view::npos) return;
    std::set<int> kept;
    for (cmark_node* c = cmark_node_first_child(document); c; c = cmark_node_next(c))
      if (cmark_node_get_type(c) == CMARK_NODE_FOOTNOTE_DEFINITION) kept.insert(cmark_node_get_start_line(c));
    std::map<std::string_view, int> first_line;  // label -> the line that first defines it
    int line = 1;
    for (std::size_t start = 0; start < markdown_.size(); ++line) {
      auto end = markdown_.find('\n', start);
      if (end == std::string_view::npos) end = markdown_.size();
      const std::string_view text = markdown_.substr(start, end - start);
      start = end + 1;
      const auto label = footnote_label(text);
      if (label.empty()) continue;
      const auto [first, added] = first_line.emplace(label, line);
      if (kept.contains(line)) continue;
      const SourceLocation where{options_.source_path, options_.first_line + line - 1, 1};
      const std::string written = "[^" + std::string(label) + "]";
      if (!added) {
        diagnostics_.warning(where, "the footnote '" + written + "' is written twice (first on line " +
                                        std::to_string(options_.first_line + first->second - 1) +
                                        "), so this one is not shown; give it a label of its own");
      } else {
        diagnostics_.warning(where, "the footnote '" + written +
                                        "' is not referred to in the text, so it is not shown; write " + written +
                                        " where it belongs, or remove it");
      }
    }
  }

  // The label of a line that defines a footnote ("[^1]: …" after at most
  // three spaces), or "".
  static std::string_view footnote_label(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    if (line.substr(i, 2) != "[^") return {};
    const auto close = line.find("]:", i + 2);
    if (close == std::string_view::npos || close == i + 2) return {};
    const std::string_view label = line.substr(i + 2, close - i - 2);
    return label.find_first_of(" \t[]") == std::string_view::npos ? label : std::string_view{};
  }

  void heading(cmark_node* n) {
    const int level = cmark_node_get_heading_level(n);
    const std::string text = text_of(n);
    const int line = options_.first_line + cmark_node_get_start_line(n) - 1;
    if (level == 1) {
      diagnostics_.error({options_.source_path, line, 1},
                         "a '#' heading in the text; the title comes from the front matter, so start sections at '##'");
    }
    std::string wanted = slugify(text);
    if (wanted.empty()) wanted = slugify_any_script(text);  // a heading in Arabic script, say
    if (wanted.empty()) {
      diagnostics_.warning({options_.source_path, line, 1},
                           "the heading has no letters or digits to make its anchor from; it is linked as '#avsnitt'");
      wanted = "avsnitt";
    }
    const std::string anchor = ids_.claim(wanted);
    section_ = anchor;
    blocks_in_section_ = 0;
    const int shown = level < 2 ? 2 : level;
    const std::string tag = "h" + std::to_string(shown);
    html_ += "<" + tag + " id=\"" + anchor + "\"><a class=\"heading-link\" href=\"#" + anchor + "\">";
    in_heading_ = true;  // the heading is itself a link: links inside it keep only their text
    inlines(n);
    in_heading_ = false;
    html_ += "</a></" + tag + ">\n";
    body_.toc.push_back({shown, text, anchor});
    body_.blocks.push_back({Block::Kind::heading, shown, anchor, anchor, text});
  }

  std::string claim_block_id(cmark_node* n, Block::Kind kind = Block::Kind::paragraph) {
    ++blocks_in_section_;
    const std::string base = section_.empty() ? "p" : "p-" + section_;
    const std::string id = ids_.claim(base + "-" + std::to_string(blocks_in_section_));
    const bool item = kind == Block::Kind::list_item;
    body_.blocks.push_back({kind, item ? list_depth_ : 0, id, section_, item ? item_text(n) : text_of(n)});
    return id;
  }

  std::string open_linkable(const char* tag, cmark_node* n) {
    const std::string id = claim_block_id(n);
    html_ += "<" + std::string(tag) + " id=\"" + id + "\">";
    return id;
  }

  void close_linkable(const char* tag, const std::string& id) {
    html_ += "<a class=\"block-link\" href=\"#" + id + "\" aria-label=\"" + html_escape(options_.block_link_label) +
             "\">¶</a></" + tag + ">\n";
  }

  void list(cmark_node* n) {
    const bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
    const int start = cmark_node_get_list_start(n);
    if (ordered) {
      html_ += start != 1 ? "<ol start=\"" + std::to_string(start) + "\">\n" : "<ol>\n";
    } else {
      html_ += "<ul>\n";
    }
    const bool tight = cmark_node_get_list_tight(n) != 0;
    if (tight) ++in_tight_list_;
    ++list_depth_;
    for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
      const std::string id = claim_block_id(item, Block::Kind::list_item);
      html_ += "<li id=\"" + id + "\">";
      for (cmark_node* c = cmark_node_first_child(item); c; c = cmark_node_next(c)) block(c, false);
      close_linkable("li", id);
    }
    --list_depth_;
    if (tight) --in_tight_list_;
    html_ += ordered ? "</ol>\n" : "</ul>\n";
  }

  void table(cmark_node* n, bool linkable) {
    const std::string id = linkable ? claim_block_id(n, Block::Kind::table) : "";
    const uint16_t columns = cmark_gfm_extensions_get_table_columns(n);
    const uint8_t* align = cmark_gfm_extensions_get_table_alignments(n);
    // Each region's name its own (axe: landmark-unique): "Tabell 1", "Tabell 2".
    const std::string label =
        tables_ > 1 ? options_.table_label + " " + std::to_string(++tables_named_) : options_.table_label;
    html_ += "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" + html_escape(label) + "\"" +
             (id.empty() ? "" : " id=\"" + id + "\"") + ">\n<table>\n";
    bool in_body = false;
    for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
      const bool header = cmark_gfm_extensions_get_table_row_is_header(row) != 0;
      if (header) html_ += "<thead>\n";
      if (!header && !in_body) {
        html_ += "<tbody>\n";
        in_body = true;
      }
      html_ += "<tr>\n";
      uint16_t col = 0;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ++col) {
        const char* cell_tag = header ? "th" : "td";
        std::string cls;
        if (align && col < columns) {
          if (align[col] == 'l') cls = " class=\"align-left\"";
          if (align[col] == 'c') cls = " class=\"align-center\"";
          if (align[col] == 'r') cls = " class=\"align-right\"";
        }
        html_ += "<" + std::string(cell_tag) + (header ? " scope=\"col\"" : "") + cls + ">";
        inlines(cell);
        html_ += "</" + std::string(cell_tag) + ">\n";
      }
      html_ += "</tr>\n";
      if (header) html_ += "</thead>\n";
    }
    if (in_body) html_ += "</tbody>\n";
    html_ += "</table>\n</div>\n";
  }

  void inlines(cmark_node* parent) {
    warn_of_undefined_references(parent);
    for (cmark_node* c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) inline_node(c);
  }

  // "[text][label]" left as text: no line defines the label ("[label]:
  // /address/"). cmark-gfm may leave a bracket a text node of its own, so
  // each run of text nodes is read as one text.
  void warn_of_undefined_references(cmark_node* parent) {
    cmark_node* first = nullptr;
    std::string run;
    auto check = [&] {
      if (first) warn_of_undefined_reference(first, run);
      first = nullptr;
      run.clear();
    };
    for (cmark_node* c = cmark_node_first_child(parent); c; c = cmark_node_next(c)) {
      if (type_of(c) != "text") {
        check();
        continue;
      }
      if (!first) first = c;
      run += literal_of(c);
    }
    check();
  }

  void warn_of_undefined_reference(cmark_node* first, std::string_view text) {
    for (std::size_t mid = text.find("]["); mid != std::string_view::npos; mid = text.find("][", mid + 1)) {
      const std::size_t open = mid == 0 ? std::string_view::npos : text.find_last_of("[]", mid - 1);
      const std::size_t close = text.find_first_of("[]", mid + 2);
      if (open == std::string_view::npos || text[open] != '[' || close == std::string_view::npos ||
          text[close] != ']' || open + 1 == mid) {
        continue;
      }
      // "[text][]" takes its text as the label.
      const std::string_view label =
          close > mid + 2 ? text.substr(mid + 2, close - mid - 2) : text.substr(open + 1, mid - open - 1);
      if (label.starts_with('^')) continue;  // a footnote's, told of by warn_of_missing_footnote
      SourceLocation where = location_of(first);
      for (std::size_t i = 0; i < open; ++i) where.column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
      diagnostics_.warning(where, "the link '" + std::string(text.substr(open, close + 1 - open)) +
                                      "' is shown as text: no line says where '" + std::string(label) +
                                      "' leads; write '[" + std::string(label) +
                                      "]: /address/' on a line of its own, or the link as [text](/address/)");
      mid = close;
    }
  }

  void inline_node(cmark_node* n) {
    if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_REFERENCE) {
      footnote_reference(n);
      return;
    }
    const auto t = type_of(n);
    if (t == "text") {
      const std::string text = literal_of(n);
      warn_of_missing_footnote(n, text);
      html_ += html_escape(text);
    } else if (t == "softbreak") {
      html_ += '\n';
    } else if (t == "linebreak") {
      html_ += "<br>\n";
    } else if (t == "code") {
      html_ += "<code>" + html_escape(literal_of(n)) + "</code>";
    } else if (t == "emph") {
      wrap("em", n);
    } else if (t == "strong") {
      wrap("strong", n);
    } else if (t == "strikethrough") {
      wrap("s", n);
    } else if (t == "link") {
      const char* url = cmark_node_get_url(n);
      record_link(n, url, false);
      const char* title = cmark_node_get_title(n);
      if (url && link_allowed(n, url) && !in_heading_) {
        const auto attachment = published_address(url, FileUse::attachment);
        const std::string href = attachment ? *attachment : href_of(url);
        html_ += "<a href=\"" + html_escape(href) + "\"";
        // An attachment: print shows its address (full_attachment_addresses).
        if (attachment) html_ += " data-address=\"" + html_escape(href) + "\"";
        if (text_is_address(text_of(n), href)) html_ += " class=\"address-text\"";
        if (title && *title) html_ += " title=\"" + html_escape(title) + "\"";
        html_ += ">";
        inlines(n);
        html_ += "</a>";
      } else {
        inlines(n);
      }
    } else if (t == "image") {
      const char* url = cmark_node_get_url(n);
      record_link(n, url, true);
      const std::string alt = text_of(n);
      if (url && alt.empty()) {
        diagnostics_.warning(location_of(n), "the picture '" + std::string(url) +
                                                 "' has no description; write what it shows between the brackets, "
                                                 "for readers who cannot see it");
      }
      if (url && link_allowed(n, url)) {
        html_ += "<img src=\"" + html_escape(published_address(url, FileUse::picture).value_or(href_of(url))) +
                 "\" alt=\"" + html_escape(alt) + "\">";
      } else if (url) {
        html_ += html_escape(text_of(n));
      }
    } else if (t == "html_inline") {
      // Raw HTML is not passed through.
    } else {
      inlines(n);
    }
  }

  // "[^2]" left as text: no line defines footnote 2.
  void warn_of_missing_footnote(cmark_node* n, std::string_view text) {
    const auto open = text.find("[^");
    if (open == std::string_view::npos) return;
    const auto close = text.find(']', open + 2);
    if (close == std::string_view::npos || close == open + 2) return;
    const std::string label(text.substr(open + 2, close - open - 2));
    if (label.find_first_of(" \t[") != std::string::npos) return;
    // At the "[^": the text node's place, and the characters before it in the node.
    SourceLocation where = location_of(n);
    for (std::size_t i = 0; i < open; ++i) where.column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    const std::string written = "[^" + label + "]";
    diagnostics_.warning(where, "there is no footnote '" + written + "'; write its text on a line of its own, '" +
                                    written + ": …', after the paragraph");
  }

  static std::string href_of(std::string_view url) {
    return is_site_address(url) ? site_address_href(url) : std::string(url);
  }

  // Where the site publishes the picture or attachment `url` names beside
  // the text (markdown/text_file.h), the same site address from every page;
  // nullopt when it names none the site publishes.
  std::optional<std::string> published_address(std::string_view url, FileUse use) const {
    const auto file = text_file(options_.source_path, url, use);
    if (!file || file->output.empty()) return std::nullopt;
    return file_address(file->output);
  }

  // An address whose scheme is not allowed (core/url_scheme.h) is not made
  // a link: its text is shown as text, with a warning at its place.
  bool link_allowed(cmark_node* n, const char* url) {
    const auto why = check_url_scheme(url);
    if (!why) return true;
    diagnostics_.warning(location_of(n), *why + "; it is shown as text, not as a link");
    return false;
  }

  void record_link(cmark_node* n, const char* url, bool image) {
    if (!url) return;
    const SourceLocation where = location_of(n);
    body_.links.push_back({url, where.line, where.column, image});
  }

  // Where `n` starts in the file, its column in characters (cmark-gfm counts
  // bytes); the text's lines are found once, when first needed.
  SourceLocation location_of(cmark_node* n) {
    if (!lines_) lines_.emplace(markdown_);
    const int line = cmark_node_get_start_line(n);
    return {options_.source_path, options_.first_line + line - 1,
            lines_->character_column(line, cmark_node_get_start_column(n))};
  }

  void wrap(const char* tag, cmark_node* n) {
    html_ += "<" + std::string(tag) + ">";
    inlines(n);
    html_ += "</" + std::string(tag) + ">";
  }

  std::string_view markdown_;
  std::optional<LineIndex> lines_;
  const MarkdownOptions& options_;
  Diagnostics& diagnostics_;
  UniqueIds ids_;
  std::string section_;
  int blocks_in_section_ = 0;
  int in_tight_list_ = 0;
  bool in_heading_ = false;
  int list_depth_ = 0;
  int tables_ = 0;                                                 // in the whole text
  int tables_named_ = 0;                                           // rendered so far
  int footnotes_ = 0;                                              // the footnotes rendered so far
  std::string footnotes_anchor_;                                   // their heading's
  std::map<std::string, std::vector<std::string>> footnote_refs_;  // footnote number -> its references' anchors
  std::string html_;
  Body body_;
};

// Tables are refused before cmark-gfm sees them: it spends time and memory
// in proportion to columns times rows, and more for very wide rows. A run of
// lines holding '|' is taken for a table, and its '|' for its cells (a
// little more than there are: the outer ones count too).
bool tables_within_limits(std::string_view markdown, const MarkdownOptions& options, Diagnostics& diagnostics) {
  const InputLimits& limits = options.limits;
  std::size_t run_cells = 0;
  int run_start = 0;
  int line = options.first_line;
  for (std::size_t start = 0; start < markdown.size(); ++line) {
    auto end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    const std::string_view text = markdown.substr(start, end - start);
    std::size_t pipes = 0;
    for (const char c : text) pipes += c == '|' ? 1 : 0;
    if (pipes == 0) {
      run_cells = 0;
    } else {
      if (run_cells == 0) run_start = line;
      run_cells += pipes;
      if (pipes > limits.table_columns + 1) {
        diagnostics.error({options.source_path, line, 1},
                          "the table row has " + std::to_string(pipes) + " '|', more than a table of " +
                              std::to_string(limits.table_columns) + " columns may have; split the table");
        return false;
      }
      if (run_cells > limits.table_cells) {
        diagnostics.error({options.source_path, run_start, 1}, "the table that starts here has more than " +
                                                                   std::to_string(limits.table_cells) +
                                                                   " cells; split it into smaller tables");
        return false;
      }
    }
    start = end + 1;
  }
  return true;
}

// Walks the parsed tree once, without recursion (cmark_iter keeps its own
// place), and refuses a tree that the renderer's recursive walks could not
// take: nesting deeper than the limit, or more headings than it allows.
// Everything after this check recurses at most `markdown_nesting` levels.
bool tree_within_limits(cmark_node* document, std::string_view markdown, const MarkdownOptions& options,
                        Diagnostics& diagnostics) {
  const InputLimits& limits = options.limits;
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(document), cmark_iter_free);
  // The open nodes from the document down: a leaf has no exit event, so it
  // is popped when the next node is not its child.
  std::vector<cmark_node*> open;
  std::size_t headings = 0;
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_EXIT) {
      while (!open.empty() && open.back() != node) open.pop_back();
      if (!open.empty()) open.pop_back();
      continue;
    }
    cmark_node* parent = cmark_node_parent(node);
    while (!open.empty() && open.back() != parent) open.pop_back();
    open.push_back(node);
    const int depth = static_cast<int>(open.size());
    if (depth > limits.markdown_nesting + 1) {  // + 1: the document node
      cmark_node* at = node;
      while (at && cmark_node_get_start_line(at) == 0) at = cmark_node_parent(at);
      const int line = at ? cmark_node_get_start_line(at) : 1;
      const int column = at ? LineIndex(markdown).character_column(line, cmark_node_get_start_column(at)) : 1;
      diagnostics.error({options.source_path, options.first_line + line - 1, column},
                        "quotes, lists or emphasis are nested more than " + std::to_string(limits.markdown_nesting) +
                            " levels deep here; styrdok does not render deeper nesting");
      return false;
    }
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING && ++headings > limits.headings) {
      diagnostics.error(
          {options.source_path, options.first_line + cmark_node_get_start_line(node) - 1, 1},
          "the text has more than " + std::to_string(limits.headings) + " headings; split it into several documents");
      return false;
    }
  }
  return true;
}

void ensure_extensions_registered() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

}  // namespace

Body render_markdown(std::string_view markdown, const MarkdownOptions& options, Diagnostics& diagnostics) {
  ensure_extensions_registered();
  if (!tables_within_limits(markdown, options, diagnostics)) return {};
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
  if (!tree_within_limits(document.get(), markdown, options, diagnostics)) return {};
  Renderer renderer(markdown, options, diagnostics);
  return renderer.render(document.get());
}

std::string full_attachment_addresses(const std::string& html, const std::string& base_url) {
  static const std::string kSiteAddress = "data-address=\"/";
  if (html.find(kSiteAddress) == std::string::npos) return html;
  return replaced_all(html, kSiteAddress, "data-address=\"" + html_escape(base_url));
}

std::string relative_site_links(const std::string& html, const std::string& root) {
  std::string out;
  out.reserve(html.size());
  std::size_t from = 0;
  // The next of each kind of attribute, each looked for again only once
  // passed: looking for both after every one made a text of many links and
  // one picture (or none) quadratic, each search running to the text's end.
  std::size_t href = html.find("href=\"/");
  std::size_t src = html.find("src=\"/");
  for (;;) {
    const auto at = std::min(href, src);
    if (at == std::string::npos) break;
    const auto slash = html.find('/', at);
    out.append(html, from, slash - from);
    if (slash + 1 < html.size() && html[slash + 1] == '/') {
      out += '/';  // "//host/": another site
    } else {
      out += root.empty() ? "./" : root;
    }
    from = slash + 1;
    if (at == href)
      href = html.find("href=\"/", from);
    else
      src = html.find("src=\"/", from);
  }
  out.append(html, from, std::string::npos);
  return out;
}

}  // namespace styrdok
