// A YAML file and, when there is one, the CSV file of the same name beside
// it: how plans (actions in the CSV) and indicators (measurements in the
// CSV) are kept, so that clerks can edit the tabular part in a spreadsheet.
#pragma once

#include <optional>
#include <string>

namespace styrdok {

struct FilePair {
  std::string path;  // the YAML file
  std::string text;
  std::string stem;                     // the file name without .yaml: the plan's or indicator's id
  std::optional<std::string> csv_path;  // the CSV beside it, if there is one
  std::optional<std::string> csv_text;
};

}  // namespace styrdok
