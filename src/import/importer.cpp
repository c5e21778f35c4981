#include "import/importer.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "content/site_loader.h"
#include "core/slug.h"
#include "core/text.h"
#include "import/body_builder.h"
#include "import/docx_reader.h"
#include "import/front_page.h"
#include "import/headings.h"
#include "import/list_marker.h"
#include "import/metadata_labels.h"
#include "import/metadata_recognizer.h"
#include "import/page_furniture.h"
#include "import/pdf_reader.h"
#include "import/same_document.h"
#include "import/text_reader.h"
#include "import/version_writer.h"
#include "markdown/text_file.h"

namespace styrdok {

namespace {

const char* const kUndated = "odaterad";  // the file name when the decision date is unknown

std::string file_name_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string extension_of(const std::string& path) {
  const std::string name = file_name_of(path);
  const auto dot = name.find_last_of('.');
  return dot == std::string::npos ? "" : fold_diacritics(name.substr(dot + 1));
}

// The file a version file was imported from, as its first comment names
// it ("# Imported with 'styrdok import' from bidrag.docx. …"); "" when not.
std::string imported_from(const std::string& version_file) {
  const std::string mark = "# Imported with 'styrdok import' from ";
  const auto at = version_file.find(mark);
  if (at == std::string::npos || at > 8) return "";
  const auto end = version_file.find(". Check every value", at);
  return end == std::string::npos ? "" : version_file.substr(at + mark.size(), end - at - mark.size());
}

// A last section of document information ("Dokumentinformation", with the
// decision's labels and values under its heading), as some templates put at
// the end: its values are read into `metadata` where the top gave none, and
// its heading's index returned, when every line under it was read; else
// the number of lines (none).
std::size_t read_metadata_at_end(const SourceText& source, std::size_t start, const std::vector<bool>& skip,
                                 const std::vector<int>& headings, MetadataBlock& metadata) {
  static const std::set<std::string> kNames = {
      "dokumentinformation",     "dokumentuppgifter",  "om dokumentet", "information om dokumentet",
      "uppgifter om dokumentet", "beslutsinformation", "dokumentdata",  "fakta om dokumentet"};
  const auto& lines = source.lines;
  std::size_t heading = lines.size();
  for (std::size_t i = start; i < lines.size(); ++i)
    if (skip[i] == false && headings[i] > 0) heading = i;
  if (heading == lines.size() || !kNames.contains(comparable(lines[heading].text))) return lines.size();
  std::vector<bool> after = skip;
  for (std::size_t i = 0; i <= heading; ++i) after[i] = true;
  const MetadataBlock found = recognise_metadata(source, lines.size(), after);
  for (std::size_t i = heading + 1; i < lines.size(); ++i)
    if (!after[i] && !found.used[i]) return lines.size();  // something else is there too: left as text
  for (const auto& v : found.values)
    if (!metadata.find(v.key)) metadata.values.push_back(v);
  for (std::size_t i = heading + 1; i < lines.size(); ++i) metadata.used[i] = metadata.used[i] || found.used[i];
  metadata.notes.insert(metadata.notes.end(), found.notes.begin(), found.notes.end());
  return heading;
}

// The pages of a PDF whose text (lines not in `skip`) has several lines
// starting far right of the text's left edge, not a list: a second column,
// or a table's cells that wrap, which the reader gives line by
// line and the text is built from in the wrong order.
std::vector<int> pages_in_columns(const SourceText& source, const std::vector<bool>& skip) {
  std::vector<int> out;
  if (source.format != "pdf") return out;
  double left = 1e9, right = 0;
  for (std::size_t i = 0; i < source.lines.size(); ++i) {
    if (skip[i]) continue;
    left = std::min(left, source.lines[i].left);
    right = std::max(right, source.lines[i].right);
  }
  const double middle = left + (right - left) * 0.2;  // right of any list's or quotation's indent
  std::map<int, int> right_half;                      // page -> its lines starting right of `middle`
  for (std::size_t i = 0; i < source.lines.size(); ++i) {
    const auto& l = source.lines[i];
    if (!skip[i] && l.left >= middle && !list_marker(l.text)) ++right_half[l.page];
  }
  for (const auto& [page, count] : right_half)
    if (count >= 3) out.push_back(page);
  return out;
}

// "Stenungsunds kommun", "LYSEKILS KOMMUN" -> "stenungsund", "lysekil":
// a municipality's name without "kommun" and the genitive, folded; "" when
// the text is not one (two or three words, capitalised but the last, "kommun").
std::string municipality_of(const std::string& text) {
  std::vector<std::string> words;
  std::string folded = fold_diacritics(text);
  for (std::size_t from = 0; from < folded.size();) {
    const auto space = std::min(folded.find(' ', from), folded.size());
    if (space > from) words.push_back(folded.substr(from, space - from));
    from = space + 1;
  }
  if (words.size() < 2 || words.size() > 3 || (words.back() != "kommun" && words.back() != "kommuns")) return "";
  // A name is capitalised ("Lilla Edets kommun"); "Kommunstyrelsen i Lysekils kommun" is no municipality's name.
  for (std::size_t from = 0, n = 0; n + 1 < words.size(); ++n) {
    const auto c = static_cast<unsigned char>(text[from]);
    if ((c >= 'a' && c <= 'z') || (c == 0xC3 && static_cast<unsigned char>(text[from + 1]) >= 0xA0)) return "";
    from = text.find(' ', from) + 1;
  }
  words.pop_back();
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  if (out.size() > 1 && out.back() == 's') out.pop_back();
  return out;
}

// The first line before the text (not in `skip`) that names a municipality.
std::optional<std::size_t> organisation_named(const SourceText& source, std::size_t start,
                                              const std::vector<bool>& skip) {
  for (std::size_t i = 0; i < start && i < source.lines.size(); ++i)
    if (!skip[i] && !municipality_of(plain_text(source.lines[i].text)).empty()) return i;
  return std::nullopt;
}

// "2021-05-19": a date as the metadata reader writes one.
bool is_iso_date(const std::string& value) {
  return value.size() == 10 && value[4] == '-' && value[7] == '-' &&
         std::all_of(value.begin(), value.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// "skannad.pdf" -> "skannad": a title when the file gives none.
std::string name_without_extension(const std::string& path) {
  const std::string name = file_name_of(path);
  const auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// The file as lines, by its content (then its name); "" in `error` when read.
std::optional<SourceText> read_source(const std::string& bytes, const std::string& path, std::string& error) {
  if (bytes.empty()) {
    error = "the file is empty (0 bytes); take a new copy of the document and import that";
    return std::nullopt;
  }
  // By what the bytes are: a Word file saved with the name .pdf is a Word file.
  if (bytes.rfind("%PDF", 0) == 0) return read_pdf(bytes, error);
  if (bytes.rfind("PK\x03\x04", 0) == 0) return read_docx(bytes, error);
  if (is_utf16_text(bytes)) return read_plain_text(bytes);
  if (extension_of(path) == "pdf") return read_pdf(bytes, error);
  if (extension_of(path) == "docx") return read_docx(bytes, error);
  if (extension_of(path) == "doc" || bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0) {
    error = "an old Word file (.doc); save it as .docx (Word: Save as, Word Document) and import that";
    return std::nullopt;
  }
  if (bytes.find('\0') != std::string::npos) {
    error = "not a PDF, a Word .docx or a text file";
    return std::nullopt;
  }
  return read_plain_text(bytes);
}

// Whether a line reads as a sentence: three words or more, ending as one does.
bool is_sentence(const std::string& text) {
  const std::string t = trim(text);
  return !t.empty() && std::string(".!?").find(t.back()) != std::string::npos &&
         std::count(t.begin(), t.end(), ' ') >= 2;
}

// Where the text begins: after the metadata block near the top (also one
// right after the table of contents), at the first heading followed by
// prose or a list; else at the first long paragraph. The metadata block
// ends where the text shows itself, at the first heading followed by prose:
// a label after that ("Kontakt" and a line under it, a table of document
// information at the end) is the text's, and nothing after the text's
// start is ever left out.
std::size_t body_start(const SourceText& source, const Furniture& furniture, const std::vector<int>& headings) {
  const auto& lines = source.lines;
  auto kept = [&](std::size_t i) { return furniture.dropped[i].empty(); };
  auto next_kept = [&](std::size_t i) {
    for (++i; i < lines.size() && !kept(i);) ++i;
    return i;
  };
  // The length of the block of lines starting at i (a paragraph's text).
  auto block_length = [&](std::size_t i) {
    std::size_t n = lines[i].text.size();
    for (std::size_t j = i + 1; j < lines.size() && !lines[j].break_before && !lines[j].whole && headings[j] == 0;
         ++j) {
      if (kept(j)) n += lines[j].text.size() + 1;
    }
    return n;
  };
  auto prose = [&](std::size_t j) {
    return block_length(j) >= 60 || lines[j].list_level > 0 || list_marker(lines[j].text) ||
           is_sentence(plain_text(lines[j].text));
  };
  // The metadata block near the top ends before the text: look no further
  // than the first long paragraph or 80 lines.
  std::size_t limit = 0;
  for (std::size_t seen = 0; limit < lines.size() && seen < 80; ++limit) {
    if (!kept(limit)) continue;
    if (++seen > 1 && block_length(limit) >= 200 && !is_labelled_value(lines[limit].text)) break;
  }
  std::vector<bool> skip(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) skip[i] = !kept(i);
  auto metadata = recognise_metadata(source, limit, skip);
  // Nor past the first heading (not the first line: the title) with prose
  // under it that is not metadata.
  const std::size_t first = !lines.empty() && kept(0) ? 0 : next_kept(0);
  for (std::size_t i = next_kept(first); i < limit; i = next_kept(i)) {
    if (headings[i] <= 0 || metadata.used[i]) continue;
    const std::size_t j = next_kept(i);
    if (j < lines.size() && headings[j] == 0 && !metadata.used[j] && !is_labelled_value(lines[j].text) && prose(j)) {
      limit = i;
      metadata = recognise_metadata(source, limit, skip);
      break;
    }
  }
  if (!furniture.toc_titles.empty()) {
    // After the table of contents, and after a metadata block right under it
    // (with a line naming it, "Dokumentinformation", above).
    const std::size_t after = furniture.toc_end;
    std::size_t from = after < lines.size() && kept(after) ? after : next_kept(after);
    for (std::size_t i = from; i < lines.size(); i = next_kept(i)) {
      if (i < limit && metadata.used[i]) {
        from = next_kept(i);
        continue;
      }
      const std::size_t j = next_kept(i);
      const bool names_block = !is_sentence(plain_text(lines[i].text)) && j < limit && metadata.used[j];
      if (!names_block) break;
    }
    return from;
  }
  std::size_t from = 0;
  for (std::size_t i = 0; i < limit; ++i) {
    if (metadata.used[i]) from = i + 1;
  }
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (!kept(i) || headings[i] == 0) continue;
    const std::size_t j = next_kept(i);
    if (j >= lines.size() || headings[j] > 0 || is_labelled_value(lines[j].text)) continue;
    if (!prose(j) && source.format != "docx") continue;
    // Numbered headings right above it open the text too ("1. Bakgrund", "1.1 Syfte").
    for (std::size_t k = i; k-- > from;) {
      if (!kept(k)) continue;
      if (headings[k] == 0 || numbered_heading_depth(lines[k].text) == 0) break;
      i = k;
    }
    return i;
  }
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (kept(i) && block_length(i) >= 120) return from > 0 ? from : i;
  }
  return from;
}

// Quotes a line for the report, shortened.
std::string quoted(const std::string& text) {
  std::string t = plain_text(text);
  if (t.size() > 70) {
    std::size_t cut = 67;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    t = t.substr(0, cut) + "…";
  }
  return "\"" + t + "\"";
}

// The pictures `body` shows, as files in `folder` named after the version
// (`stem`-bild-1.png), its references renamed to match; each reported, and
// each picture in the text (from paragraph `first`) that is not imported
// too. A picture before the text (a logo on the front page) is left out
// with its line.
std::vector<NewFile> pictures_beside(const SourceText& source, const std::string& folder, const std::string& stem,
                                     int first, std::string& body, std::vector<std::string>& report) {
  // The pictures the text shows, renamed in one pass over it: "](bild-" is
  // written by the reader only (']' in the source's words is escaped).
  std::set<std::string> names;
  for (const auto& picture : source.pictures)
    if (!picture.name.empty()) names.insert(picture.name);
  std::set<std::string> shown;
  std::string renamed;
  std::size_t from = 0;
  for (auto at = body.find("](bild-"); at != std::string::npos; at = body.find("](bild-", at + 1)) {
    const auto close = body.find(')', at);
    if (close == std::string::npos) break;
    std::string name = body.substr(at + 2, close - at - 2);
    if (!names.contains(name)) continue;
    renamed.append(body, from, at + 2 - from);
    renamed += stem + "-" + name;
    shown.insert(std::move(name));
    from = close;
  }
  renamed.append(body, from);
  body = std::move(renamed);

  std::vector<NewFile> out;
  for (const auto& picture : source.pictures) {
    const std::string paragraph = "paragraph " + std::to_string(picture.number);
    if (picture.name.empty()) {
      // Its own paragraph may have had no text: counted are those that have.
      if (picture.number >= first) report.push_back("left out, a picture near " + paragraph + ": " + picture.problem);
    } else if (shown.contains(picture.name)) {  // else before the text: left out with its line
      const std::string name = stem + "-" + picture.name;
      out.push_back({folder + name, picture.bytes, ""});
      report.push_back("picture: " + name + " (" + paragraph + ")");
    }
  }
  if (source.pictures_not_read)
    report.push_back(
        "pictures: the PDF holds pictures, which are not imported; take each from the original, save it beside the "
        "version file and write ![what it shows](its-name.png) where it goes");
  // Word's pictures often have no description (alternative text).
  std::size_t undescribed = 0;
  for (auto at = body.find("![]("); at != std::string::npos; at = body.find("![](", at + 1)) ++undescribed;
  if (undescribed > 0)
    report.push_back(undescribed == 1
                         ? "1 picture has no description: write what it shows between the brackets of ![](…)"
                         : std::to_string(undescribed) +
                               " pictures have no description: write what each shows between the "
                               "brackets of ![](…)");
  return out;
}

// Where a link of the imported text leads, for taking the file in as an
// attachment: `path` from the imported file's folder when `beside` it.
struct LinkedFile {
  enum Place { other, one_computer, outside, beside } place;  // other: a web page, a kind not attached
  std::string path;
};

LinkedFile linked_file(const std::string& address) {
  const auto file = text_file("imported", address, FileUse::attachment);  // from the imported file's folder
  if (!file) return {LinkedFile::one_computer, ""};
  if (!is_attachment_file(file->file)) return {LinkedFile::other, ""};
  if (file->file.empty() || file->file.starts_with("../")) return {LinkedFile::outside, ""};
  return {LinkedFile::beside, file->file};
}

// The files the text links to by a path from the imported file (Word's
// links to "Bilaga%201.pdf" beside it), read from that file's folder
// `beside` and written to `folder` named after the version
// (`stem`-bilaga-1.pdf), the links changed to match (`attached`: where each
// was read in `beside`); each reported, and each
// that cannot be copied too, with what to do (its link is left as it was,
// and check says it leads nowhere). A link to another kind of file (a web
// page) is left as it is. `taken`: the files already written there (the
// pictures), whose names an attachment does not take. At most `max_bytes`
// are taken in together.
std::vector<NewFile> attachments_beside(const SourceText& source, const FileSystem* beside, std::size_t max_bytes,
                                        const std::string& folder, const std::string& stem,
                                        const std::vector<NewFile>& taken, std::string& body,
                                        std::vector<std::string>& attached, std::vector<std::string>& report) {
  std::vector<NewFile> out;
  std::size_t bytes_in = 0;
  std::set<std::string> names;
  for (const auto& file : taken) names.insert(file.path.substr(folder.size()));
  std::map<std::string, std::string, std::less<>> renamed;  // address -> the file's new name
  for (const auto& link : source.file_links) {
    const std::string where = "a link in paragraph " + std::to_string(link.number);
    const LinkedFile file = linked_file(link.address);
    if (file.place == LinkedFile::other) continue;
    if (file.place == LinkedFile::one_computer) {
      report.push_back("left out, " + where + ": '" + link.address +
                       "' is a file on one computer; copy it beside the version file and link to it by its name");
      continue;
    }
    if (file.place == LinkedFile::outside) {
      report.push_back("left out, " + where + ": '" + link.address +
                       "' is not in the imported file's folder; copy it beside the version file and link to it by "
                       "its name");
      continue;
    }
    const auto bytes = beside ? beside->read(file.path) : std::nullopt;
    if (!bytes) {
      report.push_back("left out, " + where + ": '" + file.path +
                       "' is not in the imported file's folder; copy it beside the version file and link to it by "
                       "its name");
      continue;
    }
    if (bytes->size() > max_bytes - bytes_in) {
      report.push_back("left out, " + where + ": '" + file.path + "' would take the files linked to past " +
                       byte_size(max_bytes) + " together; copy it beside the version file and link to it by its name");
      continue;
    }
    bytes_in += bytes->size();
    const auto slash = file.path.rfind('/');
    const std::string file_name = file.path.substr(slash == std::string::npos ? 0 : slash + 1);
    const std::string kind = file_kind(file_name);
    std::string base = slugify(file_name.substr(0, file_name.size() - kind.size()));
    if (base.empty()) base = "bilaga";
    std::string name = stem + "-" + base + kind;
    for (int n = 2; names.contains(name); ++n) name = stem + "-" + base + "-" + std::to_string(n) + kind;
    names.insert(name);
    renamed[link.address] = name;
    out.push_back({folder + name, *bytes, ""});
    attached.push_back(file.path);
    report.push_back("attachment: " + name + " (paragraph " + std::to_string(link.number) + ")");
  }
  // The links renamed in one pass over the text: "](" is written by the
  // reader only (']' in the source's words is escaped).
  if (renamed.empty()) return out;
  std::string text;
  std::size_t from = 0;
  for (auto at = body.find("]("); at != std::string::npos; at = body.find("](", at + 1)) {
    // The address ends at the ')' that closes it: Markdown allows balanced ones inside ("Bilaga (1).pdf").
    std::size_t close = at + 2;
    for (int depth = 0; close < body.size() && (body[close] != ')' || depth > 0) && body[close] != '\n'; ++close)
      depth += body[close] == '(' ? 1 : body[close] == ')' ? -1 : 0;
    if (close >= body.size() || body[close] != ')') continue;
    const auto name = renamed.find(std::string_view(body).substr(at + 2, close - at - 2));
    if (name == renamed.end()) continue;
    text.append(body, from, at + 2 - from);
    text += name->second;
    from = close;
  }
  text.append(body, from);
  body = std::move(text);
  return out;
}

// The folder of the document an import without --into goes to: the one
// named after its title, unless that holds another document with the same
// title (decided by another body, or under another series of registration
// numbers: "Delegationsordning" of two committees), which would make this
// a version of that one and the site say that one replaced the other. It
// then goes to a folder named after its title and who decided it, said
// first in the report; false, with an error, when that one holds another
// document too.
bool another_document(const FileSystem& site, const std::string& organisation, const std::string& title,
                      const MetadataBlock& metadata, std::string& document, std::vector<std::string>& report,
                      const SourceLocation& at, Diagnostics& diagnostics) {
  DocumentOwner owner;
  if (const auto* v = metadata.find("decided_by"); v && v->value != "unknown") owner.decided_by = v->value;
  if (const auto* v = metadata.find("registration_number")) owner.registration_number = v->value;
  const std::string folder = std::string(kContentDir) + "/" + organisation + "/";
  const std::string other = other_document_in(site, folder + document, owner);
  if (other.empty()) return true;
  const std::string by = !owner.decided_by.empty() ? owner.decided_by : registration_series(owner.registration_number);
  const std::string own = slugify(title + " " + by);
  auto refuse = [&](const std::string& taken, const std::string& why) {
    diagnostics.error(at, "the document folder " + organisation + "/" + taken +
                              " holds another document with the same title (" + why +
                              "); nothing was written; to import this file as a version of it or as a document of "
                              "its own, give it alone with --into ORGANISATION/DOCUMENT");
    return false;
  };
  if (by.empty() || own == document) return refuse(document, other);
  if (const std::string also = other_document_in(site, folder + own, owner); !also.empty()) return refuse(own, also);
  report.insert(report.begin(), "document: " + organisation + "/" + own + ", not " + organisation + "/" + document +
                                    ", which holds another document with the same title (" + other +
                                    "); if this is a new version of that one, import it again with --into " +
                                    organisation + "/" + document);
  document = own;
  return true;
}

}  // namespace

std::vector<std::string> linked_attachments(const std::string& bytes, const std::string& path) {
  std::string error;
  const bool word = bytes.rfind("PK\x03\x04", 0) == 0 || extension_of(path) == "docx";
  const auto source = word ? read_docx(bytes, error) : std::nullopt;
  std::vector<std::string> out;
  if (!source) return out;
  for (const auto& link : source->file_links)
    if (auto file = linked_file(link.address); file.place == LinkedFile::beside) out.push_back(std::move(file.path));
  return out;
}

std::optional<ImportResult> import_document(const ImportRequest& request, const std::string& bytes,
                                            const FileSystem& site, Diagnostics& diagnostics) {
  const SourceLocation at{request.path, 0, 0};
  std::string error;
  auto source = read_source(bytes, request.path, error);
  if (!source) {
    diagnostics.error(at, error);
    return std::nullopt;
  }
  if (source->lines.empty()) {
    diagnostics.error(at, source->format == "pdf" ? "no text layer: the PDF looks scanned; run OCR first, e.g. ocrmypdf"
                                                  : "the file holds no text");
    return std::nullopt;
  }
  const auto& lines = source->lines;

  // Furniture, headings, where the text begins; then the front page.
  const Furniture furniture = find_furniture(*source);
  auto headings = find_headings(*source, furniture);
  std::size_t start = body_start(*source, furniture, headings);
  std::vector<bool> skip(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) skip[i] = !furniture.dropped[i].empty();
  MetadataBlock metadata = recognise_metadata(*source, start, skip);
  const std::size_t end_block = read_metadata_at_end(*source, start, skip, headings, metadata);
  std::vector<bool> front_skip = skip;
  for (std::size_t i = 0; i < lines.size(); ++i) front_skip[i] = front_skip[i] || metadata.used[i];
  const FrontPage front = read_front_page(*source, start, front_skip);
  // The title again, as the text's first heading, is not a section.
  std::size_t title_again = lines.size();
  if (start < lines.size() && headings[start] > 0 && !front.title.empty() &&
      comparable(lines[start].text) == comparable(front.title)) {
    title_again = start;
    for (++start; start < lines.size() && !furniture.dropped[start].empty();) ++start;
  }

  // The values, in the order of the content format.
  std::vector<ImportedValue> values;
  std::vector<std::string> report;
  auto line_of = [&](std::size_t i) { return where(*source, lines[i]); };
  const std::string title = front.title.empty() ? name_without_extension(request.path) : front.title;
  values.push_back({"title", title});
  report.push_back(front.title.empty() ? "title: " + title + " (no title found: the file's name)"
                                       : "title: " + title + " (" + line_of(front.title_line) + ")");
  std::string type = front.type;
  std::string type_from =
      front.type.empty() ? "" : (front.type_from_title ? "from the title, " : "") + line_of(front.type_line);
  if (const auto* t = metadata.find("type")) type = t->value, type_from = line_of(t->line);
  if (!type.empty()) {
    values.push_back({"type", type});
    report.push_back("type: " + type + " (" + type_from + ")");
  }
  for (const auto& v : metadata.values) {
    if (v.key == "type" || v.key == "title") continue;
    values.push_back({v.key, v.value});
    report.push_back(v.key + ": " + v.value + " (" + line_of(v.line) + ": " + quoted(lines[v.line].text) + ")");
  }
  if (!front.summary.empty() && !metadata.find("summary")) {
    values.push_back({"summary", front.summary});
    report.push_back("summary: " + quoted(front.summary) + " (" + line_of(front.summary_line) + ")");
  }
  std::vector<std::string> unknown;
  for (const char* key : {"decided_by", "decision_date"}) {
    if (!metadata.find(key)) values.push_back({key, "unknown"}), unknown.push_back(key);
  }
  for (const char* key : {"paragraph", "registration_number", "valid_from", "valid_until", "document_owner",
                          "responsible_unit", "revised_by", "applies_to", "prepared_by", "review_by"}) {
    if (!metadata.find(key)) unknown.push_back(key);
  }
  for (const auto* v : {metadata.find("decided_by"), metadata.find("decision_date")}) {
    if (v && v->value == "unknown") unknown.push_back(v->key);
  }
  std::string unknown_line;
  for (const auto& k : unknown) unknown_line += (unknown_line.empty() ? "" : ", ") + k;
  if (!unknown_line.empty()) report.push_back("unknown: " + unknown_line);
  // A text revised after the decision the file is named after: the wording
  // in force may be the revision's, decided on another day (and §).
  const auto* decided = metadata.find("decision_date");
  if (const auto* revised = metadata.find("last_revised"); revised && decided && decided->value != "unknown" &&
                                                           is_iso_date(revised->value) && is_iso_date(decided->value) &&
                                                           revised->value > decided->value) {
    report.insert(report.begin(), "warning: the text was revised on " + revised->value + " (" + line_of(revised->line) +
                                      "), after the decision of " + decided->value +
                                      " that this version is named after; if the revision was a decision, the text "
                                      "in force is its: write its date and § as decision_date and paragraph, and "
                                      "name the file after it");
  }
  if (type.empty()) report.push_back("type: not found; write it in the file before 'styrdok check' passes");
  for (const auto& [line, why] : metadata.notes) report.push_back("not read, " + line_of(line) + ": " + why);

  // Everything left out, grouped where consecutive lines went for one reason.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string why = furniture.dropped[i];
    if (i == title_again || (i < start && !front.used[i] && !metadata.used[i] && furniture.dropped[i].empty() &&
                             comparable(lines[i].text) == comparable(front.title))) {
      why = "the title again";
    }
    if (why.empty() && i < start && !metadata.used[i] && !front.used[i]) why = "before the text, not metadata";
    if (i == end_block) why = "the heading of the document information at the end, read as metadata";
    if (why.empty()) continue;
    std::size_t last = i;
    while (last + 1 < lines.size() && furniture.dropped[last + 1] == why && why.starts_with("the table")) ++last;
    report.push_back("left out, " + line_of(i) + (last > i ? " to " + line_of(last) : "") + ": " +
                     quoted(lines[i].text) + (last > i ? " …" : "") + " (" + why + ")");
    i = last;
  }

