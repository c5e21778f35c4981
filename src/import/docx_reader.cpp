#include "import/docx_reader.h"

#include <zip.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <vector>

#include "core/slug.h"
#include "core/text.h"
#include "core/url_scheme.h"
#include "markdown/text_file.h"

namespace styrdok {

namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// Checks every entry's sizes before any is inflated; "" when they are fine.
std::string check_sizes(zip_t* zip) {
  const zip_int64_t entries = zip_get_num_entries(zip, 0);
  if (entries < 0 || static_cast<std::size_t>(entries) > kMaxEntries) {
    return "the .docx holds more than " + std::to_string(kMaxEntries) + " parts; refused (a zip bomb?)";
  }
  std::size_t total = 0;
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t st;
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) != 0) return "the .docx (a zip archive) is damaged";
    const std::size_t size = st.size;
    const std::size_t packed = st.comp_size;
    if (size > kMaxPartBytes) {
      return "a part of the .docx unpacks to " + byte_size(size) + ", more than " + byte_size(kMaxPartBytes) +
             "; refused (a zip bomb?)";
    }
    if (size > (1u << 20) && size / std::max<std::size_t>(packed, 1) > kMaxRatio) {
      return "a part of the .docx unpacks to " + std::to_string(size / std::max<std::size_t>(packed, 1)) +
             " times its packed size; refused (a zip bomb?)";
    }
    total += size;
    if (total > kMaxTotalBytes) {
      return "the .docx unpacks to more than " + byte_size(kMaxTotalBytes) + "; refused (a zip bomb?)";
    }
  }
  return "";
}

// A part's bytes, never more than its declared size; nullopt when absent.
std::optional<std::string> read_part(zip_t* zip, const char* name, std::string& error) {
  zip_stat_t st;
  if (zip_stat(zip, name, 0, &st) != 0) return std::nullopt;
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip, name, 0), &zip_fclose);
  if (!file) {
    error = "the .docx (a zip archive) is damaged: " + std::string(name) + " cannot be read";
    return std::nullopt;
  }
  std::string out(static_cast<std::size_t>(st.size), '\0');
  const zip_int64_t n = zip_fread(file.get(), out.data(), st.size);
  char extra;
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size || zip_fread(file.get(), &extra, 1) > 0) {
    error = "the .docx (a zip archive) is damaged: " + std::string(name) + " is not what its header says";
    return std::nullopt;
  }
  return out;
}

bool on(const pugi::xml_node& property) {
  if (!property) return false;
  const std::string v = property.attribute("w:val").as_string("true");
  return v != "0" && v != "false" && v != "none";
}

struct Style {
  std::string name;
  std::string based_on;
  int outline = -1;  // 0-based outline level, -1 none
  std::string num_id;
  int ilvl = 0;
};

struct Styles {
  std::map<std::string, Style> by_id;

  // 1.. for headings, -1 for the title, 0 otherwise.
  int heading_of(const std::string& id, int depth = 0) const {
    const auto it = by_id.find(id);
    if (it == by_id.end() || depth > 10) return 0;
    const std::string name = fold_diacritics(it->second.name);
    if (name == "title" || name == "rubrik" || name == "titel") return -1;
    for (const char* prefix : {"heading ", "rubrik "}) {
      if (name.rfind(prefix, 0) == 0) {
        const int n = std::atoi(name.c_str() + std::string(prefix).size());
        if (n > 0) return n;
      }
    }
    if (it->second.outline >= 0 && it->second.outline < 9) return it->second.outline + 1;
    return it->second.based_on.empty() ? 0 : heading_of(it->second.based_on, depth + 1);
  }
};

Styles read_styles(const pugi::xml_document& xml) {
  Styles out;
  for (auto s : xml.child("w:styles").children("w:style")) {
    Style style;
    style.name = s.child("w:name").attribute("w:val").as_string();
    style.based_on = s.child("w:basedOn").attribute("w:val").as_string();
    const auto ppr = s.child("w:pPr");
    if (auto o = ppr.child("w:outlineLvl")) style.outline = o.attribute("w:val").as_int(-1);
    if (auto num = ppr.child("w:numPr")) {
      style.num_id = num.child("w:numId").attribute("w:val").as_string();
      style.ilvl = num.child("w:ilvl").attribute("w:val").as_int(0);
    }
    out.by_id[s.attribute("w:styleId").as_string()] = style;
  }
  return out;
}

