// The print editions as PDF, from both engines people use: `styrdok pdf`
// prints the example documents, a redline, the action plan and the example
// meeting's handout with headless Chromium and with WeasyPrint, and poppler's
// pdftotext/pdfinfo read them back. Needs chromium, weasyprint and
// poppler-utils (scripts/install-deps.sh --test).
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <regex>

#include "support/test_site.h"

namespace styrdok::test {

namespace {

// What the test prints: one version of each example document, a redline, the action plan and the handout.
const char* const kWhat =
    "lysekil/ stenungsund/ dals-ed/integrationspolicy/2016-02-10/ "
    "dals-ed/integrationspolicy/jamfor/2015-03-16/2016-02-10/ dals-ed/integrationspolicy/handlingsplaner/ moten/";

struct Printed {
  std::string pdf;           // relative to the engine's output folder
  std::string print_html;    // the page printed, under the built site (a version prints itself)
  std::string organisation;  // starts the running header
};

const std::vector<Printed> kPrinted = {
    {"lysekil/riktlinjer-for-integrationsarbete/2021-05-19.pdf",
     "lysekil/riktlinjer-for-integrationsarbete/2021-05-19/index.html", "Lysekils kommun"},
    {"stenungsund/integrationspolicy/2023-12-14.pdf", "stenungsund/integrationspolicy/2023-12-14/index.html",
     "Stenungsunds kommun"},
    {"dals-ed/integrationspolicy/2016-02-10.pdf", "dals-ed/integrationspolicy/2016-02-10/index.html",
     "Dals-Eds kommun"},
    {"dals-ed/integrationspolicy/jamfor/2015-03-16/2016-02-10.pdf",
     "dals-ed/integrationspolicy/jamfor/2015-03-16/2016-02-10/index.html", "Dals-Eds kommun"},
    {"dals-ed/integrationspolicy/handlingsplaner/handlingsplan.pdf",
     "dals-ed/integrationspolicy/handlingsplaner/handlingsplan/utskrift/index.html", "Dals-Eds kommun"},
    {"moten/2016-01-20-kommunstyrelsen.pdf", "moten/2016-01-20-kommunstyrelsen/utskrift/index.html", "Dals-Eds kommun"},
};

std::string capture(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  ::pclose(pipe);
  return out;
}

void require_tool(const std::string& tool, const std::string& package) {
  if (std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) != 0) {
    FAIL(tool + " is not installed; the PDF tests need it (apt install " + package +
         ", or scripts/install-deps.sh --test)");
  }
}

// The example site printed by `engine`, once per test run.
fs::path printed_with(const std::string& engine) {
  static std::map<std::string, std::unique_ptr<TempDir>> cache;
  require_tool("pdftotext", "poppler-utils");
  require_tool("pdfinfo", "poppler-utils");
  require_tool(engine, engine);
  auto& dir = cache[engine];
  if (!dir) {
    dir = std::make_unique<TempDir>();
    const auto r = run_styrdok("pdf --quiet --drafts --engine " + engine + " --source " +
                               std::string(STYRDOK_SOURCE_DIR) + " --out " + dir->path().string() + " " + kWhat);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
  }
  return dir->path();
}

std::string collapse_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

std::string html_unescape(std::string s) {
  for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  }
  return s;
}

// The text of each page, as pdftotext lays it out.
std::vector<std::string> pages_of(const fs::path& pdf) {
  std::vector<std::string> pages;
  std::string text = capture("pdftotext -layout '" + pdf.string() + "' -");
  std::size_t start = 0;
  for (auto ff = text.find('\f'); ff != std::string::npos; ff = text.find('\f', start)) {
    pages.push_back(text.substr(start, ff - start));
    start = ff + 1;
  }
  return pages;
}

int page_count(const fs::path& pdf) {
  std::smatch m;
  const std::string info = capture("pdfinfo '" + pdf.string() + "'");
  return std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

std::string first_line(const std::string& page) {
  std::istringstream in(page);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(' ') != std::string::npos) return line.substr(line.find_first_not_of(' '));
  }
  return "";
}

