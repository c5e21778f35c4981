#include "print/pdf_export.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace styrdok {

namespace fs = std::filesystem;

namespace {

const char* const kPrintDir = "utskrift";

// The first executable called `name` on PATH, or "".
std::string on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/local/bin:/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    const fs::path candidate = fs::path(dir) / name;
    if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
  }
  return "";
}

// Runs `argv` with stdout and stderr going to `log`; returns its exit status
// (-1 if it could not start or was killed).
int run(const std::vector<std::string>& argv, const std::string& log) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int null = ::open("/dev/null", O_RDONLY);
    if (fd >= 0) {
      ::dup2(fd, STDOUT_FILENO);
      ::dup2(fd, STDERR_FILENO);
    }
    if (null >= 0) ::dup2(null, STDIN_FILENO);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fresh private directory under the system temp dir.
std::string make_temp_dir(const std::string& stem) {
  std::string pattern = (fs::temp_directory_path() / (stem + "-XXXXXX")).string();
  return ::mkdtemp(pattern.data()) ? pattern : "";
}

// A file:// URL for an absolute path, with the characters a URL reserves escaped.
std::string file_url(const std::string& path) {
  std::string url = "file://";
  for (char c : path) {
    if (c == '%' || c == ' ' || c == '#' || c == '?') {
      static const char* const kHex = "0123456789ABCDEF";
      url += '%';
      url += kHex[(static_cast<unsigned char>(c) >> 4) & 15];
      url += kHex[static_cast<unsigned char>(c) & 15];
    } else {
      url += c;
    }
  }
  return url;
}

}  // namespace

std::optional<PdfEngineProgram> find_pdf_engine(std::optional<PdfEngine> wanted, std::string& why) {
  struct Candidate {
    PdfEngine engine;
    std::vector<std::string> names;
  };
  const std::vector<Candidate> candidates = {
      {PdfEngine::chromium, {"chromium", "chromium-browser", "google-chrome"}},
      {PdfEngine::weasyprint, {"weasyprint"}},
  };
  for (const auto& c : candidates) {
    if (wanted && *wanted != c.engine) continue;
    for (const auto& name : c.names) {
      if (auto path = on_path(name); !path.empty()) return PdfEngineProgram{c.engine, path};
    }
  }
  if (!wanted) {
    why =
        "no PDF engine found: install Chromium or WeasyPrint (on Debian: apt install chromium, or apt install "
        "weasyprint)";
  } else if (*wanted == PdfEngine::chromium) {
    why = "chromium is not installed (on Debian: apt install chromium)";
  } else {
    why = "weasyprint is not installed (on Debian: apt install weasyprint)";
  }
  return std::nullopt;
}

std::vector<PdfJob> plan_pdf_jobs(const std::string& site_dir, const std::string& out_dir,
                                  const std::vector<std::string>& what) {
  std::vector<PdfJob> jobs;
  std::error_code ec;
  const fs::path root = fs::absolute(site_dir);
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file() || it->path().filename() != "index.html") continue;
    const fs::path dir = it->path().parent_path();
    if (dir.filename() != kPrintDir) continue;
    const std::string url = fs::relative(dir.parent_path(), root).generic_string() + "/";
    const bool wanted = what.empty() || std::any_of(what.begin(), what.end(), [&](const std::string& w) {
                          const std::string prefix = w.rfind('/', 0) == 0 ? w.substr(1) : w;
                          return url.rfind(prefix, 0) == 0;
                        });
    if (!wanted) continue;
    const std::string name = url.substr(0, url.size() - 1) + ".pdf";
    jobs.push_back({url, it->path().string(), (fs::absolute(out_dir) / name).string()});
  }
  std::sort(jobs.begin(), jobs.end(), [](const PdfJob& a, const PdfJob& b) { return a.url < b.url; });
  return jobs;
}

std::string write_pdf(const PdfEngineProgram& engine, const PdfJob& job) {
  std::error_code ec;
  fs::create_directories(fs::path(job.pdf).parent_path(), ec);
  if (ec) return "cannot create the folder for " + job.pdf + ": " + ec.message();
  const std::string work = make_temp_dir("styrdok-pdf");
  if (work.empty()) return "cannot create a temporary folder";
  const std::string log = (fs::path(work) / "engine.log").string();
  const std::string partial = job.pdf + ".part";
  std::vector<std::string> argv;
  if (engine.engine == PdfEngine::chromium) {
    // Without these flags Chromium waits for network services a closed build machine does not have.
    argv = {engine.program,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--user-data-dir=" + (fs::path(work) / "profile").string(),
            "--print-to-pdf=" + partial,
            file_url(job.html)};
  } else {
    argv = {engine.program, "--quiet", job.html, partial};
  }
  const int status = run(argv, log);
  std::string error;
  if (status != 0 || !fs::exists(partial) || fs::file_size(partial, ec) == 0) {
    error = engine.name() + " failed on " + job.html + " (exit status " + std::to_string(status) + ")";
    const std::string output = read_all(log);
    if (!output.empty()) error += ":\n" + output;
    fs::remove(partial, ec);
  } else {
    fs::rename(partial, job.pdf, ec);
    if (ec) error = "cannot write " + job.pdf + ": " + ec.message();
  }
  fs::remove_all(work, ec);
  return error;
}

}  // namespace styrdok