  normalise_levels(headings, start);
  std::vector<bool> body_skip = skip;
  for (std::size_t i = 0; i < start; ++i) body_skip[i] = true;
  // A section of document information at the end, read above, is not the text's.
  for (std::size_t i = end_block; i < lines.size(); ++i)
    body_skip[i] = body_skip[i] || metadata.used[i] || i == end_block;
  BodyCounts counts;
  std::string body = build_body(*source, start, body_skip, headings, &counts);
  report.push_back("text: " + counted(counts.headings, "heading", "headings") + ", " +
                   counted(counts.paragraphs, "paragraph", "paragraphs") + ", " +
                   counted(counts.list_items, "list item", "list items") + ", " +
                   counted(counts.tables, "table", "tables"));
  for (const int page : source->pages_in_columns) {
    report.push_back("page " + std::to_string(page) +
                     " is set in two columns and was read a column at a time, from the top; compare its text with "
                     "the source");
  }
  for (const int page : pages_in_columns(*source, body_skip)) {
    if (std::find(source->pages_in_columns.begin(), source->pages_in_columns.end(), page) !=
        source->pages_in_columns.end())
      continue;
    report.push_back("check page " + std::to_string(page) +
                     " by hand: its text seems set in columns, or in a table whose cells wrap, which the import "
                     "does not read in order; compare that part of the text with the source");
  }
  if (counts.headings + counts.paragraphs + counts.list_items + counts.tables == 0) {
    // Said first, where it cannot be missed: a version without its text would be published as in force.
    report.insert(report.begin(),
                  "warning: no text was read, so the version file has none; compare it with the source and copy "
                  "the text in by hand, or import the file again when it has text (a scanned PDF: run OCR first)");
  }
  for (auto page = source->pages_without_text.rbegin(); page != source->pages_without_text.rend(); ++page) {
    report.insert(report.begin(),
                  "warning: page " + std::to_string(*page) +
                      " has almost no text, and the PDF holds pictures: if it is a scanned page, its text is missing; "
                      "run OCR on the PDF (e.g. ocrmypdf) and import it again");
  }
  if (source->tracked_changes) {
    report.insert(report.begin(),
                  "warning: the Word file holds tracked changes that are not accepted or rejected, so it may be a "
                  "draft; its text is imported with them accepted; accept or reject them in Word (Review) and import "
                  "it again");
  }
  if (source->notes > 0) {
    report.push_back(counted(static_cast<std::size_t>(source->notes), "footnote", "footnotes") +
                     ": marked [^1], [^2] … in the text, their words at its end");
  }

