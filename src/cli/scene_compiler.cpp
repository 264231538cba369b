#include "cli/scene_compiler.hpp"

#include <dlfcn.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "build_paths.hpp"
#include "core/interrupt.hpp"
#include "core/safe_files.hpp"
#include "manim/scene/config.hpp"

extern char** environ;

namespace manim::cli {
namespace fs = std::filesystem;

namespace {

// 128-bit content hash (xxh3) of everything fed to it, as hex.
class Hasher {
 public:
  Hasher() : state_(XXH3_createState()) { XXH3_128bits_reset(state_); }
  ~Hasher() { XXH3_freeState(state_); }
  Hasher(const Hasher&) = delete;
  Hasher& operator=(const Hasher&) = delete;
  // Length-prefixed, so ("ab","c") and ("a","bc") differ.
  void add(std::string_view s) {
    const std::uint64_t n = s.size();
    XXH3_128bits_update(state_, &n, sizeof n);
    XXH3_128bits_update(state_, s.data(), s.size());
  }
  std::string hex() const {
    const XXH128_hash_t h = XXH3_128bits_digest(state_);
    return fmt::format("{:016x}{:016x}", h.high64, h.low64);
  }

 private:
  XXH3_state_t* state_;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in)
    throw std::runtime_error(fmt::format("cannot read '{}': {}", p.string(), std::strerror(errno)));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Size and modification time: enough to notice a rebuilt library or an upgraded compiler.
std::string file_identity(const fs::path& p) {
  struct stat st {};
  if (::stat(p.c_str(), &st) != 0) return p.string() + ":missing";
  return fmt::format("{}:{}:{}.{}", p.string(), static_cast<long long>(st.st_size),
                     static_cast<long long>(st.st_mtim.tv_sec),
                     static_cast<long long>(st.st_mtim.tv_nsec));
}

// The libmanim this process runs with (the scene library binds to the same one).
fs::path loaded_libmanim() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&manim::config), &info) && info.dli_fname)
    return fs::path(info.dli_fname);
  return fs::path(manim::build::kLibDir) / "libmanim.so";
}

fs::path resolve_in_path(const std::string& prog) {
  if (prog.find('/') != std::string::npos) return prog;
  const char* path = std::getenv("PATH");
  std::stringstream ss(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(ss, dir, ':')) {
    fs::path cand = fs::path(dir.empty() ? "." : dir) / prog;
    if (::access(cand.c_str(), X_OK) == 0) return cand;
  }
  return prog;
}

std::string compiler() {
  if (const char* env = std::getenv("MANIMCPP_CXX"); env && *env) return env;
  return manim::build::kCxxCompiler;
}

// Temporary files left by a compile that was killed (older than an hour: not in progress).
void remove_stale_temporaries(const fs::path& dir) {
  std::error_code ec;
  const auto cutoff = fs::file_time_type::clock::now() - std::chrono::hours(1);
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (!detail::is_temporary_name(name)) continue;
    std::error_code ec2;
    if (fs::last_write_time(e.path(), ec2) < cutoff && !ec2) fs::remove(e.path(), ec2);
  }
}

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& a : v) {
    if (!s.empty()) s += ' ';
    s += a;
  }
  return s;
}

}  // namespace

