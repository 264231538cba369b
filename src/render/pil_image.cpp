// Pillow's resize, rotate and alpha_composite as Manim's camera uses them on an ImageMobject.
// Written from Pillow's documented behaviour (separable convolution with fixed-point weights,
// premultiplied RGBA while filtering, nearest neighbour at pixel centres) so frames match.
#include "render/pil_image.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace manim::detail {
namespace {

constexpr int kPrecisionBits = 32 - 8 - 2;

struct Filter {
  double (*f)(double);
  double support;
};

double box_f(double x) { return (x > -0.5 && x <= 0.5) ? 1.0 : 0.0; }
double bilinear_f(double x) {
  x = std::fabs(x);
  return x < 1.0 ? 1.0 - x : 0.0;
}
double hamming_f(double x) {
  x = std::fabs(x);
  if (x == 0.0) return 1.0;
  if (x >= 1.0) return 0.0;
  x *= M_PI;
  return std::sin(x) / x * (0.54 + 0.46 * std::cos(x));
}
double bicubic_f(double x) {
  const double a = -0.5;
  x = std::fabs(x);
  if (x < 1.0) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
  if (x < 2.0) return (((x - 5) * x + 8) * x - 4) * a;
  return 0.0;
}
double sinc_f(double x) {
  if (x == 0.0) return 1.0;
  x *= M_PI;
  return std::sin(x) / x;
}
double lanczos_f(double x) { return (-3.0 <= x && x < 3.0) ? sinc_f(x) * sinc_f(x / 3) : 0.0; }

Filter filter_for(int code) {
  switch (code) {
    case kPilBox:
      return {box_f, 0.5};
    case kPilBilinear:
      return {bilinear_f, 1.0};
    case kPilHamming:
      return {hamming_f, 1.0};
    case kPilBicubic:
      return {bicubic_f, 2.0};
    case kPilLanczos:
      return {lanczos_f, 3.0};
    default:
      throw std::invalid_argument("ImageMobject: unknown resampling algorithm " +
                                  std::to_string(code) + "; use 0-5 (RESAMPLING_ALGORITHMS)");
  }
}

// Per output pixel: the first input index, the number of inputs and their fixed-point weights.
struct Coeffs {
  int ksize = 0;
  std::vector<int> bounds;  // xmin, count per output pixel
  std::vector<int> k;       // ksize weights per output pixel
};

Coeffs precompute(int in_size, int out_size, const Filter& flt) {
  const double scale = static_cast<double>(in_size) / out_size;
  const double filterscale = std::max(scale, 1.0);
  const double support = flt.support * filterscale;
  Coeffs c;
  c.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
  c.bounds.resize(2 * static_cast<std::size_t>(out_size));
  c.k.assign(static_cast<std::size_t>(out_size) * c.ksize, 0);
  std::vector<double> w(c.ksize);
  for (int xx = 0; xx < out_size; ++xx) {
    const double center = (xx + 0.5) * scale;
    const double ss = 1.0 / filterscale;
    int xmin = static_cast<int>(center - support + 0.5);
    if (xmin < 0) xmin = 0;
    int xmax = static_cast<int>(center + support + 0.5);
    if (xmax > in_size) xmax = in_size;
    xmax -= xmin;
    double ww = 0;
    for (int x = 0; x < xmax; ++x) {
      w[x] = flt.f((x + xmin - center + 0.5) * ss);
      ww += w[x];
    }
    int* k = &c.k[static_cast<std::size_t>(xx) * c.ksize];
    for (int x = 0; x < xmax; ++x) {
      const double v = ww != 0.0 ? w[x] / ww : w[x];
      k[x] = v < 0 ? static_cast<int>(-0.5 + v * (1 << kPrecisionBits))
                   : static_cast<int>(0.5 + v * (1 << kPrecisionBits));
    }
    c.bounds[2 * xx] = xmin;
    c.bounds[2 * xx + 1] = xmax;
  }
  return c;
}

std::uint8_t clip8(long long v) {
  if (v >= (1LL << kPrecisionBits << 8)) return 255;
  if (v <= 0) return 0;
  return static_cast<std::uint8_t>(v >> kPrecisionBits);
}

// Pillow's RGBA -> RGBa (premultiply, rounded /255) and back (integer division).
void premultiply(std::vector<std::uint8_t>& px) {
  for (std::size_t i = 0; i + 3 < px.size(); i += 4) {
    const unsigned a = px[i + 3];
    for (int c = 0; c < 3; ++c) {
      const unsigned t = px[i + c] * a + 128;
      px[i + c] = static_cast<std::uint8_t>(((t >> 8) + t) >> 8);
    }
  }
}
void unpremultiply(std::vector<std::uint8_t>& px) {
  for (std::size_t i = 0; i + 3 < px.size(); i += 4) {
    const unsigned a = px[i + 3];
    if (a == 0 || a == 255) continue;
    for (int c = 0; c < 3; ++c)
      px[i + c] = static_cast<std::uint8_t>(std::min(255u, (255u * px[i + c]) / a));
  }
}

RgbaImage resample_horizontal(const RgbaImage& in, int out_w, int row0, int rows, const Coeffs& c) {
  RgbaImage out{out_w, rows, std::vector<std::uint8_t>(static_cast<std::size_t>(out_w) * rows * 4)};
  for (int y = 0; y < rows; ++y) {
    const std::uint8_t* src = &in.px[static_cast<std::size_t>(y + row0) * in.width * 4];
    std::uint8_t* dst = &out.px[static_cast<std::size_t>(y) * out_w * 4];
    for (int xx = 0; xx < out_w; ++xx) {
      const int xmin = c.bounds[2 * xx], n = c.bounds[2 * xx + 1];
      const int* k = &c.k[static_cast<std::size_t>(xx) * c.ksize];
      for (int b = 0; b < 4; ++b) {
        long long ss = 1LL << (kPrecisionBits - 1);
        for (int x = 0; x < n; ++x) ss += static_cast<long long>(src[(x + xmin) * 4 + b]) * k[x];
        dst[xx * 4 + b] = clip8(ss);
      }
    }
  }
  return out;
}

RgbaImage resample_vertical(const RgbaImage& in, int out_h, const Coeffs& c, int shift) {
  RgbaImage out{in.width, out_h,
                std::vector<std::uint8_t>(static_cast<std::size_t>(in.width) * out_h * 4)};
  const std::size_t stride = static_cast<std::size_t>(in.width) * 4;
  for (int yy = 0; yy < out_h; ++yy) {
    const int ymin = c.bounds[2 * yy] - shift, n = c.bounds[2 * yy + 1];
    const int* k = &c.k[static_cast<std::size_t>(yy) * c.ksize];
    std::uint8_t* dst = &out.px[static_cast<std::size_t>(yy) * stride];
    for (std::size_t xb = 0; xb < stride; ++xb) {
      long long ss = 1LL << (kPrecisionBits - 1);
      for (int y = 0; y < n; ++y)
        ss +=
            static_cast<long long>(in.px[static_cast<std::size_t>(y + ymin) * stride + xb]) * k[y];
      dst[xb] = clip8(ss);
    }
  }
  return out;
}

// Pillow's nearest resize: an affine scale sampled at output pixel centres, accumulated in
// floating point as Pillow does.
RgbaImage nearest_resize(const RgbaImage& in, int w, int h) {
  RgbaImage out{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 4, 0)};
  const double ax = static_cast<double>(in.width) / w, ay = static_cast<double>(in.height) / h;
  std::vector<int> xin(w, -1);
  double xo = ax * 0.5;
  for (int x = 0; x < w; ++x, xo += ax) {
    const int xi = xo < 0 ? -1 : static_cast<int>(xo);
    if (xi >= 0 && xi < in.width) xin[x] = xi;
  }
  double yo = ay * 0.5;
  for (int y = 0; y < h; ++y, yo += ay) {
    const int yi = yo < 0 ? -1 : static_cast<int>(yo);
    if (yi < 0 || yi >= in.height) continue;
    for (int x = 0; x < w; ++x) {
      if (xin[x] < 0) continue;
      std::copy_n(&in.px[(static_cast<std::size_t>(yi) * in.width + xin[x]) * 4], 4,
                  &out.px[(static_cast<std::size_t>(y) * w + x) * 4]);
    }
  }
  return out;
}

}  // namespace

