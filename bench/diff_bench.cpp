// Times compare_bodies (diff/version_comparison.h) on two generated versions
// of a ~20,000-word Swedish-like document: sections with numbered headings,
// paragraphs, lists and quotes; the newer version has ~2% of its words
// replaced, deleted or inserted, one section moved, one renamed and one added
// (so every heading after it is renumbered). The text comes from a fixed
// linear congruential generator, so every run compares the same bodies.
//
// Usage: diff_bench [--runs N]   (default 51). Prints the command, then the
// median and minimum of N timed runs (after one untimed warm-up) and the
// comparison's counts.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/slug.h"
#include "diff/version_comparison.h"
#include "markdown/body.h"

namespace {

using styrdok::Block;
using styrdok::Body;

class Lcg {
 public:
  explicit Lcg(std::uint64_t seed) : state_(seed) {}
  int below(int n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state_ >> 33) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

// Words of Stenungsund's integration policy and their like, space-separated.
constexpr std::string_view kVocabulary =
    "kommunen ska arbeta för att integration nyanlända språk boende självförsörjning förskolan skolan "
    "utbildning arbetsmarknad civilsamhället mötesplatser föreningar delaktighet trygghet ansvar "
    "rättigheter skyldigheter möjligheter samhället verksamheter nämnden styrelsen uppföljning åtgärder "
    "insatser kunskap svenska vägledande dokument inriktning och i på med av till som det är en ett de "
    "den inom genom både även särskilt aktivt främja motverka utanförskap segregation praktikplatser "
    "näringsidkare validera kompetenser hänvisa instans bibliotekens betydelse bildning vuxenutbildning "
    "kvällstid digitalt kombination studier yrkeskategorier yrkesutbildningar brist aktörers medborgare "
    "företag engagera mottagande vikten uppmuntra närområdet händer lättare kommunicera aktiviteter "
    "flera olika hjälp säkerställa personer väg samordna guidning frågor söka hela hänsyn bör tas "
    "aktuell bostadsförsörjningsplan erbjuda grundskola gymnasie tydligt utforma följa individens "
    "arbetsmarknadsåtgärder undervisningen närvara informera brett egna andra skapa privata snabbt deras "
    "kunskaper rätt stöd familj anhöriga år månader 2025 2026 senast årligen";

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

const std::vector<std::string_view> kWords = split_words(kVocabulary);

const std::vector<std::string_view> kTitleWords = {
    "Inledning",  "Övergripande", "Utbildning",  "Arbetsmarknad", "Civilsamhället", "Boende",   "Hälsa",
    "Språk",      "Uppföljning",  "Ansvar",      "Samverkan",     "Kultur",         "Fritid",   "Delaktighet",
    "Mottagande", "Förskola",     "Äldreomsorg", "Bibliotek",     "Näringsliv",     "Trygghet", "Jämställdhet",
};

struct GeneratedSection {
  std::string title;          // without its number
  std::vector<Block> blocks;  // kind, level and text only; ids are given by to_body
};

std::string sentence(Lcg& rng) {
  std::string s;
  const int words = 8 + rng.below(13);
  for (int w = 0; w < words; ++w) {
    if (w > 0) s += rng.below(12) == 0 ? ", " : " ";
    s += kWords[static_cast<std::size_t>(rng.below(static_cast<int>(kWords.size())))];
  }
  return s + ".";
}

std::string sentences(Lcg& rng, int min, int max) {
  std::string s;
  const int n = min + rng.below(max - min + 1);
  for (int i = 0; i < n; ++i) {
    if (i > 0) s += ' ';
    s += sentence(rng);
  }
  return s;
}

GeneratedSection section(Lcg& rng, int number) {
  GeneratedSection s;
  s.title = std::string(kTitleWords[static_cast<std::size_t>(rng.below(static_cast<int>(kTitleWords.size())))]) +
            " och " + std::string(kWords[static_cast<std::size_t>(rng.below(static_cast<int>(kWords.size())))]) + " " +
            std::to_string(number);
  const int paragraphs = 2 + rng.below(3);
  for (int p = 0; p < paragraphs; ++p) s.blocks.push_back({Block::Kind::paragraph, 0, "", "", sentences(rng, 2, 5)});
  s.blocks.push_back({Block::Kind::paragraph, 0, "", "", "Stenungsunds kommun ska:"});
  const int items = 3 + rng.below(4);
  for (int i = 0; i < items; ++i) {
    s.blocks.push_back({Block::Kind::list_item, 1 + (rng.below(4) == 0 ? 1 : 0), "", "", sentences(rng, 1, 2)});
  }
  if (rng.below(3) == 0) s.blocks.push_back({Block::Kind::quote, 0, "", "", sentence(rng)});
  return s;
}

// Numbers the headings by position, as a clerk's document does.
Body to_body(const std::vector<GeneratedSection>& sections) {
  Body body;
  for (std::size_t n = 0; n < sections.size(); ++n) {
    const std::string heading = std::to_string(n + 1) + ". " + sections[n].title;
    const std::string anchor = styrdok::slugify(heading);
    body.blocks.push_back({Block::Kind::heading, 2, anchor, anchor, heading});
    int k = 0;
    for (Block b : sections[n].blocks) {
      b.id = "p-" + anchor + "-" + std::to_string(++k);
      b.section = anchor;
      body.blocks.push_back(std::move(b));
    }
  }
  return body;
}

// Replaces (60%), deletes (20%) or inserts after (20%) about 2% of the words.
int edit_words(std::string& text, Lcg& rng) {
  std::string out;
  int edits = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    const bool last = end == text.size();
    if (rng.below(1000) < 20) {
      ++edits;
      const int op = rng.below(5);
      const std::string other(kWords[static_cast<std::size_t>(rng.below(static_cast<int>(kWords.size())))]);
      if (op < 3) {
        word = other + (word.ends_with(".") ? "." : "");
      } else if (op == 3 && !word.ends_with(".")) {
        word.clear();
      } else {
        word += " " + other;
      }
    }
    if (!word.empty()) {
      if (!out.empty()) out += ' ';
      out += word;
    }
    if (last) break;
    start = end + 1;
  }
  text = out;
  return edits;
}

int total_words(const Body& body) {
  int words = 0;
  for (const Block& b : body.blocks) {
    bool in_word = false;
    for (char c : b.text) {
      const bool space = c == ' ';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 51;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: %s [--runs N]\n", argv[0]);
      return 2;
    }
  }
  std::string command;
  for (int i = 0; i < argc; ++i) {
    if (i > 0) command += ' ';
    command += argv[i];
  }
  std::printf("$ cmake -S %s -B %s -G Ninja -DCMAKE_BUILD_TYPE=%s && ninja -C %s diff_bench && %s\n",
              STYRDOK_SOURCE_DIR, STYRDOK_BUILD_DIR, STYRDOK_BUILD_TYPE, STYRDOK_BUILD_DIR, command.c_str());

  Lcg rng(20231214);
  std::vector<GeneratedSection> sections;
  for (int n = 1; n <= 80; ++n) sections.push_back(section(rng, n));
  const Body older = to_body(sections);

  int word_edits = 0;
  for (GeneratedSection& s : sections) {
    for (Block& b : s.blocks) word_edits += edit_words(b.text, rng);
  }
  sections[20].title = "Språk och kommunikation med invånare";                       // renamed
  std::rotate(sections.begin() + 10, sections.begin() + 11, sections.begin() + 41);  // 11th moved to 41st
  std::vector<GeneratedSection> with_added(sections.begin(), sections.begin() + 30);
  with_added.push_back(section(rng, 81));  // added
  with_added.insert(with_added.end(), sections.begin() + 30, sections.end());
  sections = std::move(with_added);
  const Body newer = to_body(sections);

  std::printf("older: %d words, %zu blocks; newer: %d words, %zu blocks; %d words edited\n", total_words(older),
              older.blocks.size(), total_words(newer), newer.blocks.size(), word_edits);

  styrdok::Comparison c = styrdok::compare_bodies(older, newer);  // warm-up
  std::vector<double> ms;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    c = styrdok::compare_bodies(older, newer);
    const auto stop = std::chrono::steady_clock::now();
    ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
  }
  std::sort(ms.begin(), ms.end());
  std::printf("compare_bodies: median %.3f ms, min %.3f ms over %d runs (build type %s)\n", ms[ms.size() / 2], ms[0],
              runs, STYRDOK_BUILD_TYPE);
  std::printf("sections: %zu shown, %d added, %d removed, %d changed, %d moved; words: %d added, %d removed\n",
              c.sections.size(), c.sections_added, c.sections_removed, c.sections_changed, c.sections_moved,
              c.words_added, c.words_removed);
  return 0;
}
