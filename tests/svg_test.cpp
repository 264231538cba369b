// SVG import: path data, transforms, basic shapes, styles, <use>, SVGMobject sizing.
#include "manim/mobject/svg.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>

#include "mobject/svg/svg_parser.hpp"

using namespace manim;
namespace svg = manim::detail::svg;

namespace {
void expect_pt(const Vec3& p, double x, double y, double tol = 1e-9) {
  EXPECT_NEAR(p.x, x, tol);
  EXPECT_NEAR(p.y, y, tol);
}
}  // namespace

TEST(SvgPath, LinesAbsoluteRelativeAndImplicitRepeats) {
  // "M0 0 10 0" repeats the moveto as a lineto; "249-22" is two numbers.
  auto p = svg::parse_path_data("M0 0 10 0l0 10h-5v-5H0V249-22Z");
  // curves: (0,0)->(10,0), ->(10,10), ->(5,10), ->(5,5), ->(0,5), ->(0,249), line back? no:
  // "V249-22" is V 249 then V -22 (implicit repeat), then Z closes to (0,0).
  ASSERT_EQ(p.size() % 4, 0u);
  std::vector<Vec3> ends;
  for (std::size_t i = 3; i < p.size(); i += 4) ends.push_back(p[i]);
  ASSERT_EQ(ends.size(), 8u);
  expect_pt(ends[0], 10, 0);
  expect_pt(ends[1], 10, 10);
  expect_pt(ends[2], 5, 10);
  expect_pt(ends[3], 5, 5);
  expect_pt(ends[4], 0, 5);
  expect_pt(ends[5], 0, 249);
  expect_pt(ends[6], 0, -22);
  expect_pt(ends[7], 0, 0);
  // A line's handles sit at thirds.
  expect_pt(p[1], 10.0 / 3, 0);
  expect_pt(p[2], 20.0 / 3, 0);
}

TEST(SvgPath, CubicSmoothQuadraticAndPackedNumbers) {
  auto p = svg::parse_path_data("M0,0C1,2 3,4 5,6S9,10 11,12");
  ASSERT_EQ(p.size(), 8u);
  expect_pt(p[5], 2 * 5 - 3, 2 * 6 - 4);  // reflected handle
  expect_pt(p[7], 11, 12);
  auto q = svg::parse_path_data("m1 1q1 1 2 0t2 0");
  ASSERT_EQ(q.size(), 8u);
  // Quadratic (1,1),(2,2),(3,1) as a cubic: handles at 2/3 towards the control point.
  expect_pt(q[1], 1 + 2.0 / 3, 1 + 2.0 / 3);
  expect_pt(q[2], 3 - 2.0 / 3, 1 + 2.0 / 3);
  expect_pt(q[3], 3, 1);
  // T reflects the control point (2,2) about (3,1) -> (4,0).
  expect_pt(q[5], 3 + (4 - 3) * 2.0 / 3, 1 + (0 - 1) * 2.0 / 3);
  expect_pt(q[7], 5, 1);
  auto r = svg::parse_path_data("M.5.5L1e1-1.5e0");
  expect_pt(r[0], 0.5, 0.5);
  expect_pt(r[3], 10, -1.5);
}

TEST(SvgPath, ArcsBecomeSvgelementsQuads) {
  // A half circle of radius 10 from (10,0) to (-10,0) around the origin, as svgelements (Manim's
  // SVG reader) approximates it: ceil(pi / (0.2 pi)) = 5 quadratic curves, each as a cubic.
  auto p = svg::parse_path_data("M10 0A10 10 0 0 1 -10 0");
  ASSERT_EQ(p.size(), 20u);
  const double s = PI / 5;
  expect_pt(p[3], 10 * std::cos(s), 10 * std::sin(s), 1e-9);  // sweep=1 goes through +y
  expect_pt(p[19], -10, 0, 1e-9);
  // The quad's control point is (4 - cos(slice)) / 3 times the mid-slice point; the cubic's
  // first handle is 2/3 of the way to it.
  const double alpha = (4 - std::cos(s)) / 3;
  expect_pt(p[1], 10 + (alpha * 10 * std::cos(s / 2) - 10) * 2 / 3,
            alpha * 10 * std::sin(s / 2) * 2 / 3, 1e-9);
  // Exact cubic quarter arcs when asked (rounded <rect> corners).
  auto c = svg::parse_path_data("M10 0A10 10 0 0 1 -10 0", {}, /*arc_quads=*/false);
  ASSERT_EQ(c.size(), 8u);
  expect_pt(c[3], 0, 10, 1e-9);
  // Packed flags "a5 5 0 01 10 0": anchors on the circle.
  auto q = svg::parse_path_data("M0 0a5 5 0 01 10 0");
  ASSERT_EQ(q.size(), 20u);
  expect_pt(q[19], 10, 0);
  Vec3 mid = q[3];
  EXPECT_NEAR(std::hypot(mid.x - 5, mid.y), 5, 1e-9);
}

