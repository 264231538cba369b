#include "cli/throw_site.hpp"

#include <dlfcn.h>
#include <execinfo.h>
#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <typeinfo>
#include <vector>

namespace {

thread_local bool t_on = false;
thread_local std::array<void*, 64> t_frames;
thread_local int t_depth = 0;

using CxaThrow = void (*)(void*, void*, void (*)(void*));

}  // namespace

// The C++ runtime's throw entry point, interposed by the executable (libmanim and the scene
// library resolve it here): records the stack, then throws with the real one.
extern "C" [[noreturn]] void __cxa_throw(void* object, void* type, void (*destructor)(void*)) {
  if (t_on) t_depth = ::backtrace(t_frames.data(), static_cast<int>(t_frames.size()));
  static const auto real = reinterpret_cast<CxaThrow>(::dlsym(RTLD_NEXT, "__cxa_throw"));
  real(object, type, destructor);
  __builtin_unreachable();
}

namespace manim::cli {

namespace fs = std::filesystem;

void record_throw_sites(bool on) {
  t_on = on;
  if (on) t_depth = 0;
}

namespace {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

// addr2line's "function\nfile:line" pairs for one address, innermost inlined frame first.
std::vector<std::pair<std::string, std::string>> resolve(const fs::path& library,
                                                         std::uintptr_t offset) {
  const std::string cmd = fmt::format("addr2line -C -f -i -e {} {:#x} 2>/dev/null",
                                      shell_quote(library.string()), offset);
  std::vector<std::pair<std::string, std::string>> out;
  std::FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return out;
  std::vector<std::string> lines;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, p)) {
    std::string l(buf);
    while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.pop_back();
    lines.push_back(l);
  }
  ::pclose(p);
  for (std::size_t i = 0; i + 1 < lines.size(); i += 2) out.emplace_back(lines[i], lines[i + 1]);
  return out;
}

}  // namespace

std::string last_throw_location(const fs::path& library, const fs::path& source) {
  return stack_location(t_frames.data(), t_depth, false, library, source);
}

std::string stack_location(void* const* frames, int depth, bool first_is_pc,
                           const fs::path& library, const fs::path& source) {
  std::error_code ec;
  const fs::path lib = fs::canonical(library, ec);
  if (ec) return {};
  const std::string cwd = fs::current_path(ec).string();
  std::string fallback;
  for (int i = 0; i < depth; ++i) {
    Dl_info info{};
    if (::dladdr(frames[i], &info) == 0 || !info.dli_fname) continue;
    const fs::path owner = fs::canonical(info.dli_fname, ec);
    if (ec || owner != lib) continue;
    // A return address: the call instruction is the byte before it.
    const auto offset = reinterpret_cast<std::uintptr_t>(frames[i]) -
                        reinterpret_cast<std::uintptr_t>(info.dli_fbase) -
                        (i == 0 && first_is_pc ? 0 : 1);
    for (const auto& [function, place] : resolve(lib, offset)) {
      if (place.rfind("??", 0) == 0) continue;
      // "file:line (discriminator n)" -> "file:line"
      std::string where = place.substr(0, place.find(' '));
      // Relative to the working folder when inside it, as the user typed the path.
      if (!cwd.empty() && where.rfind(cwd + "/", 0) == 0) where.erase(0, cwd.size() + 1);
      // The compiler was given "./file": the part after "<compile folder>/./" is the path as
      // the user typed it (the library may have been compiled from another folder).
      if (const auto dot = where.find("/./"); dot != std::string::npos)
        where.erase(0, dot + 3);
      else if (where.rfind("./", 0) == 0)
        where.erase(0, 2);
      const std::string text = fmt::format("{} (in {})", where, function);
      if (fs::path(where.substr(0, where.rfind(':'))).filename() == source.filename()) return text;
      if (fallback.empty()) fallback = text;
    }
  }
  return fallback;
}

}  // namespace manim::cli
