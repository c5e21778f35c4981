#include "search/index_files.h"

#include <algorithm>
#include <cstdio>
#include <mutex>

#include "core/parallel.h"
#include "core/text.h"
#include "search/deflate_text.h"
#include "search/term_keys.h"

namespace styrdok::search {

namespace {

constexpr std::string_view kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void put_number(std::string& out, std::uint32_t v) {
  do {
    const std::uint32_t digit = v & 31;
    v >>= 5;
    out += kDigits[digit + (v ? 32 : 0)];
  } while (v);
}

std::string fmt_step(double step) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", step);
  return buf;
}

std::string quoted(std::string_view s) { return "\"" + json_escape(s) + "\""; }

// The second number of a posting: its score level, and for the top of a
// page whose title holds the key, 32 times one more than the number of its
// sections (SearchIndex::sections_after), which the word then counts for.
struct PostingNumbers {
  const SearchIndex& index;
  const std::vector<std::uint32_t>* title_leads;  // the key's, or nullptr
  std::size_t next = 0;                           // in title_leads, walked with the postings

  std::uint32_t operator()(const Posting& p) {
    if (!title_leads) return p.score;
    while (next < title_leads->size() && (*title_leads)[next] < p.entry) ++next;
    if (next == title_leads->size() || (*title_leads)[next] != p.entry) return p.score;
    return p.score + 32 * (index.sections_after(p.entry) + 1);
  }
};

// One key's records: the keys it stands for as a written form (if any:
// "=key" or "=key=key"), and its postings, cut so that each record fits in a
// shard of its own when the postings are long.
std::vector<std::string> records_of(const std::string& key, const std::vector<std::string>* alias,
                                    const std::vector<Posting>* postings, PostingNumbers numbers, std::size_t limit) {
  const std::string head = quoted(key) + ":\"";
  std::vector<std::string> out;
  std::string value;
  if (alias) {
    for (const auto& k : *alias) value += "=" + json_escape(k);
    if (postings) value += "|";
  }
  if (postings) {
    value.reserve(std::min(limit, value.size() + 3 * postings->size()));
    std::uint32_t previous = 0;
    for (const auto& p : *postings) {
      const std::size_t before = value.size();
      const std::uint32_t second = numbers(p);
      put_number(value, p.entry - previous);
      put_number(value, second);
      // A cut record restarts from entry 0, so its first distance is absolute.
      if (head.size() + value.size() + 2 > limit && before > 0) {
        value.resize(before);
        out.push_back(head + value + "\"");
        value.clear();
        put_number(value, p.entry);
        put_number(value, second);
      }
      previous = p.entry;
    }
  }
  out.push_back(head + value + "\"");
  return out;
}

std::string meta_file(const SearchIndex& index, const std::vector<std::string>& first_keys,
                      const IndexFileOptions& options) {
  std::vector<std::string> orgs, types;
  for (const auto& g : index.groups()) {
    if (std::find(orgs.begin(), orgs.end(), g.organisation) == orgs.end()) orgs.push_back(g.organisation);
    if (std::find(types.begin(), types.end(), g.doc_type) == types.end()) types.push_back(g.doc_type);
  }
  auto position = [](const std::vector<std::string>& list, const std::string& s) {
    return std::to_string(std::find(list.begin(), list.end(), s) - list.begin());
  };
  auto join = [](const std::vector<std::string>& items) {
    std::string s;
    for (const auto& i : items) s += (s.empty() ? "" : ",") + i;
    return s;
  };
  std::vector<std::string> shards, groups, suffixes, other_suffixes, quoted_orgs, quoted_types;
  for (const auto& k : first_keys) shards.push_back(quoted(k));
  for (const auto& g : index.groups()) {
    groups.push_back("[" + std::to_string(g.first) + "," + (g.archived ? "1" : "0") + "," +
                     (g.kind == EntryKind::action ? "1" : "0") + "," + position(orgs, g.organisation) + "," +
                     position(types, g.doc_type) + "]");
  }
  for (const auto& s : query_suffixes(index.language())) suffixes.push_back(quoted(s));
  for (const auto& s : index.other_suffixes()) other_suffixes.push_back(quoted(s));
  for (const auto& o : orgs) quoted_orgs.push_back(quoted(o));
  for (const auto& t : types) quoted_types.push_back(quoted(t));
  return "styrdokSearch.meta({\"format\":3,\"entries\":" + std::to_string(index.entries().size()) +
         ",\"per_text\":" + std::to_string(options.entries_per_text_file) + ",\"shards\":[" + join(shards) +
         "],\"groups\":[" + join(groups) + "],\"score_step\":" + fmt_step(index.score_step()) + ",\"organisations\":[" +
         join(quoted_orgs) + "],\"types\":[" + join(quoted_types) +
         "],\"kinds\":[\"document\",\"action\"],\"suffixes\":[" + join(suffixes) + "],\"other_suffixes\":[" +
         join(other_suffixes) + "]});\n";
}

// The entries first..last-1 with a table of the pages they are on, so that
// a page's title and filters are written once per file.
std::string text_file(const SearchEntries& entries, std::size_t first, std::size_t last) {
  std::vector<const SearchEntry*> pages;
  std::string docs, list;
  std::size_t size = 0;
  for (std::size_t i = first; i < last; ++i) size += entries[i].text.size() + entries[i].heading.size() + 64;
  list.reserve(size + size / 16);  // appended to in place: no string per field
  auto field = [](std::string& out, std::string_view text) {
    out += '"';
    append_json_escaped(out, text);
    out += '"';
  };
  for (std::size_t i = first; i < last; ++i) {
    const auto& e = entries[i];
    std::size_t p = 0;
    while (p < pages.size() && !(pages[p]->url == e.url && pages[p]->title == e.title)) ++p;  // editions: own urls
    if (p == pages.size()) {
      pages.push_back(&e);
      docs += docs.empty() ? "[" : ",[";
      for (const std::string_view f : {std::string_view(e.url), std::string_view(e.title),
                                       std::string_view(e.organisation), std::string_view(e.doc_type)}) {
        field(docs, f);
        docs += ',';
      }
      field(docs, e.standing);
      docs += ',';
      field(docs, e.action_plan ? "plan" : to_key(e.kind));
      docs += ',';
      field(docs, e.date);
      if (!e.language.empty()) {  // an edition: its language, direction and the language's name
        docs += ',';
        field(docs, e.language);
        docs += ',';
        field(docs, e.right_to_left ? "rtl" : "ltr");
        docs += ',';
        field(docs, e.language_name);
      }
      docs += ']';
    }
    list += list.empty() ? "[" : ",[";
    list += std::to_string(p);
    list += ',';
    field(list, e.anchor);
    list += ',';
    field(list, e.heading);
    list += ',';
    field(list, e.text);
    list += ']';
  }
  return "{\"pages\":[" + docs + "],\"entries\":[" + list + "]}";
}

}  // namespace

