// The frame pipeline: submit() queues display lists, raster threads (each with its own cairo
// surface) draw them concurrently, and one encoder thread writes them strictly in order.
// Memory is bounded twice: at most 2 x threads + 1 raster buffers exist (fewer for big frames),
// and the queued display lists (cheap next to a 1080p buffer) are bounded in bytes so the scene
// can run ahead of the encoder without growing with the scene's length.
#include "render/pipeline.hpp"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

#include "render/encoder.hpp"
#include "render/raster.hpp"

namespace manim {

using Buffer = std::vector<std::uint8_t>;

namespace {
// Display lists queued ahead of the raster threads, at most this many bytes (and frames).
constexpr std::size_t kMaxQueuedBytes = 8u << 20;
// Raster buffers (frames drawn or being drawn, not yet encoded), at most this many bytes.
constexpr std::size_t kMaxBufferBytes = 24u << 20;
constexpr std::size_t kMaxQueuedJobs = 2048;
// How much less CPU a raster thread asks for than the encoder when a movie is written (nice
// steps): libx264 is the bottleneck (at 1080p ~70 % of the CPU), and its sliced threads wait for
// the slowest slice of each frame, so a raster thread that takes a core from a slice delays the
// whole frame. Lowered, the raster threads fill the time x264 leaves free instead.
constexpr int kRasterNiceForMovies = 5;

// Lowers the calling thread's priority by `steps` (Linux: nice is per thread). Best effort.
void lower_this_thread(int steps) {
  const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
  errno = 0;
  const int now = ::getpriority(PRIO_PROCESS, tid);
  if (errno == 0) ::setpriority(PRIO_PROCESS, tid, std::min(now + steps, 19));
}

std::size_t frame_bytes(const Frame& f) {
  std::size_t n = sizeof(Frame);
  for (const PathItem& it : f.items)
    n +=
        sizeof(PathItem) + it.xy.size() * sizeof(double) + it.subpaths.size() * sizeof(SubpathSpan);
  return n;
}
}  // namespace

struct RenderPipeline::Impl {
  struct Job {
    FramePtr frame;
    std::size_t copies = 1;
    std::size_t first_index = 0;  // output frame number of the first copy
    std::size_t bytes = 0;
    std::shared_ptr<const std::string> segment;  // start a new movie here
    bool end_segment = false;                    // no frame: close the movie here
  };
  struct Ready {
    Buffer buf;
    Job job;
    std::unique_ptr<detail::ConvertedFrame> converted;  // instead of buf, when converting
  };

  OutputSpec spec;
  detail::RasterTarget target;
  std::unique_ptr<detail::FrameWriter> writer;
  std::size_t max_buffers = 0;
  // A movie's last raster thread by default: it draws only while the encoder spends a good part
  // of its time waiting for frames (a scene whose drawing is the bottleneck gets every core; one
  // whose encoder is keeps that thread out of x264's way). encoder_idle: the share of the
  // encoder's recent time spent waiting, a moving average over about 16 frames.
  std::size_t spare_thread = static_cast<std::size_t>(-1);
  double encoder_idle = 1.0;
  static constexpr double kSpareBelowIdle = 0.25;

  std::mutex mutex;
  std::condition_variable cv;  // one for every state change; waits are short and few
  std::deque<std::pair<std::size_t, Job>> jobs;  // submitted, not yet rasterised
  std::map<std::size_t, Ready> ready;  // rasterised, waiting for their turn (reorder buffer)
  std::vector<Buffer> pool;            // spare frame buffers
  // With converters (one per raster thread), each raster thread draws into its own BGRA
  // buffer and converts into a pooled frame of the encoder's pixel format: the colour
  // conversion runs in parallel, not on the encoder thread, and fewer bytes wait per frame.
  std::vector<std::unique_ptr<detail::FrameConverter>> converters;
  std::vector<std::unique_ptr<detail::ConvertedFrame>> converted_pool;
  std::size_t buffers = 0;  // buffers in use (rasterising or waiting to be written)
  std::size_t submitted = 0, next_to_write = 0, in_flight = 0, written = 0;
  std::size_t next_index = 0, queued_bytes = 0, segment_base = 0;
  std::shared_ptr<const std::string> pending_segment;
  bool closing = false, stop = false, finished = false, aborted = false;
  std::exception_ptr error;

