// SVGMobject: file -> parsed shapes -> leaf VMobjects, centred and scaled as Manim does.
#include "mobject/svg/svg_mobject.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "core/safe_files.hpp"
#include "mobject/family.hpp"

namespace manim {

namespace {
// Far above any real drawing (a detailed map is a few MB).
constexpr std::size_t kMaxSvgFileBytes = 64u << 20;
}  // namespace

namespace detail {

std::vector<std::shared_ptr<SvgLeafNode>> svg_leaves(const svg::Document& doc, double scale,
                                                     bool manim_style) {
  std::vector<std::shared_ptr<SvgLeafNode>> out;
  for (const auto& shape : doc.shapes) {
    if (shape.points.empty()) continue;
    auto n = make_vnode<SvgLeafNode>();
    set_kind(*n, "VMobjectFromSVGPath");
    n->points.reserve(shape.points.size());
    for (const Vec3& p : shape.points) n->points.push_back({p.x * scale, -p.y * scale, 0});
    VStyle& s = n->style;
    // Manim builds <polygon> as a Polygon (BLUE), <circle>/<ellipse> as a Circle (RED),
    // <rect> and <line> as a Rectangle / Line (WHITE); an unpainted fill or stroke (None in
    // svgelements) keeps that class colour, which shows after a later set_fill(opacity=1).
    const std::string& tag = shape.tag;
    const bool has_class_color =
        tag == "polygon" || tag == "circle" || tag == "ellipse" || tag == "rect" || tag == "line";
    const Color class_color = tag == "polygon"                        ? BLUE
                              : (tag == "circle" || tag == "ellipse") ? RED
                                                                      : WHITE;
    s.fill_color = shape.style.has_fill || !has_class_color ? shape.style.fill : class_color;
    s.fill_opacity = shape.style.has_fill ? shape.style.fill_opacity : 0;
    s.stroke_color = shape.style.has_stroke || !has_class_color ? shape.style.stroke : class_color;
    s.stroke_opacity = shape.style.has_stroke ? shape.style.stroke_opacity : 0;
    s.stroke_width = shape.style.has_stroke ? shape.style.stroke_width : 0;
    if (manim_style) {
      // svgelements keeps an opacity as a colour's alpha byte, round(255 a) (half to even, as
      // Python's round), and Manim reads it back as alpha / 255: 0.7 becomes 179 / 255.
      auto byte = [](double a) {
        return std::clamp(std::nearbyint(a * 255.0), 0.0, 255.0) / 255.0;
      };
      s.fill_opacity = byte(s.fill_opacity);
      s.stroke_opacity = byte(s.stroke_opacity);
      s.stroke_width =
          shape.style.stroke_width_set ? shape.style.stroke_width * shape.stroke_scale : 0;
      if (!shape.style.has_stroke) {
        s.stroke_opacity = 1;
        s.stroke_color = class_color;
      }
    }
    if (const std::string* l = shape.attr("data-latex")) n->latex.push_back(*l);
    for (int g = shape.group; g >= 0; g = doc.groups[static_cast<std::size_t>(g)].parent)
      if (const std::string* l = doc.groups[static_cast<std::size_t>(g)].attr("data-latex"))
        n->latex.push_back(*l);
    out.push_back(std::move(n));
  }
  return out;
}

Vec3 anchor_center(const std::vector<std::shared_ptr<SvgLeafNode>>& leaves) {
  double inf = std::numeric_limits<double>::infinity();
  Vec3 lo{inf, inf, inf}, hi{-inf, -inf, -inf};
  bool any = false;
  for (const auto& l : leaves)
    for (std::size_t i = 0; i < l->points.size(); ++i) {
      if (i % 4 == 1 || i % 4 == 2) continue;  // handles
      const Vec3& p = l->points[i];
      for (int d = 0; d < 3; ++d) {
        lo[d] = std::min(lo[d], p[d]);
        hi[d] = std::max(hi[d], p[d]);
      }
      any = true;
    }
  return any ? (lo + hi) / 2 : Vec3{};
}

namespace {

SVGMobject build(const std::string& text, const std::string& what, const std::string& file,
                 const SVGArgs& a) {
  svg::Document doc = svg::parse_svg(text, what);
  auto node = make_vnode<SvgNode>();
  set_kind(*node, "SVGMobject");
  node->file_name = file;
  // Groups carry no style of their own; Manim gives them the default VMobject style.
  for (auto& leaf : svg_leaves(doc, 1.0, /*manim_style=*/true))
    node->submobjects.push_back(std::move(leaf));
  SVGMobject m(node, Mobject::Unchecked{});
  if (a.should_center && !node->submobjects.empty()) m.center();
  if (a.height && !node->submobjects.empty() && m.height() > 0) m.set_height(*a.height);
  if (a.width && !node->submobjects.empty() && m.width() > 0) m.set_width(*a.width);
  apply_style_args(*node, a);
  return m;
}

}  // namespace
}  // namespace detail

SVGMobject::SVGMobject(const std::string& file_name, const SVGArgs& a)
    : VMobject(nullptr, Unchecked{}) {
  // Bounded: a device (/dev/zero), a FIFO or a huge file is an error, never an endless read.
  std::string text;
  try {
    text = detail::read_file_bounded(file_name, kMaxSvgFileBytes, "SVGMobject");
  } catch (const std::runtime_error& e) {
    throw std::invalid_argument(std::string(e.what()) + " (check the path)");
  }
  n_ = detail::build(text, "SVGMobject('" + file_name + "')", file_name, a).node_ptr();
}

SVGMobject SVGMobject::from_string(const std::string& svg_text, const SVGArgs& a) {
  return detail::build(svg_text, "SVGMobject(from_string)", "", a);
}

const std::string& SVGMobject::file_name() const {
  return static_cast<const detail::SvgNode&>(node()).file_name;
}

}  // namespace manim
