#include "core/safe_files.hpp"

#include <elf.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "core/scene_log.hpp"

namespace manim::detail {

namespace fs = std::filesystem;

std::string errno_text(int err) { return std::strerror(err); }

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : std::string();
}

// Closes a descriptor on scope exit.
struct Fd {
  int fd = -1;
  explicit Fd(int f) : fd(f) {}
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
};

std::uint64_t random64() {
  std::uint64_t v = 0;
  if (::getrandom(&v, sizeof v, GRND_NONBLOCK) == static_cast<ssize_t>(sizeof v)) return v;
  static std::atomic<std::uint64_t> counter{0};
  return static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) *
             0x9E3779B97F4A7C15ull ^
         (++counter << 32) ^ static_cast<std::uint64_t>(::getpid());
}

std::string temp_file_name(const fs::path& final_path, const std::string& suffix) {
  char mid[64];
  std::snprintf(mid, sizeof mid, ".%ld.%016llx.tmp", static_cast<long>(::getpid()),
                static_cast<unsigned long long>(random64()));
  return "." + final_path.filename().string() + mid + suffix;
}

// ---- registry of temporaries (fixed slots so a signal handler can walk it) ----
constexpr std::size_t kSlots = 256;
constexpr std::size_t kPathMax = 4096;
struct Slot {
  std::atomic<int> state{0};  // 0 free, 1 being changed, 2 holds a path
  char path[kPathMax];
};
std::array<Slot, kSlots> g_slots;

}  // namespace

void register_temporary(const fs::path& path) {
  const std::string& s = path.native();
  if (s.size() >= kPathMax) return;
  for (Slot& slot : g_slots) {
    int expected = 0;
    if (!slot.state.compare_exchange_strong(expected, 1)) continue;
    std::memcpy(slot.path, s.c_str(), s.size() + 1);
    slot.state.store(2);
    return;
  }
}

void unregister_temporary(const fs::path& path) {
  const std::string& s = path.native();
  for (Slot& slot : g_slots) {
    if (slot.state.load() != 2 || std::strcmp(slot.path, s.c_str()) != 0) continue;
    int expected = 2;
    if (slot.state.compare_exchange_strong(expected, 1)) {
      slot.path[0] = '\0';
      slot.state.store(0);
      return;
    }
  }
}

void remove_registered_temporaries() noexcept {
  // A name can be registered before its file exists (temporary_name: the encoder opens it on
  // its own thread), so a render dying mid-play may see the file appear just after a sweep:
  // sweep again after short pauses (nanosleep and unlink are async-signal-safe).
  bool any = false;
  for (int sweep = 0; sweep < 3; ++sweep) {
    for (Slot& slot : g_slots)
      if (slot.state.load() == 2) {
        ::unlink(slot.path);
        any = true;
      }
    if (!any) return;
    const timespec pause{0, sweep == 0 ? 30'000'000L : 100'000'000L};
    if (sweep < 2) ::nanosleep(&pause, nullptr);
  }
}

std::size_t remove_temporaries_of_process(const fs::path& dir, long pid) noexcept {
  const std::string tag = "." + std::to_string(pid) + ".";
  auto made_by_pid = [&](const std::string& name) {
    if (name.empty() || name[0] != '.') return false;
    for (std::size_t at = name.find(tag); at != std::string::npos; at = name.find(tag, at + 1)) {
      const std::size_t hex = at + tag.size();
      if (name.size() < hex + 20 || name.compare(hex + 16, 4, ".tmp") != 0) continue;
      bool ok = true;
      for (std::size_t i = hex; i < hex + 16 && ok; ++i)
        ok = std::isxdigit(static_cast<unsigned char>(name[i])) != 0;
      if (ok) return true;
    }
    return false;
  };
  std::size_t removed = 0;
  std::error_code ec;
  if (!fs::is_directory(fs::symlink_status(dir, ec))) return 0;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::file_type type = it->symlink_status(ec).type();
    if (ec) break;
    if (type == fs::file_type::directory) continue;
    if (made_by_pid(it->path().filename().string()) && ::unlink(it->path().c_str()) == 0) ++removed;
  }
  return removed;
}

bool is_temporary_name(const std::string& file_name) {
  return !file_name.empty() && file_name[0] == '.' && file_name.find(".tmp") != std::string::npos;
}