std::string last_line(const std::string& page) {
  std::istringstream in(page);
  std::string line, last;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(' ') != std::string::npos) last = line;
  }
  return last;
}

// Finds each of `needles` in `haystack` in order from `from`; returns the
// position after the last, or npos (and the missing one in `missing`).
std::size_t find_in_order(const std::string& haystack, const std::vector<std::string>& needles, std::size_t from,
                          std::string& missing) {
  for (const auto& n : needles) {
    const auto at = haystack.find(n, from);
    if (at == std::string::npos) {
      missing = n;
      return std::string::npos;
    }
    from = at + n.size();
  }
  return from;
}

std::vector<std::string> matches(const std::string& html, const std::regex& re) {
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it) {
    out.push_back(collapse_spaces(html_unescape(std::regex_replace((*it)[1].str(), std::regex("<[^>]*>"), ""))));
  }
  return out;
}

fs::path site() { return built_example("--drafts"); }

}  // namespace

// One test case, so that CTest prints with each engine once (about 20 s).
TEST_CASE("the example site prints well with Chromium and WeasyPrint") {
  SECTION("every printed page has the running header and its page number") {
    for (const std::string engine : {"chromium", "weasyprint"}) {
      const fs::path out = printed_with(engine);
      for (const auto& p : kPrinted) {
        INFO(engine << ": " << p.pdf);
        const auto pages = pages_of(out / p.pdf);
        const int count = page_count(out / p.pdf);
        REQUIRE(count >= 1);
        REQUIRE(pages.size() == static_cast<std::size_t>(count));
        for (int i = 1; i <= count; ++i) {
          INFO("page " << i);
          const std::string& page = pages[static_cast<std::size_t>(i - 1)];
          CHECK(first_line(page).rfind(p.organisation + " · ", 0) == 0);
          CHECK(last_line(page).find("Sida " + std::to_string(i) + " av " + std::to_string(count)) !=
                std::string::npos);
        }
      }
    }
  }

  SECTION("no printed text runs off the page") {
    const std::regex page_re(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
    const std::regex word_re(
        R"re(<word xMin="([-0-9.]+)" yMin="([-0-9.]+)" xMax="([-0-9.]+)" yMax="([-0-9.]+)">([^<]*)</word>)re");
    for (const std::string engine : {"chromium", "weasyprint"}) {
      const fs::path out = printed_with(engine);
      for (const auto& p : kPrinted) {
        INFO(engine << ": " << p.pdf);
        const std::string bbox = capture("pdftotext -bbox '" + (out / p.pdf).string() + "' -");
        std::smatch pm;
        REQUIRE(std::regex_search(bbox, pm, page_re));
        const double width = std::stod(pm[1]), height = std::stod(pm[2]);
        std::size_t words = 0;
        for (auto it = std::sregex_iterator(bbox.begin(), bbox.end(), word_re); it != std::sregex_iterator(); ++it) {
          const auto& w = *it;
          ++words;
          INFO("word '" << w[5] << "'");
          CHECK(std::stod(w[1]) >= 0);
          CHECK(std::stod(w[2]) >= 0);
          CHECK(std::stod(w[3]) <= width);
          CHECK(std::stod(w[4]) <= height);
        }
        CHECK(words > 100);
      }
    }
  }

  SECTION("the printed table of contents lists every section before the text does") {
    // Section headings of the body: each must appear in order twice, first in
    // the contents, then as a heading in the text.
    const std::regex heading_re(R"re(<h[2-6] id="[^"]*"><a class="heading-link" href="#[^"]*">(.*?)</a>)re");
    for (const std::string engine : {"chromium", "weasyprint"}) {
      const fs::path out = printed_with(engine);
      for (std::size_t i = 0; i < 3; ++i) {
        const auto& p = kPrinted[i];
        INFO(engine << ": " << p.pdf);
        const auto headings = matches(read_text(site() / p.print_html), heading_re);
        REQUIRE(headings.size() >= 3);
        const std::string text = collapse_spaces(capture("pdftotext '" + (out / p.pdf).string() + "' -"));
        const auto toc = text.find("Innehåll i dokumentet");
        REQUIRE(toc != std::string::npos);
        std::string missing;
        const auto after_toc = find_in_order(text, headings, toc, missing);
        const auto after_text =
            after_toc == std::string::npos ? after_toc : find_in_order(text, headings, after_toc, missing);
        // A section left out of the contents is found in the text on the first pass, so the second fails.
        INFO("not found in order in the contents and then the text: " << missing);
        CHECK(after_text != std::string::npos);
      }
    }
  }

  SECTION("the handout holds every agenda item, in order, after the agenda and contents") {
    const std::string meeting = read_text(fs::path(STYRDOK_SOURCE_DIR) / "meetings/2016-01-20-kommunstyrelsen.yaml");
    const auto titles = matches(meeting, std::regex(R"re(\n  - title: ([^\n]*))re"));
    REQUIRE(titles.size() == 3);
    for (const std::string engine : {"chromium", "weasyprint"}) {
      INFO(engine);
      const fs::path pdf = printed_with(engine) / kPrinted.back().pdf;
      const std::string text = collapse_spaces(capture("pdftotext '" + pdf.string() + "' -"));
      // Cover, agenda, contents, then the items: each list complete and in order in its own part.
      std::vector<std::string> agenda, contents, items;
      for (std::size_t i = 0; i < titles.size(); ++i) {
        agenda.push_back(titles[i]);
        contents.push_back(std::to_string(i + 1) + ". " + titles[i]);
        items.push_back("Punkt " + std::to_string(i + 1) + ". " + titles[i]);
      }
      const auto agenda_at = text.find("Föredragningslista");
      const auto contents_at = text.find("Innehåll", agenda_at);
      const auto items_at = text.find("Punkt 1. ", contents_at);
      REQUIRE(items_at != std::string::npos);
      std::string missing;
      INFO("agenda: " << text.substr(agenda_at, contents_at - agenda_at));
      CHECK(find_in_order(text.substr(0, contents_at), agenda, agenda_at, missing) != std::string::npos);
      CHECK(find_in_order(text.substr(0, items_at), contents, contents_at, missing) != std::string::npos);
      CHECK(find_in_order(text, items, items_at, missing) != std::string::npos);
      INFO("the first one not found in order: " << missing);
      CHECK(missing.empty());
      // The redline of item 1 is in the packet, after the item's own text.
      CHECK(text.find("Jämförelse: Policy för integrationsarbetet", text.find(items[0])) < text.find(items[1]));
      // The action plan (item 3) with each action's state on the day of the meeting, in table order.
      const auto plan_at = text.find(items[2]);
      REQUIRE(plan_at != std::string::npos);
      CHECK(find_in_order(text,
                          {"Läget den 20 januari 2016", "Alla åtgärder i planen", "Klar efter tidsgränsen", "Försenad",
                           "Klar i tid", "Senaste uppföljning"},
                          plan_at, missing) != std::string::npos);
      INFO("not found in the plan item: " << missing);
      CHECK(missing.empty());
    }
  }
}

// A TCP port on this machine that counts who connects to it.
class Listener {
 public:
  Listener() : fd_(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(fd_, 64) == 0);
    REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &length) == 0);
    port_ = ntohs(addr.sin_port);
  }
  ~Listener() { ::close(fd_); }
  int port() const { return port_; }
  int connections() const {
    int count = 0;
    for (int fd; (fd = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC)) >= 0; ++count) ::close(fd);
    return count;
  }

 private:
  int fd_;
  int port_ = 0;
};

