// PNG and JPEG decoding for ImageMobject, to straight 8-bit RGBA as Pillow's
// Image.open(...).convert("RGBA") gives: palette and grey expanded, tRNS turned into alpha,
// 16-bit samples cut to their high byte, and no gamma or colour-profile correction (Pillow
// ignores gAMA/iCCP, so the stored values are the pixels).
// clang-format off
#include <csetjmp>
#include <cstddef>
#include <cstdio>  // jpeglib.h needs size_t and FILE declared first
#include <cstring>
#include <jpeglib.h>
#include <png.h>
// clang-format on
#include <stdexcept>
#include <string>

#include "manim/mobject/types/image_mobject.hpp"

namespace manim::detail {
namespace {

// Pillow's decompression-bomb limit (2 x MAX_IMAGE_PIXELS): larger pictures are refused.
constexpr double kMaxPixels = 2.0 * 89478485;

void check_size(double w, double h, const std::string& what) {
  if (w <= 0 || h <= 0 || w * h > kMaxPixels)
    throw std::runtime_error(what + ": the picture is " + std::to_string(static_cast<long>(w)) +
                             "x" + std::to_string(static_cast<long>(h)) + " pixels; at most " +
                             std::to_string(static_cast<long>(kMaxPixels)) + " pixels are read");
}

struct PngReader {
  const std::string* bytes;
  std::size_t pos = 8;
  std::string error;
};

DecodedImage decode_png(const std::string& bytes, const std::string& what) {
  PngReader rd{&bytes};
  png_structp png = png_create_read_struct(
      PNG_LIBPNG_VER_STRING, &rd,
      [](png_structp p, png_const_charp msg) {
        static_cast<PngReader*>(png_get_error_ptr(p))->error = msg;
        png_longjmp(p, 1);
      },
      [](png_structp, png_const_charp) {});
  if (!png) throw std::runtime_error(what + ": out of memory reading the PNG");
  png_infop info = png_create_info_struct(png);
  DecodedImage out;
  std::vector<png_bytep> rows;
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    throw std::runtime_error(what + ": not a readable PNG image (" + rd.error + ")");
  }
  png_set_read_fn(png, &rd, [](png_structp p, png_bytep data, png_size_t n) {
    auto* r = static_cast<PngReader*>(png_get_io_ptr(p));
    if (r->pos + n > r->bytes->size()) png_error(p, "the file is truncated");
    std::memcpy(data, r->bytes->data() + r->pos, n);
    r->pos += n;
  });
  png_set_sig_bytes(png, 8);
  png_set_user_limits(png, 1u << 20, 1u << 20);
  png_read_info(png, info);
  const png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
  check_size(w, h, what);
  const int color = png_get_color_type(png, info);
  png_set_strip_16(png);
  png_set_packing(png);
  if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(png);
  if (color == PNG_COLOR_TYPE_GRAY && png_get_bit_depth(png, info) < 8)
    png_set_expand_gray_1_2_4_to_8(png);
  if (png_get_valid(png, info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(png);
  if (color == PNG_COLOR_TYPE_GRAY || color == PNG_COLOR_TYPE_GRAY_ALPHA) png_set_gray_to_rgb(png);
  png_set_filler(png, 0xff, PNG_FILLER_AFTER);
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  if (png_get_rowbytes(png, info) != static_cast<std::size_t>(w) * 4)
    png_error(png, "unexpected row layout");
  out.width = static_cast<int>(w);
  out.height = static_cast<int>(h);
  out.rgba.resize(static_cast<std::size_t>(w) * h * 4);
  rows.resize(h);
  for (png_uint_32 y = 0; y < h; ++y) rows[y] = &out.rgba[static_cast<std::size_t>(y) * w * 4];
  png_read_image(png, rows.data());
  png_destroy_read_struct(&png, &info, nullptr);
  return out;
}

struct JpegError {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

DecodedImage decode_jpeg(const std::string& bytes, const std::string& what) {
  jpeg_decompress_struct cinfo;
  JpegError err;
  cinfo.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = [](j_common_ptr c) {
    auto* e = reinterpret_cast<JpegError*>(c->err);
    (*c->err->format_message)(c, e->message);
    std::longjmp(e->jump, 1);
  };
  err.mgr.output_message = [](j_common_ptr) {};
  DecodedImage out;
  std::vector<std::uint8_t> row;
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&cinfo);
    throw std::runtime_error(what + ": not a readable JPEG image (" + err.message + ")");
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()),
               static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&cinfo, TRUE);
  if (cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK) {
    jpeg_destroy_decompress(&cinfo);
    throw std::runtime_error(what + ": CMYK JPEG images are not supported; save it as RGB");
  }
  try {
    check_size(cinfo.image_width, cinfo.image_height, what);
  } catch (...) {
    jpeg_destroy_decompress(&cinfo);
    throw;
  }
  cinfo.out_color_space = JCS_RGB;
  jpeg_start_decompress(&cinfo);
  out.width = static_cast<int>(cinfo.output_width);
  out.height = static_cast<int>(cinfo.output_height);
  out.rgba.resize(static_cast<std::size_t>(out.width) * out.height * 4);
  row.resize(static_cast<std::size_t>(out.width) * 3);
  while (cinfo.output_scanline < cinfo.output_height) {
    const std::size_t y = cinfo.output_scanline;
    JSAMPROW r = row.data();
    jpeg_read_scanlines(&cinfo, &r, 1);
    std::uint8_t* d = &out.rgba[y * out.width * 4];
    for (int x = 0; x < out.width; ++x) {
      d[4 * x] = row[3 * x], d[4 * x + 1] = row[3 * x + 1], d[4 * x + 2] = row[3 * x + 2];
      d[4 * x + 3] = 255;
    }
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  return out;
}

}  // namespace

DecodedImage decode_image(const std::string& bytes, const std::string& what) {
  static const unsigned char kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  if (bytes.size() >= 8 && std::memcmp(bytes.data(), kPng, 8) == 0) return decode_png(bytes, what);
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xD8 && static_cast<unsigned char>(bytes[2]) == 0xFF)
    return decode_jpeg(bytes, what);
  throw std::runtime_error(what + ": not a PNG or JPEG image (unrecognised file signature)");
}

}  // namespace manim::detail
