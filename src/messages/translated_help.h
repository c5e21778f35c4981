// `--help` and the command line's errors in the language of a command's
// messages: CLI11 lays the help out, and every description, group name,
// footer and label it shows goes through the catalogue first (the catalogue
// holds the English texts main.cpp gives CLI11, and CLI11's own). CLI11
// pads its columns by bytes: the labels' translations keep to ASCII.
#pragma once

#include <CLI/CLI.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "messages/message_catalogue.h"

namespace styrdok {

class TranslatedHelp : public CLI::Formatter {
 public:
  // `messages` must outlive the formatter (and so the App it is given to).
  explicit TranslatedHelp(const MessageCatalogue& messages) : messages_(messages) {
    for (const char* label : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "REQUIRED", "Positionals"})
      this->label(label, messages.translate(label));
  }

  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
    return CLI::Formatter::make_group(messages_.translate(group), is_positional, std::move(opts));
  }
  std::string make_description(const CLI::App* app) const override {
    const std::string description = app->get_description();
    return description.empty() ? "" : messages_.translate(description) + "\n";
  }
  std::string make_footer(const CLI::App* app) const override {
    const std::string footer = app->get_footer();
    return footer.empty() ? "" : messages_.translate(footer) + "\n";
  }
  std::string make_option_desc(const CLI::Option* opt) const override {
    return messages_.translate(opt->get_description());
  }
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
    // The subcommands' group name is written as it is ("Subcommands:"), not through make_group.
    std::string out = CLI::Formatter::make_subcommands(app, mode);
    const std::string english = "\nSubcommands:\n";
    if (const auto at = out.find(english); at != std::string::npos)
      out.replace(at, english.size(), "\n" + messages_.translate("Subcommands") + ":\n");
    return out;
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    std::stringstream out;
    CLI::detail::format_help(out, sub->get_display_name(true), messages_.translate(sub->get_description()),
                             get_column_width());
    return out.str();
  }

  // What the command line's parser says when it fails, and what to do.
  std::string failure(const CLI::Error& e) const {
    return messages_.translate(e.what()) + "\n" + messages_.translate("Run with --help for more information.") + "\n";
  }

 private:
  const MessageCatalogue& messages_;
};

}  // namespace styrdok