TEST(SvgPath, BadDataThrowsWithContext) {
  EXPECT_THROW(svg::parse_path_data("L 1 2"), std::invalid_argument);
  EXPECT_THROW(svg::parse_path_data("M 1"), std::invalid_argument);
  EXPECT_THROW(svg::parse_path_data("M 0 0 X 1 2"), std::invalid_argument);
  EXPECT_THROW(svg::parse_path_data("M0 0A1 1 0 2 0 3 3"), std::invalid_argument);
  try {
    svg::parse_path_data("M 0 0 L 1 foo");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("expected a number"), std::string::npos);
  }
}

TEST(SvgTransform, ListsComposeRightToLeft) {
  // translate then scale: the point is scaled first, then moved.
  auto t = svg::parse_transform("translate(10 20) scale(2)");
  expect_pt(t.apply(1, 1), 12, 22);
  auto r = svg::parse_transform("rotate(90)");
  expect_pt(r.apply(1, 0), 0, 1, 1e-12);
  auto rc = svg::parse_transform("rotate(180, 5, 5)");
  expect_pt(rc.apply(0, 0), 10, 10, 1e-12);
  auto m = svg::parse_transform("matrix(1,0,0,-1,3,4)");
  expect_pt(m.apply(1, 1), 4, 3);
  auto sk = svg::parse_transform("skewX(45)");
  expect_pt(sk.apply(0, 1), 1, 1, 1e-12);
  auto sy = svg::parse_transform("skewY(45)");
  expect_pt(sy.apply(1, 0), 1, 1, 1e-12);
  auto tr = svg::parse_transform("translate(5,0)");
  expect_pt(tr.apply(0, 0), 5, 0);
  EXPECT_THROW(svg::parse_transform("wobble(3)"), std::invalid_argument);
  EXPECT_THROW(svg::parse_transform("translate(1,2"), std::invalid_argument);
}

TEST(SvgDocument, ShapesStylesUseAndGroups) {
  const char* text =
      R"svg(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
    <defs><path id="p" d="M0 0H4V4Z"/></defs>
    <g fill="red" transform="translate(100,0)" data-latex="grp">
      <rect x="1" y="2" width="3" height="4"/>
      <circle cx="0" cy="0" r="2" style="fill: #00ff00; fill-opacity: .5"/>
      <use xlink:href="#p" x="10" y="0"/>
    </g>
    <ellipse cx="0" cy="0" rx="3" ry="1" fill="none" stroke="blue" stroke-width="2"/>
    <line x1="0" y1="0" x2="5" y2="5" stroke="black"/>
    <polyline points="0,0 1,1 2,0"/>
    <polygon points="0 0 1 1 2 0" opacity="0.5" fill="rgb(255, 0, 0)"/>
  </svg>)svg";
  auto doc = svg::parse_svg(text, "test");
  ASSERT_EQ(doc.shapes.size(), 7u);
  EXPECT_EQ(doc.shapes[0].tag, "rect");
  EXPECT_EQ(doc.shapes[0].style.fill, Color(1, 0, 0));
  expect_pt(doc.shapes[0].points[0], 101, 2);
  EXPECT_EQ(doc.shapes[1].style.fill, Color(0, 1, 0));
  EXPECT_DOUBLE_EQ(doc.shapes[1].style.fill_opacity, 0.5);
  EXPECT_EQ(doc.shapes[1].points.size(), 32u);  // Manim's Circle: 8 cubics
  EXPECT_EQ(doc.shapes[2].tag, "path");         // through <use>
  expect_pt(doc.shapes[2].points[0], 110, 0);
  EXPECT_EQ(doc.shapes[2].style.fill, Color(1, 0, 0));  // inherits from the <use>'s group
  EXPECT_FALSE(doc.shapes[3].style.has_fill);
  EXPECT_TRUE(doc.shapes[3].style.has_stroke);
  EXPECT_DOUBLE_EQ(doc.shapes[3].style.stroke_width, 2);
  EXPECT_EQ(doc.shapes[4].tag, "line");
  EXPECT_EQ(doc.shapes[5].points.size(), 8u);   // polyline: open
  EXPECT_EQ(doc.shapes[6].points.size(), 12u);  // polygon: closed
  EXPECT_DOUBLE_EQ(doc.shapes[6].style.fill_opacity, 0.5);
  // Group attributes are kept for MathTex's data-latex lookup.
  ASSERT_GE(doc.shapes[0].group, 0);
  auto* l = doc.groups[static_cast<std::size_t>(doc.shapes[0].group)].attr("data-latex");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(*l, "grp");
}

