// End-to-end: `styrdok serve` as a clerk uses it — edit, break, fix — and as
// an attacker probes it, and under a burst of concurrent requests.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

#include "support/http_client.h"
#include "support/test_site.h"

using namespace styrdok::test;

namespace {

const char* const kPolicy = "content/lysekil/policy/2020-01-01.md";
const char* const kPolicyUrl = "/lysekil/policy/";

std::string policy(const std::string& title, const std::string& date = "2020-01-01") {
  return version_md("title: " + title + "\ntype: policy\ndecided_by: KS\ndecision_date: " + date + "\n");
}

void make_site(const TempDir& dir) {
  copy_repository_theme(dir.path());
  write_text(dir / "site.yaml", site_yaml());
  write_text(dir / kPolicy, policy("Första titeln"));
}

bool contains(const HttpResponse& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

// Whether `target` comes to hold `text`, asked until it does or serve's
// rebuild is overdue.
bool comes_to_hold(int port, const std::string& target, const std::string& text) {
  return contains(get_until(port, target, [&](const HttpResponse& r) { return contains(r, text); }), text);
}

}  // namespace

TEST_CASE("serve rebuilds a changed page, shows errors over it, and recovers") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());

  auto page = http_get(serve.port(), kPolicyUrl);
  REQUIRE(page.status == 200);
  CHECK(contains(page, "Första titeln"));
  CHECK_THAT(page.headers, Catch::Contains("Content-Type: text/html; charset=utf-8"));
  CHECK(contains(page, "<script src=\"/__styrdok/reload.js\""));

  write_text(dir / kPolicy, policy("Andra titeln"));
  page = get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "Andra titeln"); });
  CHECK(contains(page, "Andra titeln"));
  CHECK(contains(http_get(serve.port(), "/"), "Andra titeln"));  // the lists show the new metadata

  // An edit of the text alone: the page shows it (the lists are kept as they were).
  write_text(dir / kPolicy, policy("Andra titeln") + "\nEn ny mening.\n");
  page = get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "En ny mening."); });
  CHECK(contains(page, "En ny mening."));
  CHECK(contains(http_get(serve.port(), "/"), "Andra titeln"));

  write_text(dir / kPolicy, policy("Tredje titeln", "2020-02-30"));
  page = get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "styrdok-serve-errors"); });
  CHECK(page.status == 200);
  CHECK(contains(page, "content/lysekil/policy/2020-01-01.md:5:16: &#39;2020-02-30&#39; is not a date"));
  CHECK(contains(page, "Andra titeln"));  // the last good page, under the errors

  write_text(dir / kPolicy, policy("Fjärde titeln"));
  page = get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "Fjärde titeln"); });
  CHECK(contains(page, "Fjärde titeln"));
  CHECK_FALSE(contains(page, "styrdok-serve-errors"));

  // A page kept from the last build is rendered again when what it shows changes elsewhere.
  write_text(dir / "content/lysekil/annan/2021-01-01.md", policy("Annan", "2021-01-01"));
  const auto home = get_until(serve.port(), "/", [](const HttpResponse& r) { return contains(r, "Annan"); });
  CHECK(contains(home, "Annan"));
  // The new document comes first: the policy's pages, kept from the last
  // build, are now the second document's, and still show the policy.
  CHECK(contains(http_get(serve.port(), "/lysekil/annan/"), "Annan"));
  CHECK(contains(http_get(serve.port(), kPolicyUrl), "Fjärde titeln"));
  CHECK(contains(http_get(serve.port(), "/lysekil/policy/2020-01-01/"), "Fjärde titeln"));
  auto yaml = read_text(dir / "site.yaml");
  write_text(dir / "site.yaml", yaml.replace(yaml.find("Lysekils kommun"), 15, "Lysekil Testkommun"));
  page = get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "Lysekil Testkommun"); });
  CHECK(contains(page, "Lysekil Testkommun"));
  CHECK(contains(page, "Fjärde titeln"));

  // A document removed: its pages go, the other's stay as they were.
  std::filesystem::remove_all(dir / "content/lysekil/annan");
  CHECK(get_until(serve.port(), "/lysekil/annan/", [](const HttpResponse& r) { return r.status == 404; }).status ==
        404);
  CHECK(contains(http_get(serve.port(), kPolicyUrl), "Fjärde titeln"));
  CHECK_FALSE(contains(http_get(serve.port(), "/"), "Annan"));

  CHECK(serve.stop() == 0);
  CHECK_THAT(serve.log(), Catch::Contains("content/lysekil/policy/2020-01-01.md:5:16: '2020-02-30' is not a date"));
  CHECK_THAT(serve.log(), Catch::Contains("Stopped."));
}

