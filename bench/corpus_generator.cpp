// Writes a deterministic synthetic styrdok site for benchmarks: a site.yaml
// and, per organisation, documents with one to three versions of about
// 2,100 words each, in Swedish-like text (å, ä, ö, compounds) with
// headings, lists and a table. The same arguments always give the same
// bytes. Later revisions change a few paragraphs and add a section, as
// real revisions do. Every fifth document has an action plan whose goals
// point at headings of its current version.
//
//   corpus_generator [--shape versions|single] DOCUMENTS OUTDIR
//
// --shape versions (the default): one to three versions per document, a
// small vocabulary (80 nouns and their two-part compounds).
// --shape single: one version per document and a larger vocabulary: 480
// nouns (the 80 and 400 made of Swedish-like syllables), a fifth of the
// words compounds. The search index's cost depends on
// the number of distinct words, which this shape makes much larger.
//
// OUTDIR must not exist or be empty. Writes OUTDIR/site.yaml,
// OUTDIR/content/<organisation>/<document>/<date>.md and
// OUTDIR/content/<organisation>/<document>/handlingsplaner/handlingsplan.yaml.
//
// The search benchmark's queries find what the corpus plants, so that each
// is well defined at any size (the words occur nowhere else):
//   kCommonWord "tillit"      in one section of 9 documents out of 10;
//   kRareWord   "renskötsel"  in 5 documents (all of them below 5);
//   kPairWord   "insyn"       beside "tillit" in the same sentence in 1
//                             document out of 10, and in a section without
//                             it in another 1 out of 10 (so "tillit insyn"
//                             finds fewer sections than pages).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// splitmix64: small, fast and the same everywhere.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  // Skewed towards the start of a list, as word frequencies are.
  std::size_t skewed(std::size_t n) {
    const double u = static_cast<double>(next() >> 11) / 9007199254740992.0;
    return static_cast<std::size_t>(u * u * static_cast<double>(n));
  }

 private:
  std::uint64_t state_;
};

const std::vector<std::string> kNouns = {
    "kommun",      "arbete",        "integration", "utbildning",  "bostad",      "försörjning", "praktik",
    "plats",       "nämnd",         "förvaltning", "samverkan",   "språk",       "skola",       "förskola",
    "hälsa",       "omsorg",        "möte",        "förening",    "näringsliv",  "företag",     "ungdom",
    "familj",      "trygghet",      "miljö",       "kultur",      "fritid",      "idrott",      "bibliotek",
    "vård",        "äldre",         "barn",        "elev",        "lärare",      "tjänst",      "uppdrag",
    "åtgärd",      "mål",           "ansvar",      "uppföljning", "plan",        "beslut",      "resurs",
    "område",      "service",       "invånare",    "medborgare",  "region",      "stöd",        "tillgång",
    "delaktighet", "jämlikhet",     "mångfald",    "kunskap",     "förmåga",     "väg",         "kollektivtrafik",
    "säkerhet",    "krisberedskap", "vatten",      "avfall",      "energi",      "klimat",      "natur",
    "hamn",        "fastighet",     "lokal",       "ekonomi",     "budget",      "upphandling", "avtal",
    "personal",    "chef",          "medarbetare", "kompetens",   "rekrytering", "lön",         "arbetsmiljö",
    "hållbarhet",  "turism",        "besök",
};
const std::vector<std::string> kVerbs = {
    "ska",     "bör",      "erbjuder", "arbetar",  "samverkar",   "utvecklar", "främjar",    "säkerställer",
    "stödjer", "följer",   "ansvarar", "planerar", "prioriterar", "skapar",    "förbättrar", "underlättar",
    "möter",   "granskar", "leder",    "använder", "genomför",    "motverkar", "bidrar",     "värnar",
};
const std::vector<std::string> kAdjectives = {
    "god",       "tydlig",      "långsiktig", "hållbar",      "trygg",    "effektiv", "gemensam", "lokal",
    "nyanlända", "äldre",       "särskild",   "övergripande", "digital",  "kommunal", "regional", "öppen",
    "jämställd", "tillgänglig", "aktiv",      "snabb",        "flexibel", "viktig",   "ny",       "nära",
};
const std::vector<std::string> kSmall = {"och", "i",   "för", "att", "med",  "av",  "på",   "till",  "som", "det",
                                         "en",  "ett", "de",  "om",  "inom", "hos", "utan", "genom", "vid", "mot"};