TEST(SvgDocument, MalformedInputThrows) {
  EXPECT_THROW(svg::parse_svg("<svg><g></svg>", "t"), std::invalid_argument);
  EXPECT_THROW(svg::parse_svg("<html/>", "t"), std::invalid_argument);
  EXPECT_THROW(svg::parse_svg("", "t"), std::invalid_argument);
  // A <use> that refers to its own ancestor must not recurse forever.
  EXPECT_THROW(svg::parse_svg(R"svg(<svg><g id="a"><use href="#a"/></g></svg>)svg", "t"),
               std::invalid_argument);
}

TEST(SVGMobject, DefaultsHeightTwoCentredFileStyle) {
  auto path = std::filesystem::temp_directory_path() / "manimcpp_svg_test.svg";
  {
    std::ofstream out(path);
    out << R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">
      <rect x="10" y="10" width="40" height="20"/>
      <rect x="60" y="20" width="20" height="20" fill="#ff0000"/></svg>)svg";
  }
  SVGMobject m(path.string());
  ASSERT_EQ(m.size(), 2u);
  EXPECT_NEAR(m.height(), 2.0, 1e-9);
  // The union spans x 10..80 and y 10..40: aspect 70:30.
  EXPECT_NEAR(m.width(), 2.0 * 70 / 30, 1e-9);
  EXPECT_NEAR(m.get_center().x, 0, 1e-9);
  EXPECT_NEAR(m.get_center().y, 0, 1e-9);
  // y is flipped: the first rect (SVG y 10..30) is the upper one.
  EXPECT_GT(m[0].get_top().y, m[1].get_top().y);
  EXPECT_EQ(m[0].get_fill_color(), BLACK);  // SVG's initial fill
  EXPECT_DOUBLE_EQ(m[0].get_fill_opacity(), 1);
  EXPECT_EQ(m[1].get_fill_color(), Color(1, 0, 0));
  EXPECT_DOUBLE_EQ(m[0].get_stroke_width(), 0);

  SVGMobject w(path.string(), {.color = BLUE, .height = std::nullopt, .width = 7.0});
  EXPECT_NEAR(w.width(), 7.0, 1e-9);
  EXPECT_EQ(w[1].get_fill_color(), BLUE);

  SVGMobject raw(path.string(), {.height = std::nullopt, .should_center = false});
  EXPECT_NEAR(raw.width(), 70, 1e-9);
  EXPECT_NEAR(raw.get_top().y, -10, 1e-9);
  std::filesystem::remove(path);
}

TEST(SVGMobject, ErrorsNameTheFile) {
  try {
    SVGMobject m("/nonexistent/x.svg");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/x.svg"), std::string::npos);
  }
  EXPECT_THROW(SVGMobject::from_string("<svg><path d='M 0 0 L'/></svg>"), std::invalid_argument);
}

TEST(SvgDocument, CircleHandlesAreManimsArcThirdOfTheStep) {
  // Manim's Circle puts each handle along the tangent at (step / 3) * radius: for 8 cubics the
  // first handle of a circle of radius 10 at the origin is (10, 10 * (pi / 4) / 3) = (10,
  // 2.6179939) in SVG coordinates (y down), not the best-fit 4/3 tan(pi/16) * 10 = 2.6521648.
  auto doc = svg::parse_svg(R"svg(<svg><circle cx="0" cy="0" r="10"/>
    <ellipse cx="5" cy="0" rx="4" ry="2"/></svg>)svg",
                            "t");
  ASSERT_EQ(doc.shapes.size(), 2u);
  expect_pt(doc.shapes[0].points[0], 10, 0);
  expect_pt(doc.shapes[0].points[1], 10, 10 * std::numbers::pi / 12);
  expect_pt(doc.shapes[0].points[3], 10 * std::sqrt(0.5), 10 * std::sqrt(0.5));
  // An ellipse is that circle of radius rx stretched to height 2 ry: (9, 2 * pi / 12).
  expect_pt(doc.shapes[1].points[1], 9, 2 * std::numbers::pi / 12);
}

