// Splits Swedish compounds into parts the site's own vocabulary knows, so
// that "praktik" finds "praktikplatser" and "bostad" finds
// "bostadsförsörjningsplan". Works on folded term keys ("bostadsforsorjningsplan").
//
// A split is a head followed by one or more known parts, each part optionally
// preceded by the linking -s- ("bostad|s|forsorjning|s|plan"). Every part
// after the head must be a known word or key of at least kMinPart letters;
// the head may be unknown (a compound's first member is often never written
// alone) but must have at least kMinHead letters. A known head of kMinPart
// letters or more may also be followed by a single unknown tail of kMinPart
// letters or more ("praktik|plats" on a site that never writes "plats"). Among the splits, the one
// with a known head and known parts wins, then the one with fewest parts, then the one that
// reads a linking -s- rather than a head ending in s, then the longest head:
// the choice is deterministic. An unknown head is split again in turn. Read-only after construction; thread-safe.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/fnv1a.h"
#include "core/limits.h"
#include "search/word_table.h"

namespace styrdok::search {

class CompoundSplitter {
 public:
  static constexpr std::size_t kMinHead = 3;
  static constexpr std::size_t kMinPart = 4;
  static constexpr std::size_t kMinCompound = 7;

  // `vocabulary`: folded words and term keys seen in the site (copied).
  // Keys longer than `longest_compound` letters are not split: the cost of a
  // split grows with the cube of a key's length, and no real compound is that
  // long (InputLimits::compound_letters).
  explicit CompoundSplitter(const std::vector<std::string_view>& vocabulary,
                            std::size_t longest_compound = InputLimits{}.compound_letters);
  // The same over tables the caller has already made (a word may be in
  // several), which the splitter reads and does not copy: they must not
  // change or go while it is used.
  static CompoundSplitter over(std::vector<const WordTable*> vocabulary,
                               std::size_t longest_compound = InputLimits{}.compound_letters);

  // The parts of `key`, head first; empty if it is not a compound (or
  // longer than longest_compound).
  std::vector<std::string> split(const std::string& key) const;

  // Whether `part` is in the vocabulary.
  bool is_known(std::string_view part) const;

  // The hash the vocabulary is kept under: FNV-1a, extended a byte at a
  // time, so that every part starting at one place is looked up in time
  // proportional to its length, then mixed (finish) for the table.
  static constexpr std::uint64_t kStart = kFnv1aStart;
  static std::uint64_t extend(std::uint64_t h, char c) { return fnv1a_extend(h, c); }
  static std::uint64_t finish(std::uint64_t h) {
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
  }
  // Whether `part`, whose extend()ed hash is `h`, is in the vocabulary.
  bool is_known(std::string_view part, std::uint64_t h) const {
    return part.size() <= longest_ && words_.may_hold(finish(h)) && in_vocabulary(part);
  }
  // False when no word of the vocabulary begins with `part` (of at least
  // kMinPart letters), whose extend()ed hash is `h`: no longer part starting
  // at the same place is known either. True does not promise that one does.
  bool may_begin(std::uint64_t h) const { return prefixes_.may_hold(finish(h)); }
  std::size_t longest() const { return longest_; }

 private:
  // A set of hashes that may answer "perhaps" for a hash never added (one
  // bit per hash, a Bloom filter with one function): a few bits per word,
  // so that most of its look-ups hit the processor's caches where the
  // tables' would not, and most parts that are not words cost no look-up
  // in the tables.
  class HashBits {
   public:
    HashBits(std::size_t expected, unsigned bits_per_hash);
    void add(std::uint64_t hash) { bits_[index(hash) >> 6] |= std::uint64_t{1} << (index(hash) & 63); }
    bool may_hold(std::uint64_t hash) const { return (bits_[index(hash) >> 6] >> (index(hash) & 63)) & 1; }

   private:
    std::size_t index(std::uint64_t hash) const { return static_cast<std::size_t>(hash >> shift_); }
    std::vector<std::uint64_t> bits_;
    unsigned shift_ = 0;
  };

  CompoundSplitter(std::unique_ptr<WordTable> own, std::vector<const WordTable*> tables, std::size_t longest_compound);
  bool in_vocabulary(std::string_view part) const;

  std::unique_ptr<WordTable> own_;  // the words of the first constructor
  std::vector<const WordTable*> tables_;
  HashBits words_;     // the vocabulary's words
  HashBits prefixes_;  // their beginnings of kMinPart letters or more, the words included
  std::size_t longest_ = 0;
  std::size_t longest_compound_;
};

}  // namespace styrdok::search
