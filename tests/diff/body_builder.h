// Builds Body values for the diff tests as markdown_renderer would: headings
// get unique slug anchors, other blocks ids "p-<section>-<n>" and the anchor
// of their section. Not thread-safe (a builder is used by one test).
#pragma once

#include <string>

#include "core/slug.h"
#include "markdown/body.h"

namespace styrdok::testing {

class BodyBuilder {
 public:
  BodyBuilder& heading(const std::string& text, int level = 2) {
    const std::string anchor = ids_.claim(slugify(text));
    section_ = anchor;
    count_ = 0;
    body_.blocks.push_back({Block::Kind::heading, level, anchor, anchor, text});
    return *this;
  }
  BodyBuilder& paragraph(const std::string& text) { return block(Block::Kind::paragraph, 0, text); }
  BodyBuilder& item(const std::string& text, int depth = 1) { return block(Block::Kind::list_item, depth, text); }
  BodyBuilder& quote(const std::string& text) { return block(Block::Kind::quote, 0, text); }
  BodyBuilder& table(const std::string& text) { return block(Block::Kind::table, 0, text); }
  Body build() const { return body_; }

 private:
  BodyBuilder& block(Block::Kind kind, int level, const std::string& text) {
    const std::string id = ids_.claim((section_.empty() ? "p" : "p-" + section_) + "-" + std::to_string(++count_));
    body_.blocks.push_back({kind, level, id, section_, text});
    return *this;
  }

  Body body_;
  UniqueIds ids_;
  std::string section_;
  int count_ = 0;
};

}  // namespace styrdok::testing
