// Command line of `manimcpp`, as Manim CE v0.18.0's `manim`:
//   manimcpp [render] [flags] FILE [SCENES...]   every flag of `manim render --help`
//   manimcpp cfg show | cfg write [-l user|cwd]  the configuration as a .cfg file
// Parsing only collects the flags; configure() applies them to a Config with Manim's
// precedence: defaults < user manim.cfg < ./manim.cfg < manim.cfg beside FILE
// < -c/--config_file < flags (< assignments in the script, which run later).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "manim/core/config.hpp"

namespace manim::cli {

struct Options {
  std::string command = "render";  // render, cfg
  std::string cfg_action;          // cfg: show or write
  std::string cfg_level = "cwd";   // cfg write -l: user or cwd
  std::string file;
  std::vector<std::string> scenes;
  std::string config_file;  // -c/--config_file
  bool jupyter = false;     // --jupyter: set by the %%manim cell magic (no effect in the CLI)
  bool watch = false;       // --watch: render again whenever FILE changes (cli/watch.hpp)
  // The flags given, as config keys with their text, in the order Manim's digest_args applies
  // them; `flag` names the flag in messages.
  struct Setting {
    std::string key, text, flag;
  };
  std::vector<Setting> settings;
  std::string media_dir;  // --media_dir, re-applied over --custom_folders as Manim does
};

// Parses argv. Returns std::nullopt and sets `exit_code` when the program should stop (help,
// bad flags: the one-line message is printed).
std::optional<Options> parse_options(int argc, char** argv, int& exit_code);

// Applies the .cfg files and the flags of `o` to `cfg` with Manim's precedence. Warnings
// (unknown .cfg keys) go to `warn`; a bad value or a missing -c file throws
// std::invalid_argument with a one-line message naming the file/flag, key and value.
void configure(const Options& o, Config& cfg, const Config::Warn& warn = {});

// Several scenes and none named: on a terminal asks which (Manim's prompt: numbers, comma
// separated); returns the chosen names, or an empty list (after printing them and how to
// name one) when there is no terminal or the answer is not valid.
// `manimcpp cfg show` prints the configuration in effect in the current folder (defaults and
// the manim.cfg files) as a .cfg file; `cfg write` saves it to ./manim.cfg or, with -l user,
// the user's manim.cfg. Returns the exit code.
int run_cfg_command(const Options& o);

std::vector<std::string> prompt_for_scenes(const std::vector<std::string>& available);

}  // namespace manim::cli
