// Manim's index_labels (manim.utils.debug): an Integer at the centre of each submobject,
// showing its index, for finding the parts of a formula or text.
//
//   MathTex f("\\frac{d}{dx}f(x)g(x)=");
//   scene.add(f, index_labels(f[0]));
#pragma once
#include "manim/mobject/numbers.hpp"

namespace manim {

struct IndexLabelsArgs {
  double label_height = 0.15;
  double background_stroke_width = 5;
  Color background_stroke_color = BLACK;
  DecimalNumberArgs integer{};  // passed to each Integer
};

// One Integer(n) per submobject n of `m`: outlined by a background stroke, label_height tall,
// moved to the submobject's centre. Throws std::invalid_argument for a label_height that is
// not finite and > 0.
VGroup index_labels(const Mobject& m, const IndexLabelsArgs& a = {});

}  // namespace manim
