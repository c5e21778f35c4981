// Filling a view (kainjow::mustache::data) without copying it: data's own
// set() copies the value it is given, nested objects and lists included, so
// a view built bottom-up copied every subtree once per level above it (a
// third of a build's time went to those copies). put() moves the value in.
#pragma once

#include <kainjow/mustache.hpp>

#include <string>
#include <utility>

namespace styrdok {

inline void put(kainjow::mustache::data& object, const std::string& name, kainjow::mustache::data value) {
  object.set(name, kainjow::mustache::data(false));  // a placeholder that holds nothing to copy
  // get() hands out a const pointer, but the slot belongs to `object`, which is not const.
  if (auto* slot = object.get(name)) *const_cast<kainjow::mustache::data*>(slot) = std::move(value);
}

// A list moved in: data has no constructor that takes a list by move.
inline void put(kainjow::mustache::data& object, const std::string& name, kainjow::mustache::list&& items) {
  kainjow::mustache::data value(kainjow::mustache::data::type::list);
  const_cast<kainjow::mustache::list&>(value.list_value()) = std::move(items);  // `value` is not const
  put(object, name, std::move(value));
}

}  // namespace styrdok