std::string encode_postings(const std::vector<Posting>& postings) {
  std::string out;
  std::uint32_t previous = 0;
  for (const auto& p : postings) {
    put_number(out, p.entry - previous);
    put_number(out, p.score);
    previous = p.entry;
  }
  return out;
}

std::vector<Posting> decode_postings(std::string_view text) {
  std::vector<Posting> out;
  std::uint32_t numbers[2] = {0, 0};
  int which = 0, shift = 0;
  std::uint32_t previous = 0;
  for (char c : text) {
    const auto d = static_cast<std::uint32_t>(kDigits.find(c));
    numbers[which] |= (d & 31) << shift;
    shift += 5;
    if (d >= 32) continue;
    shift = 0;
    if (which == 1) {
      previous += numbers[0];
      out.push_back({previous, numbers[1]});
      numbers[0] = numbers[1] = 0;
    }
    which = 1 - which;
  }
  return out;
}

namespace {

// The shard files; returns the first key of each shard, for meta.js. The
// keys' records are made on `jobs` threads, a batch of keys at a time, and
// put into shards in key order on this one.
std::vector<std::string> write_shards(const SearchIndex& index, const IndexFileOptions& options, unsigned jobs,
                                      const std::function<void(OutputFile&&)>& put) {
  std::vector<std::string> first_keys;
  std::string body;
  auto shard_text = [&](const std::string& b) {
    return "styrdokSearch.shard(" + std::to_string(first_keys.size() - 1) + ",{" + b + "});\n";
  };
  auto flush = [&] {
    if (body.empty()) return;
    put({options.dir + "s" + std::to_string(first_keys.size() - 1) + ".js", shard_text(body)});
    body.clear();
  };
  const std::size_t overhead = shard_text("").size() + 8;
  const std::size_t limit = options.shard_bytes > overhead + 64 ? options.shard_bytes - overhead : 64;
  // A key or written form, with what the index holds of it.
  struct Key {
    const std::string* name;
    const std::vector<std::string>* alias;          // or nullptr
    const std::vector<Posting>* postings;           // or nullptr
    const std::vector<std::uint32_t>* title_leads;  // or nullptr
  };
  std::vector<Key> batch;
  std::vector<std::vector<std::string>> records;
  constexpr std::size_t kBatch = 16384, kPerTask = 1024;
  auto write_batch = [&] {
    records.assign(batch.size(), {});
    parallel_for((batch.size() + kPerTask - 1) / kPerTask, std::max(1u, jobs), [&](std::size_t task) {
      for (std::size_t i = task * kPerTask; i < std::min(batch.size(), (task + 1) * kPerTask); ++i) {
        const Key& key = batch[i];
        records[i] = records_of(*key.name, key.alias, key.postings, PostingNumbers{index, key.title_leads}, limit);
      }
    });
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const auto& name = *batch[i].name;
      for (const auto& record : records[i]) {
        if (body.empty() || body.size() + 1 + record.size() > limit || records[i].size() > 1) {
          flush();
          first_keys.push_back(name);
        }
        if (!body.empty()) body += ',';
        body += record;
      }
      if (records[i].size() > 1) flush();
    }
    batch.clear();
  };
  auto add = [&](const Key& key) {
    batch.push_back(key);
    if (batch.size() == kBatch) write_batch();
  };
  // Keys and written forms in byte order (the order JavaScript compares
  // them in, for the letters keys hold): the two sorted maps walked together,
  // and beside the keys the map of title keys (some of them), in the same order.
  const auto& terms = index.terms();
  const auto& aliases = index.aliases();
  const auto& titles = index.title_keys();
  auto t = terms.begin();
  auto a = aliases.begin();
  auto title = titles.begin();
  auto title_leads = [&](const std::string& key) -> const std::vector<std::uint32_t>* {
    while (title != titles.end() && title->first < key) ++title;
    return title != titles.end() && title->first == key ? &title->second : nullptr;
  };
  while (t != terms.end() || a != aliases.end()) {
    if (a == aliases.end() || (t != terms.end() && t->first < a->first)) {
      add({&t->first, nullptr, &t->second, title_leads(t->first)});
      ++t;
    } else if (t == terms.end() || a->first < t->first) {
      add({&a->first, &a->second, nullptr, nullptr});
      ++a;
    } else {
      add({&t->first, &a->second, &t->second, title_leads(t->first)});
      ++t;
      ++a;
    }
  }
  write_batch();
  flush();
  return first_keys;
}

