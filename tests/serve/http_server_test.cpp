// serve's HTTP server under clients that misbehave: idle, slow, oversized
// and streaming connections do not keep it from the next request, and each
// limit ends the connection that passes it. No assertion is on speed: the
// waits below are generous ceilings for a loaded machine.
#include "serve/http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>

using namespace styrdok;

namespace {

// A server on a free port of 127.0.0.1, serving on a thread of its own.
class RunningServer {
 public:
  explicit RunningServer(HttpLimits limits = {}) : server_(handler, limits) {
    std::string error;
    port_ = server_.listen("127.0.0.1", 0, error);
    if (port_ <= 0) throw std::runtime_error(error);
    thread_ = std::thread([this] { server_.run(); });
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  int port() const { return port_; }
  HttpServer& server() { return server_; }

 private:
  static HttpResponse handler(const HttpRequest& request) {
    HttpResponse r;
    if (request.target == "/events") {
      r.event_stream = true;
      r.content_type = "text/event-stream";
      r.body = std::make_shared<const std::string>("event: build\ndata: 1\n\n");
      return r;
    }
    r.body = std::make_shared<const std::string>("page " + request.target);
    return r;
  }
  HttpServer server_;
  int port_ = 0;
  std::thread thread_;
};

int connect_to(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  return fd;
}

void send_text(int fd, const std::string& text) {
  for (std::size_t sent = 0; sent < text.size();) {
    const ssize_t n = ::send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server closed it: what it answered is still there to read
    sent += static_cast<std::size_t>(n);
  }
}

// What arrives on `fd` until it holds `until` (or, when empty, the
// connection closes), or 20 s pass.
std::string receive(int fd, const std::string& until = "") {
  std::string got;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    if (!until.empty() && got.find(until) != std::string::npos) break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    char buffer[8192];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    got.append(buffer, static_cast<std::size_t>(n));
  }
  return got;
}

// Whether the server closed `fd` (within 20 s), reading what it sent first.
bool closed_by_server(int fd) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    char buffer[8192];
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) return true;
  }
  return false;
}

std::string get(int port, const std::string& target) {
  const int fd = connect_to(port);
  send_text(fd, "GET " + target + " HTTP/1.0\r\n\r\n");
  std::string answer = receive(fd);
  ::close(fd);
  return answer;
}

struct Sockets {
  std::vector<int> fds;
  ~Sockets() {
    for (int fd : fds) ::close(fd);
  }
};

}  // namespace

TEST_CASE("idle, half-sent and streaming connections do not keep the server from the next request") {
  HttpLimits limits;
  limits.head_timeout = std::chrono::minutes(5);  // none of them ends by time-out during the test
  RunningServer s(limits);
  Sockets open;
  for (int i = 0; i < 150; ++i) open.fds.push_back(connect_to(s.port()));  // idle
  for (int i = 0; i < 150; ++i) {
    open.fds.push_back(connect_to(s.port()));
    send_text(open.fds.back(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");  // and never more
  }
  for (int i = 0; i < 30; ++i) {
    open.fds.push_back(connect_to(s.port()));
    send_text(open.fds.back(), "GET /events HTTP/1.1\r\n\r\n");
    CHECK_THAT(receive(open.fds.back(), "data: 1\n\n"), Catch::EndsWith("event: build\ndata: 1\n\n"));
  }
  const auto answer = get(s.port(), "/index.html");
  CHECK_THAT(answer, Catch::StartsWith("HTTP/1.1 200 OK\r\n"));
  CHECK_THAT(answer, Catch::EndsWith("\r\n\r\npage /index.html"));
}

TEST_CASE("at the connection limit, the connection waiting longest for its request gives way") {
  HttpLimits limits;
  limits.max_connections = 8;
  limits.head_timeout = std::chrono::minutes(5);
  RunningServer s(limits);
  Sockets open;
  for (int i = 0; i < 8; ++i) open.fds.push_back(connect_to(s.port()));
  CHECK_THAT(get(s.port(), "/"), Catch::StartsWith("HTTP/1.1 200 OK\r\n"));
  CHECK(closed_by_server(open.fds.front()));
}

TEST_CASE("a request head that does not arrive in time ends the connection") {
  HttpLimits limits;
  limits.head_timeout = std::chrono::milliseconds(300);
  RunningServer s(limits);
  Sockets open;
  open.fds.push_back(connect_to(s.port()));
  send_text(open.fds.back(), "GET / HTTP/1.1\r\n");
  CHECK(closed_by_server(open.fds.back()));
  open.fds.push_back(connect_to(s.port()));  // one that sends nothing
  CHECK(closed_by_server(open.fds.back()));
}

TEST_CASE("a head over the size limit, a body and a method other than GET are refused") {
  HttpLimits limits;
  limits.max_head_bytes = 1024;
  RunningServer s(limits);
  int fd = connect_to(s.port());
  send_text(fd, "GET / HTTP/1.1\r\nX-Big: " + std::string(100'000, 'a') + "\r\n\r\n");
  CHECK_THAT(receive(fd), Catch::StartsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
  ::close(fd);
  fd = connect_to(s.port());
  send_text(fd, "POST / HTTP/1.1\r\nContent-Length: 300000000\r\n\r\n");
  CHECK(receive(fd) ==
        "HTTP/1.1 413 Content Too Large\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 51\r\n"
        "Connection: close\r\n\r\n413 Content Too Large: serve takes no request body\n");
  ::close(fd);
  fd = connect_to(s.port());
  send_text(fd, "DELETE / HTTP/1.1\r\n\r\n");
  CHECK_THAT(receive(fd),
             Catch::StartsWith("HTTP/1.1 405 Method Not Allowed\r\n") && Catch::Contains("\r\nAllow: GET, HEAD\r\n"));
  ::close(fd);
  fd = connect_to(s.port());
  send_text(fd, "HEAD /x HTTP/1.0\r\n\r\n");
  CHECK_THAT(receive(fd), Catch::Contains("Content-Length: 7\r\n") && Catch::EndsWith("\r\n\r\n"));  // no body
  ::close(fd);
}

TEST_CASE("a kept-alive connection answers requests in turn, sent together or apart") {
  RunningServer s;
  const int fd = connect_to(s.port());
  send_text(fd, "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n");
  const auto both = receive(fd, "page /b");
  CHECK_THAT(both, Catch::Contains("Connection: keep-alive\r\n\r\npage /a") && Catch::EndsWith("page /b"));
  send_text(fd, "GET /c HTTP/1.1\r\nConnection: close\r\n\r\n");
  CHECK_THAT(receive(fd), Catch::EndsWith("Connection: close\r\n\r\npage /c"));
  ::close(fd);
}

TEST_CASE("event streams get every broadcast, and the oldest gives way past the limit") {
  HttpLimits limits;
  limits.max_event_streams = 2;
  limits.stream_ping = std::chrono::milliseconds(100);
  RunningServer s(limits);
  Sockets streams;
  for (int i = 0; i < 3; ++i) {
    streams.fds.push_back(connect_to(s.port()));
    send_text(streams.fds.back(), "GET /events HTTP/1.1\r\n\r\n");
    receive(streams.fds.back(), "data: 1\n\n");
  }
  CHECK(closed_by_server(streams.fds[0]));
  s.server().broadcast("event: build\ndata: 2\n\n");
  for (int i = 1; i < 3; ++i) CHECK_THAT(receive(streams.fds[i], "data: 2\n\n"), Catch::Contains("data: 2\n\n"));
  CHECK_THAT(receive(streams.fds[1], ": waiting\n\n"), Catch::Contains(": waiting\n\n"));  // to find clients gone
}
