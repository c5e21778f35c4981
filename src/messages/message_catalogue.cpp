#include "messages/message_catalogue.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "content/key_aliases.h"
#include "content/yaml_fields.h"
#include "core/limits.h"
#include "theme/builtin_theme.h"

namespace styrdok {

namespace {

// A message longer than this is shown as it is: its parts are the clerk's
// own text (a whole paragraph, say), and matching it would cost for nothing.
constexpr std::size_t kLongestTranslated = 2000;
// Parts that are messages in their turn are translated this deep.
constexpr int kDeepest = 2;
// Ways of splitting one message into a template's parts tried before giving
// up: a template with several parts could otherwise try a number of splits
// that grows as a power of the message's length.
constexpr int kMostTries = 10000;

std::vector<std::string> split_template(std::string_view text) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "{}") == 0) {
      out.emplace_back();
      ++i;
    } else {
      out.back() += text[i];
    }
  }
  return out;
}

// Matches `message` against `literals` from literal `i` on, the text before
// `pos` already matched; the parts found go to `parts`.
bool match(std::string_view message, const std::vector<std::string>& literals, std::size_t i, std::size_t pos,
           std::vector<std::string_view>& parts, int& tries) {
  if (++tries > kMostTries) return false;
  if (i + 1 == literals.size()) return pos == message.size();
  const std::string& next = literals[i + 1];
  if (i + 2 == literals.size()) {  // the last part runs to the last literal, which ends the message
    if (message.size() < pos + 1 + next.size() || message.compare(message.size() - next.size(), next.size(), next) != 0)
      return false;
    parts.push_back(message.substr(pos, message.size() - next.size() - pos));
    return true;
  }
  for (std::size_t at = message.find(next, pos + 1); at != std::string_view::npos; at = message.find(next, at + 1)) {
    parts.push_back(message.substr(pos, at - pos));
    if (match(message, literals, i + 1, at + next.size(), parts, tries)) return true;
    if (tries > kMostTries) return false;
    parts.pop_back();
  }
  return false;
}

std::size_t literal_length(const std::vector<std::string>& literals) {
  std::size_t n = 0;
  for (const auto& l : literals) n += l.size();
  return n;
}

}  // namespace

