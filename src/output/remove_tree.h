// Removes a directory tree quickly: the previous output of a large site is
// tens of thousands of files. Walks with openat/unlinkat (no path is built
// per file) and removes the top-level entries on up to `jobs` threads.
#pragma once

#include <string>

namespace styrdok {

// Removes `path` and everything under it; a missing path is not an error.
// Symbolic links are removed, never followed. Returns an error message, or
// "" on success.
std::string remove_tree(const std::string& path, unsigned jobs = 1);

}  // namespace styrdok
