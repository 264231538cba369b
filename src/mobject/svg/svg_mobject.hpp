// Internal: SVG shapes -> leaf VMobjects, shared by SVGMobject and MathTex.
#pragma once
#include <string>
#include <vector>

#include "manim/mobject/svg.hpp"
#include "mobject/svg/svg_parser.hpp"

namespace manim::detail {

// A leaf imported from SVG. `latex` lists the data-latex attributes (MathJax) of the element
// and its ancestors, innermost first, so MathTex can find the glyphs of a TeX substring.
struct SvgLeafNode : MobjectNode {
  std::vector<std::string> latex;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<SvgLeafNode>(*this);
  }
};

// The node behind SVGMobject and the TeX classes.
struct SvgNode : MobjectNode {
  std::string file_name;
  std::string tex_string;                // SingleStringMathTex / MathTex
  std::vector<std::string> tex_strings;  // MathTex parts
  double initial_font_size = 0, initial_height = 0;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<SvgNode>(*this);
  }
};

// A vectorized node with VMobject's default style, marked as /Mobject/VMobject/.
template <class Node>
std::shared_ptr<Node> make_vnode() {
  auto n = std::make_shared<Node>();
  n->vectorized = true;
  set_kind(*n, "VMobject");
  return n;
}

// One leaf per shape that has points: points scaled by `scale` with y flipped (SVG is y-down),
// style from the file. Shapes without points (MathJax's empty spaces) are skipped.
// `manim_style`: SVGMobject's reading (Manim wraps the file in <g stroke-width="0">, so an unset
// stroke-width is 0; an unpainted stroke keeps the VMobject default opacity 1, so a later
// set_stroke(width=...) shows it). Tex and text keep plain SVG semantics.
std::vector<std::shared_ptr<SvgLeafNode>> svg_leaves(const svg::Document& doc, double scale,
                                                     bool manim_style = false);

// Applies Manim's style keywords (color sets fill and stroke colour) to n and its family.
template <class Args>
void apply_style_args(MobjectNode& n, const Args& a) {
  auto apply = [&](MobjectNode& m) {
    VStyle& s = m.style;
    if (a.color) s.fill_color = s.stroke_color = *a.color;
    if (a.fill_color) s.fill_color = *a.fill_color;
    if (a.fill_opacity) s.fill_opacity = *a.fill_opacity;
    if (a.stroke_color) s.stroke_color = *a.stroke_color;
    if (a.stroke_width) s.stroke_width = *a.stroke_width;
    if (a.stroke_opacity) s.stroke_opacity = *a.stroke_opacity;
    if (a.background_stroke_color) s.background_stroke_color = *a.background_stroke_color;
    if (a.background_stroke_width) s.background_stroke_width = *a.background_stroke_width;
    if (a.background_stroke_opacity) s.background_stroke_opacity = *a.background_stroke_opacity;
    if (a.z_index) m.z_index = *a.z_index;
  };
  apply(n);
  for (auto& c : n.submobjects) apply_style_args(*c, a);
}

// Centre of the anchors of every point-bearing node in the family (Manim's get_center).
Vec3 anchor_center(const std::vector<std::shared_ptr<SvgLeafNode>>& leaves);

}  // namespace manim::detail
