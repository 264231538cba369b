// ImageMobject: pixels from a file or an array, four corner points sized by
// scale_to_resolution, and the pixel-level methods of Manim's image_mobject.py.
#include "manim/mobject/types/image_mobject.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <stdexcept>

#include "core/safe_files.hpp"
#include "manim/core/config.hpp"

namespace manim {
namespace {

namespace fs = std::filesystem;

// Image files larger than this are refused before reading (a bounded read).
constexpr std::size_t kMaxImageFileBytes = std::size_t{256} << 20;

detail::ImageNode& image_node(const Mobject& m) {
  return static_cast<detail::ImageNode&>(m.node());
}

// Manim's seek_full_path_from_defaults for raster images.
fs::path resolve_image_path(const std::string& name) {
  std::vector<fs::path> candidates{fs::path(name)};
  if (!name.empty() && name[0] == '~')
    if (const char* home = std::getenv("HOME")) candidates[0] = fs::path(home) / name.substr(2);
  const fs::path dir = config().assets_dir;
  for (const char* ext : {"", ".jpg", ".jpeg", ".png", ".gif", ".ico"})
    candidates.push_back(dir / (name + ext));
  std::error_code ec;
  for (const auto& c : candidates)
    if (fs::exists(c, ec)) return c;
  std::string list;
  for (const auto& c : candidates) list += (list.empty() ? "'" : ", '") + c.string() + "'";
  throw std::runtime_error(fmt::format(
      "ImageMobject: could not find '{}' at either of these locations: [{}]", name, list));
}

// Manim's change_to_rgba_array (grey repeated to RGB, opaque alpha added) after the Pillow
// mode conversion image_mode asks for.
std::vector<std::uint8_t> to_rgba(int w, int h, int channels, const std::vector<std::uint8_t>& in,
                                  const std::string& what) {
  if (w <= 0 || h <= 0)
    throw std::invalid_argument(
        fmt::format("{}: the pixel array is {}x{}; it needs at least one "
                    "pixel",
                    what, w, h));
  if (channels != 1 && channels != 3 && channels != 4)
    throw std::invalid_argument(fmt::format(
        "{}: pixels need 1 (grey), 3 (RGB) or 4 (RGBA) channels, got {}", what, channels));
  const std::size_t n = static_cast<std::size_t>(w) * h;
  if (in.size() != n * channels)
    throw std::invalid_argument(fmt::format("{}: {}x{}x{} pixels need {} values, got {}", what, w,
                                            h, channels, n * channels, in.size()));
  std::vector<std::uint8_t> out(n * 4);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t* s = &in[i * channels];
    std::uint8_t* d = &out[i * 4];
    if (channels == 1)
      d[0] = d[1] = d[2] = s[0], d[3] = 255;
    else
      d[0] = s[0], d[1] = s[1], d[2] = s[2], d[3] = channels == 4 ? s[3] : 255;
  }
  return out;
}

// Pillow's convert(image_mode) of an RGBA picture, back to RGBA as Manim's array is.
void apply_mode(std::vector<std::uint8_t>& px, const std::string& mode, const std::string& what) {
  if (mode == "RGBA") return;
  if (mode == "RGB") {
    for (std::size_t i = 3; i < px.size(); i += 4) px[i] = 255;
    return;
  }
  if (mode == "L") {  // ITU-R 601-2 luma in Pillow's 16-bit fixed point
    for (std::size_t i = 0; i + 3 < px.size(); i += 4) {
      const unsigned l = (px[i] * 19595u + px[i + 1] * 38470u + px[i + 2] * 7471u + 0x8000u) >> 16;
      px[i] = px[i + 1] = px[i + 2] = static_cast<std::uint8_t>(l);
      px[i + 3] = 255;
    }
    return;
  }
  throw std::invalid_argument(
      fmt::format("{}: image_mode '{}' is not supported; use 'RGBA', 'RGB' or 'L'", what, mode));
}

std::shared_ptr<detail::ImageNode> make_node(const ImageMobjectArgs& a) {
  if (!(a.scale_to_resolution > 0) || !std::isfinite(a.scale_to_resolution))
    throw std::invalid_argument(fmt::format(
        "ImageMobject: scale_to_resolution must be a positive number of pixel rows, got {}",
        a.scale_to_resolution));
  auto n = std::make_shared<detail::ImageNode>();
  detail::set_kind(*n, "AbstractImageMobject");
  detail::set_kind(*n, "ImageMobject");
  n->scale_to_resolution = a.scale_to_resolution;
  n->invert = a.invert;
  n->image_mode = a.image_mode;
  n->resampling_algorithm = static_cast<int>(a.resampling_algorithm);
  n->style.fill_color = WHITE;  // Mobject's colour (get_style reports it)
  n->style.stroke_color = WHITE;
  return n;
}

void finish_pixels(detail::ImageNode& n, int w, int h, std::vector<std::uint8_t> px) {
  if (n.invert)
    for (std::size_t i = 0; i + 3 < px.size(); i += 4)
      for (int c = 0; c < 3; ++c) px[i + c] = static_cast<std::uint8_t>(255 - px[i + c]);
  n.pixel_width = w;
  n.pixel_height = h;
  n.rgba = std::make_shared<const std::vector<std::uint8_t>>(std::move(px));
}

}  // namespace

