// The UI strings of one language, loaded from the theme's i18n/<lang>.yaml.
// Templates never hold words; views take them from here. Read-only after
// loading, so safe to share between rendering threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/error.h"

namespace styrdok {

class Strings {
 public:
  static std::optional<Strings> parse(const std::string& text, const std::string& path, Diagnostics& diagnostics);

  // The string for `key`; the key itself in brackets if missing (a test
  // checks that every language has every key, so this shows only in development).
  const std::string& get(const std::string& key) const;
  // get(key) with each "{name}" replaced by its value. Values are inserted
  // as they are; escaping is the template's job.
  std::string fill(const std::string& key, const std::vector<std::pair<std::string, std::string>>& values) const;

  // "27 november 2018" / "27 November 2018".
  std::string date(const Date& d) const;

  const std::map<std::string, std::string>& all() const { return strings_; }

 private:
  std::map<std::string, std::string> strings_;
};

}  // namespace styrdok
