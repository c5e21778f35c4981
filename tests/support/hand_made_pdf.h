// A PDF written by hand from its objects, for the import tests: objects
// numbered from 1 in the order given (the first is the catalogue), with the
// cross-reference table that readers need.
#pragma once

#include <string>
#include <vector>

namespace styrdok::test {

inline std::string pdf_of(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const auto offset : offsets) {
    std::string n = std::to_string(offset);
    out += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  return out + "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
}

// One A4 page whose content stream is `draw` ("BT /F1 11 Tf … ET"), its font
// /F1 Helvetica.
inline std::string one_page_pdf(const std::string& draw) {
  return pdf_of({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                 "/Contents 4 0 R >>",
                 "<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" + draw + "\nendstream",
                 "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

}  // namespace styrdok::test