const std::vector<std::string> kEndings = {"", "", "", "en", "er", "erna", "ar", "arna", "s", "et", "na"};
const std::vector<std::string> kPlaces = {"Å",   "Ä",    "Ö",    "Berg", "Dal", "Sjö", "Ek",   "Lund", "Mark", "Strand",
                                          "Hav", "Fors", "Holm", "Näs",  "Vik", "Ås",  "Torp", "Kil",  "Bro",  "Hed"};
const std::vector<std::string> kPlaceEnds = {"by",   "sund", "köping", "ö",   "backa", "fors", "målen", "rum",
                                             "stad", "torp", "åker",   "näs", "vik",   "dal",  "ås",    "holm"};
const std::vector<std::string> kTypes = {"policy",   "riktlinjer", "plan",         "program",
                                         "strategi", "regler",     "handlingsplan"};

// The nouns words are made of, and how often a word is a compound.
struct Vocabulary {
  std::vector<std::string> nouns;
  std::size_t compound_in_10 = 1;  // compounds per ten words
};

Vocabulary versions_vocabulary() { return {kNouns, 1}; }

// kNouns, then 400 nouns of one or two Swedish-like syllables, each once.
Vocabulary single_vocabulary() {
  static const std::vector<std::string> onsets = {"b",  "bl", "br", "d",  "dr", "f",  "fl", "fr",  "g",  "gl",
                                                  "gr", "h",  "j",  "k",  "kl", "kr", "l",  "m",   "n",  "p",
                                                  "pl", "r",  "s",  "sk", "sl", "sm", "sn", "sp",  "st", "str",
                                                  "sv", "t",  "tr", "v",  "",   "kv", "sj", "skr", "tj", "fj"};
  static const std::vector<std::string> vowels = {"a", "e", "i", "o", "u", "y", "å", "ä", "ö"};
  static const std::vector<std::string> codas = {"ng", "nd", "rk", "st", "ll", "rr", "mm", "k",  "t",  "d",
                                                 "g",  "r",  "l",  "n",  "ft", "kt", "rd", "lv", "mp", "sk"};
  Vocabulary v{kNouns, 2};
  Random r(7);
  std::vector<std::string> made;
  while (made.size() < 400) {
    std::string noun;
    for (std::size_t k = 0, n = 1 + r.below(2); k < n; ++k)
      noun += onsets[r.below(onsets.size())] + vowels[r.below(vowels.size())] + codas[r.below(codas.size())];
    if (noun.size() < 4 || std::find(made.begin(), made.end(), noun) != made.end()) continue;
    made.push_back(noun);
  }
  v.nouns.insert(v.nouns.end(), made.begin(), made.end());
  return v;
}

// The random source and the vocabulary the text is drawn from.
class Words {
 public:
  Words(std::uint64_t seed, const Vocabulary& vocabulary) : random_(seed), vocabulary_(vocabulary) {}
  std::uint64_t next() { return random_.next(); }
  std::size_t below(std::size_t n) { return random_.below(n); }
  std::size_t skewed(std::size_t n) { return random_.skewed(n); }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  const std::string& noun() { return vocabulary_.nouns[below(vocabulary_.nouns.size())]; }
  const std::string& common_noun() { return vocabulary_.nouns[skewed(vocabulary_.nouns.size())]; }

 private:
  Random random_;
  const Vocabulary& vocabulary_;
};

// The planted query words (see the top of the file); bench/search_bench.mjs
// queries them.
const std::string kCommonWord = "tillit";
const std::string kRareWord = "renskötsel";
const std::string kPairWord = "insyn";

// A compound's linking s, as Swedish writes it after most nouns.
std::string linked(Words& r, std::string w) {
  if (r.below(2) && w.back() != 's' && w.back() != 'a' && w.back() != 'e') w += 's';
  return w;
}