TEST(SVGMobject, StrokeWidthScalesWithTheTransformAsSvgelementsReifies) {
  // svgelements (Manim's reader) multiplies a stroke width by sqrt|det| of the element's
  // transform, except for a rect/circle/ellipse whose transform rotates, skews or flips.
  auto m = SVGMobject::from_string(R"svg(<svg>
    <g transform="scale(2,2)"><path d="M0 0L10 0" stroke="red" stroke-width="2.5"/></g>
    <path d="M0 0L10 0" stroke="red" stroke-width="3" transform="scale(4,1)"/>
    <rect x="0" y="0" width="5" height="5" stroke="red" stroke-width="2" transform="scale(3)"/>
    <rect x="0" y="0" width="5" height="5" stroke="red" stroke-width="2" transform="rotate(30)"/>
    <circle r="5" stroke="red" stroke-width="2" transform="scale(-3,3)"/>
    <path d="M0 0L10 0" stroke="red" stroke-width="2" transform="scale(-3,3)"/>
    <path d="M0 0L10 0" stroke="red"/></svg>)svg");
  ASSERT_EQ(m.size(), 7u);
  EXPECT_DOUBLE_EQ(m[0].get_stroke_width(), 5);  // 2.5 * sqrt(4)
  EXPECT_DOUBLE_EQ(m[1].get_stroke_width(), 6);  // 3 * sqrt(4)
  EXPECT_DOUBLE_EQ(m[2].get_stroke_width(), 6);  // 2 * sqrt(9)
  EXPECT_DOUBLE_EQ(m[3].get_stroke_width(), 2);  // rotated rect: not reified
  EXPECT_DOUBLE_EQ(m[4].get_stroke_width(), 2);  // flipped circle: not reified
  EXPECT_DOUBLE_EQ(m[5].get_stroke_width(), 6);  // a path always is: 2 * sqrt(|-9|)
  EXPECT_DOUBLE_EQ(m[6].get_stroke_width(), 0);  // no stroke-width: Manim's wrapper's 0
}

TEST(SVGMobject, OpacitiesAreSvgelementsAlphaBytes) {
  // svgelements stores an opacity as round(255 a) in the colour's alpha byte (Python's round:
  // half to even) and Manim reads alpha / 255: 0.7 * 255 is 178.49999999999997 in doubles, so
  // 178/255; 0.4 -> 102/255 (exact); 0.5 -> 127.5 -> 128/255 (even); 0.3 -> 76.49999999999999 ->
  // 76/255.
  auto m = SVGMobject::from_string(R"svg(<svg>
    <path d="M0 0L10 0L5 5Z" fill="red" fill-opacity="0.7" stroke="red" stroke-opacity="0.5"/>
    <path d="M0 0L10 0L5 5Z" fill="red" fill-opacity="0.4" stroke="red" stroke-opacity="0.3"/>
    </svg>)svg");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_DOUBLE_EQ(m[0].get_fill_opacity(), 178.0 / 255);
  EXPECT_DOUBLE_EQ(m[0].get_stroke_opacity(), 128.0 / 255);
  EXPECT_DOUBLE_EQ(m[1].get_fill_opacity(), 102.0 / 255);
  EXPECT_DOUBLE_EQ(m[1].get_stroke_opacity(), 76.0 / 255);
}

TEST(SVGMobject, BadPathDataNamesTheObjectAndExternalRefsAreIgnoredWithAWarning) {
  const std::string err = [] {
    try {
      SVGMobject::from_string("<svg><path d='M 0 0 L 10 Q'/></svg>");
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string();
  }();
  EXPECT_EQ(err,
            "SVGMobject(from_string): <path> SVG path data: expected a number at offset 11 in "
            "'M 0 0 L 10 Q'");
  // <use> of another file and <image> hrefs are never opened: each is skipped with a warning.
  testing::internal::CaptureStderr();
  auto m = SVGMobject::from_string(
      R"svg(<svg xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="other.svg#a"/>
      <use href="file:///etc/passwd#x"/><image href="http://example.com/x.png" width="5"
      height="5"/><path d="M0 0L1 0L1 1Z"/></svg>)svg");
  const std::string warnings = testing::internal::GetCapturedStderr();
  EXPECT_EQ(m.size(), 1u);
  EXPECT_NE(warnings.find("<use href=\"other.svg#a\"> refers outside this file; ignored"),
            std::string::npos)
      << warnings;
  EXPECT_NE(warnings.find("<use href=\"file:///etc/passwd#x\">"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find("<image> is not drawn"), std::string::npos) << warnings;
}
