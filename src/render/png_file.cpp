#include "render/png_file.hpp"

#include <cairo.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>
#include <string>

#include "core/safe_files.hpp"

namespace manim::detail {

namespace fs = std::filesystem;

namespace {

struct Sink {
  int fd = -1;
  int err = 0;  // errno of the first failed write
};

extern "C" cairo_status_t write_to_fd(void* closure, const unsigned char* data,
                                      unsigned int length) {
  auto* sink = static_cast<Sink*>(closure);
  while (length > 0) {
    const ssize_t n = ::write(sink->fd, data, length);
    if (n < 0) {
      if (errno == EINTR) continue;
      sink->err = errno;
      return CAIRO_STATUS_WRITE_ERROR;
    }
    if (n == 0) {
      sink->err = ENOSPC;
      return CAIRO_STATUS_WRITE_ERROR;
    }
    data += n;
    length -= static_cast<unsigned int>(n);
  }
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

void write_png_atomic(const fs::path& path, const std::uint8_t* bgra, int width, int height) {
  fs::path tmp;
  Sink sink;
  sink.fd = create_temporary(path, ".png", tmp);
  auto fail = [&](const std::string& why) {
    if (sink.fd >= 0) ::close(sink.fd);
    ::unlink(tmp.c_str());
    unregister_temporary(tmp);
    throw std::runtime_error("cannot write PNG '" + path.string() + "': " + why);
  };
  // Cairo reads the buffer only; it un-premultiplies while writing.
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      const_cast<std::uint8_t*>(bgra), CAIRO_FORMAT_ARGB32, width, height, width * 4);
  cairo_status_t status = cairo_surface_status(surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream(surface, write_to_fd, &sink);
  cairo_surface_destroy(surface);
  if (sink.err != 0) fail(errno_text(sink.err));
  if (status != CAIRO_STATUS_SUCCESS) fail(cairo_status_to_string(status));
  const int fd = sink.fd;
  sink.fd = -1;
  if (::close(fd) != 0) fail(errno_text(errno));
  if (::rename(tmp.c_str(), path.c_str()) != 0) fail("rename: " + errno_text(errno));
  unregister_temporary(tmp);
}

}  // namespace manim::detail