std::string word(Words& r) {
  const std::size_t kind = r.below(10);
  if (kind < 4) return kSmall[r.skewed(kSmall.size())];
  if (kind == 4) return kVerbs[r.skewed(kVerbs.size())];
  if (kind == 5) return kAdjectives[r.skewed(kAdjectives.size())];
  if (kind < 6 + r.vocabulary().compound_in_10) {  // a compound, often with the linking s
    const std::string w = linked(r, r.common_noun());
    return w + r.common_noun() + kEndings[r.below(kEndings.size())];
  }
  return r.common_noun() + kEndings[r.below(kEndings.size())];
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

std::string sentence(Words& r, std::size_t& words) {
  const std::size_t n = 8 + r.below(12);
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += (i ? " " : "") + (i ? word(r) : capitalised(word(r)));
  words += n;
  return s + ".";
}

std::string paragraph(Words& r, std::size_t& words) {
  std::string p;
  for (std::size_t i = 0, n = 2 + r.below(4); i < n; ++i) p += (i ? " " : "") + sentence(r, words);
  return p + "\n\n";
}

std::string heading_text(Words& r) { return capitalised(r.noun()) + " och " + r.noun(); }

// One section: a heading, paragraphs, sometimes a list or a table.
std::string section(Words& r, std::size_t& words, int number) {
  std::string s = "## " + std::to_string(number) + ". " + heading_text(r) + "\n\n";
  s += paragraph(r, words);
  if (r.below(3) == 0) {
    s += capitalised(r.noun()) + " ska:\n\n";
    for (std::size_t i = 0, n = 3 + r.below(4); i < n; ++i) s += "- " + sentence(r, words) + "\n";
    s += "\n";
  }
  if (r.below(4) == 0) {
    s += "### " + heading_text(r) + "\n\n" + paragraph(r, words);
  }
  s += paragraph(r, words);
  if (r.below(8) == 0) {
    s += "| Åtgärd | Ansvar | Klart |\n|---|---|---|\n";
    for (int i = 0; i < 4; ++i)
      s += "| " + capitalised(word(r)) + " " + word(r) + " | " + capitalised(r.noun()) + "nämnden | " +
           std::to_string(2020 + static_cast<int>(r.below(8))) + " |\n";
    words += 16;
    s += "\n";
  }
  return s;
}

std::vector<std::string> sections_of(Words& r, std::size_t target_words) {
  std::vector<std::string> out;
  std::size_t words = 0;
  while (words < target_words) out.push_back(section(r, words, static_cast<int>(out.size()) + 1));
  return out;
}

// Plants the query words into a document's sections (before any revision,
// so every version has them); returns which were planted, for the summary.
struct Planted {
  bool common = false, rare = false, pair = false;
};
Planted plant_query_words(Words& r, std::vector<std::string>& sections, long document, long documents) {
  const auto insert_paragraph = [&](std::size_t at, const std::string& text) {
    auto& s = sections[at % sections.size()];
    const auto cut = s.find("\n\n");
    s = s.substr(0, cut + 2) + text + "\n\n" + s.substr(cut + 2);
  };
  Planted planted;
  const std::size_t at = r.below(sections.size());
  if (document % 10 == 3) {
    insert_paragraph(at, "Arbetet bygger på " + kCommonWord + " och " + kPairWord + " mellan invånare och kommun.");
    planted.common = planted.pair = true;
  } else if (document % 10 != 0) {
    insert_paragraph(at, "Arbetet bygger på " + kCommonWord + " mellan invånare och kommun.");
    planted.common = true;
  }
  if (document % 10 == 6) {
    insert_paragraph(at + 1, "Nämnden ger invånare " + kPairWord + " i sina beslut.");
    planted.pair = true;
  }
  // Five documents spread over the corpus (every document of a smaller one).
  const long step = std::max(1L, documents / 5), from_first = document - documents / 10;
  if (from_first >= 0 && from_first % step == 0 && from_first / step < 5) {
    insert_paragraph(at + 2, "Planen tar hänsyn till " + kRareWord + " i området.");
    planted.rare = true;
  }
  return planted;
}

// The anchor styrdok gives a heading (core/slug.h: folded, lower case, runs
// of anything but [a-z0-9] as one hyphen), for the generated headings'
// letters: ASCII, å, ä and ö.
std::string anchor_of_heading(const std::string& text) {
  std::string folded;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      const unsigned char d = static_cast<unsigned char>(text[++i]);
      folded += (d == 0xB6 || d == 0x96) ? 'o' : 'a';  // ö Ö; else å ä Å Ä
    } else {
      folded += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  std::string out;
  bool hyphen = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (hyphen && !out.empty()) out += '-';
      hyphen = false;
      out += c;
    } else {
      hyphen = true;
    }
  }
  return out;
}

// The anchor of a section's "## N. …" heading.
std::string section_anchor(const std::string& section) {
  return anchor_of_heading(section.substr(3, section.find('\n') - 3));
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string day(int year, int month, int day_of_month) {
  return std::to_string(year) + "-" + two(month) + "-" + two(day_of_month);
}

const std::vector<std::string> kMonths = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                          "juli",    "augusti",  "september", "oktober", "november", "december"};

