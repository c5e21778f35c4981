// The HTTP server of `styrdok serve`: one thread and epoll, so that a
// connection costs a file descriptor, not a thread. Idle, slow and
// half-sent requests, and the live-reload streams every open page keeps, can
// therefore not take the server from the next request; the limits below
// bound what each may hold and for how long. Serves GET and HEAD only, from
// answers the handler computes at once (serve's are in memory).
//
// Threads: run() serves on the thread that calls it, and calls the handler
// there; stop() and broadcast() may be called from any thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "serve/http_request.h"

namespace styrdok {

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/plain; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type, -Length and Connection
  std::shared_ptr<const std::string> body;                   // null: empty
  // Keep the connection open as a stream of server-sent events: `body` is
  // the first event, broadcast() sends the next ones.
  bool event_stream = false;
};

struct HttpLimits {
  std::size_t max_head_bytes = 16 * 1024;          // request line and header fields together
  std::chrono::milliseconds head_timeout{10'000};  // for a request head to arrive, from the connection's
                                                   // start or the end of the previous answer
  std::chrono::milliseconds send_timeout{30'000};  // for a client to take some of its answer
  std::size_t max_connections = 512;               // then the one waiting longest for its head is closed
  std::size_t max_event_streams = 64;              // then the oldest stream is closed
  std::chrono::milliseconds stream_ping{10'000};   // an event stream's comment, to find clients gone
  std::size_t max_stream_backlog = 64 * 1024;      // bytes a stream's client has not taken: then closed
};

class HttpServer {
 public:
  using Handler = std::function<HttpResponse(const HttpRequest&)>;

  explicit HttpServer(Handler handler, HttpLimits limits = {});
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Listens on `address` (IPv4 or IPv6) and `port` (0: any free
  // one). Returns the port, or -1 with `error` set.
  int listen(const std::string& address, int port, std::string& error);

  // Serves until stop(). Call after listen().
  void run();
  void stop();

  // Sends `event` (a whole server-sent event, "event: …\ndata: …\n\n") to
  // every open event stream.
  void broadcast(std::string event);

 private:
  struct Connection;
  void accept_all();
  void on_readable(Connection& c);
  void on_writable(Connection& c);
  void handle(Connection& c, const RequestHead& head);
  void answer(Connection& c, int status, const std::string& text);  // a plain-text answer, then close
  void start_sending(Connection& c);
  void watch(Connection& c, bool readable, bool writable);
  void close(int fd);
  void make_room();  // at the connection limit: closes the one waiting longest for its head
  void check_timers();
  void send_event(int fd, const std::string& event);  // to a stream; closes it when its client lags too far
  void take_mail();                                   // broadcasts and stop, from other threads

  Handler handler_;
  HttpLimits limits_;
  int listener_ = -1;
  int epoll_ = -1;
  int wake_ = -1;  // eventfd: other threads have left mail
  std::map<int, std::unique_ptr<Connection>> connections_;
  std::mutex mail_mutex_;
  std::vector<std::string> mail_;  // events to broadcast
  bool stop_requested_ = false;    // guarded by mail_mutex_
  bool accepting_ = true;          // false while out of file descriptors
};

}  // namespace styrdok