TEST_CASE("styrdok pdf prints with the network off, and nothing from outside the site") {
  for (const std::string engine : {"chromium", "weasyprint"}) {
    INFO(engine);
    require_tool(engine, engine);
    TempDir site;
    Listener web;
    const std::string image = "http://127.0.0.1:" + std::to_string(web.port()) + "/bild.png";
    write_text(site / "site.yaml", site_yaml());
    copy_repository_theme(site.path());
    write_text(site / "content/lysekil/riktlinjer/2021-05-19.md",
               version_md("title: Riktlinjer\ntype: riktlinjer\ndecided_by: KF\ndecision_date: 2021-05-19\n",
                          "## Syfte\n\nEn bild från nätet: ![Bild](" + image + ")\n"));
    const std::string pdf = "pdf --quiet --engine " + engine + " --source " + site.path().string() + " --out " +
                            (site / "pdf").string() + " lysekil/";
    auto r = run_styrdok(pdf);
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK(fs::exists(site / "pdf/lysekil/riktlinjer/2021-05-19.pdf"));
    CHECK(web.connections() == 0);

    // A file linked from outside the site fails the build that pdf makes first.
    fs::create_symlink("/etc/passwd", site / "themes/default/static/assets/passwd.txt");
    r = run_styrdok(pdf);
    CHECK(r.exit_code == 1);
    CHECK(r.output ==
          "themes/default/static/assets/passwd.txt: the link points outside the site (to /etc/passwd); "
          "only files inside the site's folder are read: copy what it points to into the site instead\n"
          "styrdok: 1 error; nothing was written, the previous output is unchanged.\n");
  }
}