// numId -> (level -> numFmt).
std::map<std::string, std::map<int, std::string>> read_numbering(const pugi::xml_document& xml) {
  std::map<std::string, std::map<int, std::string>> abstract;
  const auto root = xml.child("w:numbering");
  for (auto a : root.children("w:abstractNum")) {
    auto& levels = abstract[a.attribute("w:abstractNumId").as_string()];
    for (auto l : a.children("w:lvl")) {
      levels[l.attribute("w:ilvl").as_int()] = l.child("w:numFmt").attribute("w:val").as_string("bullet");
    }
  }
  std::map<std::string, std::map<int, std::string>> out;
  for (auto n : root.children("w:num")) {
    out[n.attribute("w:numId").as_string()] = abstract[n.child("w:abstractNumId").attribute("w:val").as_string()];
  }
  return out;
}

// A relationship's target as the name of a part of the archive: targets
// are relative to word/ ("media/image1.png", "../word/media/x.png") or
// absolute in it ("/word/media/x.png").
std::string part_of(const std::string& target) {
  std::vector<std::string> parts;
  std::string path = target.starts_with("/") ? target.substr(1) : "word/" + target;
  for (std::size_t from = 0; from <= path.size();) {
    const auto slash = std::min(path.find('/', from), path.size());
    const std::string segment = path.substr(from, slash - from);
    if (segment == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!segment.empty() && segment != ".") {
      parts.push_back(segment);
    }
    from = slash + 1;
  }
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : "/") + part;
  return out;
}

// The pictures the document's drawings show, each read once, named in the
// order they first appear: bild-1.png, bild-2.jpeg, …
class Pictures {
 public:
  Pictures(zip_t* zip, const std::map<std::string, std::string>& parts, std::vector<SourcePicture>& out)
      : zip_(zip), parts_(parts), out_(out) {}

  // The Markdown of the picture of relationship `id`, with `description`,
  // in paragraph `number`; "" when it is not imported (recorded with why).
  std::string markdown(const std::string& id, const std::string& description, int number) {
    const std::string alt = markdown_escaped(trim(collapse_spaces(description)));
    if (const auto known = names_.find(id); known != names_.end()) return "![" + alt + "](" + known->second + ")";
    SourcePicture picture;
    picture.number = number;
    const auto part = parts_.find(id);
    if (part == parts_.end()) {
      picture.problem = "a picture kept outside the document (a linked file), which is not in the .docx";
      out_.push_back(std::move(picture));
      return "";
    }
    const std::string name = part_of(part->second);
    const std::string kind = file_kind(name);  // ".png"
    if (!is_picture_file(name)) {
      picture.problem = "a picture in the " + (kind.empty() ? std::string("unknown") : upper(kind.substr(1))) +
                        " format, which browsers do not show; save it as PNG beside the version file and write "
                        "![what it shows](its-name.png) where it goes";
      out_.push_back(std::move(picture));
      return "";
    }
    std::string error;
    auto bytes = read_part(zip_, name.c_str(), error);
    if (!bytes) {
      picture.problem = "a picture whose part " + name + " is missing or damaged in the .docx";
      out_.push_back(std::move(picture));
      return "";
    }
    picture.name = "bild-" + std::to_string(++count_) + kind;
    picture.bytes = std::move(*bytes);
    names_[id] = picture.name;
    out_.push_back(picture);
    return "![" + alt + "](" + out_.back().name + ")";
  }

  // A drawing that shows no picture: a chart, a shape or a text box.
  void not_a_picture(int number) {
    SourcePicture drawing;
    drawing.number = number;
    drawing.problem = "a drawing that is not a picture (a chart, a shape or a text box)";
    out_.push_back(std::move(drawing));
  }

 private:
  static std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
  }
  static std::string collapse_spaces(const std::string& s) {
    std::string out;
    for (const char c : s) out += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    return out;
  }

  zip_t* zip_;
  const std::map<std::string, std::string>& parts_;  // relationship id -> target
  std::vector<SourcePicture>& out_;
  std::map<std::string, std::string> names_;  // relationship id -> name given
  int count_ = 0;
};

// Whether a link's address names a file rather than a page on the web: a
// path relative to the document ("Bilaga%201.pdf"), or a file: address.
bool links_file(const std::string& address) {
  if (address.empty() || address[0] == '#' || address[0] == '/') return false;
  const std::string scheme = url_scheme(address).scheme;
  return scheme.empty() || scheme == "file";
}

