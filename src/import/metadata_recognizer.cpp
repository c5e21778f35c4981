#include "import/metadata_recognizer.h"

#include <algorithm>

#include "core/text.h"
#include "import/metadata_labels.h"
#include "import/metadata_values.h"

namespace styrdok {

namespace {

// A line's pieces: split at tabs and at runs of two or more spaces, which is
// how a label and its value sit side by side in text exported from a form.
std::vector<std::string> segments_of(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool gap = text[i] == '\t' || (text[i] == ' ' && i + 1 < text.size() && text[i + 1] == ' ');
    if (gap) {
      if (!trim(current).empty()) out.push_back(trim(current));
      current.clear();
      while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
    } else {
      current += text[i];
    }
  }
  if (!trim(current).empty()) out.push_back(trim(current));
  return out;
}

// Markdown emphasis and a print edition's paragraph mark (¶) are not part of a value.
std::string clean(std::string text) {
  std::erase(text, '*');
  if (text.ends_with("¶")) text.resize(text.size() - std::string("¶").size());
  return trim(text);
}

struct Labelled {
  Label label;
  std::string value;
  std::string label_text;  // the label as written
};

// "Beslutat av: KF", "Dnr 2021/12", "Dnr": the label the segment starts with
// and what follows it.
std::optional<Labelled> split_label(const std::string& segment) {
  if (const auto colon = segment.find(':'); colon != std::string::npos) {
    if (auto label = find_label(segment.substr(0, colon))) {
      return Labelled{*label, clean(segment.substr(colon + 1)), clean(segment.substr(0, colon))};
    }
  }
  std::vector<std::string> words;
  for (std::size_t from = 0; from < segment.size();) {
    auto end = segment.find(' ', from);
    if (end == std::string::npos) end = segment.size();
    if (end > from) words.push_back(segment.substr(from, end - from));
    from = end + 1;
  }
  for (std::size_t k = std::min<std::size_t>(words.size(), 5); k > 0; --k) {
    std::string head;
    for (std::size_t i = 0; i < k; ++i) head += (i ? " " : "") + words[i];
    if (auto label = find_label(head)) {
      std::string rest;
      for (std::size_t i = k; i < words.size(); ++i) rest += (i > k ? " " : "") + words[i];
      return Labelled{*label, clean(rest), clean(head)};
    }
  }
  return std::nullopt;
}

// The spans of `text` that a reading took, removed: what is left over.
std::string rest_of(const std::string& text, std::vector<std::pair<std::size_t, std::size_t>> spans) {
  std::sort(spans.begin(), spans.end());
  std::string out = text;
  for (auto it = spans.rbegin(); it != spans.rend(); ++it) out = without(out, it->first, it->second);
  return trim_separators(out);
}

// What the decision said of a period its print edition states as it turned
// out: "30 juni 2022 (enligt beslutet: tills vidare)" -> "tills vidare".
std::string as_decided(const std::string& value) {
  for (const std::string_view marker : {"(enligt beslutet:", "(as decided:"}) {
    const auto at = value.find(marker);
    if (at == std::string::npos) continue;
    const auto from = at + marker.size();
    return trim(value.substr(from, value.find(')', from) - from));
  }
  return value;
}

class Reader {
 public:
  explicit Reader(MetadataBlock& out) : out_(out) {}

