// Variable (Manim's manim.mobject.text.numbers.Variable): label + "=" + a number following its
// tracker, laid out with next_to's default buff (0.25).
#include "manim/mobject/variable.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "manim/manim.hpp"

using namespace manim;

TEST(Variable, FollowsItsTracker) {
  Variable v(0.5, "x");
  ASSERT_EQ(v.submobjects().size(), 2u);
  EXPECT_EQ(v.value().num_string(), "0.50");
  // "=" is the label's last part, 0.25 right of the "x"; the number 0.25 right of both.
  const Mobject label = v.label();
  const Mobject equals = label.submobjects().back();
  EXPECT_NEAR(equals.get_left().x - label.submobjects().front().get_right().x, 0.25, 1e-9);
  EXPECT_NEAR(v.value().get_left().x - label.get_right().x, 0.25, 1e-9);
  const double left = v.value().get_left().x;
  v.tracker().set_value(-12.345);
  v.update(0);
  EXPECT_EQ(v.value().num_string(), "-12.35");      // two places, rounded half to even as printf
  EXPECT_NEAR(v.value().get_left().x, left, 1e-9);  // edge_to_fix LEFT keeps its place
  EXPECT_DOUBLE_EQ(v.value().get_value(), -12.345);
}

TEST(Variable, IntegerAndMobjectLabel) {
  Variable v(3, MathTex("n_{\\text{tokens}}"), {.integer = true});
  EXPECT_EQ(v.value().num_string(), "3");
  EXPECT_EQ(v.value().kind(), "Integer");
  v.tracker().increment_value(1024);
  v.update(0);
  EXPECT_EQ(v.value().num_string(), "1,027");  // group_with_commas, as Manim's default
  // A copy keeps following the same tracker (Manim's updater closes over the original).
  Variable c = v.copy();
  v.tracker().set_value(7);
  c.update(0);
  EXPECT_EQ(c.value().num_string(), "7");
}

TEST(Variable, BadInput) {
  try {
    Variable(std::nan(""), "x");
    FAIL() << "no exception";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("Variable: var must be a finite number"),
              std::string::npos)
        << e.what();
  }
}