// The text files of `entries` (in the index's order), a compressor per
// group of files, and, with an index, its shards and meta.js on one thread
// beside them.
void write_files(const SearchEntries& entries, const SearchIndex* index, const IndexFileOptions& options,
                 const std::function<void(OutputFile&&)>& put) {
  const std::size_t per = std::max<std::size_t>(1, options.entries_per_text_file);
  const std::size_t count = (entries.size() + per - 1) / per;
  constexpr std::size_t kFilesPerGroup = 64;
  const std::size_t first_group = index ? 1 : 0;
  parallel_for(first_group + (count + kFilesPerGroup - 1) / kFilesPerGroup, std::max(1u, options.jobs),
               [&](std::size_t task) {
                 if (index && task == 0) {
                   const auto first_keys = write_shards(*index, options, 1, put);
                   put({options.dir + "meta.js", meta_file(*index, first_keys, options)});
                   return;
                 }
                 const std::size_t g = task - first_group;
                 TextDeflater deflater;
                 for (std::size_t n = g * kFilesPerGroup; n < std::min(count, (g + 1) * kFilesPerGroup); ++n) {
                   const std::size_t first = n * per;
                   put({options.dir + "t" + std::to_string(n) + ".js",
                        "styrdokSearch.text(" + std::to_string(n) + ",\"" +
                            deflater.deflate_base64(text_file(entries, first, std::min(entries.size(), first + per))) +
                            "\");\n"});
                 }
               });
}

}  // namespace

void write_index_files(SearchEntries entries, const IndexOptions& index_options, const IndexFileOptions& options,
                       const std::function<void(OutputFile&&)>& put) {
  auto done = [&](const char* step) {
    if (index_options.step_done) index_options.step_done(step);
  };
  order_entries(entries);  // numbered as the index numbers them
  write_files(entries, nullptr, options, put);
  done("text files");
  IndexOptions without_text = index_options;
  without_text.keep_text = false;  // it is in the text files
  const SearchIndex index = SearchIndex::build(std::move(entries), without_text);
  const auto first_keys = write_shards(index, options, options.jobs, put);
  put({options.dir + "meta.js", meta_file(index, first_keys, options)});
  done("shards");
}

OutputFiles index_files(SearchEntries entries, const IndexOptions& index_options, const IndexFileOptions& options) {
  // The files are kept: made after the index, they take the memory its
  // build freed, instead of adding to its peak.
  const SearchIndex index = SearchIndex::build(std::move(entries), index_options);
  OutputFiles files;
  std::mutex mutex;
  write_files(index.entries(), &index, options, [&](OutputFile&& file) {
    std::lock_guard lock(mutex);
    files.push_back(std::move(file));
  });
  if (index_options.step_done) index_options.step_done("files");
  std::sort(files.begin(), files.end(), [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return files;
}

}  // namespace styrdok::search