  // Reads `value` for `label`, found on line `line`; false (and a note)
  // when the value is not of the label's kind.
  bool read(const Label& label, const std::string& given, const std::string& label_text, std::size_t line) {
    const std::string key = label.key;
    if (label.proposal) set("status", "proposal", line);
    const std::string value = label.kind == ValueKind::valid_until ? as_decided(given) : given;
    const auto date = find_date(value);
    const auto paragraph = find_paragraph(value);
    const auto until = find_until_further_notice(value);
    switch (label.kind) {
      case ValueKind::text:
      case ValueKind::title:
        if (is_placeholder(value)) {
          if (!is_comment_key(key)) set(key, "unknown", line);
        } else {
          set(key, value, line);
        }
        return true;
      case ValueKind::decision: {
        if (is_placeholder(value)) return set(key, "unknown", line);
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        if (date) spans.emplace_back(date->begin, date->end), set("decision_date", date->value.iso(), line);
        if (paragraph) spans.emplace_back(paragraph->begin, paragraph->end), set("paragraph", paragraph->value, line);
        if (const auto body = rest_of(value, spans); !body.empty()) set(key, body, line);
        return true;
      }
      case ValueKind::date:
        if (paragraph) set("paragraph", paragraph->value, line);
        if (date) return set(key, date->value.iso(), line);
        if (is_placeholder(value)) return set(key, "unknown", line);
        return note(line, label_text, "'" + value + "' is not a date");
      case ValueKind::paragraph:
        if (paragraph) return set(key, paragraph->value, line);
        if (is_placeholder(value)) return set(key, "unknown", line);
        if (!value.empty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          return set(key, value, line);
        }
        return note(line, label_text, "'" + value + "' is not a paragraph number");
      case ValueKind::valid_from:
        if (until) set("valid_until", until->value, line);
        if (date) return set(key, date->value.iso(), line);
        if (is_placeholder(value)) return set(key, "unknown", line);
        return note(line, label_text, "'" + value + "' is not a date");
      case ValueKind::valid_until: {
        if (until) {
          // "2021-05-19 och tills vidare": valid from that day, until further notice.
          if (date && date->begin < until->begin) set("valid_from", date->value.iso(), line);
          return set(key, until->value, line);
        }
        if (date) {
          // "2020-01-01 – 2023-12-31": a period.
          if (auto second = find_date(std::string_view(value).substr(date->end))) {
            set("valid_from", date->value.iso(), line);
            return set(key, second->value.iso(), line);
          }
          return set(key, date->value.iso(), line);
        }
        if (is_placeholder(value)) return set(key, "unknown", line);
        return note(line, label_text, "'" + value + "' is neither a date nor 'tills vidare'");
      }
      case ValueKind::review_date:
        if (date) return set(key, date->value.iso(), line);
        if (is_placeholder(value)) return set(key, "unknown", line);
        return note(line, label_text, "'" + value + "' is not a day");
      case ValueKind::type:
        if (const auto type = document_type_in(value); !type.empty()) return set(key, type, line);
        return note(line, label_text, "'" + value + "' is not a document type styrdok knows");
      case ValueKind::ignored:
        note(line, label_text, "'" + value + "' left out (the site's organisation is the one published)");
        return true;
    }
    return false;
  }

  // "Uppgift saknas: gäller från, ansvarig enhet och nästa översyn.": the
  // labels named are unknown.
  bool read_unknown_list(const std::string& text, std::size_t line) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || !is_placeholder(text.substr(0, colon))) return false;
    std::string rest = text.substr(colon + 1);
    if (!rest.empty() && rest.back() == '.') rest.pop_back();
    std::vector<std::string> keys;
    for (std::size_t from = 0; from <= rest.size();) {
      auto end = rest.find_first_of(",;", from);
      if (end == std::string::npos) end = rest.size();
      std::string part = trim(rest.substr(from, end - from));
      for (const char* conjunction : {" och ", " and "}) {
        // "a och b" is two labels, but "gäller till och med" is one.
        if (const auto at = part.rfind(conjunction); at != std::string::npos && !find_label(part)) {
          keys.push_back(trim(part.substr(0, at)));
          part = trim(part.substr(at + std::string(conjunction).size()));
        }
      }
      keys.push_back(part);
      from = end + 1;
    }
    std::vector<std::string> found;
    for (const auto& k : keys) {
      const auto label = find_label(k);
      if (!label) return false;  // not a list of labels: something else
      found.push_back(label->key);
    }
    for (const auto& key : found) {
      if (!is_comment_key(key)) set(key, "unknown", line);
    }
    for (const auto& k : keys)
      if (find_label(k)->proposal) set("status", "proposal", line);
    return !found.empty();
  }

  // A value of its own kind found on its own line after another value
  // ("§ 63" under the date).
  bool read_loose(const std::string& text, std::size_t line) {
    const auto paragraph = find_paragraph(text);
    if (paragraph && rest_of(text, {{paragraph->begin, paragraph->end}}).empty() && !out_.find("paragraph")) {
      return set("paragraph", paragraph->value, line);
    }
    return false;
  }

 private:
  bool set(const std::string& key, const std::string& value, std::size_t line) {
    if (out_.find(key)) return true;                             // the first value of a key wins
    if (value == "unknown" && is_comment_key(key)) return true;  // no key, so nothing to say it is unknown
    out_.values.push_back({key, value, line});
    return true;
  }
  bool note(std::size_t line, const std::string& label, const std::string& why) {
    out_.notes.emplace_back(line, trim_separators(clean(label)) + ": " + why);
    return false;
  }
  MetadataBlock& out_;
};

}  // namespace