class BodyReader {
 public:
  BodyReader(const Styles& styles, const std::map<std::string, std::map<int, std::string>>& numbering,
             const std::map<std::string, std::string>& links, Pictures& pictures, std::vector<SourceLink>& file_links)
      : styles_(styles), numbering_(numbering), links_(links), pictures_(pictures), file_links_(file_links) {}

  // The words of the paragraphs in `parent` (a table's cell, a footnote),
  // joined into one line.
  std::string paragraphs_text(const pugi::xml_node& parent) {
    std::string text;
    for (const auto p : blocks_in(parent, "w:p")) {
      bool bold = false;
      const std::string t = inline_text(p, bold);
      if (!t.empty()) text += (text.empty() ? "" : " ") + t;
    }
    std::replace(text.begin(), text.end(), '\t', ' ');
    return text;
  }

  // The children of `parent` named `name` (paragraphs, rows, cells), also
  // those inside a content control (w:sdt) or custom XML around them, as a
  // template puts its fields in a table cell.
  static std::vector<pugi::xml_node> blocks_in(const pugi::xml_node& parent, const char* name, int depth = 0) {
    std::vector<pugi::xml_node> out;
    for (auto c : parent.children()) {
      const std::string n = c.name();
      if (n == name) out.push_back(c);
      if (depth > 16) continue;  // a control nested deeper is not a template's
      const auto inside = n == "w:sdt" ? c.child("w:sdtContent") : n == "w:customXml" ? c : pugi::xml_node();
      if (inside)
        for (const auto b : blocks_in(inside, name, depth + 1)) out.push_back(b);
    }
    return out;
  }

  // The notes the text referred to, in the order it first did: their
  // element's name (w:footnote, w:endnote) and id.
  const std::vector<std::pair<std::string, std::string>>& notes() const { return notes_; }
  int paragraphs() const { return number_; }

  void read(const pugi::xml_node& parent, SourceText& out) {
    for (auto node : parent.children()) {
      const std::string name = node.name();
      if (name == "w:p") {
        paragraph(node, out);
      } else if (name == "w:tbl") {
        table(node, out);
      } else if (name == "w:sdt") {
        read(node.child("w:sdtContent"), out);
      } else if (name == "w:customXml") {
        read(node, out);
      }
    }
  }

 private:
  struct Piece {
    std::string text;
    std::string mark;         // "", "*", "**" or "***"
    bool line_break = false;  // a line break (w:br): ends a line, its emphasis closed
  };

  // The paragraph's text as Markdown: the whole (`unbroken`) and, where it
  // has line breaks (Shift+Enter), line by line (`lines`, '\n' between
  // them), each line's emphasis closed within it.
  struct InlineText {
    std::string unbroken;
    std::string lines;
    double size = 0;  // the largest size its text is set in (w:sz), in points; 0 when it gives none
  };

  // Pieces as Markdown: spaces are never inside emphasis, and neighbours
  // with the same emphasis are one run.
  static std::string markdown_of(const std::vector<Piece>& pieces) {
    std::vector<Piece> split;
    for (const auto& p : pieces) {
      if (p.line_break) {
        split.push_back(p);
        continue;
      }
      const auto first = p.text.find_first_not_of(' ');
      if (first == std::string::npos || p.mark.empty()) {
        split.push_back({p.text, first == std::string::npos ? "" : p.mark});
        continue;
      }
      const auto last = p.text.find_last_not_of(' ');
      if (first > 0) split.push_back({p.text.substr(0, first), ""});
      split.push_back({p.text.substr(first, last + 1 - first), p.mark});
      if (last + 1 < p.text.size()) split.push_back({p.text.substr(last + 1), ""});
    }
    std::string out;
    std::string open;
    for (const auto& p : split) {
      if (p.line_break) {
        out += open + "\n";
        open.clear();
        continue;
      }
      if (p.mark != open) {
        out += open + p.mark;
        open = p.mark;
      }
      out += p.text;
    }
    return out + open;
  }

  // A reference to a footnote or endnote: [^1], [^2], … in the order the
  // text first refers to each (Markdown's footnotes, which styrdok renders).
  std::string note_reference(const std::string& element, const std::string& id) {
    const auto [at, added] = note_numbers_.emplace(element + " " + id, static_cast<int>(notes_.size()) + 1);
    if (added) notes_.emplace_back(element, id);
    return "[^" + std::to_string(at->second) + "]";
  }