std::optional<MessageCatalogue> MessageCatalogue::parse(std::string_view yaml, const std::string& path,
                                                        Diagnostics& diagnostics) {
  const auto parsed = parse_yaml(std::string(yaml), path, 1, diagnostics);
  if (!parsed) return std::nullopt;
  const YAML::Node& root = *parsed;
  MessageCatalogue out;
  if (root.IsNull()) return out;
  if (!root.IsMap()) {
    diagnostics.error({path, 1, 1}, "a messages file must be lines of the form '\"English message\": translation'");
    return std::nullopt;
  }
  bool ok = true;
  for (auto it = root.begin(); it != root.end(); ++it) {
    const SourceLocation where = YamlSource{yaml, path, 1}.location(it->first.Mark());
    if (!it->first.IsScalar() || !it->second.IsScalar()) {
      diagnostics.error(where, "each message and its translation must be single lines of text");
      ok = false;
      continue;
    }
    Entry e;
    e.literals = split_template(it->first.Scalar());
    const std::string& target = it->second.Scalar();
    const int parts = static_cast<int>(e.literals.size()) - 1;
    std::string literal;
    int next_part = 0;
    bool bad = false;
    for (std::size_t i = 0; i < target.size(); ++i) {
      if (target[i] == '{') {
        const auto close = target.find('}', i);
        const std::string inside = close == std::string::npos ? "x" : target.substr(i + 1, close - i - 1);
        if (inside.empty() || std::all_of(inside.begin(), inside.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          const int n = inside.empty() ? next_part++ : std::stoi(inside) - 1;
          bad = bad || n < 0 || n >= parts;
          e.target.push_back(literal);
          e.order.push_back(n);
          literal.clear();
          i = close;
          continue;
        }
      }
      literal += target[i];
    }
    e.target.push_back(literal);
    if (bad || static_cast<int>(e.order.size()) != parts) {
      diagnostics.error(where, "the translation must hold the message's " + std::to_string(parts) +
                                   " varying parts, as {} or {1}, {2} …");
      ok = false;
      continue;
    }
    out.entries_.push_back(std::move(e));
  }
  if (!ok) return std::nullopt;
  // The most specific template first: "missing required key 'items' (the
  // agenda)" before "missing required key '{}'".
  std::stable_sort(out.entries_.begin(), out.entries_.end(), [](const Entry& a, const Entry& b) {
    return literal_length(a.literals) > literal_length(b.literals);
  });
  return out;
}

MessageCatalogue MessageCatalogue::for_language(const std::string& language, const FileSystem* site) {
  MessageCatalogue out;
  if (language.empty() || language == "en") return out;
  const std::string name = "i18n/messages/" + language + ".yaml";
  Diagnostics ignored;  // a broken catalogue leaves the messages in English, never stops a command
  if (site) {
    if (auto own = site->read(name)) {
      if (auto c = parse(*own, name, ignored)) out.entries_ = std::move(c->entries_);
    }
  }
  const std::string builtin_path = std::string(kBuiltinThemeDir) + "/" + name;
  if (auto builtin = builtin_theme_files().read(builtin_path)) {
    if (auto c = parse(*builtin, builtin_path, ignored)) {
      out.entries_.insert(out.entries_.end(), c->entries_.begin(), c->entries_.end());
    }
  }
  return out;
}

std::optional<std::string> MessageCatalogue::translate_whole(std::string_view message, int depth) const {
  if (message.empty() || message.size() > kLongestTranslated) return std::nullopt;
  for (const auto& e : entries_) {
    if (message.compare(0, e.literals.front().size(), e.literals.front()) != 0) continue;
    std::vector<std::string_view> parts;
    int tries = 0;
    if (e.literals.size() == 1 ? message != e.literals.front()
                               : !match(message, e.literals, 0, e.literals.front().size(), parts, tries)) {
      continue;
    }
    std::string out = e.target.front();
    for (std::size_t i = 0; i < e.order.size(); ++i) {
      const std::string_view part = parts[static_cast<std::size_t>(e.order[i])];
      // A part that ran to the end of the message may hold the clauses
      // after it ("a, b; did you mean 'b'?"): those are translated too.
      std::string text(part);
      if (depth < kDeepest) {
        if (auto inner = translate_whole(part, depth + 1)) {
          text = std::move(*inner);
        } else if (part.find("; ") != std::string_view::npos) {
          text = translate_clauses(part, depth + 1);
        }
      }
      out += text;
      out += e.target[i + 1];
    }
    return out;
  }
  return std::nullopt;
}

std::string MessageCatalogue::translate_clauses(std::string_view message, int depth) const {
  std::string out;
  std::size_t start = 0;
  while (start <= message.size()) {
    auto end = message.find("; ", start);
    if (end == std::string_view::npos) end = message.size();
    const std::string_view clause = message.substr(start, end - start);
    const auto translated = translate_whole(clause, depth);
    if (start > 0) out += "; ";
    out += translated ? *translated : std::string(clause);
    start = end + 2;
  }
  return out;
}

std::string MessageCatalogue::translate(std::string_view message) const {
  if (entries_.empty()) return std::string(message);
  if (auto whole = translate_whole(message, 0)) return *whole;
  return translate_clauses(message, 0);
}

Diagnostic MessageCatalogue::translate(const Diagnostic& d) const {
  Diagnostic out = d;
  out.message = translate(d.message);
  return out;
}

std::string MessageCatalogue::to_string(const Diagnostic& d) const {
  std::string out = translate(d).to_string();
  if (d.severity != Severity::warning || entries_.empty()) return out;
  const std::string english = Diagnostic{d.where, "", d.severity}.to_string();        // "path:1:2: warning: "
  const std::string location = Diagnostic{d.where, "", Severity::error}.to_string();  // "path:1:2: "
  if (out.starts_with(english)) out.replace(0, english.size(), location + translate("warning") + ": ");
  return out;
}

std::string message_language(const std::string& flag, const FileSystem* site) {
  if (!flag.empty()) return flag;
  if (!site) return "sv";
  Diagnostics ignored;  // the build reports the site file's errors; its messages stay Swedish
  if (text_file_too_large(*site, "site.yaml", InputLimits{}, ignored)) return "sv";
  const auto text = site->read("site.yaml");
  if (!text) return "sv";
  const auto root = parse_yaml(*text, "site.yaml", 1, ignored);
  if (root && root->IsMap()) {
    for (auto it = root->begin(); it != root->end(); ++it) {
      if (it->first.IsScalar() && names_key(it->first.Scalar(), "language") && it->second.IsScalar()) {
        // A language styrdok has no messages in ("de") is an error of the
        // site file, which the clerk should read in the default language.
        return it->second.Scalar() == "en" ? "en" : "sv";
      }
    }
  }
  return "sv";
}

}  // namespace styrdok