int run_process(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ);
  if (rc != 0)
    throw std::runtime_error(fmt::format("cannot run '{}': {}", argv[0], std::strerror(rc)));
  // Polled, so that Ctrl-C (even one sent to this process alone) stops the child at once.
  int status = 0;
  bool killed = false;
  for (;;) {
    const pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR)
      throw std::runtime_error(
          fmt::format("waiting for '{}' failed: {}", argv[0], std::strerror(errno)));
    if (!killed && detail::interrupt_requested()) {
      ::kill(pid, SIGKILL);
      killed = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (killed) throw Interrupted();
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

SceneCompiler::SceneCompiler(Log debug, Log info)
    : debug_(std::move(debug)), info_(std::move(info)) {}

fs::path SceneCompiler::default_cache_dir() { return detail::user_cache_root(); }

std::vector<std::string> SceneCompiler::base_flags() const {
  // -g1: line tables only, so an error in a scene can name its line (throw_site.hpp).
  std::vector<std::string> f = {"-std=c++20",
                                "-O2",
                                "-g1",
                                "-fPIC",
                                std::string("-I") + manim::build::kIncludeDir,
                                std::string("-I") + manim::build::kEigenIncludeDir};
  if (manim::build::kSanitize) {
    // A sanitized CLI can only load scene code built the same way.
    f.push_back("-fsanitize=address,undefined");
    f.push_back("-fno-omit-frame-pointer");
  }
  return f;
}

std::string SceneCompiler::toolchain_hash(bool with_library) const {
  Hasher h;
  h.add("manimcpp-toolchain-v1");
  const std::string cxx = compiler();
  std::error_code ec;
  fs::path cxx_real = fs::canonical(resolve_in_path(cxx), ec);
  h.add(cxx);
  h.add(file_identity(ec ? fs::path(cxx) : cxx_real));
  h.add(join(base_flags()));

  // Every public header, by content (sorted, so the order of the walk does not matter).
  const fs::path inc = manim::build::kIncludeDir;
  std::vector<fs::path> headers;
  for (const auto& e : fs::recursive_directory_iterator(inc, ec))
    if (e.is_regular_file()) headers.push_back(e.path());
  std::sort(headers.begin(), headers.end());
  for (const auto& p : headers) {
    h.add(fs::relative(p, inc).string());
    h.add(read_file(p));
  }
  if (with_library) h.add(file_identity(loaded_libmanim()));
  return h.hex();
}

namespace {

// A precompiled header is usable when the stamp written after it records its size and it
// starts with GCC's PCH magic; anything else (a cut or foreign file) is rebuilt.
bool pch_is_valid(const fs::path& gch, const fs::path& stamp) {
  std::string text;
  try {
    if (!detail::read_cache_entry(stamp, 64, text)) return false;
  } catch (const std::exception&) {
    return false;
  }
  struct stat st {};
  if (::lstat(gch.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
    return false;
  if (text != std::to_string(st.st_size)) return false;
  std::ifstream in(gch, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  return in && std::memcmp(magic, "gpch", 4) == 0;
}

}  // namespace

fs::path SceneCompiler::ensure_pch() {
  // The PCH depends on the compiler, flags and headers only, not on libmanim's build.
  const fs::path dir =
      detail::private_cache_dir(fs::path("pch") / toolchain_hash(false).substr(0, 24));
  const fs::path header = dir / "manim_pch.hpp";
  const fs::path gch = header.string() + ".gch";
  const fs::path stamp = gch.string() + ".size";
  const std::string header_text = "// manimcpp precompiled header\n#include <manim/manim.hpp>\n";
  std::string have;
  bool header_ok = false;
  try {
    header_ok = detail::read_cache_entry(header, 4096, have) && have == header_text;
  } catch (const std::exception&) {
  }
  if (header_ok && pch_is_valid(gch, stamp)) return header;
  if (header_ok && fs::exists(gch))
    detail::warn(fmt::format("precompiled header '{}' is unusable; rebuilding it", gch.string()));
  std::error_code ec;
  fs::remove(stamp, ec);
  fs::remove(gch, ec);
  remove_stale_temporaries(dir);
  if (!header_ok) detail::write_file_atomic(header, header_text, 0644);
  info_("Precompiling manim/manim.hpp (once per library build) ...");
  const fs::path tmp = detail::temporary_name(gch, ".gch");
  std::vector<std::string> argv = {compiler(), "-x", "c++-header"};
  for (const auto& f : base_flags()) argv.push_back(f);
  argv.insert(argv.end(), {header.string(), "-o", tmp.string()});
  debug_("compile: " + join(argv));
  int rc = 0;
  try {
    rc = run_process(argv);
  } catch (...) {
    fs::remove(tmp, ec);
    detail::unregister_temporary(tmp);
    throw;
  }
  if (rc != 0) {
    fs::remove(tmp, ec);
    detail::unregister_temporary(tmp);
    debug_("compile: precompiled header failed; compiling without it");
    return {};
  }
  const auto size = fs::file_size(tmp, ec);
  fs::rename(tmp, gch);
  detail::unregister_temporary(tmp);
  detail::write_file_atomic(stamp, std::to_string(size));
  return header;
}

CompileResult SceneCompiler::compile(const fs::path& source) {
  const std::string text = read_file(source);
  const std::string toolchain = toolchain_hash(true);
  Hasher h;
  h.add("manimcpp-scene-v1");
  h.add(toolchain);
  h.add(text);

  const fs::path dir = detail::private_cache_dir("scenes");
  const fs::path lib = dir / (source.stem().string() + "-" + h.hex() + ".so");
  if (fs::exists(lib)) {
    // dlopen maps whatever is there: a cut file would end the render with SIGBUS.
    const std::string why = detail::check_elf_shared_object(lib);
    if (why.empty()) {
      debug_("compile: cached " + lib.string());
      return {lib, true};
    }
    detail::warn(fmt::format("cached scene library '{}' is unusable ({}); compiling again",
                             lib.string(), why));
    std::error_code ec;
    fs::remove(lib, ec);
  }
  remove_stale_temporaries(dir);

  const fs::path pch = ensure_pch();
  info_(fmt::format("Compiling {} ...", source.string()));
  const fs::path tmp = detail::temporary_name(lib, ".so");
  std::vector<std::string> argv = {compiler()};
  for (const auto& f : base_flags()) argv.push_back(f);
  if (!pch.empty()) argv.insert(argv.end(), {"-include", pch.string()});
  // The user's path as given (diagnostics name the file as they typed it), with "./" before a
  // relative one so that a name starting with '-' cannot be read as an option.
  std::string src = source.string();
  if (source.is_relative() && src.rfind("./", 0) != 0 && src.rfind("../", 0) != 0) src = "./" + src;
  argv.insert(argv.end(),
              {"-shared", src, "-o", tmp.string(), std::string("-L") + manim::build::kLibDir,
               "-lmanim", std::string("-Wl,-rpath,") + manim::build::kLibDir});
  debug_("compile: " + join(argv));
  const auto t0 = std::chrono::steady_clock::now();
  int rc = 0;
  try {
    rc = run_process(argv);
  } catch (...) {
    std::error_code ec;
    fs::remove(tmp, ec);
    detail::unregister_temporary(tmp);
    throw;
  }
  if (rc != 0) {
    std::error_code ec;
    fs::remove(tmp, ec);
    detail::unregister_temporary(tmp);
    throw CompileError(fmt::format("compiler exited with status {}", rc));
  }
  if (const std::string why = detail::check_elf_shared_object(tmp); !why.empty()) {
    std::error_code ec;
    fs::remove(tmp, ec);
    detail::unregister_temporary(tmp);
    throw std::runtime_error(fmt::format("the compiler's output is unusable: {}", why));
  }
  fs::rename(tmp, lib);
  detail::unregister_temporary(tmp);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  debug_(fmt::format("compile: built {} in {:.2f} s", lib.string(), secs));
  return {lib, false};
}

}  // namespace manim::cli
