#include "search/entry_words.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "core/parallel.h"
#include "search/tokenizer.h"

namespace styrdok::search {

namespace {

constexpr std::size_t kEntriesPerRange = 512;
constexpr unsigned kPartBits = 6;  // the site's words are merged in 64 partitions by hash
constexpr std::size_t kParts = std::size_t{1} << kPartBits;

// A partition's words are numbered in the low bits of an id while it is merged.
constexpr unsigned kPartWordBits = 32 - kPartBits;
constexpr std::uint32_t kPartWords = (std::uint32_t{1} << kPartWordBits) - 1;  // also the mask of those bits

std::size_t part_of(std::uint64_t hash) { return static_cast<std::size_t>(hash >> (64 - kPartBits)); }

// One range's words: numbered in its own table, counted per entry.
struct RangeWords {
  EntryRange range;
  WordTable table;
  std::vector<std::uint32_t> by_part;    // the table's ids ordered by partition
  std::vector<std::uint32_t> part_ends;  // where each partition ends in by_part
  std::vector<std::uint32_t> site_id;    // the table's id -> its number in its partition of the site's words
};

void count_range(const SearchEntries& entries, const WordWeights& weights, const std::vector<std::uint8_t>& group,
                 RangeWords& out, std::vector<double>& length) {
  EntryRange& range = out.range;
  std::vector<float> weight;        // per word of the table, in the current entry
  std::vector<std::uint32_t> seen;  // per word: 1 + the last entry it was seen in
  std::vector<std::uint32_t> touched;
  std::string grouped;  // a word of another language than the site's: its group byte and its letters
  const std::size_t last = std::min(entries.size(), range.first + kEntriesPerRange);
  for (std::size_t i = range.first; i < last; ++i) {
    const auto stamp = static_cast<std::uint32_t>(i + 1);
    touched.clear();
    double words = 0;
    const std::uint8_t g = group.empty() ? 0 : group[i];
    const std::size_t titles_before = range.title_words.size();
    // `title`: the words are the top of a page's title or organisation name.
    auto add_text = [&](const std::string& text, double w, bool title = false) {
      const auto fw = static_cast<float>(w);
      for_each_word(text, [&](std::string_view word, std::size_t offset, std::size_t) {
        const bool view = word.data() == text.data() + offset;  // else a buffer for_each_word reuses
        std::uint32_t id = 0;
        if (g == 0) {
          id = out.table.add(word, !view);
        } else {
          grouped.assign(1, static_cast<char>(g));
          grouped += word;
          id = out.table.add(grouped, true);
        }
        if (id >= seen.size()) {
          seen.resize(id + 1, 0);
          weight.resize(id + 1, 0);
        }
        if (seen[id] != stamp) {
          seen[id] = stamp;
          weight[id] = 0;
          touched.push_back(id);
        }
        weight[id] += fw;
        words += w;
        if (title && std::find(range.title_words.begin() + static_cast<std::ptrdiff_t>(titles_before),
                               range.title_words.end(), id) == range.title_words.end())
          range.title_words.push_back(id);
      });
    };
    const auto& e = entries[i];
    if (e.lead) {
      add_text(e.title, weights.title, true);
      add_text(e.organisation_name, 1, true);
    }
    range.title_ends.push_back(static_cast<std::uint32_t>(range.title_words.size()));
    add_text(e.heading, weights.heading);
    add_text(e.text, 1);
    for (const auto id : touched) range.counts.push_back({id, weight[id]});
    range.ends.push_back(static_cast<std::uint32_t>(range.counts.size()));
    length[i] = words;
  }
  range.counts.shrink_to_fit();  // held until the index has its postings
  // The table's words by partition, for the merge.
  out.part_ends.assign(kParts + 1, 0);
  for (std::uint32_t id = 0; id < out.table.size(); ++id) ++out.part_ends[part_of(out.table.hash(id)) + 1];
  for (std::size_t p = 0; p < kParts; ++p) out.part_ends[p + 1] += out.part_ends[p];
  std::vector<std::uint32_t> at(out.part_ends.begin(), out.part_ends.end() - 1);
  out.by_part.resize(out.table.size());
  for (std::uint32_t id = 0; id < out.table.size(); ++id) out.by_part[at[part_of(out.table.hash(id))]++] = id;
  out.site_id.resize(out.table.size());
}

}  // namespace

EntryWords count_words(const SearchEntries& entries, const WordWeights& weights, unsigned jobs,
                       const std::vector<std::uint8_t>& group) {
  EntryWords result;
  result.length.assign(entries.size(), 0);
  const std::size_t range_count = (entries.size() + kEntriesPerRange - 1) / kEntriesPerRange;
  result.ranges.resize(range_count);
  result.storage.resize(kParts);
  // The ranges are counted 16 per thread at a time (fewer waits for the
  // slowest range than 4, which took 5 % longer), and their words merged
  // into the site's partitions at once, so that only those ranges' tables
  // are held.
  // Partition p numbers its words in range order, whatever the number of
  // ranges at a time; until the partitions' sizes are known, a count's id
  // is its partition and its number there.
  const std::size_t at_a_time = 16 * std::max(1u, jobs);
  for (std::size_t first = 0; first < range_count; first += at_a_time) {
    std::vector<RangeWords> ranges(std::min(at_a_time, range_count - first));
    parallel_for(ranges.size(), jobs, [&](std::size_t r) {
      ranges[r].range.first = (first + r) * kEntriesPerRange;
      count_range(entries, weights, group, ranges[r], result.length);
    });
    parallel_for(kParts, jobs, [&](std::size_t p) {
      WordTable& table = result.storage[p];
      for (auto& r : ranges) {
        for (std::uint32_t k = r.part_ends[p]; k < r.part_ends[p + 1]; ++k) {
          const std::uint32_t id = r.by_part[k];
          r.site_id[id] = table.add(r.table.word(id), r.table.hash(id), true);
        }
      }
      if (table.size() > kPartWords) throw std::length_error("too many distinct words for the search index");
    });
    parallel_for(ranges.size(), jobs, [&](std::size_t r) {
      RangeWords& range = ranges[r];
      for (auto& c : range.range.counts)
        c.id = static_cast<std::uint32_t>(part_of(range.table.hash(c.id)) << kPartWordBits) | range.site_id[c.id];
      for (auto& id : range.range.title_words)
        id = static_cast<std::uint32_t>(part_of(range.table.hash(id)) << kPartWordBits) | range.site_id[id];
      result.ranges[first + r] = std::move(range.range);
    });
  }

  // The site's id of a word is its partition's first id plus its number there.
  std::vector<std::uint32_t> base(kParts + 1, 0);
  for (std::size_t p = 0; p < kParts; ++p) base[p + 1] = base[p] + static_cast<std::uint32_t>(result.storage[p].size());
  result.part_first = base;
  result.words.reserve(base[kParts]);
  for (const auto& table : result.storage)
    result.words.insert(result.words.end(), table.words().begin(), table.words().end());
  parallel_for(range_count, jobs, [&](std::size_t r) {
    for (auto& c : result.ranges[r].counts) c.id = base[c.id >> kPartWordBits] + (c.id & kPartWords);
    for (auto& id : result.ranges[r].title_words) id = base[id >> kPartWordBits] + (id & kPartWords);
  });
  return result;
}

std::uint32_t EntryWords::find(std::string_view word) const {
  const std::size_t p = part_of(hash_word(word));
  const std::uint32_t id = storage[p].find(word);
  return id == WordTable::kNone ? id : part_first[p] + id;
}

}  // namespace styrdok::search
