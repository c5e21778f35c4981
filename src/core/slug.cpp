#include "core/slug.h"

#include "core/utf8.h"

namespace styrdok {

namespace {

// Latin-1 Supplement and a few Latin Extended-A letters, lower-cased and folded.
const char* fold_latin(std::uint32_t cp) {
  switch (cp) {
    case 0xC0:
    case 0xC1:
    case 0xC2:
    case 0xC3:
    case 0xC4:
    case 0xC5:
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE4:
    case 0xE5: return "a";
    case 0xC6:
    case 0xE6: return "ae";
    case 0xC7:
    case 0xE7: return "c";
    case 0xC8:
    case 0xC9:
    case 0xCA:
    case 0xCB:
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB: return "e";
    case 0xCC:
    case 0xCD:
    case 0xCE:
    case 0xCF:
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF: return "i";
    case 0xD0:
    case 0xF0: return "d";
    case 0xD1:
    case 0xF1: return "n";
    case 0xD2:
    case 0xD3:
    case 0xD4:
    case 0xD5:
    case 0xD6:
    case 0xD8:
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF6:
    case 0xF8: return "o";
    case 0xD9:
    case 0xDA:
    case 0xDB:
    case 0xDC:
    case 0xF9:
    case 0xFA:
    case 0xFB:
    case 0xFC: return "u";
    case 0xDD:
    case 0xFD:
    case 0xFF: return "y";
    case 0xDE:
    case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0x160:
    case 0x161: return "s";
    case 0x17D:
    case 0x17E: return "z";
    case 0x152:
    case 0x153: return "oe";
    default: return nullptr;
  }
}

// Combining accents: "a" and U+030A is how macOS and text copied from a
// PDF write "å", which folds to "a" as the one code point does. Arabic
// vowel marks (harakat) and the tatweel, which most text leaves out.
bool dropped_mark(std::uint32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640;
}

}  // namespace

std::string fold_diacritics(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto cp = next_code_point(s, i);
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    } else if (dropped_mark(cp)) {
      // left out
    } else if (const char* f = fold_latin(cp)) {
      out += f;
    } else {
      append_utf8(out, cp);
    }
  }
  return out;
}

std::size_t folded_size(std::uint32_t cp) {
  if (cp < 0x80) return 1;
  if (dropped_mark(cp)) return 0;
  if (const char* f = fold_latin(cp)) return std::char_traits<char>::length(f);
  return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

std::string slugify(std::string_view s) {
  const std::string folded = fold_diacritics(s);
  std::string out;
  bool pending_hyphen = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (pending_hyphen && !out.empty()) out += '-';
      pending_hyphen = false;
      out += c;
    } else {
      pending_hyphen = true;
    }
  }
  return out;
}

std::string slugify_any_script(std::string_view s) {
  const std::string folded = fold_diacritics(s);
  std::string out;
  bool pending_hyphen = false;
  for (std::size_t i = 0; i < folded.size();) {
    const auto cp = next_code_point(folded, i);
    const bool ascii_word = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    // Beyond ASCII: letters, not the punctuation and symbols of U+2000–U+2BFF,
    // U+3000–U+303F, Arabic punctuation or the no-break space.
    const bool other_word = cp >= 0xC0 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F) &&
                            cp != 0x060C && cp != 0x061B && cp != 0x061F && cp != 0x06D4 && cp != 0xFEFF &&
                            cp != 0xD7 && cp != 0xF7;
    if (ascii_word || other_word) {
      if (pending_hyphen && !out.empty()) out += '-';
      pending_hyphen = false;
      append_utf8(out, cp);
    } else {
      pending_hyphen = true;
    }
  }
  return out;
}

std::string UniqueIds::claim(const std::string& wanted) {
  if (used_.insert(wanted).second) return wanted;
  int& next = next_.try_emplace(wanted, 2).first->second;
  for (;; ++next) {
    std::string candidate = wanted + "-" + std::to_string(next);
    if (used_.insert(candidate).second) {
      ++next;
      return candidate;
    }
  }
}

}  // namespace styrdok