// A deadline in one of the forms clerks write (content/deadline_text.h),
// `years` after `year`.
std::string deadline(Words& r, int year) {
  const int month = 1 + static_cast<int>(r.below(12));
  switch (r.below(5)) {
    case 0: return day(year, month, 1 + static_cast<int>(r.below(28)));
    case 1: return kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
    case 2: return "innan " + kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year);
    case 3: return "senast " + std::to_string(year);
    default: return std::to_string(year) + "-" + two(month);
  }
}

// One action (and sometimes sub-actions) of a plan decided on `year`-`month`.
std::string action(Words& r, const std::string& id, const std::string& indent, const std::vector<std::string>& anchors,
                   int year, int month, bool with_children) {
  std::size_t ignored = 0;
  std::string a = indent + "- id: \"" + id + "\"\n";
  std::string title = sentence(r, ignored);
  title.pop_back();  // the full stop
  a += indent + "  title: " + title + "\n";
  if (r.below(2)) a += indent + "  description: " + sentence(r, ignored) + "\n";
  if (r.below(2)) a += indent + "  responsible: " + capitalised(r.noun()) + "nämnden\n";
  if (r.below(4) == 0)
    a += indent + "  partners: [" + capitalised(r.noun()) + "förvaltningen, " + capitalised(r.noun()) + "enheten]\n";
  a += indent + "  start: " + kMonths[static_cast<std::size_t>(month - 1)] + " " + std::to_string(year) + "\n";
  const int due = year + 1 + static_cast<int>(r.below(3));
  a += indent + "  deadline: " + deadline(r, due) + "\n";
  a += indent + "  goals: [" + anchors[r.below(anchors.size())] + "]\n";
  // Reports a year apart from the plan's decision, each further along.
  const std::size_t reports = r.below(3);
  const std::size_t state = r.below(3);  // 0 planned, 1 in progress, 2 done
  if (reports == 0) {
    if (state == 2) {
      a += indent + "  status: done\n" + indent + "  completed: " + day(due, 1 + static_cast<int>(r.below(12)), 15) +
           "\n";
    } else if (state == 1) {
      a += indent + "  status: in_progress\n" + indent + "  progress: " + std::to_string(10 * (1 + r.below(9))) + "\n";
    }
  } else {
    a += indent + "  reports:\n";
    for (std::size_t k = 0; k < reports; ++k) {
      const bool last = k + 1 == reports;
      const bool done = last && state == 2;
      const int progress = done ? 100 : static_cast<int>(30 * (k + 1) + r.below(10));
      a += indent + "    - date: " + day(year + 1 + static_cast<int>(k), month, 1 + static_cast<int>(r.below(28))) +
           "\n";
      a += indent + "      status: " + (done ? "done" : "in_progress") + "\n";
      a += indent + "      progress: " + std::to_string(progress) + "\n";
      a += indent + "      text: " + sentence(r, ignored) + "\n";
    }
  }
  if (with_children && r.below(4) == 0) {
    a += indent + "  actions:\n";
    for (std::size_t c = 0, n = 2 + r.below(2); c < n; ++c)
      a += action(r, id + "." + std::to_string(c + 1), indent + "    ", anchors, year, month, false);
  }
  return a;
}

// An action plan for the current version `version_id` (decided on
// `year`-`month`) whose sections are `sections`.
std::string action_plan(Words& r, const std::string& title, const std::string& version_id, int year, int month,
                        const std::vector<std::string>& sections) {
  std::vector<std::string> anchors;
  for (const auto& s : sections) anchors.push_back(section_anchor(s));
  std::string lower = title;
  if (!lower.empty() && lower[0] >= 'A' && lower[0] <= 'Z') lower[0] = static_cast<char>(lower[0] + 32);
  std::string p = "title: Handlingsplan för " + lower + "\nversion: " + version_id +
                  "\nresponsible: Kommunstyrelsen\ndecided_by: Kommunstyrelsen\ndecision_date: " + version_id +
                  "\nsummary: Tidssatta åtgärder för att nå dokumentets mål.\nrollup: average\n"
                  "due_soon_days: 30\nstale_after_days: 365\nactions:\n";
  for (std::size_t i = 0, n = 3 + r.below(6); i < n; ++i)
    p += action(r, std::to_string(i + 1), "  ", anchors, year, month, true);
  return p;
}

