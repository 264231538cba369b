// Mobject/VMobject/VGroup object model: reference semantics, structure, indexing, copies,
// style with Manim's family rules, updaters and error messages.
#include "manim/mobject/mobject.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "manim/mobject/vmobject.hpp"

using namespace manim;

namespace {
// A straight one-curve VMobject from a to b.
VMobject segment(Vec3 a, Vec3 b) {
  VMobject m;
  m.set_points_as_corners({a, b});
  return m;
}
template <class F>
std::string message_of(F f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(Mobject, HandlesShareTheObject) {
  VMobject a = segment(ORIGIN, RIGHT);
  VMobject alias = a;
  alias.shift(UP);
  EXPECT_DOUBLE_EQ(a.get_center().y, 1.0);
  VGroup g(a, segment(LEFT, ORIGIN));
  a.shift(UP);  // the group holds the very object
  EXPECT_DOUBLE_EQ(g[0].get_center().y, 2.0);
  EXPECT_TRUE(g[0] == a);
}

TEST(Mobject, KindsAndLineage) {
  VGroup g;
  EXPECT_EQ(g.kind(), "VGroup");
  EXPECT_EQ(g.node().lineage, "/Mobject/VMobject/VGroup/");
  EXPECT_TRUE(g.is_vectorized());
  EXPECT_TRUE(g.is<VMobject>());
  Mobject m = g;
  EXPECT_NO_THROW(m.as<VGroup>());
  Group plain;
  EXPECT_EQ(plain.node().lineage, "/Mobject/Group/");
  EXPECT_FALSE(plain.is_vectorized());
  std::string msg = message_of([&] { Mobject(plain).as<VGroup>(); });
  EXPECT_NE(msg.find("Group"), std::string::npos);
  EXPECT_NE(msg.find("VGroup"), std::string::npos);
}

TEST(Mobject, AddRemoveAndOrder) {
  VMobject a = segment(ORIGIN, RIGHT), b = segment(ORIGIN, UP), c = segment(ORIGIN, LEFT);
  VGroup g(a, b);
  g.add(c);
  ASSERT_EQ(g.size(), 3u);
  g.add(a);  // re-adding moves it to the end, as Manim's list_update
  EXPECT_TRUE(g[0] == b && g[1] == c && g[2] == a);
  g.add(b, b);  // duplicates are added once
  EXPECT_EQ(g.size(), 3u);
  EXPECT_TRUE(g[2] == b);
  g.remove(c);
  EXPECT_EQ(g.size(), 2u);
  g.add_to_back({c});
  EXPECT_TRUE(g[0] == c);
  g.clear_submobjects();
  EXPECT_TRUE(g.empty());
}

TEST(Mobject, AddErrors) {
  VGroup g;
  std::string self_msg = message_of([&] { g.add(g); });
  EXPECT_NE(self_msg.find("itself"), std::string::npos);
  VGroup inner;
  g.add(inner);
  EXPECT_THROW(inner.add(g), std::invalid_argument);  // cycle
  Group plain;
  std::string type_msg = message_of([&] { g.add(plain); });
  EXPECT_NE(type_msg.find("not a VMobject"), std::string::npos);
  EXPECT_NE(type_msg.find("Group"), std::string::npos);
  // A Group accepts anything.
  EXPECT_NO_THROW(plain.add(g, segment(ORIGIN, UP)));
  EXPECT_EQ(plain.size(), 2u);
}

TEST(Mobject, IndexingAndSlicing) {
  VMobject a = segment(ORIGIN, RIGHT), b = segment(ORIGIN, UP), c = segment(ORIGIN, LEFT);
  VGroup g(a, b, c);
  EXPECT_TRUE(g[-1] == c);
  EXPECT_TRUE(g[-3] == a);
  std::string msg = message_of([&] { g[3]; });
  EXPECT_NE(msg.find("3"), std::string::npos);
  EXPECT_NE(msg.find("3 submobjects"), std::string::npos);
  EXPECT_THROW(g[-4], std::out_of_range);
  VGroup head = g.slice(std::nullopt, -1);
  ASSERT_EQ(head.size(), 2u);
  EXPECT_TRUE(head[0] == a && head[1] == b);
  EXPECT_EQ(g.slice(1, std::nullopt).size(), 2u);
  EXPECT_EQ(g.slice(5, 9).size(), 0u);
  EXPECT_EQ(g.slice(-2, 100).size(), 2u);
  int n = 0;
  for (Mobject m : g) {
    EXPECT_TRUE(m == g[n]);
    ++n;
  }
  EXPECT_EQ(n, 3);
}

TEST(Mobject, FamilyIsDepthFirstSelfFirst) {
  VMobject a = segment(ORIGIN, RIGHT), b = segment(ORIGIN, UP), c = segment(ORIGIN, LEFT);
  VGroup inner(b, c);
  VGroup outer(a, inner);
  auto fam = outer.get_family();
  ASSERT_EQ(fam.size(), 5u);
  EXPECT_TRUE(fam[0] == outer && fam[1] == a && fam[2] == inner && fam[3] == b && fam[4] == c);
  EXPECT_EQ(outer.family_members_with_points().size(), 3u);
}

TEST(Mobject, CopyIsIndependentAndKeepsSharing) {
  VMobject a = segment(ORIGIN, RIGHT);
  VGroup inner(a);
  Group outer(inner, a);  // `a` appears twice in the tree
  Mobject c = outer.copy();
  EXPECT_FALSE(c == outer);
  EXPECT_EQ(c.kind(), "Group");
  // The copy shares its own copy of `a` between both places, as Python's deepcopy memo.
  EXPECT_TRUE(c[0][0] == c[1]);
  EXPECT_FALSE(c[1] == a);
  c[1].shift(UP * 5);
  EXPECT_DOUBLE_EQ(a.get_center().y, 0.0);
  EXPECT_DOUBLE_EQ(c[0][0].get_center().y, 5.0);
  VGroup typed = inner.copy();
  EXPECT_EQ(typed.size(), 1u);
}

TEST(VMobjectStyle, DefaultsAndStyleArgs) {
  VMobject m;
  EXPECT_EQ(m.get_stroke_color(), WHITE);
  EXPECT_EQ(m.get_stroke_width(), 4);
  EXPECT_EQ(m.get_stroke_opacity(), 1);
  EXPECT_EQ(m.get_fill_opacity(), 0);
  EXPECT_EQ(m.node().style.background_stroke_width, 0);
  VMobject red({.color = RED});
  EXPECT_EQ(red.get_fill_color(), RED);
  EXPECT_EQ(red.get_stroke_color(), RED);
  VMobject mixed({.color = RED, .fill_color = BLUE, .fill_opacity = 0.5, .z_index = 2});
  EXPECT_EQ(mixed.get_fill_color(), BLUE);
  EXPECT_EQ(mixed.get_stroke_color(), RED);
  EXPECT_EQ(mixed.get_fill_opacity(), 0.5);
  EXPECT_EQ(mixed.z_index(), 2);
  EXPECT_THROW(VMobject({.stroke_width = -1}), std::invalid_argument);
}

TEST(VMobjectStyle, SettersApplyToTheFamily) {
  VMobject a = segment(ORIGIN, RIGHT), b = segment(ORIGIN, UP);
  VGroup g(a, b);
  g.set_color(GREEN);
  EXPECT_EQ(a.get_fill_color(), GREEN);
  EXPECT_EQ(b.get_stroke_color(), GREEN);
  EXPECT_EQ(g.get_stroke_color(), GREEN);
  g.set_fill(BLUE, 0.5);
  EXPECT_EQ(a.get_fill_color(), BLUE);
  EXPECT_EQ(b.get_fill_opacity(), 0.5);
  EXPECT_EQ(b.get_stroke_color(), GREEN);            // stroke untouched
  g.set_stroke(RED, 2, std::nullopt, false, false);  // family = false
  EXPECT_EQ(g.get_stroke_width(), 2);
  EXPECT_EQ(a.get_stroke_width(), 4);
  g.set_stroke(YELLOW, 7, 0.3, true);  // background stroke
  EXPECT_EQ(b.node().style.background_stroke_color, YELLOW);
  EXPECT_EQ(b.node().style.background_stroke_width, 7);
  EXPECT_EQ(b.get_stroke_width(), 4);
  g.set_opacity(0.4);
  EXPECT_EQ(a.get_fill_opacity(), 0.4);
  EXPECT_EQ(a.get_stroke_opacity(), 0.4);
  EXPECT_EQ(a.node().style.background_stroke_opacity, 0.4);
  g.fade(0.25);
  EXPECT_NEAR(b.get_fill_opacity(), 0.3, 1e-12);
  EXPECT_NEAR(b.get_stroke_opacity(), 0.3, 1e-12);
  // Manim v0.18.0 quirk: these only set an attribute; nothing drawn changes.
  g.set_fill_opacity(1);
  g.set_stroke_opacity(0.5);
  EXPECT_NEAR(a.get_fill_opacity(), 0.3, 1e-12);
  EXPECT_NEAR(a.get_stroke_opacity(), 0.3, 1e-12);
  g.set_z_index(3);
  EXPECT_EQ(b.z_index(), 3);
}

TEST(VMobjectStyle, GetColorFollowsFillOpacity) {
  VMobject m({.fill_color = BLUE, .stroke_color = RED});
  EXPECT_EQ(m.get_color(), RED);  // no fill: the stroke colour
  m.set_fill(std::nullopt, 0.1);
  EXPECT_EQ(m.get_color(), BLUE);
}

TEST(VMobjectStyle, MatchStyle) {
  VMobject src({.color = RED, .fill_opacity = 0.7, .stroke_width = 9});
  VGroup g(segment(ORIGIN, UP), segment(ORIGIN, LEFT));
  g.match_style(src);
  EXPECT_EQ(g[1].get_fill_color(), RED);
  EXPECT_EQ(g[1].get_stroke_width(), 9);
  EXPECT_EQ(g[0].get_fill_opacity(), 0.7);
}

TEST(Mobject, NonFiniteNumbersAreRejected) {
  VMobject m = segment(ORIGIN, RIGHT);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(message_of([&] {
              m.move_to(Vec3{nan, 0, 0});
            }),
            "move_to: coordinate is nan; pass finite numbers");
  EXPECT_NE(message_of([&] { m.shift(Vec3{0, INFINITY, 0}); }).find("shift"), std::string::npos);
  EXPECT_NE(message_of([&] { m.scale(nan); }).find("scale: factor is nan"), std::string::npos);
  EXPECT_THROW(m.rotate(nan), std::invalid_argument);
  EXPECT_THROW(m.stretch(2, 3), std::invalid_argument);
  EXPECT_THROW(m.set_width(nan), std::invalid_argument);
  EXPECT_THROW(m.next_to(m, RIGHT, nan), std::invalid_argument);
  EXPECT_THROW(m.set_points({Vec3{nan, 0, 0}}), std::invalid_argument);
  // Nothing moved.
  EXPECT_DOUBLE_EQ(m.get_center().x, 0.5);
}

TEST(Mobject, Updaters) {
  VMobject m = segment(ORIGIN, RIGHT);
  VMobject child = segment(ORIGIN, UP);
  VGroup g(m, child);
  m.add_updater([](Mobject& self, double dt) { self.shift(RIGHT * dt); });
  int calls = 0;
  child.add_updater([&calls](Mobject&) { ++calls; }, true);
  EXPECT_EQ(calls, 1);
  EXPECT_TRUE(g.has_updaters());
  g.update(0.5);
  EXPECT_DOUBLE_EQ(m.get_center().x, 1.0);
  EXPECT_EQ(calls, 2);
  g.suspend_updating();
  g.update(0.5);
  EXPECT_DOUBLE_EQ(m.get_center().x, 1.0);
  g.resume_updating();  // runs the updaters once with dt = 0
  EXPECT_EQ(calls, 3);
  g.update(1);
  EXPECT_DOUBLE_EQ(m.get_center().x, 2.0);
  g.clear_updaters();
  EXPECT_FALSE(g.has_updaters());
}

TEST(Mobject, BecomeKeepsIdentity) {
  VMobject a = segment(ORIGIN, RIGHT);
  VGroup holder(a);
  VMobject b({.color = RED});
  b.set_points_as_corners({LEFT, UP, RIGHT});
  a.become(b);
  EXPECT_TRUE(holder[0] == a);
  EXPECT_EQ(a.get_num_points(), 8u);
  EXPECT_EQ(a.points()[4], UP);
  EXPECT_EQ(a.get_stroke_color(), RED);
  b.shift(UP);  // independent afterwards
  EXPECT_EQ(a.points()[0], LEFT);
}

TEST(Mobject, StartAndEnd) {
  VMobject m = segment(LEFT, UP);
  EXPECT_EQ(m.get_start(), LEFT);
  EXPECT_EQ(m.get_end(), UP);
  VGroup g(segment(ORIGIN, RIGHT), m);
  EXPECT_EQ(g.get_start(), ORIGIN);
  EXPECT_EQ(g.get_end(), UP);
  EXPECT_THROW(VGroup().get_start(), std::invalid_argument);
}
