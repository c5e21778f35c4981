// Which addresses styrdok will publish as a link: those with an allowed
// scheme (https, http, mailto, tel) and relative ones ("../x/", "/a/b",
// "#avsnitt", "//example.org/"). Anything else — javascript:, data:,
// vbscript:, file:, any other scheme — is refused, however it is written:
// in capitals, with tabs, newlines, spaces or control characters inside or
// around it ("java\tscript:", " JaVaScRiPt:"), or with its colon written as
// an HTML character reference ("javascript&colon;", "javascript&#58;").
//
// The one check for every address from content and site.yaml: organisation
// websites, branding links, Markdown links and images. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace styrdok {

struct UrlScheme {
  std::string scheme;  // lower case, without ':'; empty for a relative address
  bool allowed = false;
};

UrlScheme url_scheme(std::string_view url);

// nullopt when the address may be published; otherwise why not, in a
// sentence that quotes the address (control characters shown escaped).
std::optional<std::string> check_url_scheme(std::string_view url);

}  // namespace styrdok
