// Union, Intersection, Difference, Exclusion: areas worked out by hand, the curves kept, the
// point layout of Manim's path conversions, and the errors.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include "manim/mobject/geometry/boolean_ops.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "manim/manim.hpp"

using namespace manim;

namespace {

// Signed area enclosed by the path (sum over its subpaths), by the shoelace formula on 400
// samples per cubic: counter-clockwise positive.
double signed_area(const VMobject& v) {
  const auto& p = v.points();
  double a = 0;
  for (std::size_t i = 0; i + 3 < p.size(); i += 4) {
    Vec3 prev = p[i];
    for (int k = 1; k <= 400; ++k) {
      const double t = k / 400.0, s = 1 - t;
      const Vec3 q = p[i] * (s * s * s) + p[i + 1] * (3 * s * s * t) + p[i + 2] * (3 * s * t * t) +
                     p[i + 3] * (t * t * t);
      a += prev.x * q.y - q.x * prev.y;
      prev = q;
    }
  }
  return a / 2;
}

// Area with holes subtracted: subpaths wound against the first one count negative.
double area(const VMobject& v) { return std::abs(signed_area(v)); }

template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

// Manim's Circle is 8 cubics that stay within 3e-4 of the true circle: its area is pi minus a
// little; the exact value of the cubic outline is what a boolean op must keep.
const double kCircleArea = area(Circle());

}  // namespace

TEST(BooleanOps, TwoOverlappingSquaresGiveTheAreasByHand) {
  // Squares of side 2 centred at 0 and at x = 1 overlap in a 1 x 2 strip.
  Square a, b;
  b.shift(RIGHT);
  EXPECT_NEAR(area(Union({a, b})), 4 + 4 - 2, 1e-9);
  EXPECT_NEAR(area(Intersection({a, b})), 2, 1e-9);
  EXPECT_NEAR(area(Difference(a, b)), 2, 1e-9);
  EXPECT_NEAR(area(Exclusion(a, b)), 4, 1e-9);
  // Straight edges come back as straight cubics: union is an 8-edge outline? No: 2 x 3 rectangle,
  // its corners at (-1, +-1) and (2, +-1).
  const Union u({a, b});
  EXPECT_NEAR(u.get_left()[0], -1, 1e-9);
  EXPECT_NEAR(u.get_right()[0], 2, 1e-9);
  EXPECT_NEAR(u.get_top()[1], 1, 1e-9);
}

TEST(BooleanOps, CurvesAreKeptNotFlattened) {
  // A circle inside a bigger square: the intersection is the circle itself, 8 cubics (plus the
  // zero-length closing line Manim adds), not hundreds of flattening segments.
  Circle c;
  Square s(3);
  const Intersection i({c, s});
  EXPECT_NEAR(area(i), kCircleArea, 1e-7);
  EXPECT_LE(i.get_num_curves(), 8u + 1u + 2u);
  // Every point of the result lies on the unit circle (handles aside: anchors only).
  const auto& p = i.points();
  for (std::size_t k = 0; k < p.size(); k += 4) EXPECT_NEAR(p[k].norm(), 1, 1e-7);
}

TEST(BooleanOps, DifferenceLeavesAHoleWoundTheOtherWay) {
  // Square of side 4 minus the unit circle: 16 - circle, as two subpaths of opposite winding
  // (so the hole stays empty under the nonzero rule).
  Square s(4);
  Circle c;
  const Difference d(s, c);
  EXPECT_NEAR(area(d), 16 - kCircleArea, 1e-6);
  const auto sub = d.get_subpaths();
  ASSERT_EQ(sub.size(), 2u);
}

TEST(BooleanOps, CircleCutBySquareCornerMatchesTheArithmetic) {
  // The unit circle intersected with the quadrant square [0, 2] x [0, 2] is a quarter disc;
  // with the circle moved by (0.2, 0.2) the overlap with the square of side 2 at the origin is
  // what remains of a 2 x 2 square's area: check Union + Intersection = sum of the parts.
  Square a;
  Circle b;
  b.move_to(Vec3(0.2, 0.2, 0));
  const double u = area(Union({a, b})), i = area(Intersection({a, b}));
  EXPECT_NEAR(u + i, 4 + kCircleArea, 1e-6);
  EXPECT_NEAR(area(Exclusion(a, b)), u - i, 1e-6);
  EXPECT_NEAR(area(Difference(a, b)), u - kCircleArea, 1e-6);
  Square q(2);
  q.move_to(Vec3(1, 1, 0));
  EXPECT_NEAR(area(Intersection({Circle(), q})), kCircleArea / 4, 1e-6);
}

TEST(BooleanOps, ThreeOperandsIntersectLeftToRight) {
  // Three squares of side 2 at x = 0, 1, 0.5: the common strip is [0, 1] x [-1, 1].
  Square a, b, c;
  b.shift(RIGHT);
  c.shift(RIGHT * 0.5);
  EXPECT_NEAR(area(Intersection({a, b, c})), 2, 1e-9);
  EXPECT_NEAR(area(Union({a, b, c})), 6, 1e-9);
}

TEST(BooleanOps, DefaultStyleIsVMobjectsAndKeywordsApply) {
  Square a, b;
  b.shift(RIGHT);
  const Union u({a, b});
  EXPECT_EQ(u.node().style.stroke_width, 4);
  StyleArgs st;
  st.fill_opacity = 0.5;
  st.color = BLUE;
  const Intersection i({a, b}, st);
  EXPECT_DOUBLE_EQ(i.node().style.fill_opacity, 0.5);
}