  std::vector<std::thread> raster_threads;
  std::thread encoder_thread;

  Buffer take_buffer() {  // called with the mutex held
    ++buffers;
    if (!pool.empty()) {
      Buffer b = std::move(pool.back());
      pool.pop_back();
      return b;
    }
    return Buffer(static_cast<std::size_t>(spec.width) * spec.height * 4);
  }

  void fail(std::exception_ptr e) {  // called with the mutex held
    if (!error) error = std::move(e);
    stop = true;
    cv.notify_all();
  }

  std::unique_ptr<detail::ConvertedFrame> take_converted(std::size_t thread) {  // mutex held
    ++buffers;
    if (!converted_pool.empty()) {
      auto f = std::move(converted_pool.back());
      converted_pool.pop_back();
      return f;
    }
    return converters[thread]->make();
  }

  void done_with(Ready&& r) {  // called with the mutex held
    if (r.converted)
      converted_pool.push_back(std::move(r.converted));
    else
      pool.push_back(std::move(r.buf));
    --buffers;
    --in_flight;
    written += r.job.copies;
    cv.notify_all();
  }

  void done_with(Buffer&& b, std::size_t copies) {  // called with the mutex held
    pool.push_back(std::move(b));
    --buffers;
    --in_flight;
    written += copies;
    cv.notify_all();
  }

  void raster_loop(std::size_t thread) {
    if (spec.format != OutputFormat::Png) lower_this_thread(kRasterNiceForMovies);
    const bool any_order = writer && writer->any_order();
    detail::FrameConverter* converter =
        thread < converters.size() ? converters[thread].get() : nullptr;
    Buffer scratch;  // this thread's BGRA frame, when converting
    const bool spare = thread == spare_thread;
    std::unique_lock lock(mutex);
    for (;;) {
      cv.wait(lock, [&] {
        const bool needed = !spare || encoder_idle > kSpareBelowIdle;
        return stop || (!jobs.empty() && buffers < max_buffers && needed) ||
               (closing && jobs.empty());
      });
      if (stop || jobs.empty()) return;  // stopped, or closing with nothing left to draw
      auto [seq, job] = std::move(jobs.front());
      jobs.pop_front();
      queued_bytes -= job.bytes;
      cv.notify_all();
      if (job.end_segment) {  // nothing to draw: straight to the encoder, in its turn
        ready.emplace(seq, Ready{Buffer{}, std::move(job)});
        continue;
      }
      if (converter) {
        std::unique_ptr<detail::ConvertedFrame> out;
        try {
          out = take_converted(thread);
          lock.unlock();
          if (scratch.empty())
            scratch.resize(static_cast<std::size_t>(spec.width) * spec.height * 4);
          detail::rasterize(*job.frame, target, scratch.data());
          job.frame.reset();
          converter->convert(scratch.data(), *out);
        } catch (...) {
          if (!lock.owns_lock()) lock.lock();
          fail(std::current_exception());
          return;
        }
        lock.lock();
        ready.emplace(seq, Ready{Buffer{}, std::move(job), std::move(out)});
        cv.notify_all();
        continue;
      }
      Buffer buf = take_buffer();
      lock.unlock();
      try {
        detail::rasterize(*job.frame, target, buf.data());
        job.frame.reset();
        if (any_order)  // PNG files: compress here, in parallel, no ordering needed
          for (std::size_t c = 0; c < job.copies; ++c)
            writer->write(job.first_index + c, buf.data());
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
        return;
      }
      lock.lock();
      if (any_order) {
        done_with(std::move(buf), job.copies);
      } else {
        ready.emplace(seq, Ready{std::move(buf), std::move(job)});
        cv.notify_all();
      }
    }
  }