  // The paragraph's runs as Markdown; `all_bold` tells whether every run with text was bold.
  std::string inline_text(const pugi::xml_node& p, bool& all_bold) { return inline_texts(p, all_bold).unbroken; }

  InlineText inline_texts(const pugi::xml_node& p, bool& all_bold) {
    std::vector<Piece> pieces;       // a line break as a space
    std::vector<Piece> line_pieces;  // a line break as one
    bool any = false;
    double size = 0;
    all_bold = true;
    auto run = [&](const pugi::xml_node& r, const std::string& link) {
      const auto rpr = r.child("w:rPr");
      const bool bold = on(rpr.child("w:b"));
      const bool italic = on(rpr.child("w:i"));
      const double run_size = rpr.child("w:sz").attribute("w:val").as_double(0) / 2;
      // A piece of text as one of `to`: a picture (neither text nor bold), or
      // text with its emphasis and link.
      auto add = [&](std::vector<Piece>& to, std::string piece, bool picture) {
        if (piece.empty()) return;
        if (picture) {
          to.push_back({piece, ""});
          return;
        }
        const std::string mark = std::string(bold ? "**" : "") + (italic ? "*" : "");
        if (!link.empty() && !trim(piece).empty()) {
          // A link whose text is its address is written as the address alone.
          const bool bare = piece == markdown_escaped(link);
          piece = bare ? "<" + link + ">" : "[" + piece + "](" + link + ")";
        }
        to.push_back({piece, mark});
      };
      std::string piece;
      std::string line;      // the piece since its last line break
      bool picture = false;  // the piece holds a picture
      bool line_picture = false;
      for (auto c : r.children()) {
        const std::string n = c.name();
        std::string text;
        if (n == "w:t") text = markdown_escaped(c.text().get());
        if (n == "w:tab") text = "\t";
        if (n == "w:noBreakHyphen") text = "-";
        if (n == "w:br" || n == "w:cr") {
          piece += " ";
          add(line_pieces, line, line_picture);
          line_pieces.push_back({" ", "", true});
          line.clear();
          line_picture = false;
        }
        if (n == "w:footnoteReference" || n == "w:endnoteReference")
          text =
              note_reference(n == "w:footnoteReference" ? "w:footnote" : "w:endnote", c.attribute("w:id").as_string());
        if (n == "w:drawing" || n == "w:pict" || n == "mc:AlternateContent") {
          // Word's newer drawings come with an older one for older readers: the newer is read.
          const auto alternative = c.child("mc:Choice").child("w:drawing");
          text = drawing(n != "mc:AlternateContent" ? c
                         : alternative              ? alternative
                                                    : c.child("mc:Fallback").child("w:pict"));
          if (!text.empty()) picture = line_picture = true;
        }
        piece += text;
        line += text;
      }
      if (!picture && !trim(piece).empty()) {
        any = true;
        all_bold = all_bold && bold;
        size = std::max(size, run_size);
      }
      add(pieces, piece, picture);
      add(line_pieces, line, line_picture);
    };
    // The runs, also those inside what wraps them: a content control (a
    // template's field, w:sdt), a tracked insertion or move (w:ins, w:moveTo:
    // the text as it reads now; w:del and w:moveFrom are what it no longer
    // says), a smart tag, a simple field, custom XML.
    auto runs = [&](auto& self, const pugi::xml_node& parent, const std::string& link, int depth) -> void {
      if (depth > 16) return;  // wrapped deeper than any editor writes
      for (auto c : parent.children()) {
        const std::string n = c.name();
        if (n == "w:r") run(c, link);
        if (n == "w:hyperlink") {
          // Links to other documents keep their address; one to a bookmark in
          // this document (w:anchor) is only text.
          const auto target = links_.find(c.attribute("r:id").as_string());
          const std::string address = target == links_.end() ? "" : target->second;
          if (links_file(address) && file_addresses_.insert(address).second)
            file_links_.push_back({address, number_ + 1});
          self(self, c, address, depth + 1);
        }
        if (n == "w:ins" || n == "w:moveTo" || n == "w:smartTag" || n == "w:fldSimple" || n == "w:customXml")
          self(self, c, link, depth + 1);
        if (n == "w:sdt") self(self, c.child("w:sdtContent"), link, depth + 1);
      }
    };
    runs(runs, p, "", 0);
    if (!any) all_bold = false;
    return {trim(markdown_of(pieces)), markdown_of(line_pieces), size};
  }

