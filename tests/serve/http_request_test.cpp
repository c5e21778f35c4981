// Request heads as serve reads them: complete or not yet, within the size
// limit, with or without a body (refused), kept alive or not.
#include "serve/http_request.h"

#include <catch2/catch.hpp>

using namespace styrdok;
using Status = RequestHead::Status;

TEST_CASE("a whole request head is read, and what follows it is left") {
  const std::string head = "GET /lysekil/?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n";
  const auto r = parse_request_head(head + "GET /next HTTP/1.1\r\n", 1024);
  REQUIRE(r.status == Status::complete);
  CHECK(r.length == head.size());
  CHECK(r.request.method == "GET");
  CHECK(r.request.target == "/lysekil/?q=1");
  CHECK(r.request.keep_alive);
}

TEST_CASE("a head still on its way is incomplete, until it passes the limit") {
  CHECK(parse_request_head("", 64).status == Status::incomplete);
  CHECK(parse_request_head("GET / HTTP/1.1\r\nHost: x\r\n", 64).status == Status::incomplete);
  CHECK(parse_request_head("GET / HTTP/1.1\r\nX: " + std::string(100, 'a'), 64).status == Status::too_large);
  CHECK(parse_request_head("GET / HTTP/1.1\r\nX: " + std::string(100, 'a') + "\r\n\r\n", 64).status ==
        Status::too_large);
  CHECK(parse_request_head(std::string(1000, '\n'), 64).status == Status::too_large);  // blank lines count too
  CHECK(parse_request_head("\r\nGET / HTTP/1.0\r\n\r\n", 64).status == Status::complete);
}

TEST_CASE("keep-alive follows the version and the Connection field") {
  CHECK_FALSE(parse_request_head("GET / HTTP/1.0\r\n\r\n", 1024).request.keep_alive);
  CHECK(parse_request_head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", 1024).request.keep_alive);
  CHECK_FALSE(parse_request_head("GET / HTTP/1.1\r\nconnection: upgrade, close\r\n\r\n", 1024).request.keep_alive);
  CHECK(parse_request_head("GET / HTTP/1.1\n\n", 1024).request.keep_alive);  // bare line feeds
}

TEST_CASE("a request with a body is recognised without reading it") {
  CHECK(parse_request_head("POST / HTTP/1.1\r\nContent-Length: 300000000\r\n\r\n", 1024).status == Status::has_body);
  CHECK(parse_request_head("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 1024).status == Status::has_body);
  CHECK(parse_request_head("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n", 1024).status == Status::complete);
  CHECK(parse_request_head("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 1024).status == Status::bad);
}

TEST_CASE("what is not an HTTP/1.x request head is bad") {
  for (const std::string head :
       {"GET /\r\n\r\n", "GET / HTTP/2.0\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n",
        "G(T / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nNo colon\r\n\r\n", "GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n",
        "GET /a\x01 HTTP/1.1\r\n\r\n"}) {
    INFO(head);
    CHECK(parse_request_head(head, 1024).status == Status::bad);
  }
}