  void encoder_loop() {
    using Clock = std::chrono::steady_clock;
    std::unique_lock lock(mutex);
    Clock::time_point busy_since = Clock::now();
    for (;;) {
      const Clock::time_point waiting_since = Clock::now();
      cv.wait(lock,
              [&] { return stop || ready.count(next_to_write) || (closing && in_flight == 0); });
      if (stop || !ready.count(next_to_write)) return;
      {  // this frame's share of waiting, into the moving average the spare thread reads
        const Clock::time_point now = Clock::now();
        const double waited = std::chrono::duration<double>(now - waiting_since).count();
        const double busy = std::chrono::duration<double>(waiting_since - busy_since).count();
        busy_since = now;
        if (waited + busy > 0) {
          const bool was_needed = encoder_idle > kSpareBelowIdle;
          encoder_idle += (waited / (waited + busy) - encoder_idle) / 16;
          if (was_needed != (encoder_idle > kSpareBelowIdle)) cv.notify_all();
        }
      }
      Ready r = std::move(ready.at(next_to_write));
      ready.erase(next_to_write);
      lock.unlock();
      if (r.job.end_segment) {
        try {
          if (writer) writer->finish();
          writer.reset();
        } catch (...) {
          lock.lock();
          fail(std::current_exception());
          return;
        }
        lock.lock();
        ++next_to_write;
        --in_flight;
        cv.notify_all();
        continue;
      }
      try {
        if (r.job.segment) {
          if (writer) writer->finish();
          writer.reset();
          OutputSpec s = spec;
          s.path = *r.job.segment;
          writer = detail::open_video_writer(s);
          segment_base = r.job.first_index;
        }
        if (!writer) throw std::logic_error("RenderPipeline: a frame arrived before a segment");
        for (std::size_t c = 0; c < r.job.copies; ++c) {
          if (r.converted)
            writer->write_converted(r.job.first_index + c - segment_base, *r.converted);
          else
            writer->write(r.job.first_index + c - segment_base, r.buf.data());
        }
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
        return;
      }
      lock.lock();
      ++next_to_write;
      done_with(std::move(r));
    }
  }