const std::map<std::string, Resampling>& resampling_algorithms() {
  static const std::map<std::string, Resampling> names{
      {"nearest", Resampling::NEAREST},   {"none", Resampling::NEAREST},
      {"lanczos", Resampling::LANCZOS},   {"antialias", Resampling::LANCZOS},
      {"bilinear", Resampling::BILINEAR}, {"linear", Resampling::BILINEAR},
      {"bicubic", Resampling::BICUBIC},   {"cubic", Resampling::BICUBIC},
      {"box", Resampling::BOX},           {"hamming", Resampling::HAMMING}};
  return names;
}

Resampling resampling_algorithm_from_name(const std::string& name) {
  const auto& m = resampling_algorithms();
  auto it = m.find(name);
  if (it == m.end())
    throw std::invalid_argument(
        fmt::format("ImageMobject: unknown resampling algorithm '{}'; available: 'bicubic', "
                    "'nearest', 'box', 'bilinear', 'hamming', 'lanczos'",
                    name));
  return it->second;
}

namespace detail {

void image_set_opacity(ImageNode& n, double alpha) {
  if (n.rgba) {
    auto px = *n.rgba;
    const auto a = static_cast<std::uint8_t>(static_cast<int>(255 * std::clamp(alpha, 0.0, 1.0)));
    for (std::size_t i = 3; i < px.size(); i += 4) px[i] = a;
    n.rgba = std::make_shared<const std::vector<std::uint8_t>>(std::move(px));
  }
  n.fill_opacity = n.stroke_opacity = alpha;
}

void image_set_color(ImageNode& n, const Color& c) {
  if (!n.rgba) return;
  auto px = *n.rgba;
  // Manim's color_to_int_rgb: (255 * rgb).astype(int), truncated.
  const std::uint8_t rgb[3] = {static_cast<std::uint8_t>(255 * std::clamp(c.r, 0.0, 1.0)),
                               static_cast<std::uint8_t>(255 * std::clamp(c.g, 0.0, 1.0)),
                               static_cast<std::uint8_t>(255 * std::clamp(c.b, 0.0, 1.0))};
  for (std::size_t i = 0; i + 3 < px.size(); i += 4) std::copy_n(rgb, 3, &px[i]);
  n.rgba = std::make_shared<const std::vector<std::uint8_t>>(std::move(px));
}

void image_interpolate(ImageNode& out, const ImageNode& a, const ImageNode& b, double alpha) {
  if (a.pixel_width != b.pixel_width || a.pixel_height != b.pixel_height || !a.rgba || !b.rgba)
    throw std::invalid_argument(fmt::format(
        "ImageMobject: pixel array shapes incompatible for interpolation: ({}, {}, 4) and "
        "({}, {}, 4)",
        a.pixel_height, a.pixel_width, b.pixel_height, b.pixel_width));
  out.fill_opacity = a.fill_opacity + (b.fill_opacity - a.fill_opacity) * alpha;
  out.stroke_opacity = a.stroke_opacity + (b.stroke_opacity - a.stroke_opacity) * alpha;
  std::vector<std::uint8_t> px(a.rgba->size());
  for (std::size_t i = 0; i < px.size(); ++i)  // numpy's interpolate, then astype(uint8)
    px[i] = static_cast<std::uint8_t>(
        static_cast<int>((1 - alpha) * (*a.rgba)[i] + alpha * (*b.rgba)[i]));
  out.pixel_width = a.pixel_width;
  out.pixel_height = a.pixel_height;
  out.rgba = std::make_shared<const std::vector<std::uint8_t>>(std::move(px));
}

}  // namespace detail

