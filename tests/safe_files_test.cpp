// Caches and output files that cannot be tricked or corrupted (core/safe_files.hpp and its
// users): per-user cache folders, unique O_EXCL temporaries, PNG frames that survive a full
// disk, bounded file reads, corrupt TeX cache entries.
#include "core/safe_files.hpp"

#include <dlfcn.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "manim/manim.hpp"
#include "mobject/tex/tex_renderer.hpp"
#include "mobject/tex/typeset_memo.hpp"
#include "render/encoder.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;
using namespace manim;

namespace {

// A fresh folder per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("manimcpp_safe_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  static inline int counter_ = 0;
};

// Sets (or, with nullopt, unsets) environment variables for one scope.
class EnvScope {
 public:
  void set(const char* name, std::optional<std::string> value) {
    const char* old = std::getenv(name);
    saved_.push_back({name, old ? std::optional<std::string>(old) : std::nullopt});
    if (value)
      ::setenv(name, value->c_str(), 1);
    else
      ::unsetenv(name);
  }
  ~EnvScope() {
    for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
      if (it->second)
        ::setenv(it->first.c_str(), it->second->c_str(), 1);
      else
        ::unsetenv(it->first.c_str());
    }
  }

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

mode_t mode_of(const fs::path& p) {
  struct stat st {};
  EXPECT_EQ(::lstat(p.c_str(), &st), 0) << p;
  return st.st_mode & 07777;
}