  void join() {
    for (auto& t : raster_threads)
      if (t.joinable()) t.join();
    raster_threads.clear();
    if (encoder_thread.joinable()) encoder_thread.join();
  }
};

RenderPipeline::RenderPipeline(const OutputSpec& spec) : impl_(std::make_unique<Impl>()) {
  Impl& im = *impl_;
  im.spec = spec;
  if (spec.width <= 0 || spec.height <= 0)
    throw std::invalid_argument("RenderPipeline: width and height must be > 0, got " +
                                std::to_string(spec.width) + "x" + std::to_string(spec.height));
  im.target.width = spec.width;
  im.target.height = spec.height;
  im.target.transparent = spec.transparent;
  // Opens the output now: a bad path fails before any frame is drawn. A segmented movie
  // (empty path) opens each segment when its first frame is written.
  const bool png = spec.format == OutputFormat::Png;
  if (png || !spec.path.empty())
    im.writer = png ? detail::open_png_sequence(spec) : detail::open_video_writer(spec);

  // By default one raster thread per core; for a movie the last one is the spare (above): with
  // x264 the bottleneck, a raster thread working beside its slices only competes with them
  // (the Transformer at -qh: 56 s with one raster thread, ~58.6 with two, 60 before).
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  int threads = spec.threads > 0 ? spec.threads : cores;
  threads = std::clamp(threads, 1, 64);
  if (!png && spec.threads <= 0 && threads > 1)
    im.spare_thread = static_cast<std::size_t>(threads - 1);
  // Enough buffers to keep every raster thread and the encoder busy (2 x threads + 1), few
  // enough that memory stays flat however long the scene is: at most kMaxBufferBytes of them
  // while that leaves one per raster thread and one for the encoder (1080p, 2 threads: 3 of
  // 8.3 MB instead of 5).
  const std::size_t n = static_cast<std::size_t>(threads);
  const std::size_t frame = static_cast<std::size_t>(spec.width) * spec.height * 4;
  if (!png)  // null for outputs whose writer converts on the encoder thread
    for (std::size_t i = 0; i < n; ++i) {
      auto c = detail::open_frame_converter(spec);
      if (!c) break;
      im.converters.push_back(std::move(c));
    }
  if (!im.converters.empty()) {
    // The raster threads' own BGRA frames come out of the same budget as the converted ones.
    const std::size_t own = n * frame, each = im.converters[0]->frame_bytes();
    const std::size_t left = kMaxBufferBytes > own ? kMaxBufferBytes - own : 0;
    im.max_buffers = std::clamp(left / std::max<std::size_t>(each, 1), n + 1, 2 * n + 1);
  } else {
    im.max_buffers =
        std::clamp(kMaxBufferBytes / std::max<std::size_t>(frame, 1), n + 1, 2 * n + 1);
  }
  for (std::size_t i = 0; i < n; ++i)
    im.raster_threads.emplace_back([&im, i] { im.raster_loop(i); });
  if (!png) im.encoder_thread = std::thread([&im] { im.encoder_loop(); });
}

RenderPipeline::~RenderPipeline() {
  if (!impl_->finished) abort();
}

void RenderPipeline::submit(FramePtr frame) { submit_copies(frame, 1); }

void RenderPipeline::submit_copies(const FramePtr& frame, std::size_t count) {
  if (!frame) throw std::invalid_argument("RenderPipeline::submit: frame is null");
  if (count == 0) return;
  Impl& im = *impl_;
  const std::size_t bytes = frame_bytes(*frame);
  std::unique_lock lock(im.mutex);
  if (im.closing || im.aborted)
    throw std::logic_error("RenderPipeline::submit: called after finish() or abort()");
  // One display list may always be queued, however large.
  im.cv.wait(lock, [&] {
    return im.stop || im.jobs.empty() ||
           (im.queued_bytes + bytes <= kMaxQueuedBytes && im.in_flight < kMaxQueuedJobs);
  });
  if (im.error) std::rethrow_exception(im.error);
  if (im.stop) throw std::logic_error("RenderPipeline::submit: the pipeline was stopped");
  Impl::Job job;
  job.frame = frame;
  job.copies = count;
  job.first_index = im.next_index;
  job.bytes = bytes;
  job.segment = std::move(im.pending_segment);
  im.pending_segment.reset();
  im.next_index += count;
  im.queued_bytes += bytes;
  im.jobs.emplace_back(im.submitted++, std::move(job));
  ++im.in_flight;
  im.cv.notify_all();
}

void RenderPipeline::begin_segment(const std::string& path) {
  Impl& im = *impl_;
  if (im.spec.format == OutputFormat::Png)
    throw std::logic_error("RenderPipeline::begin_segment: a PNG sequence has no segments");
  std::lock_guard lock(im.mutex);
  im.pending_segment = std::make_shared<const std::string>(path);
}

void RenderPipeline::finish() {
  Impl& im = *impl_;
  if (im.finished) return;
  if (im.aborted) throw std::logic_error("RenderPipeline::finish: called after abort()");
  {
    std::unique_lock lock(im.mutex);
    im.closing = true;
    im.cv.notify_all();
    im.cv.wait(lock, [&] { return im.stop || im.in_flight == 0; });
  }
  im.join();
  if (im.error) {
    std::exception_ptr e = im.error;
    abort();
    std::rethrow_exception(e);
  }
  try {
    if (im.writer) im.writer->finish();
  } catch (...) {
    abort();
    throw;
  }
  im.finished = true;
}

void RenderPipeline::abort() {
  Impl& im = *impl_;
  if (im.aborted || im.finished) return;
  {
    std::lock_guard lock(im.mutex);
    im.stop = true;
    im.cv.notify_all();
  }
  im.join();
  if (im.writer) im.writer->abort();
  im.aborted = true;
}

void RenderPipeline::end_segment() {
  Impl& im = *impl_;
  if (im.spec.format == OutputFormat::Png)
    throw std::logic_error("RenderPipeline::end_segment: a PNG sequence has no segments");
  std::lock_guard lock(im.mutex);
  if (im.closing || im.aborted)
    throw std::logic_error("RenderPipeline::end_segment: called after finish() or abort()");
  if (im.error) std::rethrow_exception(im.error);
  if (im.pending_segment) {  // a segment begun without frames: nothing to open or close
    im.pending_segment.reset();
    return;
  }
  Impl::Job job;
  job.end_segment = true;
  job.first_index = im.next_index;
  im.jobs.emplace_back(im.submitted++, std::move(job));
  ++im.in_flight;
  im.cv.notify_all();
}

void RenderPipeline::wait_idle() {
  Impl& im = *impl_;
  std::unique_lock lock(im.mutex);
  im.cv.wait(lock, [&] { return im.stop || im.in_flight == 0; });
}

std::size_t RenderPipeline::frames_written() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->written;
}

}  // namespace manim
