#include "mobject/text/code_highlighter.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "core/install_paths.hpp"

namespace manim::detail::code {
namespace {

std::mutex& mutex() {
  static std::mutex m;
  return m;
}
Highlighter& installed() {
  static Highlighter h;
  return h;
}
std::map<std::string, Highlight>& cache() {
  static std::map<std::string, Highlight> c;
  return c;
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char n = s[++i];
      out += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs the script in a Python subprocess.
std::string run_subprocess(const std::string& request) {
  const char* py_env = std::getenv("MANIMCPP_PYTHON");
  const std::string python = py_env && *py_env ? py_env : "/usr/bin/python3";
  const std::string script = script_path();
  if (!std::filesystem::exists(script))
    throw std::runtime_error("Code: the highlighter script is missing at '" + script +
                             "' (set MANIMCPP_CODE_HIGHLIGHTER)");
  char tmpl[] = "/tmp/manimcpp-code-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) throw std::runtime_error("Code: cannot create a temporary file in /tmp");
  close(fd);
  {
    std::ofstream f(tmpl, std::ios::binary);
    f << request;
  }
  const std::string cmd =
      shell_quote(python) + " " + shell_quote(script) + " " + shell_quote(tmpl) + " 2>&1";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    const int rc = pclose(p);
    std::remove(tmpl);
    if (rc != 0)
      throw std::runtime_error("Code: highlighting with " + python +
                               " failed: " + out.substr(0, out.find('\n')) +
                               " (install Debian's python3-pygments; MANIMCPP_PYTHON picks the "
                               "interpreter)");
  } else {
    std::remove(tmpl);
    throw std::runtime_error("Code: cannot run " + python + " to highlight with Pygments");
  }
  return out;
}

Highlight parse(const std::string& text) {
  Highlight h;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    auto tab = line.find('\t');
    const std::string key = line.substr(0, tab);
    const std::string rest = tab == std::string::npos ? "" : line.substr(tab + 1);
    if (key == "error") throw std::invalid_argument(unescape(rest));
    if (key == "background") {
      h.background = rest;
    } else if (key == "default") {
      h.default_color = rest;
    } else if (key == "line") {
      h.lines.emplace_back();
      h.tab_spaces.push_back(std::atoi(rest.c_str()));
    } else if (key == "token" && !h.lines.empty()) {
      auto t2 = rest.find('\t');
      h.lines.back().push_back({unescape(rest.substr(t2 + 1)), rest.substr(0, t2)});
    }
  }
  if (h.background.empty())
    throw std::runtime_error("Code: the highlighter gave no result: " +
                             text.substr(0, text.find('\n')));
  return h;
}

}  // namespace

std::string HighlightRequest::to_json() const {
  return "{\"code\": " + json_string(code) + ", \"language\": " + json_string(language) +
         ", \"style\": " + json_string(style) + ", \"file_path\": " + json_string(file_path) +
         ", \"indentation_chars\": " + json_string(indentation_chars) +
         ", \"insert_line_no\": " + (insert_line_no ? "true" : "false") +
         ", \"line_no_from\": " + std::to_string(line_no_from) + "}";
}

void set_highlighter(Highlighter h) {
  std::lock_guard<std::mutex> lk(mutex());
  installed() = std::move(h);
}

std::string script_path() {
  if (const char* v = std::getenv("MANIMCPP_CODE_HIGHLIGHTER"); v && *v) return v;
  return install_paths().code_highlighter.string();
}

Highlight highlight(const HighlightRequest& req) {
  const std::string json = req.to_json();
  Highlighter h;
  {
    std::lock_guard<std::mutex> lk(mutex());
    auto it = cache().find(json);
    if (it != cache().end()) return it->second;
    h = installed();
  }
  Highlight result = parse(h ? h(json) : run_subprocess(json));
  std::lock_guard<std::mutex> lk(mutex());
  cache().emplace(json, result);
  return result;
}

}  // namespace manim::detail::code
