// Internal: files that cannot be tricked or corrupted.
//
// Caches live in per-user folders (created 0700; an existing one must be a real folder owned
// by this user and writable by nobody else, or it is refused), files are read with O_NOFOLLOW
// and a size bound, written through a unique O_EXCL temporary that is renamed into place, and
// every temporary is registered so that a crash, an interrupt or exit() can remove it.
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace manim::detail {

// A cache folder that is not private to this user (or cannot be made): the message names the
// folder, the problem and the fix.
struct UnsafeCacheError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// strerror text of an errno value (captured by the caller before anything else can reset it).
std::string errno_text(int err);

// The per-user cache root, created 0700 and checked: $MANIMCPP_CACHE_DIR, else
// $XDG_CACHE_HOME/manimcpp, else $HOME/.cache/manimcpp, else $XDG_RUNTIME_DIR/manimcpp; throws
// UnsafeCacheError when none is set (there is no shared /tmp fallback).
std::filesystem::path user_cache_root();
// user_cache_root() / sub, each level created 0700 and checked.
std::filesystem::path private_cache_dir(const std::filesystem::path& sub);
// Creates `dir` (and missing parents) with mode 0700, then checks that it is a directory (not
// a symlink), owned by this user and not writable by group or others. Throws UnsafeCacheError.
void ensure_private_dir(const std::filesystem::path& dir);

// Reads a regular file without following a final symlink, refusing more than `max_bytes`
// (devices, FIFOs and oversized files are errors, never an unbounded read). `what` names the
// reader in the message ("SVGMobject"). Throws std::runtime_error with the errno text.
std::string read_file_bounded(const std::filesystem::path& path, std::size_t max_bytes,
                              const std::string& what);
// As read_file_bounded, for a cache entry: false when it does not exist; it must also be
// owned by this user.
bool read_cache_entry(const std::filesystem::path& path, std::size_t max_bytes, std::string& out);

// Writes `data` to a unique temporary next to `path` (O_EXCL | O_NOFOLLOW, mode `mode`) and
// renames it over `path`. Throws std::runtime_error naming the file and the errno text; the
// temporary never survives a failure.
void write_file_atomic(const std::filesystem::path& path, std::string_view data,
                       mode_t mode = 0600);

// A new empty file next to `final_path` named ".<name>.<pid>.<random>.tmp<suffix>", created
// O_EXCL | O_NOFOLLOW (so a planted file or symlink is never written through) and registered
// for removal on a crash. Returns the open descriptor (the caller closes it) and sets `path`.
int create_temporary(const std::filesystem::path& final_path, const std::string& suffix,
                     std::filesystem::path& path, mode_t mode = 0644);
// A unique temporary name next to `final_path` without creating it (for tools that create
// the file themselves, such as the compiler); registered for removal on a crash.
std::filesystem::path temporary_name(const std::filesystem::path& final_path,
                                     const std::string& suffix);
// True for names made by create_temporary/temporary_name (stale ones may be swept).
bool is_temporary_name(const std::string& file_name);

// Temporaries to remove if the process dies before they are renamed or removed.
void register_temporary(const std::filesystem::path& path);
void unregister_temporary(const std::filesystem::path& path);
// Unlinks every registered temporary. Async-signal-safe (fixed slots, unlink only).
void remove_registered_temporaries() noexcept;
// Unlinks, under `dir` (recursively, never following symlinks), every temporary that process
// `pid` made (".<name>.<pid>.<16 hex>.tmp..."). For a parent whose render child died: once the
// child is a zombie none of its threads can create another, so nothing appears after this
// sweep (the child's own sweep can race its encoder thread). Returns how many went.
std::size_t remove_temporaries_of_process(const std::filesystem::path& dir, long pid) noexcept;

// Checks that a file is a complete ELF shared object of this machine's class (header, program
// headers and section headers inside the file): a truncated or foreign library is refused
// before dlopen maps it (which would end in SIGBUS). Empty when valid, else the reason.
std::string check_elf_shared_object(const std::filesystem::path& path);

// One "warning: ..." line on stderr (for caches that rebuild a corrupt entry).
void warn(const std::string& message);

}  // namespace manim::detail