ImageMobject::ImageMobject(const std::string& filename, const ImageMobjectArgs& args)
    : Mobject(make_node(args)) {
  auto& n = image_node(*this);
  const fs::path path = resolve_image_path(filename);
  const std::string what = fmt::format("ImageMobject('{}')", path.string());
  const std::string bytes = detail::read_file_bounded(path, kMaxImageFileBytes, "ImageMobject");
  detail::DecodedImage img = detail::decode_image(bytes, what);
  apply_mode(img.rgba, args.image_mode, what);
  n.path = path.string();
  finish_pixels(n, img.width, img.height, std::move(img.rgba));
  reset_points();
}

ImageMobject::ImageMobject(int width, int height, int channels,
                           const std::vector<std::uint8_t>& pixels, const ImageMobjectArgs& args)
    : Mobject(make_node(args)) {
  auto& n = image_node(*this);
  finish_pixels(n, width, height, to_rgba(width, height, channels, pixels, "ImageMobject"));
  reset_points();
}

ImageMobject& ImageMobject::reset_points() {
  auto& n = image_node(*this);
  n.points = {UP + LEFT, UP + RIGHT, DOWN + LEFT, DOWN + RIGHT};
  center();
  const double height = n.pixel_height / n.scale_to_resolution * config().frame_height;
  stretch_to_fit_height(height);
  stretch_to_fit_width(height * n.pixel_width / n.pixel_height);
  return *this;
}

int ImageMobject::pixel_width() const { return image_node(*this).pixel_width; }
int ImageMobject::pixel_height() const { return image_node(*this).pixel_height; }
const std::vector<std::uint8_t>& ImageMobject::get_pixel_array() const {
  return *image_node(*this).rgba;
}

ImageMobject& ImageMobject::set_pixel_array(int width, int height, int channels,
                                            const std::vector<std::uint8_t>& pixels) {
  auto& n = image_node(*this);
  n.pixel_width = width;
  n.pixel_height = height;
  n.rgba = std::make_shared<const std::vector<std::uint8_t>>(
      to_rgba(width, height, channels, pixels, "ImageMobject.set_pixel_array"));
  return *this;
}

ImageMobject& ImageMobject::set_resampling_algorithm(Resampling r) {
  image_node(*this).resampling_algorithm = static_cast<int>(r);
  return *this;
}

ImageMobject& ImageMobject::set_resampling_algorithm(int code) {
  if (code < 0 || code > 5)
    throw std::invalid_argument(fmt::format(
        "ImageMobject.set_resampling_algorithm: {} is not a Pillow resampling filter; use one "
        "of RESAMPLING_ALGORITHMS ('bicubic', 'nearest', 'box', 'bilinear', 'hamming', "
        "'lanczos') or 0-5",
        code));
  image_node(*this).resampling_algorithm = code;
  return *this;
}

Resampling ImageMobject::resampling_algorithm() const {
  return static_cast<Resampling>(image_node(*this).resampling_algorithm);
}
double ImageMobject::scale_to_resolution() const { return image_node(*this).scale_to_resolution; }
bool ImageMobject::invert() const { return image_node(*this).invert; }
const std::string& ImageMobject::image_mode() const { return image_node(*this).image_mode; }
const std::string& ImageMobject::path() const { return image_node(*this).path; }
double ImageMobject::fill_opacity() const { return image_node(*this).fill_opacity; }
double ImageMobject::stroke_opacity() const { return image_node(*this).stroke_opacity; }

std::map<std::string, std::string> ImageMobject::get_style() const {
  const auto& n = image_node(*this);
  return {{"fill_color", n.style.fill_color.to_hex()},
          {"fill_opacity", fmt::format("{}", n.fill_opacity)}};
}

}  // namespace manim
