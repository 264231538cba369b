// The frame pipeline: submit() queues display lists, raster threads (each with its own cairo
// surface) draw them concurrently, and one encoder thread writes them strictly in order.
#include "render/pipeline.hpp"

#include <algorithm>
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

struct RenderPipeline::Impl {
  OutputSpec spec;
  detail::RasterTarget target;
  std::unique_ptr<detail::FrameWriter> writer;
  std::size_t max_in_flight = 0;

  std::mutex mutex;
  std::condition_variable cv;  // one for every state change; waits are short and few
  std::deque<std::pair<std::size_t, FramePtr>> jobs;  // submitted, not yet rasterised
  std::map<std::size_t, Buffer> ready;  // rasterised, waiting for their turn (reorder buffer)
  std::vector<Buffer> pool;             // spare frame buffers (at most max_in_flight exist)
  std::size_t submitted = 0, next_to_write = 0, in_flight = 0, written = 0;
  bool closing = false, stop = false, finished = false, aborted = false;
  std::exception_ptr error;

  std::vector<std::thread> raster_threads;
  std::thread encoder_thread;

  Buffer take_buffer() {  // called with the mutex held
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

  void done_with(Buffer&& b) {  // called with the mutex held
    pool.push_back(std::move(b));
    --in_flight;
    ++written;
    cv.notify_all();
  }

  void raster_loop() {
    const bool any_order = writer->any_order();
    std::unique_lock lock(mutex);
    for (;;) {
      cv.wait(lock, [&] { return stop || !jobs.empty() || closing; });
      if (stop || jobs.empty()) return;  // stopped, or closing with nothing left to draw
      auto [seq, frame] = std::move(jobs.front());
      jobs.pop_front();
      Buffer buf = take_buffer();
      lock.unlock();
      try {
        detail::rasterize(*frame, target, buf.data());
        frame.reset();
        if (any_order)  // PNG files: compress here, in parallel, no ordering needed
          writer->write(seq, buf.data());
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
        return;
      }
      lock.lock();
      if (any_order) {
        done_with(std::move(buf));
      } else {
        ready.emplace(seq, std::move(buf));
        cv.notify_all();
      }
    }
  }

  void encoder_loop() {
    std::unique_lock lock(mutex);
    for (;;) {
      cv.wait(lock,
              [&] { return stop || ready.count(next_to_write) || (closing && in_flight == 0); });
      if (stop || !ready.count(next_to_write)) return;
      Buffer buf = std::move(ready.at(next_to_write));
      ready.erase(next_to_write);
      const std::size_t seq = next_to_write;
      lock.unlock();
      try {
        writer->write(seq, buf.data());
      } catch (...) {
        lock.lock();
        fail(std::current_exception());
        return;
      }
      lock.lock();
      ++next_to_write;
      done_with(std::move(buf));
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
  // Opens the output now: a bad path fails before any frame is drawn.
  im.writer = spec.format == OutputFormat::Png ? detail::open_png_sequence(spec)
                                               : detail::open_video_writer(spec);

  int threads =
      spec.threads > 0 ? spec.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, 64);
  // Enough frames in flight to keep every raster thread and the encoder busy, few enough that
  // memory stays flat however long the scene is.
  im.max_in_flight = 2 * static_cast<std::size_t>(threads) + 1;
  for (int i = 0; i < threads; ++i) im.raster_threads.emplace_back([&im] { im.raster_loop(); });
  if (!im.writer->any_order()) im.encoder_thread = std::thread([&im] { im.encoder_loop(); });
}

RenderPipeline::~RenderPipeline() {
  if (!impl_->finished) abort();
}

void RenderPipeline::submit(FramePtr frame) {
  if (!frame) throw std::invalid_argument("RenderPipeline::submit: frame is null");
  Impl& im = *impl_;
  std::unique_lock lock(im.mutex);
  if (im.closing || im.aborted)
    throw std::logic_error("RenderPipeline::submit: called after finish() or abort()");
  im.cv.wait(lock, [&] { return im.stop || im.in_flight < im.max_in_flight; });
  if (im.error) std::rethrow_exception(im.error);
  if (im.stop) throw std::logic_error("RenderPipeline::submit: the pipeline was stopped");
  im.jobs.emplace_back(im.submitted++, std::move(frame));
  ++im.in_flight;
  im.cv.notify_all();
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
    im.writer->finish();
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

std::size_t RenderPipeline::frames_written() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->written;
}

}  // namespace manim
