#include "content/indicator_file.h"

#include <cmath>
#include <cstdlib>

#include "content/action_fields.h"
#include "content/csv.h"
#include "content/deadline_text.h"
#include "content/yaml_fields.h"
#include "core/slug.h"
#include "core/text.h"

namespace styrdok {

const std::vector<std::string>& indicator_keys() {
  static const std::vector<std::string> kKeys = {"name",     "description", "unit",         "goal",
                                                 "baseline", "target",      "example_note", "measurements"};
  return kKeys;
}

const std::vector<std::string>& measurement_columns() {
  static const std::vector<std::string> kColumns = {"period", "value", "note", "source", "example"};
  return kColumns;
}

std::optional<double> parse_number(const std::string& text) {
  std::string t = trim(text);
  if (t.find('.') == std::string::npos) {
    if (auto comma = t.find(','); comma != std::string::npos) t[comma] = '.';
  }
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (*end != '\0' || !std::isfinite(v)) return std::nullopt;
  return v;
}

namespace {

// Larger values than this cannot be charted (the scale of 1e308 and -1e308
// overflows to infinity) and no municipal figure needs them.
constexpr double kMaxValue = 1e12;

// The number, or an error at `where` that says why not.
std::optional<double> value_at(const std::string& text, const SourceLocation& where, Diagnostics& diagnostics) {
  auto v = parse_number(text);
  if (!v) {
    diagnostics.error(where, "the value is '" + text + "', which is not a number");
    return std::nullopt;
  }
  if (std::abs(*v) > kMaxValue) {
    diagnostics.error(where, "the value is '" + text +
                                 "', which is too large to chart; values must lie between -1000000000000 and "
                                 "1000000000000");
    return std::nullopt;
  }
  return v;
}

// One measurement from its fields (YAML or a CSV row); `at` locates each value.
std::optional<Measurement> measurement_from(const RawFields& fields, const SourceLocation& where,
                                            Diagnostics& diagnostics) {
  Measurement m;
  m.where = where;
  bool ok = true;
  if (auto it = fields.find("period"); it != fields.end()) {
    std::string why;
    if (auto p = parse_period(it->second.text, &why)) {
      m.period = it->second.text;
      m.date = p->date;
      m.at = p->at;
    } else {
      diagnostics.error(it->second.where, "the period is '" + it->second.text + "': " + why);
      ok = false;
    }
  } else {
    diagnostics.error(where, "the measurement has no period; write a year (2014) or a day (2014-06-30)");
    ok = false;
  }
  if (auto it = fields.find("value"); it != fields.end()) {
    if (auto v = value_at(it->second.text, it->second.where, diagnostics)) {
      m.value = *v;
      m.value_text = it->second.text;
    } else {
      ok = false;
    }
  } else {
    diagnostics.error(where, "the measurement has no value");
    ok = false;
  }
  if (auto it = fields.find("note"); it != fields.end()) m.note = it->second.text;
  if (auto it = fields.find("source"); it != fields.end()) m.source = it->second.text;
  if (auto it = fields.find("example"); it != fields.end()) {
    bool flag_ok = true;
    m.example = flag_value(it->second.text, &flag_ok);
    if (!flag_ok) {
      diagnostics.error(it->second.where, "'example' is '" + it->second.text + "', but must be true or false");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return m;
}

void check_order(const std::vector<Measurement>& ms, Diagnostics& diagnostics) {
  for (std::size_t i = 1; i < ms.size(); ++i) {
    if (ms[i].at <= ms[i - 1].at) {
      diagnostics.error(ms[i].where, "the measurement for " + ms[i].period + " comes after the one for " +
                                         ms[i - 1].period + "; list measurements oldest first, one per period");
    }
  }
}

std::optional<IndicatorPoint> point(YamlFields& f, const std::string& key) {
  const YAML::Node node = f.child(key);
  if (!node.IsDefined() || node.IsNull()) {
    f.diagnostics().error(f.location_of_mapping(), "missing required key '" + key + "' (with year and value)");
    return std::nullopt;
  }
  YamlFields p(node, f);
  if (!p.is_mapping()) {
    f.diagnostics().error(f.location_of(node), "'" + key + "' must have the lines 'year:' and 'value:'");
    return std::nullopt;
  }
  p.reject_unknown_keys({"year", "value"});
  auto year = p.text("year", true);
  auto value = p.text("value", true);
  if (!year || !value) return std::nullopt;
  IndicatorPoint out;
  std::string why;
  if (year->size() != 4 || !parse_period(*year, &why)) {
    f.diagnostics().error(p.location_of(p.child("year")), "the year is '" + *year + "'; write four digits, e.g. 2016");
    return std::nullopt;
  }
  out.year = std::stoi(*year);
  if (auto v = value_at(*value, p.location_of(p.child("value")), f.diagnostics())) {
    out.value = *v;
  } else {
    return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<Indicator> parse_indicator(const IndicatorSource& source, Diagnostics& diagnostics,
                                         const InputLimits& limits) try {
  const std::string& path = source.path;
  Diagnostics local;
  auto root = parse_yaml_mapping(
      source.text, path, "an indicator must be lines of the form 'key: value' (name, unit, goal, ...)", local, limits);
  if (!root) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  YamlFields f(*root, {source.text, path, 1}, local);
  f.reject_unknown_keys(indicator_keys());
  Indicator ind;
  ind.id = source.stem;
  ind.source_path = path;
  ind.name = f.text("name", true).value_or("");
  ind.description = f.text("description", false);
  ind.unit = f.text("unit", true).value_or("");
  ind.goal = f.text("goal", true).value_or("");
  ind.goal_where = f.location_of(f.child("goal"));
  ind.example_note = f.text("example_note", false);
  if (auto b = point(f, "baseline")) ind.baseline = *b;
  if (auto t = point(f, "target")) ind.target = *t;
  if (ind.target.year <= ind.baseline.year && !local.has_errors()) {
    local.error(f.location_of(f.child("target")), "the target year " + std::to_string(ind.target.year) +
                                                      " must come after the baseline year " +
                                                      std::to_string(ind.baseline.year));
  }
  if (slugify(ind.id) != ind.id) {
    local.error({path, 0, 0}, "the file name '" + ind.id +
                                  ".yaml' may only hold a-z, 0-9 and '-', since it becomes the indicator's anchor");
  }
  const YAML::Node inline_list = f.child("measurements");
  const bool has_inline = inline_list.IsDefined() && !inline_list.IsNull();
  if (source.csv_text) {
    ind.measurements_path = *source.csv_path;
    if (has_inline) {
      local.error(f.location_of_key("measurements"),
                  "the measurements are both here and in " + *source.csv_path + "; keep them in one place");
    } else if (auto ms = read_measurements_csv(*source.csv_text, *source.csv_path, local, limits)) {
      ind.measurements = std::move(*ms);
    }
  } else if (has_inline) {
    ind.measurements_path = path;
    if (!inline_list.IsSequence()) {
      local.error(f.location_of(inline_list), "'measurements' must be a list (lines starting with '- ')");
    } else {
      for (const auto& node : inline_list) {
        YamlFields mf(node, f);
        if (!mf.is_mapping()) {
          local.error(mf.location_of_mapping(), "each measurement must have the lines 'period:' and 'value:'");
          continue;
        }
        mf.reject_unknown_keys(measurement_columns());
        RawFields fields;
        for (const auto& key : measurement_columns()) {
          if (auto v = mf.text(key, false)) fields[key] = RawValue{*v, {}, mf.location_of(mf.child(key))};
        }
        if (auto m = measurement_from(fields, mf.location_of_mapping(), local)) ind.measurements.push_back(*m);
      }
      check_order(ind.measurements, local);
    }
  }
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return ind;
} catch (const YAML::Exception& e) {
  report_yaml_exception(e, source.text, source.path, 1, diagnostics);
  return std::nullopt;
}

std::string write_measurements_csv(const std::vector<Measurement>& measurements) {
  std::string out = csv_line(measurement_columns());
  for (const auto& m : measurements) {
    out += csv_line({m.period, m.value_text, m.note, m.source, m.example ? "true" : ""});
  }
  return out;
}

std::optional<std::vector<Measurement>> read_measurements_csv(const std::string& text, const std::string& path,
                                                              Diagnostics& diagnostics, const InputLimits& limits) {
  Diagnostics local;
  const auto table = read_csv_table(text, path, measurement_columns(), local, limits);
  if (!table) {
    diagnostics.merge(local);
    return std::nullopt;
  }
  std::vector<Measurement> out;
  for (const CsvRow& row : table->rows) {
    RawFields fields;
    for (std::size_t c = 0; c < measurement_columns().size(); ++c) {
      const std::string value = trim(row.fields[c].text);
      if (!value.empty()) {
        fields[measurement_columns()[c]] = RawValue{value, {}, {path, row.fields[c].line, row.fields[c].column}};
      }
    }
    if (auto m = measurement_from(fields, {path, row.line, 1}, local)) out.push_back(std::move(*m));
  }
  check_order(out, local);
  diagnostics.merge(local);
  if (local.has_errors()) return std::nullopt;
  return out;
}

}  // namespace styrdok
