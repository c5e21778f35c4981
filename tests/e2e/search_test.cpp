// End-to-end: the search page and its index files in the built example site.
#include <catch2/catch.hpp>

#include "support/test_site.h"

using namespace styrdok::test;

TEST_CASE("the search page is built with its index, and every page links to it") {
  const auto out = built_example("--as-of 2025-01-01");
  const std::string search = read_text(out / "sok/index.html");
  CHECK_THAT(search, Catch::Contains(R"(<ol id="search-results" class="search-results" tabindex="-1" )"
                                     R"(aria-labelledby="search-announcement"></ol>)"));
  // A way past the filters to the results, hidden until there are some.
  CHECK_THAT(search, Catch::Contains(R"(<button type="submit">Sök</button>)"
                                     "\n"
                                     R"(<a id="search-skip" class="search-skip" href="#search-results" hidden>)"
                                     R"(Gå till träffarna</a>)"));
  CHECK_THAT(search, Catch::Contains(R"(<script src="../assets/search.js" defer></script>)"));
  CHECK_THAT(search, Catch::Contains("Sökningen kräver JavaScript"));
  // What the page says while the number of results is not known (a phrase, a language).
  CHECK_THAT(search, Catch::Contains(R"(data-found-at-least="Minst {count} träffar för ”{query}”.")"));
  CHECK_THAT(search, Catch::Contains(R"(<option value="stenungsund">Stenungsunds kommun</option>)"));
  // The type filter offers the types the site's documents have, no other.
  CHECK_THAT(search, Catch::Contains(R"(<option value="policy">)"));
  CHECK_THAT(search, Catch::Contains(R"(<option value="riktlinjer">)"));
  CHECK_THAT(search, Catch::Contains(R"(<option value="handlingsplan">)"));
  CHECK_THAT(search, !Catch::Contains(R"(<option value="strategi">)"));
  CHECK_THAT(search, !Catch::Contains(R"(<option value="regler">)"));
  CHECK(fs::exists(out / "assets/search.js"));
  const std::string meta = read_text(out / "sok/index/meta.js");
  CHECK(meta.rfind("styrdokSearch.meta({\"format\":3,", 0) == 0);
  // The header's search box: a GET form to the search page, relative.
  CHECK_THAT(read_text(out / "lysekil/riktlinjer-for-integrationsarbete/index.html"),
             Catch::Contains(R"(<form class="site-search" action="../../sok/index.html" method="get" role="search">)"));
  std::size_t shards = 0;
  for (const auto& e : fs::directory_iterator(out / "sok/index")) {
    const auto name = e.path().filename().string();
    if (name[0] != 's') continue;
    ++shards;
    INFO(name);
    CHECK(fs::file_size(e.path()) <= 16 * 1024);
  }
  CHECK(shards > 1);
}

TEST_CASE("the search index holds the words of every version, under their stems") {
  const auto out = built_example("--as-of 2025-01-01");
  std::string all;
  for (const auto& e : fs::directory_iterator(out / "sok/index"))
    if (e.path().filename().string()[0] == 's') all += read_text(e.path());
  CHECK_THAT(all, Catch::Contains("\"praktikplats\":\""));  // the key of "praktikplatser"
  // The query script reaches it by cutting the "-er": no alias needed.
  CHECK_THAT(all, !Catch::Contains("\"praktikplatser\":"));
  // "år" (a year) and "är" (is) are two keys, which "ar", typed without
  // them, stands for; and so are "nyanländ" and "nyanland", which a link's
  // address writes ("…/nyanlandas-etablering/").
  CHECK_THAT(all, Catch::Contains("\"år\":\"") && Catch::Contains("\"är\":\""));
  CHECK_THAT(all, Catch::Contains("\"ar\":\"=är=år\""));
  CHECK_THAT(all, Catch::Contains("\"nyanländ\":\"") && Catch::Contains("\"nyanlanda\":\"=nyanländ\""));
  CHECK_THAT(all, Catch::Contains("\"framlingsfientlig"));  // only in Dals-Ed's older versions
  // The English edition's words under English stems ("administrations"),
  // and the English endings for the query script on this Swedish site.
  CHECK_THAT(all, Catch::Contains("\"administr\":\""));
  const std::string meta = read_text(out / "sok/index/meta.js");
  CHECK_THAT(meta, Catch::Contains("\"other_suffixes\":[\"ational\","));
  CHECK_THAT(meta, Catch::Contains("\"y\\u003ei\""));  // "y>i", with JSON's escape of ">"
}