void ensure_private_dir(const fs::path& dir) {
  if (dir.empty()) throw UnsafeCacheError("cache folder: empty path");
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0) {
    if (errno != ENOENT)
      throw UnsafeCacheError("cannot use cache folder '" + dir.string() +
                             "': " + errno_text(errno));
    const fs::path parent = dir.parent_path();
    if (!parent.empty() && parent != dir) {
      struct stat pst {};
      if (::stat(parent.c_str(), &pst) != 0) {
        // Missing parents are made 0700 as well (only the innermost levels are checked).
        std::error_code ec;
        fs::create_directories(parent, ec);
        if (!ec) ::chmod(parent.c_str(), 0700);
      }
    }
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
      throw UnsafeCacheError("cannot create cache folder '" + dir.string() +
                             "': " + errno_text(errno));
    if (::lstat(dir.c_str(), &st) != 0)
      throw UnsafeCacheError("cannot use cache folder '" + dir.string() +
                             "': " + errno_text(errno));
  }
  if (S_ISLNK(st.st_mode))
    throw UnsafeCacheError("cache folder '" + dir.string() +
                           "' is a symbolic link; remove it (or set MANIMCPP_CACHE_DIR to a "
                           "folder of your own)");
  if (!S_ISDIR(st.st_mode))
    throw UnsafeCacheError("cache folder '" + dir.string() + "' is not a folder; remove it");
  if (st.st_uid != ::geteuid())
    throw UnsafeCacheError("cache folder '" + dir.string() + "' belongs to another user (uid " +
                           std::to_string(st.st_uid) +
                           "); nothing in it is used. Remove it or set MANIMCPP_CACHE_DIR to a "
                           "folder of your own");
  if (st.st_mode & (S_IWGRP | S_IWOTH))
    throw UnsafeCacheError("cache folder '" + dir.string() +
                           "' is writable by other users; nothing in it is used. Run "
                           "'chmod 700 " +
                           dir.string() + "' or remove it");
}

fs::path user_cache_root() {
  fs::path root;
  if (std::string d = env("MANIMCPP_CACHE_DIR"); !d.empty())
    root = d;
  else if (std::string x = env("XDG_CACHE_HOME"); !x.empty())
    root = fs::path(x) / "manimcpp";
  else if (std::string h = env("HOME"); !h.empty())
    root = fs::path(h) / ".cache" / "manimcpp";
  else if (std::string r = env("XDG_RUNTIME_DIR"); !r.empty())
    root = fs::path(r) / "manimcpp";
  else
    throw UnsafeCacheError(
        "no per-user cache folder: HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR are all unset; set "
        "one of them (or MANIMCPP_CACHE_DIR)");
  ensure_private_dir(root);
  return root;
}

fs::path private_cache_dir(const fs::path& sub) {
  fs::path dir = user_cache_root();
  for (const fs::path& part : sub) {
    if (part.empty() || part == "." || part == "..") continue;
    dir /= part;
    ensure_private_dir(dir);
  }
  return dir;
}

namespace {

// Reads an open regular file, refusing more than max_bytes.
bool read_fd(int fd, std::size_t max_bytes, std::string& out, std::string& why) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    why = errno_text(errno);
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    why = "not a regular file";
    return false;
  }
  if (static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    why = "it is " + std::to_string(st.st_size) + " bytes, more than the limit of " +
          std::to_string(max_bytes);
    return false;
  }
  out.clear();
  out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      why = errno_text(errno);
      return false;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes) {  // grew while being read
      why = "it is more than the limit of " + std::to_string(max_bytes) + " bytes";
      return false;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

std::string read_file_bounded(const fs::path& path, std::size_t max_bytes,
                              const std::string& what) {
  // No O_NOFOLLOW here: a user's own asset may be a symlink; the checks are on the target.
  // O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused as not regular).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0)
    throw std::runtime_error(what + ": cannot read '" + path.string() + "': " + errno_text(errno));
  Fd guard(fd);
  std::string out, why;
  if (!read_fd(fd, max_bytes, out, why))
    throw std::runtime_error(what + ": cannot read '" + path.string() + "': " + why);
  return out;
}

bool read_cache_entry(const fs::path& path, std::size_t max_bytes, std::string& out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    if (errno == ENOENT) return false;
    throw std::runtime_error("cannot read cache entry '" + path.string() +
                             "': " + errno_text(errno));
  }
  Fd guard(fd);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_uid != ::geteuid())
    throw std::runtime_error("cache entry '" + path.string() + "' belongs to another user");
  std::string why;
  if (!read_fd(fd, max_bytes, out, why))
    throw std::runtime_error("cannot read cache entry '" + path.string() + "': " + why);
  return true;
}

