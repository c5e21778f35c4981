#include "serve/live_reload.h"

#include "core/text.h"
#include "messages/message_catalogue.h"

namespace styrdok {

const std::string_view kReloadScript = R"(// Served only by styrdok serve: reloads the page when the site is rebuilt.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.EventSource) return;
  var shown = script.getAttribute('data-build');
  var events = new EventSource('/__styrdok/events');
  events.addEventListener('build', function (e) {
    if (e.data !== shown) window.location.reload();
  });
})();
)";

const std::string_view kOverlayStyle = R"(/* Served only by styrdok serve: the errors of a failed rebuild. */
.styrdok-serve-errors {
  position: fixed; inset: 0 0 auto 0; z-index: 10000; max-height: 70vh; overflow: auto;
  margin: 0; padding: 1rem 1.5rem; background: #fff4f4; color: #1a1a1a;
  border-bottom: 4px solid #b00020; font: 1rem/1.5 system-ui, sans-serif;
  box-shadow: 0 2px 12px rgba(0, 0, 0, 0.3);
}
.styrdok-serve-errors h2 { margin: 0 0 0.5rem; font-size: 1.25rem; color: #8a0019; }
.styrdok-serve-errors pre { white-space: pre-wrap; font: 0.95rem/1.5 ui-monospace, monospace; margin: 0.5rem 0 0; }
)";

namespace {

std::string script_tag(std::uint64_t generation) {
  return "<script src=\"" + std::string(kReloadScriptPath) + "\" data-build=\"" + std::to_string(generation) +
         "\" defer></script>\n";
}

// The errors over a page; `over_last_build`: the page is from the last
// build that worked (else there is none, and the overlay says only what to do).
std::string overlay(const std::string& errors, const MessageCatalogue& messages, bool over_last_build = true) {
  const std::string what_to_do =
      over_last_build ? "You are seeing the last version that built. Fix the problem below and save the file: this "
                        "page reloads by itself."
                      : "Fix the problem below and save the file: this page reloads by itself.";
  return "<div class=\"styrdok-serve-errors\" role=\"alert\">\n<h2>" +
         html_escape(messages.translate(over_last_build ? "styrdok could not rebuild the site"
                                                        : "styrdok could not build the site")) +
         "</h2>\n<p>" + html_escape(messages.translate(what_to_do)) + "</p>\n<pre>" + html_escape(errors) +
         "</pre>\n</div>\n";
}

}  // namespace

std::string with_live_reload(const std::string& html, const std::string& errors, std::uint64_t generation,
                             const MessageCatalogue& messages) {
  std::string head = script_tag(generation);
  if (!errors.empty()) head += "<link rel=\"stylesheet\" href=\"" + std::string(kOverlayStylePath) + "\">\n";
  std::string out = html;
  const auto head_end = out.find("</head>");
  if (head_end == std::string::npos) return out;
  out.insert(head_end, head);
  if (errors.empty()) return out;
  const auto body = out.find("<body", head_end);
  const auto body_end = body == std::string::npos ? body : out.find('>', body);
  if (body_end != std::string::npos) out.insert(body_end + 1, "\n" + overlay(errors, messages));
  return out;
}

std::string error_page(const std::string& errors, std::uint64_t generation, const MessageCatalogue& messages,
                       const std::string& language) {
  // No page under the errors: they follow the page's heading, and say what to do.
  return with_live_reload(
      "<!DOCTYPE html>\n<html lang=\"" + html_escape(language) +
          "\">\n<head>\n<meta charset=\"utf-8\">\n<title>styrdok: " + html_escape(messages.translate("errors")) +
          "</title>\n<link rel=\"stylesheet\" href=\"" + std::string(kOverlayStylePath) +
          "\">\n</head>\n<body>\n<main><h1>" + html_escape(messages.translate("The site has not been built yet")) +
          "</h1>\n" + overlay(errors, messages, false) + "</main>\n</body>\n</html>\n",
      "", generation, messages);
}

}  // namespace styrdok
