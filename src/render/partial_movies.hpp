// Internal: Manim's partial-movie cache, keyed by what each play draws. Every play or wait is
// its own segment (as in Manim, cached or not, so a cached and an uncached render give the
// same file); a segment whose key is already in <partial_movie_dir>/<key>.<ext> is neither
// rasterised nor encoded, and the movie is the segments concatenated without re-encoding.
//
// The key of a play is a hash of the display lists of all its frames (every path, point and
// style the rasteriser will see), the output settings (size, fps, format, transparency,
// encoder settings) and the engine's build id. Frames are hashed after the scene computes
// them, so hidden state in Python updaters or user functions cannot make a stale entry: what
// is keyed is what would be drawn.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "render/frame_hash.hpp"
#include "render/held_play.hpp"
#include "render/partial_movie_files.hpp"
#include "render/pipeline.hpp"
#include "render/spilled_play.hpp"

namespace manim::detail {

struct PartialMovieStats {
  std::size_t plays = 0;           // segments in the movie
  std::size_t plays_cached = 0;    // taken from the cache (not rasterised, not encoded)
  std::size_t frames_encoded = 0;  // frames sent to the encoder in this render
  // Plays encoded as they came (too big to hold) whose key then proved cached: their segment
  // is dropped and the entry used (counted in plays_cached and frames_encoded).
  std::size_t plays_encoded_then_cached = 0;
  std::size_t plays_held_as_likely_cached = 0;  // held beyond `unknown` on their entry's prefix
  std::size_t held_bytes_peak = 0;  // the most memory a held play took (HeldPlay::bytes)
  // Likely-cached plays that outgrew `likely_cached` and went to disk until their key was known.
  std::size_t plays_spilled = 0;
  std::size_t spilled_file_bytes_peak = 0;  // the largest spill file
};

// A play is held as display lists until its key is known, so a cached play is neither
// rasterised nor encoded. Held lists wait beside the previous play's encoder (x264 at 1080p:
// ~110 MB), so a play whose display lists outgrow `unknown` bytes (counted as sizeof(PathItem)
// plus its points, per frame: the entry's name depends on where that happens, see key_of) is
// encoded as it comes into a temporary segment while it is still hashed, kept as the entry if
// its key is new and dropped if not. Unless its first `unknown` bytes are those of an entry
// already in the folder (the entry's name starts with their hash): then it is likely cached
// and held while the memory really held (HeldPlay::bytes: each distinct item once) stays
// under `likely_cached`, once the pipeline has written what it had (its encoder closed).
// Beyond that, it goes to an unnamed file of up to `spill` bytes (SpilledPlay), dropped unread
// if the play is cached, read back and encoded if not: a warm re-render encodes nothing and
// holds no more than `likely_cached`. A spill that cannot be written (disk full, `spill` 0 or
// passed) is encoded as it comes instead, as a play of unknown prefix.
struct PartialMovieHold {
  std::size_t unknown = 4u << 20;
  std::size_t likely_cached = 32u << 20;
  std::size_t spill = std::size_t(1) << 30;
};

class PartialMovieWriter final : public FrameSink {
 public:
  // `spec.path` is the final movie; `dir` the scene's partial_movie_files folder.
  // caching false (--disable_caching): segments go to temporaries, removed after the join.
  using HoldBounds = PartialMovieHold;
  PartialMovieWriter(const OutputSpec& spec, std::filesystem::path dir, bool caching,
                     int max_files_cached, HoldBounds hold = HoldBounds{});
  ~PartialMovieWriter() override;
  void submit(FramePtr frame) override;
  void submit_copies(const FramePtr& frame, std::size_t count) override;
  void end_play() override;
  // Movies of consecutive segments besides the whole one: Manim's section videos.
  struct Cut {
    std::filesystem::path out;
    std::size_t first = 0, count = 0;  // segments (plays with frames), in play order
  };
  // Encodes what is left, checks every segment, joins them into the movie (temporary +
  // rename) and each cut into its own, writes partial_movie_file_list.txt and prunes the
  // cache to max_files_cached. Throws std::runtime_error naming the file.
  void finish(const std::vector<Cut>& cuts = {});
  std::size_t segments() const { return segments_.size(); }
  // Deletes every segment this render encoded: new entries are registered temporaries until
  // the movie is joined, so a failed, interrupted or crashed render leaves no file and no entry.
  void abort() noexcept;
  const PartialMovieStats& stats() const { return stats_; }

 private:
  struct Segment {
    std::filesystem::path path;  // where its frames are (a temporary until the join)
    std::size_t frames = 0;
    bool temporary = false;
    std::filesystem::path entry;  // new cache entry: renamed here after a successful join
  };
  enum class Lookup { New, Cached, Scheduled };
  void start_streaming(bool speculative);
  // The held frames to disk; false (nothing changed) if no file can be made.
  bool start_spill();
  void stream_spilled();  // a spill that failed or outgrew its bound: encoded as it comes
  void flush_buffer();    // the held or spilled frames to the pipeline, then released
  void release_held();
  // The entry name of the play: 32 hex digits of its key; for a play that outgrew
  // hold_.unknown, the first 16 are the hash of its frames up to there (prefix_).
  std::string key_of(std::size_t frames) const;
  // The settings and the frame count hashed with the frames' hash `h`.
  Hasher128 key_hasher(std::uint64_t frames, const Hasher128& h) const;
  // Where the play of key `name` and `frames` frames stands: encoded or scheduled earlier in
  // this render, a usable entry (its time refreshed for LRU), or new (an unusable entry is
  // removed with a warning).
  Lookup lookup(const std::string& name, const std::filesystem::path& path, std::size_t frames);
  void discard(const std::filesystem::path& tmp);
  void remove_discarded() noexcept;  // after the pipeline is finished or stopped

  OutputSpec spec_;
  std::filesystem::path dir_;
  bool caching_;
  int max_files_;
  std::unique_ptr<RenderPipeline> pipeline_;
  std::vector<Segment> segments_;
  std::unordered_set<std::string> scheduled_;  // keys used in this render
  std::unordered_map<std::string, std::filesystem::path> scheduled_paths_;  // ... and encoded
  // The play being collected: its frames (display lists) until its key is known, and their
  // size as the key's prefix counts it (every frame's items in full).
  HeldPlay held_;
  SpilledPlay spilled_;  // ... or on disk, past hold_.likely_cached
  std::size_t list_bytes_ = 0, play_frames_ = 0;
  HoldBounds hold_;
  bool streaming_ = false;    // encoded as it comes (uncached, or too large to hold)
  bool speculative_ = false;  // ... and still hashed: kept as the entry if its key is new
  bool outgrew_ = false;      // passed hold_.unknown; prefix_ is set
  bool likely_cached_ = false;
  std::uint64_t prefix_ = 0;
  std::unordered_set<std::uint64_t> prefixes_;    // first 16 hex digits of the entries, parsed
  std::vector<std::filesystem::path> discarded_;  // segments of plays that proved cached
  Hasher128 hash_;
  PartialMovieStats stats_;
  bool done_ = false;
};

}  // namespace manim::detail
