// Paths held one after another in one string: a list of many short paths
// made with two growing buffers instead of an allocation per path. serve's
// builds note every page they keep from the last (about 134,000 at 10,000
// documents): as strings of their own, making them and freeing them again
// (the allocator's tidying of so many small blocks included) cost a save
// 20 ms and more.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

class PathList {
 public:
  PathList() = default;
  PathList(std::initializer_list<std::string_view> paths) {
    for (const auto path : paths) push_back(path);
  }

  void push_back(std::string_view path) {
    text_.append(path);
    ends_.push_back(text_.size());
  }
  // Empties the list, keeping its memory for the next.
  void clear() {
    text_.clear();
    ends_.clear();
  }
  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  // Valid until the next push_back.
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

}  // namespace styrdok