  // The Markdown of a drawing (w:drawing, or VML's w:pict in older files):
  // the picture it shows, or "" for one that is not imported.
  std::string drawing(const pugi::xml_node& node) {
    const int number = number_ + 1;  // the paragraph being read
    // DrawingML: wp:inline or wp:anchor, with wp:docPr's description and a:blip's picture.
    for (auto frame : node.children()) {
      const std::string name = frame.name();
      if (name != "wp:inline" && name != "wp:anchor") continue;
      const auto props = frame.child("wp:docPr");
      std::string description = props.attribute("descr").as_string();
      if (description.empty()) description = props.attribute("title").as_string();
      const auto blip = frame.find_node([](const pugi::xml_node& n) { return std::string_view(n.name()) == "a:blip"; });
      if (!blip || !blip.attribute("r:embed")) {
        pictures_.not_a_picture(number);
        return "";
      }
      return pictures_.markdown(blip.attribute("r:embed").as_string(), description, number);
    }
    // VML: v:shape with its alt text, v:imagedata with the picture.
    const auto image =
        node.find_node([](const pugi::xml_node& n) { return std::string_view(n.name()) == "v:imagedata"; });
    if (!image || !image.attribute("r:id")) {
      // A text box has words of its own; a line or a frame has none to miss.
      if (node.find_node([](const pugi::xml_node& n) { return std::string_view(n.name()) == "v:textbox"; }))
        pictures_.not_a_picture(number);
      return "";
    }
    return pictures_.markdown(image.attribute("r:id").as_string(), image.parent().attribute("alt").as_string(), number);
  }

  void paragraph(const pugi::xml_node& p, SourceText& out) {
    bool bold = false;
    InlineText texts = inline_texts(p, bold);
    std::string text = std::move(texts.unbroken);
    if (text.empty()) {
      blank_ = true;
      return;
    }
    SourceLine line;
    line.text = std::move(text);
    line.number = ++number_;
    line.bold = bold;
    line.size = texts.size;
    line.whole = true;
    line.break_before = blank_;
    blank_ = false;
    const auto ppr = p.child("w:pPr");
    const std::string style = ppr.child("w:pStyle").attribute("w:val").as_string();
    line.heading = styles_.heading_of(style);
    if (auto o = ppr.child("w:outlineLvl"); o && line.heading == 0) {
      const int level = o.attribute("w:val").as_int(9);
      if (level < 9) line.heading = level + 1;
    }
    std::string num_id;
    int ilvl = 0;
    if (auto num = ppr.child("w:numPr")) {
      num_id = num.child("w:numId").attribute("w:val").as_string();
      ilvl = num.child("w:ilvl").attribute("w:val").as_int(0);
    } else if (const auto s = styles_.by_id.find(style); s != styles_.by_id.end()) {
      num_id = s->second.num_id, ilvl = s->second.ilvl;
    }
    if (!num_id.empty() && num_id != "0" && line.heading == 0) {
      const auto n = numbering_.find(num_id);
      std::string format = "bullet";
      if (n != numbering_.end()) {
        if (const auto l = n->second.find(ilvl); l != n->second.end()) format = l->second;
      }
      if (format != "none") {
        line.list_level = ilvl + 1;
        line.ordered = format != "bullet";
      }
    }
    if (line.heading == 0 && line.list_level == 0) {
      broken_lines(line, texts.lines, out);
      return;
    }
    out.lines.push_back(std::move(line));
  }

