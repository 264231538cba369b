// Manim's ImageMobject (mobject/types/image_mobject.py): a raster picture from a PNG/JPEG file or
// an array of pixels, held as four corner points (UL, UR, DL, DR) and drawn by the camera the way
// Manim's Cairo camera does (Pillow resize to the integer pixel box, alpha composite).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "manim/mobject/mobject.hpp"

namespace manim {

// Manim's RESAMPLING_ALGORITHMS: Pillow's filter codes by name.
enum class Resampling : int {
  NEAREST = 0,
  LANCZOS = 1,
  BILINEAR = 2,
  BICUBIC = 3,
  BOX = 4,
  HAMMING = 5
};
const std::map<std::string, Resampling>& resampling_algorithms();
// The code for a name of RESAMPLING_ALGORITHMS ("nearest", "none", "lanczos", "antialias",
// "bilinear", "linear", "bicubic", "cubic", "box", "hamming"); unknown: invalid_argument.
Resampling resampling_algorithm_from_name(const std::string& name);

struct ImageMobjectArgs {
  // Pixel rows that span the whole frame height (Manim: QUALITIES[DEFAULT_QUALITY], 1080).
  double scale_to_resolution = 1080;
  bool invert = false;
  // Pillow mode the file is converted to before becoming RGBA: "RGBA", "RGB" or "L".
  std::string image_mode = "RGBA";
  Resampling resampling_algorithm = Resampling::BICUBIC;
};

namespace detail {
struct ImageNode : MobjectNode {
  int pixel_width = 0, pixel_height = 0;
  // Straight RGBA rows (Manim's pixel_array); replaced, never changed in place, so copies may
  // share it.
  std::shared_ptr<const std::vector<std::uint8_t>> rgba;
  int resampling_algorithm = 3;
  double scale_to_resolution = 1080;
  bool invert = false;
  std::string image_mode = "RGBA";
  std::string path;  // the resolved file; empty for an array
  double fill_opacity = 1, stroke_opacity = 1;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<ImageNode>(*this);
  }
};

// Manim's ImageMobject.set_opacity: every pixel's alpha becomes int(255 * alpha).
void image_set_opacity(ImageNode& n, double alpha);
// Manim's ImageMobject.set_color: every pixel's RGB becomes the colour (alpha kept).
void image_set_color(ImageNode& n, const Color& c);
// Manim's ImageMobject.interpolate_color: the pixel arrays (same shape) blended and truncated,
// the opacities blended. Throws naming both shapes when they differ.
void image_interpolate(ImageNode& out, const ImageNode& a, const ImageNode& b, double alpha);

// A decoded picture as straight RGBA: PNG or JPEG bytes (`what` names the file in errors).
struct DecodedImage {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
};
DecodedImage decode_image(const std::string& bytes, const std::string& what);
}  // namespace detail

class ImageMobject : public Mobject {
 public:
  // From a file: the name as given, else under config().assets_dir, each also with .jpg, .jpeg,
  // .png, .gif, .ico appended (Manim's get_full_raster_image_path). PNG and JPEG are read.
  explicit ImageMobject(const std::string& filename, const ImageMobjectArgs& args = {});
  // From pixels: `channels` 1 (grey), 3 (RGB) or 4 (RGBA) uint8 values per pixel, row by row.
  ImageMobject(int width, int height, int channels, const std::vector<std::uint8_t>& pixels,
               const ImageMobjectArgs& args = {});
  MANIM_HANDLE(ImageMobject, Mobject)

  int pixel_width() const;
  int pixel_height() const;
  // Manim's get_pixel_array: height x width x 4 straight RGBA values.
  const std::vector<std::uint8_t>& get_pixel_array() const;
  // Replaces the pixels (same rules as the constructor); the corners do not move.
  ImageMobject& set_pixel_array(int width, int height, int channels,
                                const std::vector<std::uint8_t>& pixels);
  ImageMobject& set_resampling_algorithm(Resampling r);
  ImageMobject& set_resampling_algorithm(int pillow_code);  // 0..5, else invalid_argument
  Resampling resampling_algorithm() const;
  double scale_to_resolution() const;
  bool invert() const;
  const std::string& image_mode() const;
  const std::string& path() const;
  double fill_opacity() const;
  double stroke_opacity() const;
  // Manim's get_style: {"fill_color": hex of the colour, "fill_opacity": ...}.
  std::map<std::string, std::string> get_style() const;
  // Manim's reset_points: the four corners of a centred box pixel_height / scale_to_resolution
  // * frame_height high with the picture's aspect.
  ImageMobject& reset_points();
};

}  // namespace manim