TEST_CASE("serve shows a saved page at once and brings the search index up to date after it") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  const char* const kShard = "/sok/index/s0.js";  // a site this small has one shard of keys
  REQUIRE(http_get(serve.port(), kShard).status == 200);
  CHECK_FALSE(contains(http_get(serve.port(), kShard), "\"zebrafink\""));

  write_text(dir / kPolicy, policy("Första titeln") + "\nEn zebrafink flög förbi.\n");
  const auto page = get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "zebrafink"); });
  CHECK(contains(page, "zebrafink"));
  const auto shard =
      get_until(serve.port(), kShard, [](const HttpResponse& r) { return contains(r, "\"zebrafink\""); });
  CHECK(contains(shard, "\"zebrafink\""));
  CHECK(http_get(serve.port(), "/sok/index/meta.js").status == 200);  // the rest of the index is still there
  CHECK(serve.stop() == 0);
}

TEST_CASE("serve adds the pages of a new version and removes them with it, keeping the search index") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  const char* const kVersion = "/lysekil/policy/2021-01-01/";
  const char* const kComparison = "/lysekil/policy/jamfor/2020-01-01/2021-01-01/";
  const char* const kMeta = "/sok/index/meta.js";
  REQUIRE(http_get(serve.port(), kMeta).status == 200);
  CHECK(http_get(serve.port(), kVersion).status == 404);

  const char* const kRevision = "content/lysekil/policy/2021-01-01.md";
  write_text(dir / kRevision, policy("Reviderad titel", "2021-01-01"));
  const auto page = get_until(serve.port(), kVersion, [](const HttpResponse& r) { return r.status == 200; });
  CHECK(contains(page, "Reviderad titel"));
  CHECK(http_get(serve.port(), kComparison).status == 200);
  CHECK(http_get(serve.port(), std::string(kVersion) + "utskrift/").status == 200);  // its redirect
  CHECK(http_get(serve.port(), kMeta).status == 200);

  std::filesystem::remove(dir / kRevision);
  const auto gone = get_until(serve.port(), kVersion, [](const HttpResponse& r) { return r.status == 404; });
  CHECK(gone.status == 404);
  CHECK(contains(gone, "<html"));  // the site's own 404 page
  CHECK(http_get(serve.port(), kComparison).status == 404);
  CHECK(http_get(serve.port(), std::string(kVersion) + "utskrift/").status == 404);
  CHECK_FALSE(contains(http_get(serve.port(), kPolicyUrl), "Reviderad titel"));
  CHECK(http_get(serve.port(), kMeta).status == 200);
  CHECK(http_get(serve.port(), "/lysekil/policy/2020-01-01/").status == 200);
  CHECK(serve.stop() == 0);
}

TEST_CASE("serve renders the lists and feeds of changes again when a revision's text changes") {
  TempDir dir;
  make_site(dir);
  // A revision of the policy: its summary on what's new counts the sections it changed.
  const char* const kRevision = "content/lysekil/policy/2021-01-01.md";
  write_text(dir / kRevision, policy("Första titeln", "2021-01-01"));
  ServeProcess serve(dir.path().string());
  CHECK(contains(http_get(serve.port(), "/nytt/"), "Inga ändringar i texten."));

  write_text(dir / kRevision,
             version_md("title: Första titeln\ntype: policy\ndecided_by: KS\ndecision_date: 2021-01-01\n",
                        "## Syfte\n\nEn annan text.\n"));
  const auto news =
      get_until(serve.port(), "/nytt/", [](const HttpResponse& r) { return contains(r, "1 avsnitt ändrat"); });
  CHECK(contains(news, "1 avsnitt ändrat"));
  // The same build made the site's feed and the organisation's again.
  CHECK(contains(http_get(serve.port(), "/feed.xml"), "1 avsnitt ändrat"));
  CHECK(contains(http_get(serve.port(), "/lysekil/feed.xml"), "1 avsnitt ändrat"));
  CHECK(serve.stop() == 0);
}