  // A paragraph with line breaks (Shift+Enter) as one line per line, as a
  // front page often is ("Fastställt av: KF", "Datum: 2021-05-19" in one
  // paragraph), so that its labels and values are read as in a text file;
  // the first line holds the paragraph's whole text for the body (`unbroken`).
  static void broken_lines(SourceLine& line, const std::string& text, SourceText& out) {
    std::vector<std::string> parts;
    bool blank = false;
    std::vector<bool> blank_before;
    for (std::size_t from = 0; from <= text.size();) {
      const auto end = std::min(text.find('\n', from), text.size());
      std::string part = trim(text.substr(from, end - from));
      from = end + 1;
      if (part.empty()) {
        blank = !parts.empty();
        continue;
      }
      parts.push_back(std::move(part));
      blank_before.push_back(blank);
      blank = false;
    }
    if (parts.size() < 2) {
      out.lines.push_back(std::move(line));
      return;
    }
    line.unbroken = std::move(line.text);
    line.text = parts[0];
    const SourceLine first = line;
    out.lines.push_back(std::move(line));
    for (std::size_t k = 1; k < parts.size(); ++k) {
      SourceLine next;
      next.text = parts[k];
      next.number = first.number;
      next.bold = first.bold;
      next.size = first.size;
      next.break_before = blank_before[k];
      next.soft_break = true;
      out.lines.push_back(std::move(next));
    }
  }

  void table(const pugi::xml_node& tbl, SourceText& out) {
    ++tables_;
    // Per column of the table's grid, the text of the cell above: a cell
    // merged with it (w:vMerge) repeats it, so that each row reads whole.
    std::vector<std::string> above;
    for (const auto tr : blocks_in(tbl, "w:tr")) {
      std::string row;
      bool first = true;
      std::size_t column = 0;
      for (const auto tc : blocks_in(tr, "w:tc")) {
        const auto props = tc.child("w:tcPr");
        const auto span =
            static_cast<std::size_t>(std::clamp(props.child("w:gridSpan").attribute("w:val").as_int(1), 1, 64));
        const auto merge = props.child("w:vMerge");
        const bool continued = merge && std::string_view(merge.attribute("w:val").as_string()) != "restart";
        if (above.size() < column + span) above.resize(column + span);
        const std::string text = continued ? above[column] : paragraphs_text(tc);
        for (std::size_t c = column; c < column + span; ++c) above[c] = text;
        column += span;
        row += (first ? "" : "\t") + text;
        first = false;
      }
      if (trim(row).empty()) continue;
      SourceLine line;
      line.text = row;
      line.number = ++number_;
      line.whole = true;
      line.table = tables_;
      line.break_before = blank_;
      blank_ = false;
      out.lines.push_back(std::move(line));
    }
    blank_ = true;
  }

  const Styles& styles_;
  const std::map<std::string, std::map<int, std::string>>& numbering_;
  const std::map<std::string, std::string>& links_;
  Pictures& pictures_;
  std::vector<SourceLink>& file_links_;
  std::set<std::string> file_addresses_;     // those in file_links_
  std::map<std::string, int> note_numbers_;  // "w:footnote 2" -> its number in the text
  std::vector<std::pair<std::string, std::string>> notes_;
  int number_ = 0;
  int tables_ = 0;
  bool blank_ = false;
};

// A part's relationships: the hyperlinks' addresses and the pictures' parts, by id.
void read_relationships(const pugi::xml_document& rels, std::map<std::string, std::string>& links,
                        std::map<std::string, std::string>& images) {
  for (auto rel : rels.child("Relationships").children("Relationship")) {
    if (std::string(rel.attribute("TargetMode").as_string()) == "External") {
      links[rel.attribute("Id").as_string()] = rel.attribute("Target").as_string();
    } else if (std::string_view(rel.attribute("Type").as_string()).ends_with("/image")) {
      images[rel.attribute("Id").as_string()] = rel.attribute("Target").as_string();
    }
  }
}

