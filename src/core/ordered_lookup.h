// Finds keys in a list that is asked for them in (nearly) its own order, as
// serve's caches are by the next build, which lists the site's documents in
// the order the last one did: first just after the key found last, else by a
// map of the list made when first needed (a document came or went). At
// 10,000 documents that saves hashing 12,000 paths on every save.
//
// Holds views of the list's keys: reset() whenever the list changes.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace styrdok {

class OrderedLookup {
 public:
  // The index of `key` among the `size` keys `key_at(i)` gives, if there.
  template <class KeyAt>
  std::optional<std::size_t> find(std::string_view key, std::size_t size, KeyAt key_at) {
    if (next_ < size && key_at(next_) == key) return next_++;
    if (index_.empty())
      for (std::size_t i = 0; i < size; ++i) index_.emplace(key_at(i), i);
    const auto it = index_.find(key);
    if (it == index_.end()) return std::nullopt;
    next_ = it->second + 1;
    return it->second;
  }

  // A new pass over the same list: looked for from its start again.
  void restart() { next_ = 0; }
  // The list changed.
  void reset() {
    index_.clear();
    next_ = 0;
  }

 private:
  std::unordered_map<std::string_view, std::size_t> index_;
  std::size_t next_ = 0;
};

}  // namespace styrdok
