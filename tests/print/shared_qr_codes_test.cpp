#include "print/shared_qr_codes.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

#include "print/qr_code.h"

using namespace styrdok;

TEST_CASE("two pages asking for one QR code get qr_svg's bytes, and it is held only between them") {
  SharedQrCodes shared;
  const std::string url = "https://example.org/org/policy/2024-01-01/";
  const std::string first = shared.svg_for_two(url, "QR: " + url);
  CHECK(first == qr_svg(url, "QR: " + url));
  CHECK(shared.waiting() == 1);
  const std::string other = shared.svg_for_two(url + "x/", "QR");  // another document's, meanwhile
  CHECK(shared.waiting() == 2);
  CHECK(shared.svg_for_two(url, "QR: " + url) == first);
  CHECK(shared.waiting() == 1);
  CHECK(shared.svg_for_two(url + "x/", "QR") == other);
  CHECK(shared.waiting() == 0);
}

TEST_CASE("the same address with another label is another code") {
  SharedQrCodes shared;
  const std::string url = "https://example.org/a/";
  const std::string sv = shared.svg_for_two(url, "QR-kod");
  const std::string en = shared.svg_for_two(url, "QR code");
  CHECK(sv != en);
  CHECK(en == qr_svg(url, "QR code"));
  CHECK(shared.waiting() == 2);
}

TEST_CASE("pages on several threads each get their code's bytes") {
  SharedQrCodes shared;
  std::vector<std::string> urls;
  for (int i = 0; i < 40; ++i) urls.push_back("https://example.org/doc-" + std::to_string(i) + "/");
  std::vector<std::string> got(urls.size() * 2);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&, t] {
      for (std::size_t i = 0; i < urls.size(); ++i)
        got[i * 2 + static_cast<std::size_t>(t)] = shared.svg_for_two(urls[i], "QR");
    });
  for (auto& t : threads) t.join();
  for (std::size_t i = 0; i < urls.size(); ++i) {
    const std::string expected = qr_svg(urls[i], "QR");
    CHECK(got[i * 2] == expected);
    CHECK(got[i * 2 + 1] == expected);
  }
  CHECK(shared.waiting() <= urls.size());
}