TEST_CASE(
    "serve uses a template and a static file of the site's own as soon as they are saved, and again when they change") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  CHECK(contains(http_get(serve.port(), "/finns-inte/"), "Sidan finns inte"));
  // The theme is kept between saves of content; a file of the theme's is not content.
  write_text(dir / "templates/not_found.mustache", "Borta: {{heading}}");
  CHECK(comes_to_hold(serve.port(), "/finns-inte/", "Borta: Sidan finns inte"));
  write_text(dir / "static/assets/extra.css", "p { color: black; }");
  CHECK(comes_to_hold(serve.port(), "/assets/extra.css", "color: black"));
  // A content save keeps the site's template, its static files and the theme's.
  write_text(dir / kPolicy, policy("Andra titeln"));
  CHECK(comes_to_hold(serve.port(), kPolicyUrl, "Andra titeln"));
  CHECK(contains(http_get(serve.port(), "/finns-inte/"), "Borta: Sidan finns inte"));
  CHECK(contains(http_get(serve.port(), "/assets/extra.css"), "color: black"));
  CHECK(http_get(serve.port(), "/assets/style.css").status == 200);
  write_text(dir / "static/assets/extra.css", "p { color: navy; }");
  CHECK(comes_to_hold(serve.port(), "/assets/extra.css", "color: navy"));
  write_text(dir / "templates/not_found.mustache", "Borta igen: {{heading}}");
  CHECK(comes_to_hold(serve.port(), "/finns-inte/", "Borta igen: Sidan finns inte"));
  CHECK(serve.stop() == 0);
}

TEST_CASE("serve shows an edited action plan and indicator, parsed again from their files") {
  TempDir dir;
  make_site(dir);
  write_text(dir / kPolicy, policy("Första titeln") + "\n## Syfte\n\nText.\n");
  const std::string plan = "content/lysekil/policy/handlingsplaner/plan.yaml";
  auto plan_yaml = [](const std::string& title) {
    return "title: Plan\nversion: 2020-01-01\nactions:\n  - id: a\n    title: " + title + "\n    deadline: 2022\n";
  };
  write_text(dir / plan, plan_yaml("Gör något"));
  const std::string indicator = "content/lysekil/policy/indikatorer/ind";
  write_text(dir / (indicator + ".yaml"),
             "name: Antal deltagare\nunit: st\ngoal: syfte\nbaseline: {year: 2020, value: 1}\n"
             "target: {year: 2024, value: 5}\n");
  write_text(dir / (indicator + ".csv"), "period,value,note,source,example\n2021,2,,,\n");
  ServeProcess serve(dir.path().string());
  const std::string plan_url = "/lysekil/policy/handlingsplaner/plan/";
  CHECK(contains(http_get(serve.port(), plan_url), "Gör något"));

  write_text(dir / plan, plan_yaml("Gör något annat"));
  auto page = get_until(serve.port(), plan_url, [](const HttpResponse& r) { return contains(r, "Gör något annat"); });
  CHECK(contains(page, "Gör något annat"));

  // The CSV beside the indicator's YAML file counts as part of it.
  write_text(dir / (indicator + ".csv"), "period,value,note,source,example\n2021,2,,,\n2022,4,Mätt i maj,,\n");
  page = get_until(serve.port(), "/lysekil/policy/indikatorer/",
                   [](const HttpResponse& r) { return contains(r, "Mätt i maj"); });
  CHECK(contains(page, "Mätt i maj"));
  CHECK(serve.stop() == 0);
}

