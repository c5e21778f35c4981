// Builds a site's search index and writes it as the files the search page
// loads: small scripts
// that each call one function of window.styrdokSearch, so that they load
// with <script> elements where fetch() is blocked (file://) and under
// Content-Security-Policy default-src 'self' (no eval, no wasm).
//
//   meta.js   styrdokSearch.meta({...})   shard boundaries, filter groups, query endings
//   sN.js     styrdokSearch.shard(N,{key:record,...})   a range of term keys
//   tN.js     styrdokSearch.text(N,"...")   entries N*per .. N*per+per-1: JSON
//             {pages,entries}, deflated and in base64 (deflate_text.h)
//
// The format is described in DEVELOPERS.md ("The search index"). Pure
// function of the entries; thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "output/output_file.h"
#include "search/search_index.h"

namespace styrdok::search {

struct IndexFileOptions {
  std::string dir = "sok/index/";          // under the output root, ends with '/'
  std::size_t shard_bytes = 16 * 1024;     // no shard file is larger than this
  std::size_t entries_per_text_file = 16;  // entries whose text one tN.js holds
  unsigned jobs = 1;                       // threads; the files are the same for any number
};

// The files of the index of `entries` (SearchIndex::build with
// `index_options`), each handed to `put` as soon as it is made, from several
// threads at once, so that the files are never all in memory together. The
// text files come first (deflated in parallel): the index then drops the
// entries' text while it is built, and its shards and meta.js follow.
// index_options.step_done, if any, is also called as the text files and
// as the shards are written ("text files", "shards").
void write_index_files(SearchEntries entries, const IndexOptions& index_options, const IndexFileOptions& options,
                       const std::function<void(OutputFile&&)>& put);

// The same files, collected, sorted by path. Since they are held, they are
// made after the index is built (which keeps the entries' text), in the
// memory its build freed; index_options.step_done is called with "files"
// once they are made.
OutputFiles index_files(SearchEntries entries, const IndexOptions& index_options, const IndexFileOptions& options);

// The postings' text form: per posting the entry number's distance from the
// previous one (the first: from 0), then the score, each as a little-endian
// base-32 number written with the base64 alphabet, the upper 32 letters
// marking "more digits follow".
std::string encode_postings(const std::vector<Posting>& postings);
std::vector<Posting> decode_postings(std::string_view text);

}  // namespace styrdok::search
