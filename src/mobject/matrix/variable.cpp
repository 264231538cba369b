// Variable: label + "=" + a number that follows a ValueTracker (Manim's layout: "=" next_to the
// label, the number next_to the whole label, default buff).
#include "manim/mobject/variable.hpp"

#include <cmath>
#include <stdexcept>

#include "manim/mobject/tex.hpp"
#include "mobject/geometry/geometry_internal.hpp"

namespace manim {

namespace {

// The tracker is the node's own (copies share it, as the copies of Manim's Variable keep
// following the original's tracker through the updater's closure).
struct VariableNode : detail::MobjectNode {
  std::shared_ptr<detail::MobjectNode> tracker;
  std::shared_ptr<MobjectNode> clone_self() const override {
    return std::make_shared<VariableNode>(*this);
  }
};

const VariableNode& variable_node(const detail::MobjectNode& n) {
  auto* p = dynamic_cast<const VariableNode*>(&n);
  if (!p) throw std::logic_error(n.kind + ": expected a Variable node");
  return *p;
}

}  // namespace

Variable::Variable(double var, const std::string& label, const VariableArgs& a)
    : Variable(var, MathTex(label), a) {}

Variable::Variable(double var, const Mobject& label, const VariableArgs& a)
    : VMobject(geom::make_vmobject_node<VariableNode>(), Mobject::Unchecked{}) {
  detail::set_kind(node(), "Variable");
  if (!std::isfinite(var))
    throw std::invalid_argument("Variable: var must be a finite number, got " +
                                std::to_string(var));
  Mobject lab = label;
  lab.add(MathTex("=").next_to(lab, RIGHT));
  ValueTracker tracker(var);
  DecimalNumberArgs args;
  args.num_decimal_places = a.num_decimal_places;
  DecimalNumber value = a.integer ? Integer(std::lround(var)) : DecimalNumber(var, args);
  auto tracker_node = tracker.node_ptr();
  value.add_updater([tracker_node](Mobject& m) {
    m.as<DecimalNumber>().set_value(ValueTracker(tracker_node, Unchecked{}).get_value());
  });
  value.next_to(lab, RIGHT);
  static_cast<VariableNode&>(node()).tracker = tracker_node;
  add(lab, value);
}

Mobject Variable::label() const { return Mobject(node().submobjects.at(0)); }

DecimalNumber Variable::value() const {
  return Mobject(node().submobjects.at(1)).as<DecimalNumber>();
}

ValueTracker Variable::tracker() const {
  return ValueTracker(variable_node(node()).tracker, Unchecked{});
}

}  // namespace manim