// The footnotes and endnotes the body referred to, as Markdown's footnote
// definitions after the text ("[^1]: Lag (2010:197) …"), in the order of
// their numbers. Their hyperlinks are their own part's; a picture in a note
// is not read (its ids are its part's, and Word's notes hardly hold any).
bool read_notes(zip_t* zip, const BodyReader& body, const Styles& styles,
                const std::map<std::string, std::map<int, std::string>>& numbering, SourceText& out,
                std::string& error) {
  if (body.notes().empty()) return true;
  std::map<std::string, pugi::xml_document> parts;  // "w:footnote" -> word/footnotes.xml
  std::map<std::string, std::map<std::string, std::string>> links;
  for (const auto& [element, part] : {std::pair{"w:footnote", "footnotes"}, std::pair{"w:endnote", "endnotes"}}) {
    const std::string name = std::string("word/") + part + ".xml";
    if (zip_name_locate(zip, name.c_str(), 0) < 0) continue;
    const auto xml = read_part(zip, name.c_str(), error);
    if (!xml) return false;
    parts[element].load_buffer(xml->data(), xml->size(), pugi::parse_default | pugi::parse_ws_pcdata);
    const std::string rels_name = std::string("word/_rels/") + part + ".xml.rels";
    if (zip_name_locate(zip, rels_name.c_str(), 0) >= 0) {
      const auto rels = read_part(zip, rels_name.c_str(), error);
      if (!rels) return false;
      pugi::xml_document rels_xml;
      rels_xml.load_buffer(rels->data(), rels->size());
      std::map<std::string, std::string> unused;
      read_relationships(rels_xml, links[element], unused);
    }
  }
  // Each note found by its id once (a search per note made a file of many notes slow),
  // and read by one reader per part.
  std::map<std::string, pugi::xml_node> by_id;  // "w:footnote 2" -> the note
  for (const auto& [element, part] : parts)
    for (auto note : part.first_child().children(element.c_str()))
      by_id.emplace(element + " " + note.attribute("w:id").as_string(), note);
  const std::map<std::string, std::string> no_parts;
  std::vector<SourcePicture> none;
  Pictures no_pictures(zip, no_parts, none);
  std::map<std::string, BodyReader> readers;
  for (const auto& element : {"w:footnote", "w:endnote"})
    readers.try_emplace(element, styles, numbering, links[element], no_pictures, out.file_links);
  int number = body.paragraphs();
  for (std::size_t n = 0; n < body.notes().size(); ++n) {
    const auto& [element, id] = body.notes()[n];
    const auto note = by_id.find(element + " " + id);
    SourceLine line;
    line.text = "[^" + std::to_string(n + 1) +
                "]: " + (note != by_id.end() ? readers.at(element).paragraphs_text(note->second) : "");
    line.number = ++number;
    line.whole = true;
    line.break_before = true;
    out.lines.push_back(std::move(line));
    ++out.notes;
  }
  return true;
}

}  // namespace

std::optional<SourceText> read_docx(const std::string& bytes, std::string& error) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  Zip zip(src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : nullptr);
  zip_error_fini(&zerr);
  if (!zip) {
    if (src) zip_source_free(src);
    error = "not a Word file that can be read: the .docx (a zip archive) is damaged";
    return std::nullopt;
  }
  if (error = check_sizes(zip.get()); !error.empty()) return std::nullopt;
  const auto document = read_part(zip.get(), "word/document.xml", error);
  if (!document) {
    if (error.empty()) error = "not a Word document: the .docx has no word/document.xml";
    return std::nullopt;
  }
  pugi::xml_document xml;
  // Runs holding only a space (<w:t xml:space="preserve"> </w:t>) are text.
  if (!xml.load_buffer(document->data(), document->size(), pugi::parse_default | pugi::parse_ws_pcdata)) {
    error = "the .docx is damaged: word/document.xml is not readable XML";
    return std::nullopt;
  }
  pugi::xml_document styles_xml, numbering_xml, rels_xml;
  if (auto s = read_part(zip.get(), "word/styles.xml", error)) styles_xml.load_buffer(s->data(), s->size());
  if (auto n = read_part(zip.get(), "word/numbering.xml", error)) numbering_xml.load_buffer(n->data(), n->size());
  if (auto r = read_part(zip.get(), "word/_rels/document.xml.rels", error)) rels_xml.load_buffer(r->data(), r->size());
  if (!error.empty()) return std::nullopt;
  std::map<std::string, std::string> links;   // relationship id -> address (hyperlinks)
  std::map<std::string, std::string> images;  // relationship id -> target (pictures in the archive)
  read_relationships(rels_xml, links, images);
  const Styles styles = read_styles(styles_xml);
  const auto numbering = read_numbering(numbering_xml);
  SourceText out;
  out.format = "docx";
  Pictures pictures(zip.get(), images, out.pictures);
  BodyReader body(styles, numbering, links, pictures, out.file_links);
  body.read(xml.child("w:document").child("w:body"), out);
  out.tracked_changes = xml.find_node([](const pugi::xml_node& n) {
    const std::string_view name = n.name();
    return name == "w:ins" || name == "w:del" || name == "w:moveTo" || name == "w:moveFrom";
  });
  if (!read_notes(zip.get(), body, styles, numbering, out, error)) return std::nullopt;
  return out;
}

}  // namespace styrdok