  // Where it goes: organisation/document/<decision date or odaterad>.md.
  const auto config = load_site_config(site, "", diagnostics);
  if (!config) return std::nullopt;
  std::string organisation = request.organisation;
  std::string document = slugify(title);
  if (!request.into.empty()) {
    const auto slash = request.into.find('/');
    organisation = request.into.substr(0, slash);
    document = slash == std::string::npos ? "" : request.into.substr(slash + 1);
    if (document.empty() || slugify(document) != document) {
      diagnostics.error(at, "--into '" + request.into +
                                "' must be ORGANISATION/DOCUMENT, the document folder in lower-case letters, digits "
                                "and hyphens (e.g. lysekil/riktlinjer-for-integrationsarbete)");
      return std::nullopt;
    }
  }
  if (organisation.empty()) {
    if (config->organisations.size() != 1) {
      diagnostics.error(at, "the site has " + std::to_string(config->organisations.size()) +
                                " organisations; say which with --org ID, or give --into ORGANISATION/DOCUMENT");
      return std::nullopt;
    }
    organisation = config->organisations.front().id;
  } else if (!config->find_organisation(organisation)) {
    diagnostics.error(at, "no organisation '" + organisation + "' is declared in site.yaml");
    return std::nullopt;
  }
  if (request.into.empty() && !another_document(site, organisation, title, metadata, document, report, at, diagnostics))
    return std::nullopt;
  if (const auto* org = config->find_organisation(organisation)) {
    const auto named = organisation_named(*source, start, skip);
    if (named && municipality_of(org->name) != municipality_of(plain_text(lines[*named].text)))
      report.insert(report.begin(), "warning: the front page names " + plain_text(lines[*named].text) + " (" +
                                        line_of(*named) + "), but the file goes to the organisation " + org->name +
                                        "; if it is another's, import it again with --org and that one's id from "
                                        "site.yaml");
  }
  const std::string into = organisation + "/" + document;
  const auto* date = metadata.find("decision_date");
  const std::string stem = date && date->value != "unknown" ? date->value : kUndated;
  const std::string path = std::string(kContentDir) + "/" + into + "/" + stem + ".md";
  const int first = start < lines.size() ? lines[start].number : std::numeric_limits<int>::max();
  auto pictures = pictures_beside(*source, std::string(kContentDir) + "/" + into + "/", stem, first, body, report);
  std::vector<std::string> attached;
  auto attachments =
      attachments_beside(*source, request.beside, request.attachments_bytes,
                         std::string(kContentDir) + "/" + into + "/", stem, pictures, body, attached, report);
  ImportResult result{NewFile{path, version_file_text(file_name_of(request.path), values, body), ""},
                      std::move(pictures), std::move(attachments), std::move(attached), std::move(report)};
  // Never over a file that is there; but a file imported before (a folder
  // imported again after one of its files was mended) left as it is.
  const auto existing = site.read(path);
  bool same = existing && *existing == result.file.text;
  std::string taken = existing ? path : "";  // the first file this import would write that is there
  for (const auto* files : {&result.pictures, &result.attachments}) {
    for (const auto& file : *files) {
      const auto there = site.is_file(file.path) ? site.read(file.path) : std::nullopt;
      if (!there || *there != file.text) same = false;
      if (there && taken.empty()) taken = file.path;
    }
  }
  if (same) {
    result.unchanged = true;
    return result;
  }
  if (!taken.empty()) {
    // Imported before from the same document in another format (a Word
    // file and the PDF saved from it, side by side in a folder).
    const std::string from = existing ? imported_from(*existing) : "";
    const std::string name = file_name_of(request.path);
    if (!from.empty() && from != name && name_without_extension(from) == name_without_extension(name)) {
      diagnostics.error(at, taken + " already exists, imported from " + from +
                                "; nothing was written (if that is this document in another format, there is "
                                "nothing to do; else give this file alone with --into ORGANISATION/DOCUMENT)");
      return std::nullopt;
    }
    diagnostics.error(at, taken +
                              " already exists; nothing was written (to import this file as another document, "
                              "give it alone with --into ORGANISATION/DOCUMENT)");
    return std::nullopt;
  }
  return result;
}

}  // namespace styrdok
