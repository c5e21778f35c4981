// `styrdok pdf`: turns the print pages of a built site (every
// <url>utskrift/index.html) into PDF files with an installed engine,
// headless Chromium or WeasyPrint. The engines are separate programs, run
// one per file with their output captured; nothing here prints. They run
// with the network off: a page can load the site's own files, but no image
// or stylesheet from anywhere else (Chromium through a proxy that leads
// nowhere and no name resolution; WeasyPrint through a URL fetcher that
// refuses every URL but files under the site and data: URLs).
//
// Thread-safety: write_pdf may run from several threads at once (each
// Chromium run gets its own profile directory).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace styrdok {

enum class PdfEngine { chromium, weasyprint };

struct PdfEngineProgram {
  PdfEngine engine = PdfEngine::chromium;
  std::string program;  // absolute path of the executable
  std::string name() const { return engine == PdfEngine::chromium ? "chromium" : "weasyprint"; }
};

// The engine asked for (or the first installed one, Chromium first). On
// failure returns nullopt and sets `why` to a message naming the Debian
// package to install.
std::optional<PdfEngineProgram> find_pdf_engine(std::optional<PdfEngine> wanted, std::string& why);

struct PdfJob {
  std::string url;   // the printed page's address: "lysekil/riktlinjer/2021-05-19/"
  std::string html;  // the print page under the built site
  std::string pdf;   // the file to write: "<out>/lysekil/riktlinjer/2021-05-19.pdf"
  std::string site;  // the built site's folder: the only files the engine may load
  std::string lang;  // the print page's language, from its <html lang>: "sv", "ar", "en"
};

// Whether `lang` (a language tag) is written in Arabic script by default:
// Arabic, Persian and Dari, Urdu, Pashto, Sorani Kurdish, Sindhi, Uyghur.
bool written_in_arabic_script(std::string_view lang);

// What to tell a clerk before printing `jobs` with `engine`, or "". WeasyPrint
// (57 in Debian 12, and still in 69) writes the text layer of shaped Arabic
// script wrongly: the page looks right, but its text cannot be copied,
// searched or read aloud by a screen reader (Kozea/WeasyPrint#1686, #2841).
// Chromium's text layer holds the text in reading order.
std::string engine_warning(const PdfEngineProgram& engine, const std::vector<PdfJob>& jobs);

// Every print page under `site_dir` (<url>utskrift/index.html) whose address
// starts with one of `what` (all when empty), sorted by address. Where the
// print address redirects (the page at <url> prints itself, through its
// print stylesheet), the job prints <url>index.html. The PDF of the page
// printing <url> is <out_dir>/<url without its last '/'>.pdf.
std::vector<PdfJob> plan_pdf_jobs(const std::string& site_dir, const std::string& out_dir,
                                  const std::vector<std::string>& what);

// Those of `what` that no job's address starts with: an address asked for
// that would otherwise print nothing without a word.
std::vector<std::string> unmatched_addresses(const std::vector<PdfJob>& jobs, const std::vector<std::string>& what);

// Creates the folder the PDF files go to, with the file `marker` holding
// `marker_text` (the mark of styrdok's output, output/output_target.h).
// Returns "" on success, else what went wrong.
std::string make_pdf_folder(const std::string& out_dir, const std::string& marker, const std::string& marker_text);

// The command that prints `job` with `engine`, network off, writing to
// `pdf` (for the tests to read; write_pdf runs it).
std::vector<std::string> pdf_command(const PdfEngineProgram& engine, const PdfJob& job, const std::string& pdf,
                                     const std::string& work_dir);

// Writes one PDF. Returns "" on success, else what went wrong (with the
// engine's own output).
std::string write_pdf(const PdfEngineProgram& engine, const PdfJob& job);

}  // namespace styrdok
