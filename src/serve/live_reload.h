// What serve adds to the pages it serves, and only serve: a small script
// that reloads the page when the site has been rebuilt, and, after a failed
// rebuild, the errors laid over the last good page. Both are files of their
// own (no inline script or style), so pages keep working under the
// Content-Security-Policy `default-src 'self'` that serve sends.
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "messages/message_catalogue.h"

namespace styrdok {

inline constexpr std::string_view kReloadScriptPath = "/__styrdok/reload.js";
inline constexpr std::string_view kOverlayStylePath = "/__styrdok/serve.css";
inline constexpr std::string_view kEventsPath = "/__styrdok/events";

extern const std::string_view kReloadScript;
extern const std::string_view kOverlayStyle;

// `html` with the reload script (told which build it belongs to) and, when
// `errors` is not empty, the error overlay, its words from `messages`.
std::string with_live_reload(const std::string& html, const std::string& errors, std::uint64_t generation,
                             const MessageCatalogue& messages = {});

// The page shown when no build has succeeded yet, in `language`.
std::string error_page(const std::string& errors, std::uint64_t generation, const MessageCatalogue& messages = {},
                       const std::string& language = "en");

}  // namespace styrdok