std::vector<std::string> names_in(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// ---- failure 1: cache folders ----

TEST(UserCacheRoot, FollowsXdgThenHomeThenRuntimeDirAndCreatesPrivateFolders) {
  TempDir t;
  EnvScope env;
  env.set("MANIMCPP_CACHE_DIR", std::nullopt);
  env.set("XDG_CACHE_HOME", (t.path() / "xdg").string());
  env.set("HOME", (t.path() / "home").string());
  env.set("XDG_RUNTIME_DIR", (t.path() / "run").string());
  EXPECT_EQ(detail::user_cache_root(), t.path() / "xdg" / "manimcpp");
  EXPECT_EQ(mode_of(t.path() / "xdg" / "manimcpp"), 0700u);
  env.set("XDG_CACHE_HOME", std::nullopt);
  EXPECT_EQ(detail::user_cache_root(), t.path() / "home" / ".cache" / "manimcpp");
  EXPECT_EQ(mode_of(t.path() / "home" / ".cache" / "manimcpp"), 0700u);
  env.set("HOME", std::nullopt);
  fs::create_directories(t.path() / "run");
  EXPECT_EQ(detail::user_cache_root(), t.path() / "run" / "manimcpp");
  const fs::path sub = detail::private_cache_dir("tex");
  EXPECT_EQ(sub, t.path() / "run" / "manimcpp" / "tex");
  EXPECT_EQ(mode_of(sub), 0700u);
}

// Before: a fixed /tmp/manimcpp-cache-<uid> (compile) and /tmp/.cache/manimcpp/tex (TeX) that
// any local user could create first.
TEST(UserCacheRoot, WithNoHomeOrXdgFolderItRefusesInsteadOfUsingTmp) {
  EnvScope env;
  for (const char* v : {"MANIMCPP_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "XDG_RUNTIME_DIR"})
    env.set(v, std::nullopt);
  try {
    detail::user_cache_root();
    ADD_FAILURE() << "expected UnsafeCacheError";
  } catch (const detail::UnsafeCacheError& e) {
    EXPECT_NE(std::string(e.what()).find("no per-user cache folder"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(detail::tex::cache_dir(), std::runtime_error);
}

TEST(UserCacheRoot, RefusesASymlinkAForeignOwnerOrAWritableFolder) {
  TempDir t;
  EnvScope env;
  env.set("MANIMCPP_CACHE_DIR", std::nullopt);
  env.set("XDG_CACHE_HOME", t.path().string());
  const fs::path root = t.path() / "manimcpp";

  // Planted symlink to a folder of the attacker's: refused, and nothing is written there.
  fs::create_directories(t.path() / "attacker");
  fs::create_directory_symlink(t.path() / "attacker", root);
  EXPECT_THROW(detail::user_cache_root(), detail::UnsafeCacheError);
  EXPECT_THROW(detail::tex::cache_dir(), std::runtime_error);
  EXPECT_TRUE(fs::is_empty(t.path() / "attacker"));
  fs::remove(root);

  // Writable by others: anyone could have put a library in it.
  fs::create_directory(root);
  fs::permissions(root, fs::perms::all);
  try {
    detail::user_cache_root();
    ADD_FAILURE() << "expected UnsafeCacheError";
  } catch (const detail::UnsafeCacheError& e) {
    EXPECT_NE(std::string(e.what()).find("writable by other users"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("chmod 700"), std::string::npos) << e.what();
  }
  fs::permissions(root, fs::perms::owner_all, fs::perm_options::replace);
  EXPECT_NO_THROW(detail::user_cache_root());

  // Owned by another user (only root can arrange that).
  if (::geteuid() == 0) {
    ASSERT_EQ(::chown(root.c_str(), 65534, 65534), 0);
    try {
      detail::user_cache_root();
      ADD_FAILURE() << "expected UnsafeCacheError";
    } catch (const detail::UnsafeCacheError& e) {
      EXPECT_NE(std::string(e.what()).find("belongs to another user"), std::string::npos)
          << e.what();
    }
  }
}

TEST(CacheEntries, AreReadWithoutFollowingSymlinksAndWrittenAtomically) {
  TempDir t;
  const fs::path victim = t.path() / "victim";
  std::ofstream(victim) << "secret";
  const fs::path entry = t.path() / "entry.svg";
  fs::create_symlink(victim, entry);
  std::string out;
  EXPECT_THROW(detail::read_cache_entry(entry, 1 << 20, out), std::runtime_error);
  // The write replaces the link itself; the file it pointed to is untouched.
  detail::write_file_atomic(entry, "<svg/>");
  EXPECT_EQ(slurp(victim), "secret");
  EXPECT_FALSE(fs::is_symlink(entry));
  ASSERT_TRUE(detail::read_cache_entry(entry, 1 << 20, out));
  EXPECT_EQ(out, "<svg/>");
  EXPECT_EQ(names_in(t.path()), (std::vector<std::string>{"entry.svg", "victim"}));
  EXPECT_FALSE(detail::read_cache_entry(t.path() / "missing", 1 << 20, out));
}

// ---- failure 2: movie temporaries ----

std::vector<std::uint8_t> flat_frame(int w, int h, std::uint8_t b, std::uint8_t g, std::uint8_t r) {
  std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * h * 4);
  for (std::size_t i = 0; i < px.size(); i += 4) {
    px[i] = b;
    px[i + 1] = g;
    px[i + 2] = r;
    px[i + 3] = 255;
  }
  return px;
}

// Before: both renders wrote ".<Scene>.partial.mp4": the second finish() found its temporary
// gone (or its frames mixed with the other's).
TEST(MovieTemporaries, TwoRendersOfOneSceneDoNotShareATemporary) {
  TempDir t;
  OutputSpec spec;
  spec.path = (t.path() / "Scene.mp4").string();
  spec.width = 64;
  spec.height = 64;
  spec.fps = 15;
  auto a = detail::open_video_writer(spec);
  auto b = detail::open_video_writer(spec);
  const auto red = flat_frame(64, 64, 0, 0, 255), blue = flat_frame(64, 64, 255, 0, 0);
  for (std::size_t i = 0; i < 5; ++i) {
    a->write(i, red.data());
    b->write(i, blue.data());
  }
  ASSERT_NO_THROW(a->finish());
  ASSERT_NO_THROW(b->finish());
  EXPECT_EQ(names_in(t.path()), std::vector<std::string>{"Scene.mp4"});
  EXPECT_GT(fs::file_size(t.path() / "Scene.mp4"), 200u);
}

// A failed render child's leftovers, swept by the parent once the child is gone: only the
// temporaries of that pid (".<name>.<pid>.<16 hex>.tmp..."), in every subfolder, never through
// a symlinked folder, never another process's or a user's file.
TEST(MovieTemporaries, TheParentSweepsOnlyTheDeadChildsTemporaries) {
  TempDir t, outside;
  const fs::path deep = t.path() / "videos" / "480p15" / "partial_movie_files" / "S";
  fs::create_directories(deep);
  auto touch = [](const fs::path& p) { std::ofstream(p) << "x"; };
  touch(deep / "..1f2e.mp4.4242.00112233aabbccdd.tmp.mp4.4242.0123456789abcdef.tmp.mp4");
  touch(t.path() / "videos" / ".S.mp4.4242.fedcba9876543210.tmp.mp4");
  touch(t.path() / "videos" / ".S.mp4.14242.fedcba9876543210.tmp.mp4");  // pid 14242
  touch(t.path() / "videos" / ".S.mp4.4242.notsixteenhex.tmp.mp4");
  touch(t.path() / "videos" / "S.4242.fedcba9876543210.tmp.mp4");  // no leading dot: a user's
  touch(outside.path() / ".S.mp4.4242.fedcba9876543210.tmp.mp4");
  fs::create_directory_symlink(outside.path(), t.path() / "link");
  EXPECT_EQ(detail::remove_temporaries_of_process(t.path(), 4242), 2u);
  EXPECT_EQ(names_in(deep), std::vector<std::string>{});
  EXPECT_EQ(names_in(t.path() / "videos"),
            (std::vector<std::string>{".S.mp4.14242.fedcba9876543210.tmp.mp4",
                                      ".S.mp4.4242.notsixteenhex.tmp.mp4", "480p15",
                                      "S.4242.fedcba9876543210.tmp.mp4"}));
  EXPECT_EQ(names_in(outside.path()),
            std::vector<std::string>{".S.mp4.4242.fedcba9876543210.tmp.mp4"});
  EXPECT_EQ(detail::remove_temporaries_of_process(t.path() / "missing", 4242), 0u);
}

TEST(MovieTemporaries, APlantedSymlinkIsNeverWrittenThrough) {
  TempDir t;
  const fs::path victim = t.path() / "victim.txt";
  std::ofstream(victim) << "keep me";
  // Every name the old code would have used, and a likely new one: all links to the victim.
  fs::create_symlink(victim, t.path() / ".Scene.partial.mp4");
  OutputSpec spec;
  spec.path = (t.path() / "Scene.mp4").string();
  spec.width = 64;
  spec.height = 64;
  spec.fps = 15;
  auto w = detail::open_video_writer(spec);
  const auto red = flat_frame(64, 64, 0, 0, 255);
  for (std::size_t i = 0; i < 3; ++i) w->write(i, red.data());
  ASSERT_NO_THROW(w->finish());
  EXPECT_EQ(slurp(victim), "keep me");
  EXPECT_FALSE(fs::is_symlink(t.path() / "Scene.mp4"));
  EXPECT_GT(fs::file_size(t.path() / "Scene.mp4"), 200u);
}

// ---- failure 3: PNG frames on a full disk ----

// Runs `body` in a child whose files may not grow past `limit` bytes (RLIMIT_FSIZE: the write
// that would cross it fails with EFBIG, as a full disk fails with ENOSPC). The child's exit
// status: 0 when body returned true.
int run_with_file_size_limit(rlim_t limit, const std::function<bool()>& body) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    rlimit rl{limit, limit};
    ::setrlimit(RLIMIT_FSIZE, &rl);
    bool ok = false;
    try {
      ok = body();
    } catch (...) {
    }
    std::fflush(stdout);
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

std::vector<std::uint8_t> noise_frame(int w, int h) {
  std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * h * 4);
  std::uint32_t s = 12345;
  for (std::size_t i = 0; i < px.size(); i += 4) {
    s = s * 1664525u + 1013904223u;
    px[i] = static_cast<std::uint8_t>(s >> 24);
    px[i + 1] = static_cast<std::uint8_t>(s >> 16);
    px[i + 2] = static_cast<std::uint8_t>(s >> 8);
    px[i + 3] = 255;
  }
  return px;
}

// Before: the frame being written was left truncated and abort() deleted the finished ones;
// the message did not carry the system's reason.
TEST(PngFrames, AFullDiskKeepsFinishedFramesAndLeavesNoTruncatedOne) {
  TempDir t;
  const fs::path msg_file = t.path() / "message.txt";
  const fs::path dir = t.path() / "frames";
  fs::create_directories(dir);
  const int rc = run_with_file_size_limit(32 * 1024, [&] {
    OutputSpec spec;
    spec.format = OutputFormat::Png;
    spec.path = dir.string();
    spec.png_stem = "Scene";
    spec.width = 160;
    spec.height = 120;
    auto w = detail::open_png_sequence(spec);
    const auto black = flat_frame(160, 120, 0, 0, 0);
    const auto noise = noise_frame(160, 120);  // ~77 kB as PNG: over the limit
    w->write(0, black.data());
    w->write(1, black.data());
    try {
      w->write(2, noise.data());
    } catch (const std::exception& e) {
      std::ofstream(msg_file) << e.what();
      w->abort();  // what the pipeline does after a write error
      return true;
    }
    return false;
  });
  ASSERT_EQ(rc, 0) << "the oversized frame did not fail";
  const std::string msg = slurp(msg_file);
  EXPECT_NE(msg.find("File too large"), std::string::npos) << msg;
  EXPECT_EQ(msg.find("Success"), std::string::npos) << msg;
  EXPECT_EQ(names_in(dir), (std::vector<std::string>{"Scene0000.png", "Scene0001.png"}));
  for (const char* f : {"Scene0000.png", "Scene0001.png"}) {
    const manim::testing::Image img = manim::testing::load_png((dir / f).string());
    EXPECT_EQ(img.width, 160);
    EXPECT_EQ(img.height, 120);
  }
}

TEST(PngFrames, AnUnwritableFolderNamesTheSystemsReason) {
  OutputSpec spec;
  spec.format = OutputFormat::Png;
  spec.path = "/proc/manimcpp_no_such_dir";
  spec.png_stem = "Scene";
  spec.width = 16;
  spec.height = 16;
  try {
    detail::open_png_sequence(spec);
    ADD_FAILURE() << "expected an error";
  } catch (const std::exception& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("/proc/manimcpp_no_such_dir"), std::string::npos) << m;
    EXPECT_EQ(m.find("Success"), std::string::npos) << m;
  }
}

// ---- failure 5: bounded reads ----

// Forks so that the old unbounded read (which never ends on /dev/zero) fails the test by
// timing out instead of hanging it.
TEST(BoundedReads, SvgMobjectFromADeviceIsAnErrorNotAnEndlessRead) {
  TempDir t;
  const fs::path msg_file = t.path() / "message.txt";
  const pid_t pid = ::fork();
  if (pid == 0) {
#if !defined(__SANITIZE_ADDRESS__)  // ASan's shadow memory needs far more address space
    rlimit rl{2u << 30, 2u << 30};  // the old code would exhaust memory; stop it at 2 GB
    ::setrlimit(RLIMIT_AS, &rl);
#endif
    try {
      SVGMobject m("/dev/zero");
    } catch (const std::invalid_argument& e) {
      std::ofstream(msg_file) << e.what();
      ::_exit(0);
    } catch (...) {
    }
    ::_exit(1);
  }
  int status = 0;
  const auto t0 = std::chrono::steady_clock::now();
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() - t0 > std::chrono::seconds(10)) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      FAIL() << "SVGMobject('/dev/zero') did not return within 10 s";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "no std::invalid_argument";
  const std::string msg = slurp(msg_file);
  EXPECT_NE(msg.find("SVGMobject: cannot read '/dev/zero': not a regular file"), std::string::npos)
      << msg;
}

TEST(BoundedReads, AnOversizedFileIsRefusedWithItsSize) {
  TempDir t;
  const fs::path big = t.path() / "big.svg";
  {
    std::ofstream out(big, std::ios::binary);
    out << std::string(2000, ' ');
  }
  try {
    detail::read_file_bounded(big, 1000, "SVGMobject");
    ADD_FAILURE() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("it is 2000 bytes, more than the limit of 1000"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(detail::read_file_bounded(big, 2000, "x").size(), 2000u);
}

// ---- failure 4: corrupt cache entries ----

TEST(CacheEntries, ATruncatedSharedLibraryIsRecognised) {
  TempDir t;
  // This test binary's own libmanim is a complete shared object.
  Dl_info info{};
  ASSERT_NE(::dladdr(reinterpret_cast<void*>(&manim::config), &info), 0);
  const fs::path lib = info.dli_fname;
  ASSERT_TRUE(fs::exists(lib)) << lib;
  const fs::path copy = t.path() / "lib.so";
  fs::copy_file(lib, copy);
  EXPECT_EQ(detail::check_elf_shared_object(copy), "");
  fs::resize_file(copy, fs::file_size(copy) / 2);
  EXPECT_NE(detail::check_elf_shared_object(copy).find("truncated"), std::string::npos);
  fs::resize_file(copy, 10);
  EXPECT_NE(detail::check_elf_shared_object(copy).find("truncated"), std::string::npos);
  std::ofstream(copy, std::ios::trunc)
      << "#!/bin/sh\necho planted\n##################################"
         "##############################";
  EXPECT_EQ(detail::check_elf_shared_object(copy), "not an ELF file");
}

// Before: a corrupt entry failed every later render with a message blaming MathJax.
TEST(CacheEntries, ACorruptTexEntryIsTypesetAgainWithAWarning) {
  TempDir t;
  EnvScope env;
  env.set("MANIMCPP_CACHE_DIR", (t.path() / "cache").string());
  detail::tex::shutdown_worker();
  const double width = MathTex("x^2").width();
  const fs::path tex_dir = t.path() / "cache" / "tex";
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(tex_dir)) entries.push_back(e.path());
  ASSERT_EQ(entries.size(), 1u);
  ASSERT_EQ(entries[0].extension(), ".svg");
  const std::string good = slurp(entries[0]);
  std::ofstream(entries[0], std::ios::trunc) << good.substr(0, good.size() / 2);
  detail::tex::clear_typeset_memo();  // as a new process would: read the damaged entry
  ::testing::internal::CaptureStderr();
  double again = 0;
  EXPECT_NO_THROW(again = MathTex("x^2").width());
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_NEAR(again, width, 1e-9);
  EXPECT_NE(err.find("warning: MathTex cache entry"), std::string::npos) << err;
  EXPECT_NE(err.find("typesetting it again"), std::string::npos) << err;
  EXPECT_EQ(slurp(entries[0]), good);  // rebuilt
  detail::tex::shutdown_worker();
}

}  // namespace
