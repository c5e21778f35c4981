#include "serve/http_server.h"

#include <netdb.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace styrdok {

using Clock = std::chrono::steady_clock;

struct HttpServer::Connection {
  enum class State { reading, sending, streaming };
  int fd = -1;
  State state = State::reading;
  std::string received;                     // of the next request, at most max_head_bytes
  std::string out;                          // the answer's head, or a stream's events, not sent yet
  std::size_t out_sent = 0;                 // bytes of `out` sent
  std::shared_ptr<const std::string> body;  // the answer's body, shared with whoever made it
  std::size_t body_sent = 0;                // bytes of `body` sent
  bool close_after = false;                 // once everything is sent
  Clock::time_point since;                  // reading: waiting since; streaming: open since
  Clock::time_point deadline;               // reading: for the head; sending: for progress
  Clock::time_point next_ping;              // streaming
  std::size_t pending() const { return out.size() - out_sent + (body ? body->size() - body_sent : 0); }
};

namespace {

const char* reason(int status) {
  switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    default: return "Unknown";
  }
}

std::string status_line(int status) { return "HTTP/1.1 " + std::to_string(status) + " " + reason(status) + "\r\n"; }

void wake(int fd) {
  const std::uint64_t one = 1;
  (void)!::write(fd, &one, sizeof one);
}

}  // namespace

HttpServer::HttpServer(Handler handler, HttpLimits limits)
    : handler_(std::move(handler)),
      limits_(limits),
      epoll_(::epoll_create1(EPOLL_CLOEXEC)),
      wake_(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = wake_;
  ::epoll_ctl(epoll_, EPOLL_CTL_ADD, wake_, &event);
}

HttpServer::~HttpServer() {
  for (auto& [fd, connection] : connections_) ::close(fd);
  if (listener_ >= 0) ::close(listener_);
  ::close(wake_);
  ::close(epoll_);
}

int HttpServer::listen(const std::string& address, int port, std::string& error) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  addrinfo* found = nullptr;
  if (const int status = ::getaddrinfo(address.c_str(), std::to_string(port).c_str(), &hints, &found); status != 0) {
    error = "cannot listen on " + address + ": " + ::gai_strerror(status);
    return -1;
  }
  int bound = -1;
  int failure = 0;
  for (addrinfo* a = found; a && bound < 0; a = a->ai_next) {
    const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
    if (fd < 0) continue;
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(fd, a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd, SOMAXCONN) == 0) {
      bound = fd;
    } else {
      failure = errno;
      ::close(fd);
    }
  }
  ::freeaddrinfo(found);
  if (bound < 0) {
    error = "cannot listen on " + address + " port " + std::to_string(port) + ": " + std::strerror(failure);
    return -1;
  }
  sockaddr_storage name{};
  socklen_t length = sizeof name;
  ::getsockname(bound, reinterpret_cast<sockaddr*>(&name), &length);
  if (listener_ >= 0) ::close(listener_);
  listener_ = bound;
  epoll_event event{};
  event.events = EPOLLIN;
  event.data.fd = listener_;
  ::epoll_ctl(epoll_, EPOLL_CTL_ADD, listener_, &event);
  return ntohs(name.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&name)->sin6_port
                                          : reinterpret_cast<sockaddr_in*>(&name)->sin_port);
}

void HttpServer::stop() {
  {
    std::lock_guard lock(mail_mutex_);
    stop_requested_ = true;
  }
  wake(wake_);
}

void HttpServer::broadcast(std::string event) {
  {
    std::lock_guard lock(mail_mutex_);
    mail_.push_back(std::move(event));
  }
  wake(wake_);
}

void HttpServer::run() {
  epoll_event events[64];
  for (;;) {
    {
      std::lock_guard lock(mail_mutex_);
      if (stop_requested_) break;
    }
    // A quarter of a second: how closely the time-outs are kept.
    const int n = ::epoll_wait(epoll_, events, 64, 250);
    for (int i = 0; i < n; ++i) {
      const int fd = events[i].data.fd;
      if (fd == listener_) {
        accept_all();
      } else if (fd == wake_) {
        take_mail();
      } else if (auto it = connections_.find(fd); it != connections_.end()) {
        Connection& c = *it->second;
        if (events[i].events & EPOLLOUT) on_writable(c);
        if (connections_.contains(fd) && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP)))
          on_readable(c);
      }
    }
    check_timers();
  }
  for (auto& [fd, connection] : connections_) ::close(fd);
  connections_.clear();
}

