// A minimal HTTP/1.0 client over a raw socket, for tests that must send
// request targets exactly as written ("/../", "%2e%2e/"), which real
// clients would normalise first. Also runs `styrdok serve` in the background.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace styrdok::test {

struct HttpResponse {
  int status = 0;  // 0: no answer
  std::string headers;
  std::string body;
};

inline HttpResponse http_get(int port, const std::string& target) {
  HttpResponse r;
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return r;
  }
  const std::string request = "GET " + target + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
  (void)!::write(fd, request.data(), request.size());
  std::string raw;
  char buf[8192];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;) raw.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  const auto end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.", 0) != 0 || end == std::string::npos) return r;
  r.status = std::stoi(raw.substr(9, 3));
  r.headers = raw.substr(0, end);
  r.body = raw.substr(end + 4);
  return r;
}

// `styrdok serve` on a free port, stopped with Ctrl-C (SIGINT) when destroyed.
class ServeProcess {
 public:
  // `extra`: more arguments, e.g. {"--lang", "sv"}.
  explicit ServeProcess(const std::string& source, const std::vector<std::string>& extra = {}) {
    int out[2];
    if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, out[1], 2);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    std::vector<std::string> args = {STYRDOK_BINARY, "serve", "--port", "0", "--source", source};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawn(&pid_, STYRDOK_BINARY, &actions, nullptr, argv.data(), environ) != 0) {
      throw std::runtime_error("cannot start styrdok serve");
    }
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    output_ = ::fdopen(out[0], "r");
    // The first lines say where it serves.
    char line[4096];
    while (std::fgets(line, sizeof line, output_)) {
      log_ += line;
      const std::string l = line;
      const auto at = l.find("http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::stoi(l.substr(at + 17));
        return;
      }
    }
    throw std::runtime_error("styrdok serve did not say where it serves:\n" + log_);
  }
  ~ServeProcess() { stop(); }

  int port() const { return port_; }

  // Sends Ctrl-C; returns the exit status and everything printed.
  int stop() {
    if (pid_ <= 0) return status_;
    ::kill(pid_, SIGINT);
    char line[4096];
    while (std::fgets(line, sizeof line, output_)) log_ += line;
    std::fclose(output_);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = 0;
    status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return status_;
  }
  const std::string& log() const { return log_; }

 private:
  pid_t pid_ = 0;
  FILE* output_ = nullptr;
  int port_ = 0;
  int status_ = -1;
  std::string log_;
};

// Asks until `ok` holds for the response, for at most 20 s (a generous limit
// for a loaded machine; not a measure of speed).
template <typename Predicate>
HttpResponse get_until(int port, const std::string& target, Predicate ok) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  HttpResponse r;
  while (std::chrono::steady_clock::now() < deadline) {
    r = http_get(port, target);
    if (ok(r)) return r;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return r;
}

}  // namespace styrdok::test
