// Frame hashes for the partial-movie cache.
#include "render/frame_hash.hpp"

#include <elf.h>
#include <link.h>

#include <bit>
#include <cstring>
#include <vector>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace manim::detail {

namespace {

constexpr std::uint64_t kM1 = 0x9e3779b97f4a7c15ull;

std::uint64_t fmix(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

// A field added to the display list must be added to hash_frame too, or the cache would serve
// a movie drawn without it: these sizes make that a compile error, not a stale video.
static_assert(sizeof(Color) == 4 * sizeof(double), "Color changed: update hash_frame");
static_assert(sizeof(SubpathSpan) == 12, "SubpathSpan changed: update hash_frame");
static_assert(sizeof(LinearGradient) == 4 * sizeof(double) + sizeof(std::vector<Color>),
              "LinearGradient changed: update hash_frame in src/render/frame_hash.cpp");
static_assert(sizeof(PathItem) == 2 * sizeof(std::vector<double>) + 3 * sizeof(Color) +
                                      2 * sizeof(double) + 3 * sizeof(LinearGradient) +
                                      2 * sizeof(int) /* line_join, line_cap */,
              "PathItem changed: update hash_path_item and same_path_item (frame_hash.cpp)");
static_assert(sizeof(ImageItem) == sizeof(std::size_t) + 6 * sizeof(double) +
                                       sizeof(std::shared_ptr<const Frame>) + 2 * sizeof(int) +
                                       sizeof(std::shared_ptr<const std::vector<std::uint8_t>>) +
                                       sizeof(int) + 4 /* padding */,
              "ImageItem changed: update hash_frame in src/render/frame_hash.cpp");
static_assert(sizeof(PointCloudItem) == 2 * sizeof(std::size_t) + sizeof(double) /* padded */ +
                                            sizeof(std::vector<double>) +
                                            sizeof(std::vector<std::uint8_t>),
              "PointCloudItem changed: update hash_frame in src/render/frame_hash.cpp");
static_assert(sizeof(Frame) == sizeof(std::size_t) + sizeof(Color) + 4 * sizeof(double) +
                                   sizeof(std::vector<PathItem>) + sizeof(std::vector<ImageItem>) +
                                   sizeof(std::vector<PointCloudItem>),
              "Frame changed: update hash_frame in src/render/frame_hash.cpp");

void add_color(Hasher128& h, const Color& c) {
  h.add_double(c.r);
  h.add_double(c.g);
  h.add_double(c.b);
  h.add_double(c.a);
}

}  // namespace

void Hasher128::add_bytes(const void* data, std::size_t n) {
  // XXH3 over the run (SIMD, ~10x word by word), then its digest as two words.
  const XXH128_hash_t d = XXH3_128bits(data, n);
  add_u64(n);
  add_u64(d.low64);
  add_u64(d.high64);
}

std::uint64_t Hasher128::lo() const { return fmix(a_ ^ fmix(b_ + count_)); }
std::uint64_t Hasher128::hi() const { return fmix(b_ ^ fmix(a_ + kM1 * count_)); }

std::string Hasher128::hex() const {
  static const char* digits = "0123456789abcdef";
  std::string s(32, '0');
  const std::uint64_t parts[2] = {hi(), lo()};
  for (int k = 0; k < 2; ++k)
    for (int i = 0; i < 16; ++i) s[k * 16 + i] = digits[(parts[k] >> (60 - 4 * i)) & 0xF];
  return s;
}

namespace {
// A number as hashed: -0 as 0 (they draw the same).
std::uint64_t number_word(double v) { return std::bit_cast<std::uint64_t>(v == 0 ? 0.0 : v); }

void add_color_words(std::vector<std::uint64_t>& w, const Color& c) {
  for (double v : {c.r, c.g, c.b, c.a}) w.push_back(number_word(v));
}

void add_gradient_words(std::vector<std::uint64_t>& w, const LinearGradient& g) {
  for (double v : {g.x0, g.y0, g.x1, g.y1}) w.push_back(number_word(v));
  w.push_back(g.stops.size());
  for (const Color& c : g.stops) add_color_words(w, c);
}
}  // namespace

ItemDigest path_item_digest(const PathItem& it) {
  // Every field but the points, as words, in one buffer per thread (no allocation per item).
  thread_local std::vector<std::uint64_t> w;
  w.clear();
  const XXH128_hash_t points = XXH3_128bits(it.xy.data(), it.xy.size() * sizeof(double));
  w.push_back(it.xy.size());
  w.push_back(points.low64);
  w.push_back(points.high64);
  w.push_back(it.subpaths.size());
  for (const SubpathSpan& s : it.subpaths)
    w.push_back((static_cast<std::uint64_t>(s.first_point) << 32) ^ s.num_curves ^
                (s.closed ? (1ull << 63) : 0));
  add_color_words(w, it.fill);
  add_color_words(w, it.stroke);
  w.push_back(number_word(it.stroke_width));
  add_color_words(w, it.background_stroke);
  w.push_back(number_word(it.background_stroke_width));
  add_gradient_words(w, it.fill_gradient);
  add_gradient_words(w, it.stroke_gradient);
  add_gradient_words(w, it.background_stroke_gradient);
  w.push_back(static_cast<std::uint64_t>(it.line_join));
  w.push_back(static_cast<std::uint64_t>(it.line_cap));
  const XXH128_hash_t all = XXH3_128bits(w.data(), w.size() * sizeof(std::uint64_t));
  return {all.low64, all.high64};
}

void hash_path_item(const PathItem& it, Hasher128& h) {
  const ItemDigest d = path_item_digest(it);
  h.add_u64(d.lo);
  h.add_u64(d.hi);
}

namespace {
bool same_bits(const void* a, const void* b, std::size_t n) {
  return n == 0 || std::memcmp(a, b, n) == 0;
}
template <class T>
bool same_vector(const std::vector<T>& a, const std::vector<T>& b) {
  return a.size() == b.size() && same_bits(a.data(), b.data(), a.size() * sizeof(T));
}
bool same_gradient(const LinearGradient& a, const LinearGradient& b) {
  const double pa[4] = {a.x0, a.y0, a.x1, a.y1}, pb[4] = {b.x0, b.y0, b.x1, b.y1};
  return same_bits(pa, pb, sizeof pa) && same_vector(a.stops, b.stops);
}
}  // namespace

bool same_path_item(const PathItem& a, const PathItem& b) {
  if (!same_vector(a.xy, b.xy) || a.subpaths.size() != b.subpaths.size()) return false;
  for (std::size_t i = 0; i < a.subpaths.size(); ++i) {
    const SubpathSpan &s = a.subpaths[i], &t = b.subpaths[i];
    if (s.first_point != t.first_point || s.num_curves != t.num_curves || s.closed != t.closed)
      return false;
  }
  return same_bits(&a.fill, &b.fill, sizeof(Color)) &&
         same_bits(&a.stroke, &b.stroke, sizeof(Color)) &&
         same_bits(&a.stroke_width, &b.stroke_width, sizeof(double)) &&
         same_bits(&a.background_stroke, &b.background_stroke, sizeof(Color)) &&
         same_bits(&a.background_stroke_width, &b.background_stroke_width, sizeof(double)) &&
         same_gradient(a.fill_gradient, b.fill_gradient) &&
         same_gradient(a.stroke_gradient, b.stroke_gradient) &&
         same_gradient(a.background_stroke_gradient, b.background_stroke_gradient) &&
         a.line_join == b.line_join && a.line_cap == b.line_cap;
}

void hash_frame(const Frame& f, Hasher128& h) {
  add_color(h, f.background);
  h.add_double(f.frame_width);
  h.add_double(f.center_x);
  h.add_double(f.center_y);
  h.add_double(f.frame_height);
  h.add_u64(f.items.size());
  for (const PathItem& it : f.items) hash_path_item(it, h);
  h.add_u64(f.images.size());
  for (const ImageItem& im : f.images) {
    h.add_u64(im.draw_before);
    for (const double* c : {im.ul, im.ur, im.dl}) {
      h.add_double(c[0]);
      h.add_double(c[1]);
    }
    h.add_u64(static_cast<std::uint64_t>(im.pixel_width));
    h.add_u64(static_cast<std::uint64_t>(im.pixel_height));
    h.add_u64(im.sub_frame ? 1 : 0);
    if (im.sub_frame) hash_frame(*im.sub_frame, h);  // the picture, drawn from its own frame
    h.add_u64(im.rgba ? im.rgba->size() : 0);        // an ImageMobject's pixels and filter
    if (im.rgba) h.add_bytes(im.rgba->data(), im.rgba->size());
    h.add_u64(static_cast<std::uint64_t>(im.resampling));
  }
  h.add_u64(f.point_clouds.size());
  for (const PointCloudItem& pc : f.point_clouds) {
    h.add_u64(pc.draw_before);
    h.add_u64(pc.images_before);
    h.add_u64(static_cast<std::uint64_t>(static_cast<std::int64_t>(pc.thickness)));
    h.add_u64(pc.xy.size());
    if (!pc.xy.empty()) h.add_bytes(pc.xy.data(), pc.xy.size() * sizeof(double));
    h.add_u64(pc.rgba.size());
    if (!pc.rgba.empty()) h.add_bytes(pc.rgba.data(), pc.rgba.size());
  }
}

namespace {

// Reads the NT_GNU_BUILD_ID note of the object that contains this function.
int find_build_id(dl_phdr_info* info, std::size_t, void* out) {
  const auto self = reinterpret_cast<ElfW(Addr)>(&find_build_id);
  bool mine = false;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    const ElfW(Addr) start = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && self >= start && self < start + ph.p_memsz) mine = true;
  }
  if (!mine) return 0;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const auto* n = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const char* name = p + sizeof(ElfW(Nhdr));
      const char* desc = name + ((n->n_namesz + 3) & ~3u);
      if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
        static const char* digits = "0123456789abcdef";
        auto* s = static_cast<std::string*>(out);
        for (unsigned k = 0; k < n->n_descsz; ++k) {
          const auto byte = static_cast<unsigned char>(desc[k]);
          *s += digits[byte >> 4];
          *s += digits[byte & 0xF];
        }
        return 1;
      }
      p = desc + ((n->n_descsz + 3) & ~3u);
    }
  }
  return 1;
}

}  // namespace

const std::string& engine_build_id() {
  static const std::string id = [] {
    std::string s;
    dl_iterate_phdr(find_build_id, &s);
    // Without a build id (a linker that omits it), the compile time: a rebuild still
    // invalidates the cache.
    if (s.empty()) s = std::string("built ") + __DATE__ + " " + __TIME__;
    return s;
  }();
  return id;
}

}  // namespace manim::detail