RgbaImage pil_resize(const RgbaImage& in, int width, int height, int filter) {
  if (width <= 0 || height <= 0 || in.width <= 0 || in.height <= 0)
    throw std::invalid_argument("ImageMobject: cannot resize a " + std::to_string(in.width) + "x" +
                                std::to_string(in.height) + " image to " + std::to_string(width) +
                                "x" + std::to_string(height));
  if (width == in.width && height == in.height) return in;
  if (filter == kPilNearest) return nearest_resize(in, width, height);
  const Filter flt = filter_for(filter);
  RgbaImage src = in;
  premultiply(src.px);
  const bool need_h = width != in.width, need_v = height != in.height;
  const Coeffs ch = precompute(in.width, width, flt);
  const Coeffs cv = precompute(in.height, height, flt);
  // Rows the vertical pass reads: the horizontal pass filters only those.
  const int first = cv.bounds[0];
  const int last = cv.bounds[2 * height - 2] + cv.bounds[2 * height - 1];
  RgbaImage cur = std::move(src);
  int shift = 0;
  if (need_h) {
    cur = resample_horizontal(cur, width, first, last - first, ch);
    shift = first;
  }
  if (need_v) cur = resample_vertical(cur, height, cv, shift);
  unpremultiply(cur.px);
  return cur;
}

