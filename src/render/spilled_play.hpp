// Internal: the frames of a likely-cached play that outgrew what may be held in memory (the
// partial-movie cache, partial_movies.cpp), written to an unnamed file until the play's key is
// known. A cached play's file is dropped unread, so a warm re-render neither holds the play nor
// encodes it; an uncached one is read back a frame at a time and encoded.
//
// The file is a sequence of frame records. A path item equal to one of the previous frame's is
// written as that item's position, any other in full, so the file stays near the size of the
// play's distinct items and a reader needs only the previous frame. Images' pixels and
// sub-frames are shared pointers: they stay in memory (each counted once) and the file names
// them by index.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "manim/camera/frame.hpp"

namespace manim::detail {

class SpilledPlay {
 public:
  SpilledPlay() = default;
  ~SpilledPlay() { close(); }
  SpilledPlay(const SpilledPlay&) = delete;
  SpilledPlay& operator=(const SpilledPlay&) = delete;

  // Opens an unnamed file in `dir` (O_TMPFILE; else an O_EXCL | O_NOFOLLOW temporary unlinked
  // at once), of at most `max_file_bytes`, written in pieces of `write_bytes` (what it keeps in
  // memory). False, with the reason in error(), if none can be made.
  bool open(const std::filesystem::path& dir, std::size_t max_file_bytes,
            std::size_t write_bytes = 1u << 20);
  bool is_open() const { return fd_ >= 0; }
  // Appends `frame`, drawn `copies` times in a row. A write that fails (disk full, a file-size
  // limit, the bound) loses nothing: failed() turns true, no more is written and what was not
  // written stays in memory, so drain() still returns every frame.
  void add(const FramePtr& frame, std::size_t copies);
  bool failed() const { return failed_; }
  const std::string& error() const { return error_; }
  std::size_t size() const { return frames_; }  // frames added (copies count once)
  std::size_t file_bytes() const { return file_bytes_; }
  // The memory it takes: the unwritten records, the previous frame, the shared pictures.
  std::size_t bytes() const;
  // Hands every frame, rebuilt exactly as added, to `take` in order with its copies, then
  // closes. Throws std::runtime_error if the file cannot be read back.
  void drain(const std::function<void(FramePtr, std::size_t)>& take);
  // Drops the file unread (closing it removes it).
  void close() noexcept;

  // For tests: every write after `bytes` fails with ENOSPC; open() takes the named temporary
  // (as on a file system without O_TMPFILE).
  void fail_writes_after(std::size_t bytes) { fail_after_ = bytes; }
  void without_tmpfile() { without_tmpfile_ = true; }

 private:
  void put_frame(const Frame& f, std::size_t copies);
  void put_item(const PathItem& it);
  std::uint32_t item_code(const PathItem& it, std::size_t position);
  void flush();
  void fail(const std::string& why);

  int fd_ = -1, read_fd_ = -1;  // the same file; read_fd_ may equal fd_
  std::size_t max_file_bytes_ = 0, write_bytes_ = 0, file_bytes_ = 0, frames_ = 0;
  std::size_t fail_after_ = static_cast<std::size_t>(-1);
  bool failed_ = false, without_tmpfile_ = false;
  std::string error_;
  std::string pending_;  // records not yet in the file, in order, right after file_bytes_
  FramePtr previous_;
  // The previous frame's items by hash, built when an item is not where it was.
  std::unordered_multimap<std::uint64_t, std::uint32_t> previous_index_;
  bool previous_indexed_ = false;
  std::vector<std::shared_ptr<const Frame>> sub_frames_;
  std::vector<std::shared_ptr<const std::vector<std::uint8_t>>> pixels_;
  std::unordered_map<const void*, std::uint32_t> shared_;  // pointer -> index in either
  std::size_t shared_bytes_ = 0;
};

}  // namespace manim::detail