int create_temporary(const fs::path& final_path, const std::string& suffix, fs::path& path,
                     mode_t mode) {
  fs::path dir = final_path.parent_path();
  if (dir.empty()) dir = ".";
  for (int attempt = 0; attempt < 16; ++attempt) {
    path = dir / temp_file_name(final_path, suffix);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd >= 0) {
      register_temporary(path);
      return fd;
    }
    if (errno != EEXIST)
      throw std::runtime_error("cannot create '" + path.string() + "': " + errno_text(errno));
  }
  throw std::runtime_error("cannot create a unique temporary file in '" + dir.string() + "'");
}

fs::path temporary_name(const fs::path& final_path, const std::string& suffix) {
  fs::path dir = final_path.parent_path();
  if (dir.empty()) dir = ".";
  fs::path p = dir / temp_file_name(final_path, suffix);
  register_temporary(p);
  return p;
}

void write_file_atomic(const fs::path& path, std::string_view data, mode_t mode) {
  fs::path tmp;
  const int fd = create_temporary(path, "", tmp, mode);
  auto fail = [&](const std::string& what, int err) {
    ::close(fd);
    ::unlink(tmp.c_str());
    unregister_temporary(tmp);
    throw std::runtime_error("cannot write '" + path.string() + "': " + what + ": " +
                             errno_text(err));
  };
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write", errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    unregister_temporary(tmp);
    throw std::runtime_error("cannot write '" + path.string() + "': close: " + errno_text(err));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    unregister_temporary(tmp);
    throw std::runtime_error("cannot write '" + path.string() + "': rename: " + errno_text(err));
  }
  unregister_temporary(tmp);
}

std::string check_elf_shared_object(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return errno_text(errno);
  Fd guard(fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) return errno_text(errno);
  if (!S_ISREG(st.st_mode)) return "not a regular file";
  if (st.st_uid != ::geteuid()) return "owned by another user";
  if (st.st_mode & (S_IWGRP | S_IWOTH)) return "writable by other users";
  const auto size = static_cast<std::uint64_t>(st.st_size);
  Elf64_Ehdr eh{};
  if (::pread(fd, &eh, sizeof eh, 0) != static_cast<ssize_t>(sizeof eh))
    return "truncated (" + std::to_string(size) + " bytes, no ELF header)";
  if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0) return "not an ELF file";
  if (eh.e_ident[EI_CLASS] != ELFCLASS64) return "not a 64-bit ELF file";
  if (eh.e_type != ET_DYN) return "not a shared library";
  if (eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum == 0) return "no program headers";
  const std::uint64_t ph_end = eh.e_phoff + static_cast<std::uint64_t>(eh.e_phnum) * eh.e_phentsize;
  if (ph_end > size) return "truncated (program headers past the end)";
  for (int i = 0; i < eh.e_phnum; ++i) {
    Elf64_Phdr ph{};
    if (::pread(fd, &ph, sizeof ph, static_cast<off_t>(eh.e_phoff + i * sizeof ph)) !=
        static_cast<ssize_t>(sizeof ph))
      return "unreadable program header";
    if (ph.p_type == PT_LOAD && ph.p_offset + ph.p_filesz > size)
      return "truncated (" + std::to_string(size) + " bytes, a segment ends at " +
             std::to_string(ph.p_offset + ph.p_filesz) + ")";
  }
  // Section headers are the last thing the linker writes: a cut file loses them first.
  const std::uint64_t sh_end = eh.e_shoff + static_cast<std::uint64_t>(eh.e_shnum) * eh.e_shentsize;
  if (eh.e_shoff != 0 && sh_end > size) return "truncated (section headers past the end)";
  return {};
}

void warn(const std::string& message) {
  std::fprintf(stderr, "warning: %s\n", message.c_str());
  std::fflush(stderr);
  scene_log("WARNING", "manimcpp", message);
}

}  // namespace manim::detail