TEST(BooleanOps, PathConversionMatchesManimsLayout) {
  // A Square is one closed subpath: move, 4 cubics, close; converting back adds the close as a
  // zero-length line (4 more points than the square).
  Square s;
  const auto path = BooleanOps::vmobject_to_path(s);
  ASSERT_EQ(path.size(), 6u);
  EXPECT_EQ(path.front().verb, "move");
  EXPECT_EQ(path[1].verb, "cubic");
  EXPECT_EQ(path.back().verb, "close");
  BooleanOps b;
  b.append_path(path);
  ASSERT_EQ(b.points().size(), s.points().size() + 4);
  for (std::size_t k = 0; k < s.points().size(); ++k)
    EXPECT_NEAR((b.points()[k] - s.points()[k]).norm(), 0, 1e-12);
}

TEST(BooleanOps, BadInputIsAOneLineError) {
  Square a;
  EXPECT_NE(error_of([&] { Union u({a}); }).find("Union: at least 2 mobjects are needed, got 1"),
            std::string::npos);
  VMobject empty;
  EXPECT_NE(error_of([&] { Difference d(a, empty); }).find("Difference: VMobject has no curves"),
            std::string::npos);
  EXPECT_NE(error_of([&] {
              Intersection i({a, VGroup(Square(), Circle())});
            }).find("Intersection: VGroup has no curves"),
            std::string::npos);
  BooleanOps b;
  EXPECT_NE(error_of([&] {
              b.append_path({{"arc", {}}});
            }).find("unsupported path segment 'arc'"),
            std::string::npos);
}

TEST(BooleanOps, CrossingsAreTheCurvesExactIntersection) {
  // Manim's Circle at (0.2, 0.2) meets the square's side x = 1 where its cubic (curve 7 from
  // angle -pi/4 to 0, handles at a third of the step) has x(t) = 1: t = 0.18133165, y =
  // -0.3994354498785 (bisection on the cubic). skia cuts the curve exactly there, so the piece of
  // the circle that ends at the crossing is that cubic's sub-curve: every result anchor at
  // x = 1 must be the exact crossing, and the sub-curve's last handle must follow the cubic's
  // tangent there (a flattening chord would tilt it and move a sharp corner's miter).
  Square a;
  Circle b;
  b.move_to(Vec3(0.2, 0.2, 0));
  for (const VMobject& r :
       {VMobject(Intersection({a, b})), VMobject(Union({a, b})), VMobject(Difference(a, b))}) {
    const auto& p = r.points();
    int crossings = 0;
    for (std::size_t i = 0; i + 3 < p.size(); i += 4) {
      const Vec3& end = p[i + 3];
      if (std::abs(end.x - 1) > 1e-12 || std::abs(std::abs(end.y - 0.2) - 0.59943545) > 1e-6)
        continue;
      ++crossings;
      EXPECT_NEAR(std::abs(end.y - 0.2), 0.5994354498785, 1e-11) << r.node().kind;
      // A piece from the circle (its handle off the line x = 1): the handle lies on the tangent
      // of the circle's cubic at the crossing, whose direction for the lower crossing is
      // (dx, dy) = (0.46820625, 0.62978681), slope 1.3451055 (mirrored for the upper one).
      const Vec3 h = p[i + 2];
      if (std::abs(h.x - 1) > 1e-9) {
        const Vec3 d = end - h;
        EXPECT_NEAR(std::abs(d.y / d.x), 1.3451055108, 1e-6) << r.node().kind;
      }
    }
    EXPECT_GE(crossings, 2) << r.node().kind;
  }
}

TEST(BooleanOps, ATouchingRingIsSplitIntoTwoContoursAsSkiaDoes) {
  // Square xor a circle at (0.3, 0.2): the region touches itself at the crossings (-0.2994, 1)
  // and (0.8994, 1) of the circle with the top side. skia returns two contours there (the
  // lens inside the square: 8 cubics + its close; the rest: 12 + close), each passing a
  // crossing once, so no corner at a crossing turns by over 90 degrees (a figure eight
  // through the crossing would turn back sharply and draw a miter spike).
  Square a;
  Circle b;
  b.move_to(Vec3(0.3, 0.2, 0));
  const VMobject r = Exclusion(a, b);
  const auto& p = r.points();
  std::vector<std::size_t> curves_per_subpath{0};
  for (std::size_t i = 0; i + 3 < p.size(); i += 4) {
    if (i > 0 && (p[i] - p[i - 1]).norm() > 1e-9) curves_per_subpath.push_back(0);
    ++curves_per_subpath.back();
  }
  ASSERT_EQ(curves_per_subpath.size(), 2u);
  EXPECT_EQ(curves_per_subpath[0] + curves_per_subpath[1], 22u);
  EXPECT_TRUE((curves_per_subpath[0] == 9 && curves_per_subpath[1] == 13) ||
              (curves_per_subpath[0] == 13 && curves_per_subpath[1] == 9));
  // At every anchor the path turns by at most 90 degrees (the square's corners).
  for (std::size_t i = 4; i + 3 < p.size(); i += 4) {
    if ((p[i] - p[i - 1]).norm() > 1e-9) continue;  // a new subpath
    const Vec3 in = p[i - 1] - p[i - 2], out = p[i + 1] - p[i];
    if (in.norm() < 1e-9 || out.norm() < 1e-9) continue;  // the zero-length closing line
    EXPECT_GE(in.x * out.x + in.y * out.y, -1e-12)
        << "sharp turn at (" << p[i].x << ", " << p[i].y << ")";
  }
}
