// jemalloc's settings, read as it starts; compiled into every program that
// links jemalloc (the styrdok program, search_index_bench), so that they
// allocate alike.
//
// Its own threads hand freed pages back to the system: otherwise the threads
// that free or allocate next do it, and a save in `serve` paid for the pages
// its last search index freed (290 ms from save to page instead of 160;
// bench/RESULTS.md, "The allocator").
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "background_thread:true";
}