bool write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool single = false;
  if (args.size() == 4 && args[0] == "--shape" && (args[1] == "single" || args[1] == "versions")) {
    single = args[1] == "single";
    args.erase(args.begin(), args.begin() + 2);
  }
  if (args.size() != 2) {
    std::fprintf(stderr, "usage: corpus_generator [--shape versions|single] DOCUMENTS OUTDIR\n");
    return 2;
  }
  const long documents = std::atol(args[0].c_str());
  const fs::path out = args[1];
  if (documents < 1 || (fs::exists(out) && !fs::is_empty(out))) {
    std::fprintf(stderr, "corpus_generator: DOCUMENTS must be >= 1 and OUTDIR new or empty\n");
    return 2;
  }
  const Vocabulary vocabulary = single ? single_vocabulary() : versions_vocabulary();
  Words r(20261123, vocabulary);
  const long organisations = std::max(1L, std::min(100L, documents / 25));
  std::string site =
      "title: Syntetisk testwebbplats\nlanguage: sv\nbase_url: https://example.org/styrdokument/\n"
      "description: Genererade styrdokument för prestandamätning.\norganisations:\n";
  std::vector<std::string> org_ids;
  for (long o = 0; o < organisations; ++o) {
    const std::string name = kPlaces[static_cast<std::size_t>(o) % kPlaces.size()] +
                             kPlaceEnds[static_cast<std::size_t>(o / 20) % kPlaceEnds.size()];
    const std::string id = "org" + std::to_string(o + 1);
    org_ids.push_back(id);
    site += "  - id: " + id + "\n    name: " + name + " kommun\n";
  }
  site +=
      "accessibility:\n  compliance: partial\n  shortcomings:\n    - Texterna är genererade.\n"
      "  assessment_method: Automatiska tester.\n  assessment_date: 2026-11-23\n  statement_date: 2026-11-23\n"
      "  contact_email: webb@example.org\n";
  if (!write(out / "site.yaml", site)) return 1;

  std::size_t total_words = 0, files = 0, plans = 0, planted_common = 0, planted_rare = 0, planted_pair = 0;
  for (long d = 0; d < documents; ++d) {
    const std::string& org = org_ids[static_cast<std::size_t>(d % organisations)];
    const std::string type = kTypes[r.below(kTypes.size())];
    const std::string title = capitalised(type) + " för " + r.noun() + " och " + r.noun() + " " + std::to_string(d + 1);
    const fs::path dir = out / "content" / org / ("dokument-" + std::to_string(d + 1));
    std::vector<std::string> sections = sections_of(r, 1850);
    const Planted planted = plant_query_words(r, sections, d, documents);
    planted_common += planted.common;
    planted_rare += planted.rare;
    planted_pair += planted.pair;
    const std::size_t versions = single ? 1 : 1 + r.below(3);
    int year = 2014 + static_cast<int>(r.below(4));
    int month = 1;
    std::string current;
    for (std::size_t v = 0; v < versions; ++v) {
      if (v > 0) {  // a revision: a few paragraphs rewritten, one section added
        std::size_t ignored = 0;
        for (std::size_t k = 0; k < 2; ++k) {
          auto& s = sections[r.below(sections.size())];
          const auto cut = s.find("\n\n");
          s = s.substr(0, cut + 2) + paragraph(r, ignored) + s.substr(cut + 2);
        }
        sections.push_back(section(r, ignored, static_cast<int>(sections.size()) + 1));
      }
      year += 1 + static_cast<int>(r.below(3));
      month = 1 + static_cast<int>(r.below(12));
      const std::string date = day(year, month, 1 + static_cast<int>(r.below(28)));
      current = date;
      std::string text = "---\ntitle: " + title + "\ntype: " + type +
                         "\ndecided_by: Kommunfullmäktige\ndecision_date: " + date +
                         "\nvalid_until: until_further_notice\nsummary: " + capitalised(type) +
                         " som beskriver kommunens arbete med " + r.noun() + ".\n---\n\n";
      for (const auto& s : sections) text += s;
      for (const auto& s : sections)
        for (char c : s) total_words += c == ' ' ? 1 : 0;
      if (!write(dir / (date + ".md"), text)) return 1;
      ++files;
    }
    if (d % 5 == 4) {
      const std::string plan = action_plan(r, title, current, year, month, sections);
      if (!write(dir / "handlingsplaner" / "handlingsplan.yaml", plan)) return 1;
      ++plans;
    }
  }
  std::printf(
      "corpus: %ld organisations, %ld documents, %zu versions, about %zu words per version, %zu action plans; "
      "query words: \"%s\" in %zu documents, \"%s\" in %zu, \"%s\" in %zu\n",
      organisations, documents, files, files ? total_words / files : 0, plans, kCommonWord.c_str(), planted_common,
      kRareWord.c_str(), planted_rare, kPairWord.c_str(), planted_pair);
  return 0;
}