TEST_CASE("serve renders the editions' \"Läs på\" list again when an edition is added, changed or removed") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  const std::string version_url = std::string(kPolicyUrl) + "2020-01-01/";
  CHECK_FALSE(contains(http_get(serve.port(), version_url), "Läs på:"));
  CHECK_FALSE(contains(http_get(serve.port(), kPolicyUrl), "Läs på:"));

  const auto edition = dir / "content/lysekil/policy/2020-01-01.en.md";
  write_text(edition, version_md("title: The first title\ntranslated_by: A translator\ntranslation_date: 2020-02-01\n",
                                 "## Purpose\n\nText.\n"));
  const auto has_english = [](const HttpResponse& r) { return contains(r, "hreflang=\"en\">English</a>"); };
  CHECK(has_english(get_until(serve.port(), version_url, has_english)));
  CHECK(has_english(http_get(serve.port(), kPolicyUrl)));
  CHECK(contains(http_get(serve.port(), version_url + "en/"), "The first title"));

  // A second edition joins the list; the first edition's page lists it too.
  write_text(dir / "content/lysekil/policy/2020-01-01.lattlast.md",
             version_md("title: Första titeln, lättläst\ntranslated_by: Kommunen\ntranslation_date: 2020-02-01\n",
                        "## Om texten\n\nText.\n"));
  const auto has_easy = [](const HttpResponse& r) { return contains(r, ">Lättläst</a>"); };
  CHECK(has_easy(get_until(serve.port(), version_url, has_easy)));
  CHECK(has_easy(http_get(serve.port(), kPolicyUrl)));
  CHECK(has_easy(http_get(serve.port(), version_url + "en/")));

  // Changed: its page shows the new title; the page prints itself, and its
  // old print address sends the reader to it.
  write_text(edition, version_md("title: A second title\ntranslated_by: A translator\ntranslation_date: 2020-02-01\n",
                                 "## Purpose\n\nText.\n"));
  const auto retitled = [](const HttpResponse& r) { return contains(r, "A second title"); };
  CHECK(retitled(get_until(serve.port(), version_url + "en/", retitled)));
  CHECK(contains(http_get(serve.port(), version_url + "en/utskrift/"), "url=../index.html"));

  // Removed: gone from the lists, and its page with it.
  std::filesystem::remove(edition);
  const auto page = get_until(serve.port(), version_url, [&](const HttpResponse& r) { return !has_english(r); });
  CHECK_FALSE(has_english(page));
  CHECK(has_easy(page));
  CHECK_FALSE(has_english(http_get(serve.port(), kPolicyUrl)));
  CHECK(http_get(serve.port(), version_url + "en/").status == 404);
  CHECK(http_get(serve.port(), version_url + "en/utskrift/").status == 404);
  CHECK(serve.stop() == 0);
}

TEST_CASE("serve refuses paths that lead outside the site") {
  TempDir dir;
  make_site(dir);
  TempDir outside;
  write_text(outside / "secret.txt", "not for the web");
  fs::create_directory_symlink(outside.path(), dir / "themes/default/static/assets/outside");
  fs::create_symlink(outside / "secret.txt", dir / "themes/default/static/assets/secret.txt");
  ServeProcess serve(dir.path().string());

  for (const char* target : {"/../site.yaml", "/lysekil/../../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E%2Fsite.yaml",
                             "/lysekil%2f..%2f..%2fsite.yaml", "/..%5csite.yaml", "/assets/%00", "//etc/passwd"}) {
    INFO(target);
    CHECK(http_get(serve.port(), target).status == 403);
  }
  // The links out of the site fail the build, as they fail `styrdok build`:
  // there is no site to serve yet, only the errors.
  for (const char* target :
       {"/assets/outside/secret.txt", "/assets/secret.txt", "/site.yaml", "/content/lysekil/policy/2020-01-01.md"}) {
    INFO(target);
    const auto r = http_get(serve.port(), target);
    CHECK(r.status == 500);
    CHECK(contains(r, "themes/default/static/assets/outside: the link points outside the site (to " +
                          outside.path().string() + ")"));
    CHECK(contains(r, "themes/default/static/assets/secret.txt: the link points outside the site (to " +
                          (outside / "secret.txt").string() + ")"));
    CHECK_FALSE(contains(r, "not for the web"));
  }

  // Once the links are gone, the site is served, and the files it does not publish are not found.
  fs::remove(dir / "themes/default/static/assets/outside");
  fs::remove(dir / "themes/default/static/assets/secret.txt");
  REQUIRE(get_until(serve.port(), "/", [](const HttpResponse& r) { return r.status == 200; }).status == 200);
  for (const char* target : {"/assets/secret.txt", "/site.yaml", "/content/lysekil/policy/2020-01-01.md"}) {
    INFO(target);
    CHECK(http_get(serve.port(), target).status == 404);
  }
}

TEST_CASE("serve answers with content types, directory pages and redirects") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  CHECK_THAT(http_get(serve.port(), "/").headers, Catch::Contains("Content-Type: text/html; charset=utf-8"));
  CHECK_THAT(http_get(serve.port(), "/assets/style.css").headers, Catch::Contains("Content-Type: text/css"));
  CHECK_THAT(http_get(serve.port(), "/sitemap.xml").headers, Catch::Contains("Content-Type: application/xml"));
  CHECK_THAT(http_get(serve.port(), "/__styrdok/reload.js").headers, Catch::Contains("Content-Type: text/javascript"));
  const auto redirect = http_get(serve.port(), "/lysekil/policy");
  CHECK(redirect.status == 301);
  CHECK_THAT(redirect.headers, Catch::Contains("Location: /lysekil/policy/"));
  const auto missing = http_get(serve.port(), "/lysekil/finns-inte/");
  CHECK(missing.status == 404);
  CHECK(contains(missing, "<html"));  // the site's own 404 page
}

