#include "core/url_scheme.h"

#include <cstdio>
#include <utility>

namespace styrdok {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_scheme_char(char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool is_control_or_space(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u <= 0x20 || u == 0x7F;
}

// The character an HTML character reference at s[i] ('&') stands for, if it
// is one a browser would decode to a character that matters in a scheme
// (":", tab, newline or an ASCII letter); advances i past it.
std::optional<char> character_reference(std::string_view s, std::size_t& i) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {  // "&#58;", "&#x3A;", also without ';'
    ++j;
    const bool hex = j < s.size() && lower(s[j]) == 'x';
    if (hex) ++j;
    unsigned long value = 0;
    const std::size_t first = j;
    for (; j < s.size(); ++j) {
      const char c = lower(s[j]);
      int d = -1;
      if (c >= '0' && c <= '9') d = c - '0';
      if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      if (d < 0) break;
      if (value < 0x110000) value = value * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    }
    if (j == first || value >= 0x80) return std::nullopt;
    i = j < s.size() && s[j] == ';' ? j + 1 : j;
    return static_cast<char>(value);
  }
  std::string name;
  while (j < s.size() && name.size() < 16 && is_alpha(s[j])) name += lower(s[j++]);
  if (j >= s.size() || s[j] != ';') return std::nullopt;
  static constexpr std::pair<std::string_view, char> kNamed[] = {{"colon", ':'}, {"tab", '\t'},  {"newline", '\n'},
                                                                 {"sol", '/'},   {"quest", '?'}, {"num", '#'}};
  for (const auto& [n, c] : kNamed) {
    if (name == n) {
      i = j + 1;
      return c;
    }
  }
  return std::nullopt;
}

std::string shown(std::string_view url) {
  std::string out;
  for (char c : url.substr(0, 80)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      out += buf;
    } else {
      out += c;
    }
  }
  if (url.size() > 80) out += "…";
  return out;
}

}  // namespace

UrlScheme url_scheme(std::string_view url) {
  // As a browser reads it (WHATWG URL): leading and trailing controls and
  // spaces are stripped, tabs and newlines removed anywhere; character
  // references count as what they stand for. The scheme is the letters
  // before the first ':' if it comes before any '/', '?' or '#'.
  std::string scheme;
  bool started = false;
  for (std::size_t i = 0; i < url.size();) {
    char c = url[i];
    if (c == '&') {
      if (auto decoded = character_reference(url, i)) {
        c = *decoded;
      } else {
        ++i;
      }
    } else {
      ++i;
    }
    if (is_control_or_space(c)) {
      // Ignored before the scheme and inside it; a space after letters ends it.
      if (c == ' ' && started) return {"", true};
      continue;
    }
    if (c == ':') {
      if (scheme.empty() || !is_alpha(scheme[0])) return {"", true};
      const bool allowed = scheme == "https" || scheme == "http" || scheme == "mailto" || scheme == "tel";
      return {scheme, allowed};
    }
    if (!is_scheme_char(c)) return {"", true};  // '/', '?', '#', '.', a letter beyond ASCII: relative
    started = true;
    if (scheme.size() > 64) return {"", true};
    scheme += lower(c);
  }
  return {"", true};
}

std::optional<std::string> check_url_scheme(std::string_view url) {
  const UrlScheme s = url_scheme(url);
  if (s.allowed) return std::nullopt;
  return "the address '" + shown(url) + "' has the scheme '" + s.scheme +
         ":', which is not allowed in a link; use https:, http:, mailto:, tel: or an address within the site";
}

}  // namespace styrdok