void HttpServer::accept_all() {
  for (;;) {
    int fd = ::accept4(listener_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
      // Out of file descriptors: the connection waiting longest gives way;
      // with none to close, accepting waits for the next check of the timers.
      make_room();
      fd = ::accept4(listener_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
        ::epoll_ctl(epoll_, EPOLL_CTL_DEL, listener_, nullptr);
        accepting_ = false;
        return;
      }
    }
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      return;  // EAGAIN: no more waiting
    }
    if (connections_.size() >= limits_.max_connections) make_room();
    if (connections_.size() >= limits_.max_connections) {
      ::close(fd);
      continue;
    }
    auto c = std::make_unique<Connection>();
    c->fd = fd;
    c->since = Clock::now();
    c->deadline = c->since + limits_.head_timeout;
    epoll_event event{};
    event.events = EPOLLIN | EPOLLRDHUP;
    event.data.fd = fd;
    ::epoll_ctl(epoll_, EPOLL_CTL_ADD, fd, &event);
    connections_.emplace(fd, std::move(c));
  }
}

void HttpServer::make_room() {
  Connection* oldest = nullptr;
  for (auto& [fd, c] : connections_) {
    if (c->state == Connection::State::reading && (!oldest || c->since < oldest->since)) oldest = c.get();
  }
  if (oldest) close(oldest->fd);
}

void HttpServer::close(int fd) {
  ::epoll_ctl(epoll_, EPOLL_CTL_DEL, fd, nullptr);
  ::close(fd);
  connections_.erase(fd);
}

void HttpServer::watch(Connection& c, bool readable, bool writable) {
  epoll_event event{};
  event.events = (readable ? EPOLLIN | EPOLLRDHUP : 0u) | (writable ? EPOLLOUT : 0u);
  event.data.fd = c.fd;
  ::epoll_ctl(epoll_, EPOLL_CTL_MOD, c.fd, &event);
}

void HttpServer::on_readable(Connection& c) {
  char buffer[16 * 1024];
  for (;;) {
    // A request head never needs more than max_head_bytes: reading stops
    // there, so that no client makes the server hold more.
    std::size_t room = sizeof buffer;
    if (c.state == Connection::State::reading)
      room = std::min(room, limits_.max_head_bytes + 1 - std::min(c.received.size(), limits_.max_head_bytes));
    const ssize_t n = ::recv(c.fd, buffer, room, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (n <= 0) return close(c.fd);                       // gone, or an error
    if (c.state != Connection::State::reading) continue;  // a stream's client has nothing to say
    c.received.append(buffer, static_cast<std::size_t>(n));
    const RequestHead head = parse_request_head(c.received, limits_.max_head_bytes);
    switch (head.status) {
      case RequestHead::Status::incomplete: continue;
      case RequestHead::Status::too_large:
        return answer(
            c, 431,
            "431 Request Header Fields Too Large: at most " + std::to_string(limits_.max_head_bytes) + " bytes");
      case RequestHead::Status::bad: return answer(c, 400, "400 Bad Request");
      case RequestHead::Status::has_body: return answer(c, 413, "413 Content Too Large: serve takes no request body");
      case RequestHead::Status::complete: c.received.erase(0, head.length); return handle(c, head);
    }
  }
}

void HttpServer::handle(Connection& c, const RequestHead& head) {
  const HttpRequest& request = head.request;
  if (request.method != "GET" && request.method != "HEAD") {
    return answer(c, 405, "405 Method Not Allowed: serve answers GET and HEAD");
  }
  HttpResponse response;
  try {
    response = handler_(request);
  } catch (const std::exception& e) {
    return answer(c, 500, std::string("500 Internal Server Error: ") + e.what());
  } catch (...) {
    return answer(c, 500, "500 Internal Server Error");
  }
  std::string out = status_line(response.status) + "Content-Type: " + response.content_type + "\r\n";
  for (const auto& [name, value] : response.headers) out += name + ": " + value + "\r\n";
  if (response.event_stream) {
    // The stream's end is the connection's: no length.
    std::vector<Connection*> streams;
    for (auto& [fd, other] : connections_)
      if (other->state == Connection::State::streaming) streams.push_back(other.get());
    if (streams.size() >= limits_.max_event_streams) {
      const Connection* oldest =
          *std::min_element(streams.begin(), streams.end(), [](auto* a, auto* b) { return a->since < b->since; });
      close(oldest->fd);
    }
    c.state = Connection::State::streaming;
    c.since = Clock::now();
    c.next_ping = c.since + limits_.stream_ping;
    c.out = out + "Connection: close\r\n\r\n" + (response.body ? *response.body : "");
    c.out_sent = 0;
    return start_sending(c);
  }
  const std::size_t length = response.body ? response.body->size() : 0;
  out += "Content-Length: " + std::to_string(length) + "\r\n";
  out += request.keep_alive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
  c.state = Connection::State::sending;
  c.close_after = !request.keep_alive;
  c.out = std::move(out);
  c.out_sent = 0;
  c.body = request.method == "HEAD" ? nullptr : std::move(response.body);
  c.body_sent = 0;
  start_sending(c);
}

void HttpServer::answer(Connection& c, int status, const std::string& text) {
  const std::string body = text + "\n";
  c.state = Connection::State::sending;
  c.close_after = true;
  c.out = status_line(status) +
          "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) + "\r\n" +
          (status == 405 ? "Allow: GET, HEAD\r\n" : "") + "Connection: close\r\n\r\n" + body;
  c.out_sent = 0;
  c.body.reset();
  start_sending(c);
}

void HttpServer::start_sending(Connection& c) {
  c.deadline = Clock::now() + limits_.send_timeout;
  on_writable(c);
}

void HttpServer::on_writable(Connection& c) {
  while (c.pending() > 0) {
    iovec parts[2];
    int count = 0;
    if (c.out_sent < c.out.size()) parts[count++] = {c.out.data() + c.out_sent, c.out.size() - c.out_sent};
    if (c.body && c.body_sent < c.body->size())
      parts[count++] = {const_cast<char*>(c.body->data()) + c.body_sent, c.body->size() - c.body_sent};
    msghdr message{};
    message.msg_iov = parts;
    message.msg_iovlen = static_cast<std::size_t>(count);
    const ssize_t n = ::sendmsg(c.fd, &message, MSG_NOSIGNAL);  // no SIGPIPE from a client gone
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      return watch(c, c.state == Connection::State::streaming, true);
    }
    if (n < 0) return close(c.fd);
    c.deadline = Clock::now() + limits_.send_timeout;
    auto sent = static_cast<std::size_t>(n);
    const std::size_t from_out = std::min(sent, c.out.size() - c.out_sent);
    c.out_sent += from_out;
    c.body_sent += sent - from_out;
  }
  c.out.clear();
  c.out_sent = 0;
  c.body.reset();
  c.body_sent = 0;
  if (c.close_after) return close(c.fd);
  if (c.state == Connection::State::streaming) return watch(c, true, false);
  // Ready for the next request, which may have come with this one.
  c.state = Connection::State::reading;
  c.since = Clock::now();
  c.deadline = c.since + limits_.head_timeout;
  watch(c, true, false);
  if (!c.received.empty()) {
    const RequestHead head = parse_request_head(c.received, limits_.max_head_bytes);
    if (head.status == RequestHead::Status::complete) {
      c.received.erase(0, head.length);
      handle(c, head);
    }
  }
}

