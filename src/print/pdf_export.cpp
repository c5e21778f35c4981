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

// The first kilobytes of the file at `path`.
std::string head_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

// Whether the page at `path` only sends the reader on (a meta refresh).
bool is_redirect(const fs::path& path) {
  const std::string head = head_of(path);
  return head.find("<meta http-equiv=\"refresh\"") < head.find("</head>");
}

// The value of the lang attribute of the <html> element in the first
// kilobytes of the page at `path`, or "".
std::string page_language(const fs::path& path) {
  const std::string head = head_of(path);
  const auto html = head.find("<html");
  if (html == std::string::npos) return "";
  const auto end = head.find('>', html);
  const auto lang = head.find(" lang=\"", html);
  if (lang == std::string::npos || lang > end) return "";
  const auto value = lang + 7;
  const auto close = head.find('"', value);
  return close == std::string::npos ? "" : head.substr(value, close - value);
}

// WeasyPrint from Python, as its own command-line program does, but with a
// URL fetcher that loads only files under the site (argv[3]) and data: URLs.
// Its command line has no way to say that.
const char* const kWeasyPrintOffline = R"(import os, sys
from urllib.parse import urlsplit, unquote
import weasyprint
html, pdf, site = sys.argv[1], sys.argv[2], os.path.realpath(sys.argv[3])
def fetch(url, timeout=10, ssl_context=None):
    parts = urlsplit(url)
    path = os.path.realpath(unquote(parts.path)) if parts.scheme == 'file' else ''
    if parts.scheme == 'data' or path == site or path.startswith(site + os.sep):
        return weasyprint.default_url_fetcher(url, timeout=timeout, ssl_context=ssl_context)
    raise ValueError('styrdok prints with the network off: not loaded: ' + url)
weasyprint.HTML(filename=html, url_fetcher=fetch).write_pdf(pdf)
)";

// The interpreter named on the first line of a script ("#!/usr/bin/python3"
// -> {"/usr/bin/python3"}), or nothing when it is not a Python script.
std::vector<std::string> python_of(const std::string& program) {
  std::ifstream in(program);
  std::string line;
  std::getline(in, line);
  if (!line.starts_with("#!") || line.find("python") == std::string::npos) return {};
  std::vector<std::string> words;
  std::stringstream split(line.substr(2));
  for (std::string word; split >> word;) words.push_back(word);
  return words;
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

namespace {

// Whether the page at `url` ("lysekil/policy/") is among those `wanted` asks for.
bool asked_for(const std::string& url, const std::string& wanted) {
  const std::string prefix = wanted.rfind('/', 0) == 0 ? wanted.substr(1) : wanted;
  return url.rfind(prefix, 0) == 0;
}

}  // namespace

std::vector<std::string> unmatched_addresses(const std::vector<PdfJob>& jobs, const std::vector<std::string>& what) {
  std::vector<std::string> out;
  for (const std::string& w : what)
    if (std::none_of(jobs.begin(), jobs.end(), [&](const PdfJob& j) { return asked_for(j.url, w); })) out.push_back(w);
  return out;
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
    const bool wanted =
        what.empty() || std::any_of(what.begin(), what.end(), [&](const std::string& w) { return asked_for(url, w); });
    if (!wanted) continue;
    const std::string name = url.substr(0, url.size() - 1) + ".pdf";
    // A page that prints itself keeps its print address as a redirect to it.
    const fs::path html = is_redirect(it->path()) ? dir.parent_path() / "index.html" : it->path();
    if (!fs::is_regular_file(html)) continue;
    jobs.push_back({url, html.string(), (fs::absolute(out_dir) / name).string(), root.string(), page_language(html)});
  }
  std::sort(jobs.begin(), jobs.end(), [](const PdfJob& a, const PdfJob& b) { return a.url < b.url; });
  return jobs;
}

bool written_in_arabic_script(std::string_view lang) {
  const std::string_view primary = lang.substr(0, lang.find_first_of("-_"));
  for (const std::string_view code : {"ar", "fa", "prs", "ur", "ps", "ckb", "sd", "ug"}) {
    if (primary.size() == code.size() &&
        std::equal(primary.begin(), primary.end(), code.begin(), [](char a, char b) { return (a | 0x20) == b; }))
      return true;
  }
  return false;
}

std::string engine_warning(const PdfEngineProgram& engine, const std::vector<PdfJob>& jobs) {
  if (engine.engine != PdfEngine::weasyprint) return "";
  const auto n =
      std::count_if(jobs.begin(), jobs.end(), [](const PdfJob& j) { return written_in_arabic_script(j.lang); });
  if (n == 0) return "";
  return (n == 1 ? std::string("1 page is") : std::to_string(n) + " pages are") +
         " in Arabic script; WeasyPrint writes the text of Arabic script so that it cannot be copied, searched or "
         "read aloud from the PDF (https://github.com/Kozea/WeasyPrint/issues/1686); print them with --engine "
         "chromium";
}

std::string make_pdf_folder(const std::string& out_dir, const std::string& marker, const std::string& marker_text) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) return "cannot create the folder: " + ec.message();
  const fs::path path = fs::path(out_dir) / marker;
  if (fs::exists(path, ec)) return "";
  std::ofstream(path, std::ios::binary) << marker_text;
  return fs::exists(path, ec) ? "" : "cannot write " + path.string();
}

std::vector<std::string> pdf_command(const PdfEngineProgram& engine, const PdfJob& job, const std::string& pdf,
                                     const std::string& work_dir) {
  if (engine.engine == PdfEngine::weasyprint) {
    auto argv = python_of(engine.program);
    if (argv.empty()) return {};
    for (const std::string& arg : {std::string("-c"), std::string(kWeasyPrintOffline), job.html, pdf, job.site})
      argv.push_back(arg);
    return argv;
  }
  // Without the first flags Chromium waits for network services a closed
  // build machine does not have. The proxy that leads nowhere (port 9,
  // "discard", on this machine, with loopback addresses not exempted) and
  // the names that resolve to nothing keep every http(s) request off the
  // network; file: URLs of the page's own site still load.
  return {engine.program,
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-pings",
          "--proxy-server=127.0.0.1:9",
          "--proxy-bypass-list=<-loopback>",
          "--host-resolver-rules=MAP * ~NOTFOUND",
          "--no-pdf-header-footer",
          "--user-data-dir=" + (fs::path(work_dir) / "profile").string(),
          "--print-to-pdf=" + pdf,
          file_url(job.html)};
}

std::string write_pdf(const PdfEngineProgram& engine, const PdfJob& job) {
  std::error_code ec;
  fs::create_directories(fs::path(job.pdf).parent_path(), ec);
  if (ec) return "cannot create the folder for " + job.pdf + ": " + ec.message();
  const std::string partial = job.pdf + ".part";
  const std::string work = make_temp_dir("styrdok-pdf");
  if (work.empty()) return "cannot create a temporary folder";
  const std::string log = (fs::path(work) / "engine.log").string();
  const auto argv = pdf_command(engine, job, partial, work);
  if (argv.empty()) {
    fs::remove_all(work, ec);
    return "cannot run " + engine.program +
           " with the network off: it is not the Python program of WeasyPrint (on Debian: apt install weasyprint)";
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
