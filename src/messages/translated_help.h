// `--help` and the command line's errors in the language of a command's
// messages: CLI11 lays the help out, and every description, group name,
// footer and label it shows goes through the catalogue first (the catalogue
// holds the English texts main.cpp gives CLI11, and CLI11's own). CLI11
// pads its columns by bytes: the labels' translations keep to ASCII.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/edit_distance.h"
#include "messages/message_catalogue.h"

namespace styrdok {

class TranslatedHelp : public CLI::Formatter {
 public:
  // `messages` must outlive the formatter (and so the App it is given to).
  explicit TranslatedHelp(const MessageCatalogue& messages) : messages_(messages) {
    for (const char* label : {"Usage", "OPTIONS", "SUBCOMMAND", "SUBCOMMANDS", "REQUIRED", "Positionals"})
      this->label(label, messages.translate(label));
    // What an option's value is (main.cpp names them): CLI11 shows it through its labels.
    for (const char* value : {"DIR", "DATE", "NUMBER", "ADDRESS", "TYPE", "NAME", "ANCHOR", "ORGANISATION/DOCUMENT"})
      this->label(value, messages.translate(value));
  }

  // A positional's name ("DIR", "FILES") stands for its value, in the usage line and the list.
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    return is_positional ? messages_.translate(opt->get_name(true, false))
                         : CLI::Formatter::make_option_name(opt, is_positional);
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

  // What the command line's parser says when it fails, and what to do. A
  // word the command took for an option it does not have ("--output") is
  // named with the option meant, where CLI11 lists every word it did not
  // expect.
  std::string failure(const CLI::App& app, const CLI::Error& e) const {
    std::string message = e.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
      if (std::string unknown = unknown_option(app); !unknown.empty()) message = std::move(unknown);
    }
    return messages_.translate(message) + "\n" + messages_.translate("Run with --help for more information.") + "\n";
  }

 private:
  // The first word left over that looks like an option ("--output",
  // "--as-of=…"), as a sentence naming the command and, when one is close,
  // the option meant ("--out" for "--output", which it begins); else a
  // folder given where the command takes it with --source; "" otherwise.
  static std::string unknown_option(const CLI::App& root) {
    std::vector<const CLI::App*> chain{&root};  // the command and the subcommands given
    while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
    for (std::size_t level = chain.size(); level-- > 0;) {
      const CLI::App& at = *chain[level];
      for (const std::string& word : at.remaining()) {
        if (word.size() < 2 || word[0] != '-') continue;
        const std::string name = word.substr(0, word.find('='));
        std::vector<std::string> options;
        for (const CLI::Option* option : at.get_options()) {
          for (const auto& l : option->get_lnames()) options.push_back("--" + l);
          for (const auto& s : option->get_snames()) options.push_back("-" + s);
        }
        std::string meant = closest_match(name, options);
        for (std::size_t i = 0; meant.empty() && name.starts_with("--") && i < options.size(); ++i) {
          const std::string& o = options[i];
          if (o.size() > 3 && o.starts_with("--") && (name.starts_with(o) || o.starts_with(name))) meant = o;
        }
        return "'" + name + "' is not an option of " + command_of(chain, level) +
               (meant.empty() ? "" : "; did you mean '" + meant + "'?");
      }
    }
    // A folder where none is expected ("styrdok build mysite", as some tools
    // take it): the command's --source is meant.
    const CLI::App& last = *chain.back();
    const auto words = last.remaining();
    std::error_code ec;
    if (!words.empty() && last.get_option_no_throw("--source") && std::filesystem::is_directory(words.front(), ec))
      return "'" + words.front() + "' is not an argument of " + command_of(chain, chain.size() - 1) +
             "; did you mean '--source " + words.front() + "'?";
    return "";
  }

  // "styrdok new plan": the command up to `chain[level]`.
  static std::string command_of(const std::vector<const CLI::App*>& chain, std::size_t level) {
    std::string command = "styrdok";
    for (std::size_t i = 1; i <= level; ++i) command += " " + chain[i]->get_name();
    return command;
  }

  const MessageCatalogue& messages_;
};

}  // namespace styrdok