void HttpServer::check_timers() {
  const auto now = Clock::now();
  std::vector<int> expired;
  std::vector<int> pings;
  for (auto& [fd, c] : connections_) {
    // Too slow to send its head, or to take what it is sent.
    if (now > c->deadline && (c->state == Connection::State::reading || c->pending() > 0)) {
      expired.push_back(fd);
    } else if (c->state == Connection::State::streaming && now >= c->next_ping) {
      c->next_ping = now + limits_.stream_ping;
      pings.push_back(fd);
    }
  }
  for (const int fd : expired) close(fd);
  for (const int fd : pings) send_event(fd, ": waiting\n\n");
  if (!accepting_ && connections_.size() < limits_.max_connections) {
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = listener_;
    if (::epoll_ctl(epoll_, EPOLL_CTL_ADD, listener_, &event) == 0) accepting_ = true;
  }
}

void HttpServer::send_event(int fd, const std::string& event) {
  const auto it = connections_.find(fd);
  if (it == connections_.end()) return;
  Connection& c = *it->second;
  if (c.pending() == 0) c.deadline = Clock::now() + limits_.send_timeout;
  c.out += event;
  if (c.pending() > limits_.max_stream_backlog) return close(fd);
  on_writable(c);
}

void HttpServer::take_mail() {
  std::uint64_t count;
  (void)!::read(wake_, &count, sizeof count);
  std::vector<std::string> events;
  {
    std::lock_guard lock(mail_mutex_);
    events.swap(mail_);
  }
  if (events.empty()) return;
  std::vector<int> streams;
  for (auto& [fd, c] : connections_)
    if (c->state == Connection::State::streaming) streams.push_back(fd);
  std::string all;
  for (const auto& event : events) all += event;
  for (const int fd : streams) send_event(fd, all);
}

}  // namespace styrdok
