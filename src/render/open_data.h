// Open data: the site's content as CSV and JSON files beside its pages, for
// journalists, researchers and the municipality's own web team. The formats
// are documented in docs/open-data.md; each JSON file names its schema.
//   documents.json, documents.csv   every document and version, every field
//   <plan>/<id>.csv                  a plan's actions and reports (also read back as input)
//   <plan>/<id>.json                 the same, with the status derived on the build date
//   <document>/indikatorer/<id>.csv  an indicator's measurements (also read back as input)
//   <document>/indikatorer/indikatorer.json
#pragma once

#include "core/date.h"
#include "model/site_config.h"
#include "render/page_plan.h"

namespace styrdok {

// The bytes of one planned data file (PageKind::data_file).
std::string data_file(const Page& page, const Site& site, Date as_of);

std::string documents_json(const Site& site, Date as_of);
std::string documents_csv(const Site& site, Date as_of);
std::string plan_json(const Site& site, const ActionPlan& plan, Date as_of);
std::string indicators_json(const Site& site, const Document& doc, Date as_of);

const std::vector<std::string>& documents_csv_columns();

}  // namespace styrdok