RgbaImage pil_rotate_expand(const RgbaImage& in, int degrees, int filter) {
  int d = ((degrees % 360) + 360) % 360;
  const int w = in.width, h = in.height;
  auto at = [&](int x, int y) { return &in.px[(static_cast<std::size_t>(y) * w + x) * 4]; };
  if (d == 0) return in;
  if (d == 90 || d == 180 || d == 270) {  // Pillow transposes these exactly
    RgbaImage out;
    out.width = d == 180 ? w : h;
    out.height = d == 180 ? h : w;
    out.px.resize(in.px.size());
    for (int y = 0; y < out.height; ++y)
      for (int x = 0; x < out.width; ++x) {
        int sx, sy;
        if (d == 90)
          sx = w - 1 - y, sy = x;  // counter-clockwise
        else if (d == 180)
          sx = w - 1 - x, sy = h - 1 - y;
        else
          sx = y, sy = h - 1 - x;
        std::copy_n(at(sx, sy), 4, &out.px[(static_cast<std::size_t>(y) * out.width + x) * 4]);
      }
    return out;
  }
  // The inverse map output -> input, as Pillow's rotate builds it (cos/sin rounded to 15 places).
  const double ang = -d * M_PI / 180.0;
  auto r15 = [](double v) { return std::round(v * 1e15) / 1e15; };
  double m[6] = {r15(std::cos(ang)),  r15(std::sin(ang)), 0,
                 r15(-std::sin(ang)), r15(std::cos(ang)), 0};
  auto apply = [&](double x, double y, double& ox, double& oy) {
    ox = m[0] * x + m[1] * y + m[2];
    oy = m[3] * x + m[4] * y + m[5];
  };
  const double cx = w / 2.0, cy = h / 2.0;
  apply(-cx, -cy, m[2], m[5]);
  m[2] += cx;
  m[5] += cy;
  double xs[4], ys[4];
  const double corners[4][2] = {{0, 0}, {double(w), 0}, {double(w), double(h)}, {0, double(h)}};
  for (int i = 0; i < 4; ++i) apply(corners[i][0], corners[i][1], xs[i], ys[i]);
  const int nw = static_cast<int>(std::ceil(*std::max_element(xs, xs + 4)) -
                                  std::floor(*std::min_element(xs, xs + 4)));
  const int nh = static_cast<int>(std::ceil(*std::max_element(ys, ys + 4)) -
                                  std::floor(*std::min_element(ys, ys + 4)));
  apply(-(nw - w) / 2.0, -(nh - h) / 2.0, m[2], m[5]);
  RgbaImage src = in;
  const bool smooth = filter != kPilNearest;
  if (smooth) premultiply(src.px);
  RgbaImage out{nw, nh, std::vector<std::uint8_t>(static_cast<std::size_t>(nw) * nh * 4, 0)};
  auto px = [&](int x, int y) { return &src.px[(static_cast<std::size_t>(y) * w + x) * 4]; };
  for (int y = 0; y < nh; ++y)
    for (int x = 0; x < nw; ++x) {
      double xi, yi;
      apply(x + 0.5, y + 0.5, xi, yi);
      std::uint8_t* o = &out.px[(static_cast<std::size_t>(y) * nw + x) * 4];
      if (xi < 0 || yi < 0 || xi >= w || yi >= h) continue;
      if (!smooth) {
        std::copy_n(px(static_cast<int>(xi), static_cast<int>(yi)), 4, o);
        continue;
      }
      // Bilinear between the four nearest pixel centres, clamped at the border.
      const double fx = xi - 0.5, fy = yi - 0.5;
      const int x0 = static_cast<int>(std::floor(fx)), y0 = static_cast<int>(std::floor(fy));
      const double dx = fx - x0, dy = fy - y0;
      auto cl = [](int v, int n) { return std::clamp(v, 0, n - 1); };
      for (int b = 0; b < 4; ++b) {
        const double a0 = px(cl(x0, w), cl(y0, h))[b], a1 = px(cl(x0 + 1, w), cl(y0, h))[b];
        const double b0 = px(cl(x0, w), cl(y0 + 1, h))[b], b1 = px(cl(x0 + 1, w), cl(y0 + 1, h))[b];
        const double top = a0 + (a1 - a0) * dx, bot = b0 + (b1 - b0) * dx;
        o[b] = static_cast<std::uint8_t>(std::clamp(top + (bot - top) * dy + 0.5, 0.0, 255.0));
      }
    }
  if (smooth) unpremultiply(out.px);
  return out;
}

void pil_alpha_composite(std::uint8_t dst[4], const std::uint8_t src[4]) {
  if (src[3] == 0) return;
  constexpr int kBits = 7;
  auto shift_div255 = [](std::uint32_t a) { return ((a >> 8) + a) >> 8; };
  const std::uint32_t blend = dst[3] * (255u - src[3]);
  const std::uint32_t outa255 = src[3] * 255u + blend;
  const std::uint32_t coef1 = src[3] * 255u * 255u * (1u << kBits) / outa255;
  const std::uint32_t coef2 = 255u * (1u << kBits) - coef1;
  for (int c = 0; c < 3; ++c) {
    const std::uint32_t t = src[c] * coef1 + dst[c] * coef2;
    dst[c] = static_cast<std::uint8_t>(shift_div255(t + (0x80u << kBits)) >> kBits);
  }
  dst[3] = static_cast<std::uint8_t>(shift_div255(outa255 + 0x80));
}

}  // namespace manim::detail