// The Arabic edition of the example site (issue 18): printed with each engine,
// its text reads in order (Chromium's text layer holds it in logical order,
// which pdftotext gives back; WeasyPrint (57 here, still in 69) maps shaped
// Arabic glyphs wrongly in its ToUnicode tables, Kozea/WeasyPrint#1686 and
// #2841, so no tool can read its text back: there the page itself is checked,
// its lines aligned on the right as right-to-left text is, and `styrdok pdf`
// warns the clerk).
namespace {

// `text` without the bidirectional controls pdftotext puts around runs.
std::string without_bidi_controls(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (i + 2 < text.size() && b(i) == 0xE2 &&
        ((b(i + 1) == 0x80 && b(i + 2) >= 0xAA && b(i + 2) <= 0xAE) ||
         (b(i + 1) == 0x81 && b(i + 2) >= 0xA6 && b(i + 2) <= 0xA9))) {
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

// The lines of a page rendered in grey: how many start at the left edge of
// the text block, and how many end at its right edge.
std::pair<int, int> aligned_rows(const fs::path& pdf, int page) {
  TempDir dir;
  capture("pdftoppm -r 100 -gray -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf.string() +
          "' '" + (dir / "p").string() + "'");
  fs::path pgm;
  for (const auto& e : fs::directory_iterator(dir.path())) pgm = e.path();
  const std::string data = read_text(pgm);
  std::istringstream in(data);
  std::string magic;
  int width = 0, height = 0, max = 0;
  in >> magic >> width >> height >> max;
  in.get();
  const std::size_t start = static_cast<std::size_t>(in.tellg());
  if (magic != "P5" || width <= 0 || data.size() < start + static_cast<std::size_t>(width * height)) return {-1, -1};
  // First and last dark column of each line of the body: a run of rows with ink.
  std::vector<std::pair<int, int>> rows;
  bool in_line = false;
  for (int y = height / 8; y < height * 7 / 8; ++y) {
    int first = -1, last = -1;
    for (int x = 0; x < width; ++x) {
      if (static_cast<unsigned char>(data[start + static_cast<std::size_t>(y * width + x)]) < 128) {
        if (first < 0) first = x;
        last = x;
      }
    }
    if (first < 0) {
      in_line = false;
    } else if (!in_line) {
      rows.push_back({first, last});
      in_line = true;
    } else {
      rows.back() = {std::min(rows.back().first, first), std::max(rows.back().second, last)};
    }
  }
  const int near = std::max(2, width / 60);
  int left = width, right = 0;
  for (const auto& [first, last] : rows) {
    left = std::min(left, first);
    right = std::max(right, last);
  }
  int at_left = 0, at_right = 0;
  for (const auto& [first, last] : rows) {
    at_left += first - left <= near;
    at_right += right - last <= near;
  }
  return {at_left, at_right};
}

}  // namespace

TEST_CASE("the Arabic edition prints right to left with Chromium and WeasyPrint") {
  const std::string url = "dals-ed/integrationspolicy/2015-03-16/ar/";
  for (const std::string engine : {"chromium", "weasyprint"}) {
    INFO(engine);
    require_tool(engine, engine);
    require_tool("pdftoppm", "poppler-utils");
    TempDir out;
    const auto r = run_styrdok("pdf --engine " + engine + " --source " + std::string(STYRDOK_SOURCE_DIR) + " --out " +
                               out.path().string() + " " + url);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    // WeasyPrint's text layer for Arabic cannot be read (Kozea/WeasyPrint#1686): the clerk is told.
    CHECK((r.output.find("styrdok: warning: 1 page is in Arabic script; WeasyPrint writes the text of Arabic "
                         "script so that it cannot be copied") != std::string::npos) == (engine == "weasyprint"));
    const fs::path pdf = out / "dals-ed/integrationspolicy/2015-03-16/ar.pdf";
    REQUIRE(page_count(pdf) == 2);
    // Page 2 holds the text: right to left, its lines end at the right edge.
    const auto [at_left, at_right] = aligned_rows(pdf, 2);
    CHECK(at_right > 2 * at_left);
    if (engine == "chromium") {
      // The sections and their text in reading order (words without the
      // lam-alef ligature, which pdftotext turns round).
      const std::string text = without_bidi_controls(capture("pdftotext '" + pdf.string() + "' -"));
      std::string missing;
      CHECK(find_in_order(text,
                          {"محتويات الوثيقة", "تمهيد", "الغرض", "الخلفية", "تمهيد", "تريد بلدية دالس", "مكافحة كراهية",
                           "الغرض من هذا البرنامج هو", "تجسيد التوجه السياسي", "الخلفية", "مؤتمر لهيئات الرئاسة"},
                          0, missing) != std::string::npos);
      CHECK(missing == "");
      // The edition's page prints itself: on every sheet its running header,
      // and its page number in Arabic (print-pages.css's named page print-ar).
      const auto pages = pages_of(pdf);
      REQUIRE(pages.size() == 2);
      for (std::size_t i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        const std::string page = without_bidi_controls(pages[i]);
        CHECK_THAT(first_line(page), Catch::Contains("KS 2015/12") && Catch::Contains("Dals-Eds kommun"));
        CHECK(std::regex_search(last_line(page), std::regex("صفحة\\s*" + std::to_string(i + 1) + "\\s*من\\s*2")));
      }
    }
  }
  // The same check tells a left-to-right page apart: the Swedish version (its text from page 3).
  TempDir sv;
  REQUIRE(run_styrdok("pdf --quiet --engine chromium --source " + std::string(STYRDOK_SOURCE_DIR) + " --out " +
                      sv.path().string() + " dals-ed/integrationspolicy/2015-03-16/")
              .exit_code == 0);
  const auto [at_left, at_right] = aligned_rows(sv / "dals-ed/integrationspolicy/2015-03-16.pdf", 3);
  CHECK(at_left > 2 * at_right);
}

TEST_CASE("styrdok pdf names an address that matches no print page, and a --from folder with no site") {
  require_tool("chromium", "chromium");
  const fs::path built = built_example("--drafts");
  TempDir out;
  const std::string pdf = "pdf --engine chromium --source " + std::string(STYRDOK_SOURCE_DIR) + " --out " +
                          (out / "pdf").string() + " --from " + built.string();
  // One of two addresses matches: nothing is printed, and the other is named.
  const auto r = run_styrdok(pdf + " dals-ed/integrationspolicy/2015-03-16/ finnsinte/");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("'finnsinte/' is the address of no print page in " + built.string() +
                                       "; give the address of a document, version, comparison, action plan or "
                                       "meeting as in its web address, e.g. lysekil/riktlinjer/"));
  CHECK_FALSE(fs::exists(out / "pdf/dals-ed"));
  const auto none = run_styrdok("pdf --engine chromium --source " + std::string(STYRDOK_SOURCE_DIR) + " --out " +
                                (out / "pdf").string() + " --from " + out.path().string());
  CHECK(none.exit_code == 1);
  CHECK_THAT(none.output, Catch::Contains("' holds no built site (no index.html); build one with 'styrdok build', or "
                                          "leave out --from"));
}

}  // namespace styrdok::test