bool is_labelled_value(const std::string& text) {
  const auto segments = segments_of(text);
  if (segments.empty()) return false;
  const auto labelled = split_label(segments.front());
  return labelled && (!labelled->value.empty() || segments.size() > 1);
}

const FoundValue* MetadataBlock::find(const std::string& key) const {
  for (const auto& v : values) {
    if (v.key == key) return &v;
  }
  return nullptr;
}

MetadataBlock recognise_metadata(const SourceText& source, std::size_t end, const std::vector<bool>& skip) {
  MetadataBlock out;
  out.used.assign(source.lines.size(), false);
  Reader reader(out);
  auto next_line = [&](std::size_t i) {
    for (++i; i < end; ++i) {
      if (!skip[i]) return i;
    }
    return end;
  };
  for (std::size_t i = 0; i < end; i = next_line(i)) {
    if (skip[i] || out.used[i]) continue;
    // A list of unknown values, perhaps over several lines.
    std::string list = clean(source.lines[i].text);
    std::vector<std::size_t> list_lines = {i};
    for (std::size_t j = next_line(i); j < end && list_lines.size() < 4 && !source.lines[j].break_before &&
                                       list.find(':') != std::string::npos && !list.ends_with(".");
         j = next_line(j)) {
      list += " " + clean(source.lines[j].text);
      list_lines.push_back(j);
    }
    if (reader.read_unknown_list(list, i)) {
      for (const auto l : list_lines) out.used[l] = true;
      continue;
    }
    const auto segments = segments_of(source.lines[i].text);
    bool any = false;
    for (std::size_t s = 0; s < segments.size(); ++s) {
      auto labelled = split_label(segments[s]);
      if (!labelled) continue;
      any = true;
      std::string value = labelled->value;
      const std::string label_text = labelled->label_text;
      std::size_t value_line = i;
      // The value in the next segment, or alone on the next line.
      std::vector<std::size_t> continued;  // lines the value goes on to
      if (value.empty() && s + 1 < segments.size() && !split_label(segments[s + 1])) {
        value = clean(segments[++s]);
        // A PDF table's cell wraps: its further lines start in the value's
        // column, right of the label ("Gäller för  Alla anställda i kommunens"
        // / "förvaltningar och helägda kommunala bolag").
        const auto& line = source.lines[i];
        for (std::size_t j = next_line(i); source.format == "pdf" && s + 1 == segments.size() && j < end;
             j = next_line(j)) {
          const auto& next = source.lines[j];
          const auto next_segments = segments_of(next.text);
          if (out.used[j] || next.break_before || next.page != line.page || next.left < line.left + 12 ||
              next_segments.size() != 1 || split_label(next_segments.front()) || next.text.size() >= 160)
            break;
          value += " " + clean(next.text);
          continued.push_back(j);
        }
      }
      if (value.empty() && s + 1 == segments.size()) {
        const std::size_t j = next_line(i);
        if (j < end && !out.used[j] && source.lines[j].text.size() < 160) {
          const auto next_segments = segments_of(source.lines[j].text);
          if (!next_segments.empty() && !split_label(next_segments.front())) {
            value = clean(source.lines[j].text);
            value_line = j;
          }
        }
      }
      if (value.empty()) {
        out.notes.emplace_back(i, trim_separators(clean(segments[s])) + ": no value after the label");
        continue;
      }
      if (reader.read(labelled->label, value, label_text, value_line)) {
        if (value_line != i) out.used[value_line] = true;
        for (const auto j : continued) out.used[j] = true;
      }
    }
    if (any) {
      out.used[i] = true;
    } else if (reader.read_loose(clean(source.lines[i].text), i)) {
      out.used[i] = true;
    }
  }
  return out;
}

}  // namespace styrdok