TEST_CASE("serve answers a burst of concurrent requests without errors") {
  if (std::system("command -v wrk >/dev/null 2>&1") != 0) {
    FAIL("wrk is not installed; run scripts/install-deps.sh --test (Debian package wrk)");
  }
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  const auto r = run_command("wrk -t2 -c8 -d3s http://127.0.0.1:" + std::to_string(serve.port()) + kPolicyUrl);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("requests in"));
  CHECK_THAT(r.output, !Catch::Contains("Socket errors"));
  CHECK_THAT(r.output, !Catch::Contains("Non-2xx or 3xx responses"));
  CHECK(http_get(serve.port(), kPolicyUrl).status == 200);
}

TEST_CASE("serve answers while many idle, half-sent and live-reload connections are open") {
  TempDir dir;
  make_site(dir);
  ServeProcess serve(dir.path().string());
  auto connect_to = [&] {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(serve.port()));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    return fd;
  };
  auto send_text = [](int fd, const std::string& text) { (void)!::send(fd, text.data(), text.size(), MSG_NOSIGNAL); };
  std::vector<int> open;
  for (int i = 0; i < 200; ++i) open.push_back(connect_to());  // say nothing
  for (int i = 0; i < 200; ++i) {
    open.push_back(connect_to());
    send_text(open.back(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");  // and never finish
  }
  for (int i = 0; i < 25; ++i) {  // the live-reload streams of 25 open pages
    open.push_back(connect_to());
    send_text(open.back(), "GET /__styrdok/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
  }
  const int stream = open.back();
  const int huge = connect_to();  // a megabyte of header fields: refused at 16 KiB, never held
  send_text(huge, "GET / HTTP/1.1\r\nX-Big: " + std::string(1 << 20, 'a'));
  open.push_back(huge);

  const auto page = http_get(serve.port(), kPolicyUrl);
  CHECK(page.status == 200);
  CHECK(contains(page, "Första titeln"));
  write_text(dir / kPolicy, policy("Andra titeln"));  // and a rebuild reaches the open pages' streams
  CHECK(contains(get_until(serve.port(), kPolicyUrl, [](const HttpResponse& r) { return contains(r, "Andra titeln"); }),
                 "Andra titeln"));
  std::string events;  // the open page hears of the second build
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (events.find("data: 2\n\n") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    char buffer[4096];
    const ssize_t n = ::recv(stream, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n > 0) events.append(buffer, static_cast<std::size_t>(n));
    if (n <= 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  CHECK_THAT(events, Catch::Contains("Content-Type: text/event-stream\r\n") &&
                         Catch::Contains("event: build\ndata: 1\n\n") && Catch::Contains("event: build\ndata: 2\n\n"));
  for (const int fd : open) ::close(fd);
  CHECK(serve.stop() == 0);
}

TEST_CASE("serve warns of a version decided after today, as build and check do") {
  TempDir dir;
  make_site(dir);
  write_text(dir / "content/lysekil/policy/2099-01-01.md", policy("Framtida titeln", "2099-01-01"));
  ServeProcess serve(dir.path().string(), {"--lang", "en"});
  CHECK(comes_to_hold(serve.port(), kPolicyUrl, "Första titeln"));
  serve.stop();
  CHECK_THAT(serve.log(), Catch::Contains("2099-01-01.md: warning: decision_date 2099-01-01 is after today"));
}

TEST_CASE("serve shows a picture beside a text, and its new bytes when it is saved again") {
  TempDir dir;
  make_site(dir);
  write_text(dir / kPolicy, policy("Första titeln") + "\n![Karta över ån](<karta över ån.webp>)\n");
  write_text(dir / "content/lysekil/policy/karta över ån.webp", "RIFF first");
  ServeProcess serve(dir.path().string());
  CHECK(comes_to_hold(serve.port(), kPolicyUrl, "<img src=\"../../lysekil/policy/karta%20%C3%B6ver%20%C3%A5n.webp\""));
  const std::string picture = "/lysekil/policy/karta%20%C3%B6ver%20%C3%A5n.webp";
  const auto first = http_get(serve.port(), picture);
  CHECK(first.status == 200);
  CHECK(first.body == "RIFF first");
  CHECK_THAT(first.headers, Catch::Contains("Content-Type: image/webp"));
  write_text(dir / "content/lysekil/policy/karta över ån.webp", "RIFF second");
  CHECK(comes_to_hold(serve.port(), picture, "RIFF second"));
}
