// The stack of views a template is rendered against: the page's view on top,
// the shared globals below. It looks names up as kainjow's own context does
// (innermost first; "a.b" walks into objects, and the first item of the stack
// where the whole path resolves wins), but reads a dotted name's parts in
// place: kainjow's context splits every dotted name through a stringstream
// on every lookup, a tenth of all rendering time.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

namespace styrdok {

class ViewContext : public kainjow::mustache::basic_context<std::string> {
 public:
  using data = kainjow::mustache::data;

  void push(const data* item) override { items_.push_back(item); }
  void pop() override { items_.pop_back(); }

  const data* get(const std::string& name) const override {
    if (name == ".") return items_.empty() ? nullptr : items_.back();
    const auto dot = name.find('.');
    if (dot == std::string::npos) return get_partial(name);
    std::string part;
    for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
      const data* var = *it;
      for (std::size_t from = 0; var;) {
        const auto end = name.find('.', from);
        part.assign(name, from, end == std::string::npos ? std::string::npos : end - from);
        var = var->get(part);
        if (end == std::string::npos) break;
        from = end + 1;
      }
      if (var) return var;
    }
    return nullptr;
  }

  const data* get_partial(const std::string& name) const override {
    for (auto it = items_.rbegin(); it != items_.rend(); ++it)
      if (const auto* var = (*it)->get(name)) return var;
    return nullptr;
  }

 private:
  std::vector<const data*> items_;  // innermost last
};

}  // namespace styrdok
